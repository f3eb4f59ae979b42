#pragma once

#include "kpi/KpiTicketRow.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <optional>

/**
 * SQL that reads tickets for the KPIs: streams the fields of KpiTicketRow for a creation-time range
 * in creation order (complaint attribution resolved in the query), and answers the questions the
 * aggregate builder asks about what a change touches.
 *
 * Threading: use it on the thread that owns the connection.
 */
class KpiTicketReader
{
    Q_DECLARE_TR_FUNCTIONS(KpiTicketReader)

public:
    explicit KpiTicketReader(QSqlDatabase db);

    /** Calls visit for each ticket created in [fromEpoch, toEpoch), oldest first; visit returns false to
     * stop. */
    bool scan(qint64 fromEpoch, qint64 toEpoch, std::optional<Platform> platform,
              const std::function<bool(const KpiTicketRow &)> &visit, QString *error) const;

    /** The creation times of the oldest and newest ticket; false without tickets (and no error). */
    bool createdRange(qint64 *first, qint64 *last, QString *error) const;

    /**
     * Creation times of complaints made at or after toEpoch on an order that has a ticket created in
     * [fromEpoch, toEpoch): their attribution may name a ticket in that range, so a change there can
     * move them to another agent.
     */
    bool laterComplaintsOnTouchedOrders(qint64 fromEpoch, qint64 toEpoch, QList<qint64> *createdAt,
                                        QString *error) const;

    /** The team's time zone id from store_settings; empty means the workstation's. */
    QString teamTimeZoneId(QString *error) const;

private:
    QSqlDatabase m_db;
};
