#include "KpiAggregateBuilder.h"

#include "KpiContext.h"
#include "KpiConversationCounter.h"
#include "KpiDayClock.h"
#include "KpiTicketAggregator.h"
#include "store/KpiAggregateRepository.h"
#include "store/KpiRuleSetRepository.h"
#include "store/KpiTicketReader.h"
#include "store/ScopedTransaction.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <memory>

namespace {

/**
 * Scans [fromEpoch, toEpoch) and writes its rows one local day at a time, so memory stays a day's
 * worth; each ticket's conversations are streamed and counted as the ticket is read.
 */
bool buildRange(const KpiTicketReader &reader, KpiAggregateRepository &repository,
                KpiTicketAggregator &aggregator, KpiConversationCounter &conversations, KpiDayClock &clock,
                qint64 fromEpoch, qint64 toEpoch, qint64 *tickets, qint64 *rows, QString *error)
{
    qint64 currentDay = -1;
    bool writeFailed = false;
    bool readFailed = false;
    KpiMessageCounts messages;
    auto flush = [&]() {
        std::vector<KpiAggregateRow> dayRows = aggregator.take();
        *rows += static_cast<qint64>(dayRows.size());
        return repository.insert(dayRows, error);
    };
    const bool scanned = reader.scan(
        fromEpoch, toEpoch, std::nullopt,
        [&](const KpiTicketRow &ticket) {
            const qint64 day = clock.dayOf(ticket.createdAt);
            if (day != currentDay && !aggregator.isEmpty() && !flush()) {
                writeFailed = true;
                return false;
            }
            currentDay = day;
            if (!conversations.countTicket(ticket, &messages, error)) {
                readFailed = true;
                return false;
            }
            aggregator.add(ticket, messages);
            ++*tickets;
            return true;
        },
        error);
    return scanned && !writeFailed && !readFailed && flush();
}

} // namespace

