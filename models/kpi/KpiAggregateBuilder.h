#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

/**
 * Keeps kpi_agent_day in step with the tickets and their conversations' messages (counted under
 * the message-level rules and added to the ticket's agent-day). Call rebuildAll() after bulk loads
 * (demo data, a migrated store) and rebuildDays()/rebuildCreatedRange() after an import batch commits or is
 * undone, with the creation days it touched (old and new values). A day is always rebuilt whole,
 * for every agent: complaint attribution crosses agents, so per-agent patching could miss a
 * complaint that moved to someone else. For the same reason complaints made after the range on an
 * order touched inside it are rebuilt too.
 *
 * Aggregates are built with the store's team time zone and the active KPI rule set, both recorded
 * in kpi_aggregate_state; when either changed, rebuildDays() rebuilds everything. Messages are
 * streamed per ticket as it is scanned (KpiConversationCounter), never a day's worth at once.
 *
 * Threading: use it on the thread that owns the connection.
 */
class KpiAggregateBuilder
{
    Q_DECLARE_TR_FUNCTIONS(KpiAggregateBuilder)

public:
    enum class Transaction {
        Own, // BEGIN IMMEDIATE … COMMIT around the rebuild
        Callers, // the caller's transaction is open (e.g. the import writer's); write inside it
    };

    explicit KpiAggregateBuilder(QSqlDatabase db);

    /** `now` judges "unanswered and past due"; -1 = the current time. */
    bool rebuildAll(qint64 now, QString *error, Transaction transaction = Transaction::Own);
    /** The local days [first, last] (team time zone). */
    bool rebuildDays(const QDate &first, const QDate &last, qint64 now, QString *error,
                     Transaction transaction = Transaction::Own);
    /** Any set of local days, in any order (duplicates and gaps are fine). */
    bool rebuildDaySet(QList<QDate> days, qint64 now, QString *error,
                       Transaction transaction = Transaction::Own);
    /**
     * (agent, day) keys: their days are rebuilt whole, for every agent, because a changed ticket can
     * move a complaint to another agent's row of that day.
     */
    bool rebuildKeys(const QList<QPair<qint64, QDate>> &agentDays, qint64 now, QString *error,
                     Transaction transaction = Transaction::Own);
    /** The days holding created_at values in [fromEpoch, toEpoch] (inclusive), for import batches. */
    bool rebuildCreatedRange(qint64 fromEpoch, qint64 toEpoch, qint64 now, QString *error,
                             Transaction transaction = Transaction::Own);

    qint64 rowsWritten() const { return m_rowsWritten; }
    qint64 ticketsRead() const { return m_ticketsRead; }

private:
    bool rebuild(const QList<QDate> *days, qint64 now, QString *error, Transaction transaction); // null = all

    QSqlDatabase m_db;
    qint64 m_rowsWritten = 0;
    qint64 m_ticketsRead = 0;
};
