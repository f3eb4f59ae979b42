#pragma once

#include "kpi/KpiAggregateRow.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class NativeStatement;

/** What the stored aggregates were built with (kpi_aggregate_state). */
struct KpiAggregateState
{
    bool exists = false;
    QString timeZone; // the zone id the days are in ("" never: the builder stores the resolved id)
    int ruleSetVersion = 0;
    qint64 builtAt = 0;
};

/**
 * SQL for the per agent × day × platform aggregates (kpi_agent_day) and their build state.
 * Reading decodes each row straight into the counts the caller chooses, so a month for every agent
 * never materialises a row object per aggregate.
 *
 * Threading: use it on the thread that owns the connection.
 */
class KpiAggregateRepository
{
    Q_DECLARE_TR_FUNCTIONS(KpiAggregateRepository)

public:
    explicit KpiAggregateRepository(QSqlDatabase db);
    ~KpiAggregateRepository();

    bool state(KpiAggregateState *out, QString *error) const;
    bool setState(const KpiAggregateState &state, QString *error);

    /** Deletes the rows of days [firstDay, lastDay] (Julian day numbers). */
    bool deleteDays(qint64 firstDay, qint64 lastDay, QString *error);
    bool deleteAll(QString *error);
    bool insert(const std::vector<KpiAggregateRow> &rows, QString *error);

    /**
     * Adds every row of days [firstDay, lastDay] (optionally one platform) to the counts target
     * returns for its key; rows for which it returns null are skipped.
     */
    bool read(qint64 firstDay, qint64 lastDay, std::optional<Platform> platform,
              const std::function<KpiCounts *(const KpiAggregateKey &)> &target, QString *error) const;

    /** All rows of days [firstDay, lastDay] as stored, in key order (tests and diagnostics). */
    bool rows(qint64 firstDay, qint64 lastDay, std::vector<KpiAggregateRow> *out, QString *error) const;

private:
    QSqlDatabase m_db;
    std::unique_ptr<NativeStatement> m_insert;
};