KpiAggregateBuilder::KpiAggregateBuilder(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool KpiAggregateBuilder::rebuildAll(qint64 now, QString *error, Transaction transaction)
{
    return rebuild(nullptr, now, error, transaction);
}

bool KpiAggregateBuilder::rebuildDays(const QDate &first, const QDate &last, qint64 now, QString *error,
                                      Transaction transaction)
{
    if (!first.isValid() || !last.isValid() || last < first) {
        *error = tr("The days to rebuild are not a valid range.");
        return false;
    }
    QList<QDate> days;
    for (QDate day = first; day <= last; day = day.addDays(1))
        days.append(day);
    return rebuild(&days, now, error, transaction);
}

bool KpiAggregateBuilder::rebuildDaySet(QList<QDate> days, qint64 now, QString *error,
                                        Transaction transaction)
{
    days.removeIf([](const QDate &day) { return !day.isValid(); });
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    if (days.isEmpty())
        return true;
    return rebuild(&days, now, error, transaction);
}

bool KpiAggregateBuilder::rebuildKeys(const QList<QPair<qint64, QDate>> &agentDays, qint64 now,
                                      QString *error, Transaction transaction)
{
    QList<QDate> days;
    for (const auto &[agent, day] : agentDays) {
        Q_UNUSED(agent);
        days.append(day);
    }
    return rebuildDaySet(days, now, error, transaction);
}

bool KpiAggregateBuilder::rebuildCreatedRange(qint64 fromEpoch, qint64 toEpoch, qint64 now, QString *error,
                                              Transaction transaction)
{
    KpiContext context;
    if (!KpiContext::load(m_db, &context, error))
        return false;
    const QDate first = QDateTime::fromSecsSinceEpoch(std::min(fromEpoch, toEpoch), context.zone).date();
    const QDate last = QDateTime::fromSecsSinceEpoch(std::max(fromEpoch, toEpoch), context.zone).date();
    return rebuildDays(first, last, now, error, transaction);
}

bool KpiAggregateBuilder::rebuild(const QList<QDate> *days, qint64 now, QString *error,
                                  Transaction transaction)
{
    m_rowsWritten = 0;
    m_ticketsRead = 0;
    if (now < 0)
        now = QDateTime::currentSecsSinceEpoch();

    std::unique_ptr<ScopedTransaction> own;
    if (transaction == Transaction::Own) {
        own = std::make_unique<ScopedTransaction>(m_db);
        if (!own->isActive()) {
            *error = tr("Could not start writing the KPI aggregates: %1").arg(own->errorText());
            return false;
        }
    }

    KpiContext context;
    if (!KpiContext::load(m_db, &context, error))
        return false;
    KpiRuleSetRepository ruleSets(m_db);
    const int version = ruleSets.activeVersion(error);
    KpiRuleSet rules;
    if (version == 0 || !ruleSets.load(version, &rules, error))
        return false;

    KpiAggregateRepository repository(m_db);
    KpiAggregateState state;
    if (!repository.state(&state, error))
        return false;
    bool everything = days == nullptr;
    if (!everything) {
        // Aggregates built in another zone or under rules that count differently cannot be patched.
        KpiRuleSet builtWith;
        if (!state.exists || state.timeZone != context.zoneId
            || (state.ruleSetVersion != version
                && (!ruleSets.load(state.ruleSetVersion, &builtWith, error)
                    || !builtWith.sameAggregation(rules))))
            everything = true;
    }

    const KpiTicketReader reader(m_db);
    KpiDayClock clock(context.zone);
    KpiTicketAggregator aggregator(rules, context.policies, clock, context.agentTeams, now);
    KpiConversationCounter conversations(m_db, rules, context.zone);
    if (everything) {
        if (!repository.deleteAll(error))
            return false;
        qint64 oldest = 0;
        qint64 newest = 0;
        if (reader.createdRange(&oldest, &newest, error)) {
            if (!buildRange(reader, repository, aggregator, conversations, clock, oldest, newest + 1,
                            &m_ticketsRead, &m_rowsWritten, error))
                return false;
        } else if (!error->isEmpty()) {
            return false;
        }
    } else {
        // Whole runs of consecutive days, then the later days whose complaints may be attributed
        // through a ticket in a run.
        QList<QPair<QDate, QDate>> runs;
        for (const QDate &day : *days) {
            if (!runs.isEmpty() && runs.last().second.addDays(1) == day)
                runs.last().second = day;
            else
                runs.append({ day, day });
        }
        QSet<qint64> requested;
        for (const QDate &day : *days)
            requested.insert(day.toJulianDay());
        QSet<qint64> extraDays;
        for (const auto &[first, last] : runs) {
            const qint64 fromEpoch = clock.startOf(first);
            const qint64 toEpoch = clock.startOf(last.addDays(1));
            QList<qint64> laterComplaints;
            if (!reader.laterComplaintsOnTouchedOrders(fromEpoch, toEpoch, &laterComplaints, error))
                return false;
            for (const qint64 createdAt : laterComplaints) {
                const qint64 day = clock.dayOf(createdAt);
                if (!requested.contains(day))
                    extraDays.insert(day);
            }
            if (!repository.deleteDays(first.toJulianDay(), last.toJulianDay(), error)
                || !buildRange(reader, repository, aggregator, conversations, clock, fromEpoch, toEpoch,
                               &m_ticketsRead, &m_rowsWritten, error))
                return false;
        }
        QList<qint64> later = extraDays.values();
        std::sort(later.begin(), later.end());
        for (const qint64 day : later) {
            const QDate date = QDate::fromJulianDay(day);
            if (!repository.deleteDays(day, day, error)
                || !buildRange(reader, repository, aggregator, conversations, clock, clock.startOf(date),
                               clock.startOf(date.addDays(1)), &m_ticketsRead, &m_rowsWritten, error))
                return false;
        }
    }

    if (!repository.setState({ true, context.zoneId, version, now }, error)
        || !ruleSets.markUsed(version, now, error))
        return false;
    if (own && !own->commit()) {
        *error = tr("Could not save the KPI aggregates: %1").arg(own->errorText());
        return false;
    }
    return true;
}
