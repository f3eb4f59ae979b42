#pragma once

#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <optional>

/** Whose tickets a count covers: one agent, one team, or everyone (neither set). */
struct KpiTicketScope
{
    std::optional<qint64> agentId;
    std::optional<qint64> teamId;
    std::optional<Platform> platform;
};

/** Which ticket field a volume breakdown splits by. */
enum class KpiVolumeDimension { Type, Platform, Channel };

/**
 * Small grouped counts over one created range of tickets for the trend panels (volume by
 * type/platform/channel, the weekday × hour heat map, the CSAT distribution). Each query walks an
 * index on (…, created_at) for the range and returns at most one row per UTC hour and value, so a
 * year of trends never pulls tickets into memory. Counting by UTC hour lets the caller put each
 * hour into the team's local day and hour (every zone a team works in is a whole-hour offset).
 *
 * Threading: use it on the thread that owns the connection.
 */
class KpiTicketCountReader
{
    Q_DECLARE_TR_FUNCTIONS(KpiTicketCountReader)

public:
    explicit KpiTicketCountReader(QSqlDatabase db);

    /** Tickets created in [from, to) (epoch seconds) per UTC hour (epoch / 3600) and value code. */
    bool hourlyCounts(qint64 from, qint64 to, const KpiTicketScope &scope, KpiVolumeDimension dimension,
                      QHash<qint64, QHash<QString, qint64>> *out, QString *error) const;

    /** Tickets created in [from, to) per UTC hour, whatever their values. */
    bool hourlyTotals(qint64 from, qint64 to, const KpiTicketScope &scope, QHash<qint64, qint64> *out,
                      QString *error) const;

    /** Answered surveys of tickets created in [from, to) per score: index 0 is score 1. */
    bool csatDistribution(qint64 from, qint64 to, const KpiTicketScope &scope, std::array<qint64, 5> *out,
                          QString *error) const;

private:
    QSqlDatabase m_db;
};
