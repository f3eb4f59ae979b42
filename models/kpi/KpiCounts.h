#pragma once

#include "KpiMessageCounter.h"

#include <QByteArray>
#include <QtGlobal>

#include <vector>

/**
 * The counts, sums and exact values behind every ticket KPI for some set of tickets: one agent's
 * tickets of one day and platform (a kpi_agent_day row), or a whole group over a period. Counts of
 * disjoint sets merge by addition, which is what makes daily aggregates exact for any period.
 * The message-level counts of the tickets' conversations ride along, attributed like the tickets
 * (the agent and local day of the ticket's creation).
 */
struct KpiCounts
{
    qint64 handled = 0;
    qint64 frtN = 0; // answered tickets inside their platform's service window
    qint64 frtSum = 0; // SLA-clock seconds
    qint64 slaMet = 0;
    qint64 slaMissed = 0; // answered late, or unanswered and past due when counted
    qint64 resolved = 0;
    qint64 resolutionN = 0; // resolved tickets with a resolution time
    qint64 resolutionSum = 0; // wall-clock seconds
    qint64 fcr = 0;
    qint64 reopened = 0;
    qint64 csatN = 0;
    qint64 csatTop = 0;
    qint64 csatSum = 0;
    qint64 complaints = 0; // complaints attributed to this agent (made on this day)
    qint64 escalated = 0;
    qint64 inquiries = 0;
    qint64 converted = 0;
    qint64 ahtN = 0;
    qint64 ahtSum = 0;
    std::vector<qint32> frtValues;
    std::vector<qint32> resolutionValues;
    std::vector<qint64> slaPendingDue; // due times of unanswered tickets not yet due when counted
    KpiMessageCounts messages; // the tickets' conversations under the message-level rules

    void merge(const KpiCounts &other);
    /** Sorts the value lists, the stored form (and a canonical one for comparisons). */
    void sortValues();
    bool isEmpty() const;
    bool operator==(const KpiCounts &other) const = default;

    // The stored form of the value lists: sorted little-endian integers, so reading them back costs
    // one copy and a month's percentile merges about thirty of them.
    static QByteArray packInt32(const std::vector<qint32> &values);
    static QByteArray packInt64(const std::vector<qint64> &values);
    static void appendInt32(const char *data, qsizetype bytes, std::vector<qint32> *out);
    static void appendInt64(const char *data, qsizetype bytes, std::vector<qint64> *out);
};
