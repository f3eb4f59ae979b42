#include "PeriodCloser.h"

#include "RankingService.h"
#include "scoring/store/AuditLogRepository.h"
#include "scoring/store/WeightProfileRepository.h"
#include "store/ScopedTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

std::optional<double> rankValue(int rank)
{
    return rank > 0 ? std::optional<double>(rank) : std::nullopt;
}

bool same(const std::optional<double> &a, const std::optional<double> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    // Values pass through SQLite REAL unchanged; the tolerance only absorbs summation order.
    return !a || std::abs(*a - *b) <= 1e-9 * std::max(1.0, std::abs(*a));
}

} // namespace

PeriodCloser::PeriodCloser(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool PeriodCloser::isClosed(const KpiPeriod &period, bool *closed, QString *error) const
{
    PeriodCloseRecord record;
    return PeriodSnapshotRepository(m_db).current(period, &record, closed, error);
}

bool PeriodCloser::close(const KpiPeriod &period, const QString &profileName, const QString &actor,
                         qint64 now, Ranking *snapshot, QString *error)
{
    bool closed = false;
    if (!isClosed(period, &closed, error))
        return false;
    if (closed) {
        *error = tr("The period %1 is already closed; reopen it first to close it again.")
                     .arg(period.toString());
        return false;
    }
    // Computed before the write transaction so other workstations are not locked out meanwhile; the
    // snapshot is exactly what was computed.
    RankingRequest request;
    request.period = period;
    request.profileName = profileName;
    request.ignoreClose = true;
    request.now = now;
    Ranking ranking;
    if (!RankingService(m_db).compute(request, &ranking, error))
        return false;

    ScopedTransaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = tr("Could not start writing the period close: %1").arg(transaction.errorText());
        return false;
    }
    PeriodCloseRecord record;
    record.period = period;
    record.profileName = ranking.profileName;
    record.profileIds = ranking.profileIds;
    record.ruleSetVersion = ranking.ruleSetVersion;
    record.options = ranking.options;
    record.closedAt = now;
    record.closedBy = actor;
    PeriodSnapshotRepository snapshots(m_db);
    if (!snapshots.write(&record, ranking, error)
        || !WeightProfileRepository(m_db).lock(ranking.profileIds, now, error))
        return false;
    AuditEntry entry;
    entry.at = now;
    entry.actor = actor;
    entry.action = QStringLiteral("close_period");
    entry.entity = QStringLiteral("period");
    entry.entityKey = period.toString();
    entry.afterJson = QString::fromUtf8(
        QJsonDocument(
            QJsonObject { { QStringLiteral("closeId"), record.id },
                          { QStringLiteral("profiles"), QJsonArray::fromStringList(ranking.profileVersions) },
                          { QStringLiteral("ruleSetVersion"), ranking.ruleSetVersion },
                          { QStringLiteral("agents"), ranking.agents.size() } })
            .toJson(QJsonDocument::Compact));
    if (!AuditLogRepository(m_db).append(&entry, error))
        return false;
    if (!transaction.commit()) {
        *error = tr("Could not write the period close: %1").arg(transaction.errorText());
        return false;
    }
    ranking.fromSnapshot = true;
    ranking.closeId = record.id;
    if (snapshot)
        *snapshot = ranking;
    return true;
}

bool PeriodCloser::reopen(const KpiPeriod &period, const QString &actor, const QString &reason, qint64 now,
                          QString *error)
{
    if (reason.trimmed().isEmpty()) {
        *error = tr("Reopening a closed period needs a reason; it is kept in the audit log.");
        return false;
    }
    ScopedTransaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = transaction.errorText();
        return false;
    }
    PeriodSnapshotRepository snapshots(m_db);
    PeriodCloseRecord record;
    bool closed = false;
    if (!snapshots.current(period, &record, &closed, error))
        return false;
    if (!closed) {
        *error = tr("The period %1 is not closed.").arg(period.toString());
        return false;
    }
    if (!snapshots.markReopened(record.id, now, actor, reason.trimmed(), error))
        return false;
    AuditEntry entry;
    entry.at = now;
    entry.actor = actor;
    entry.action = QStringLiteral("reopen_period");
    entry.entity = QStringLiteral("period");
    entry.entityKey = period.toString();
    entry.reason = reason.trimmed();
    entry.beforeJson
        = QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("closeId"), record.id },
                                                        { QStringLiteral("closedAt"), record.closedAt },
                                                        { QStringLiteral("closedBy"), record.closedBy } })
                                .toJson(QJsonDocument::Compact));
    if (!AuditLogRepository(m_db).append(&entry, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.errorText();
        return false;
    }
    return true;
}

bool PeriodCloser::compare(const KpiPeriod &period, QList<SnapshotDifference> *out, QString *error)
{
    PeriodSnapshotRepository snapshots(m_db);
    PeriodCloseRecord record;
    bool closed = false;
    if (!snapshots.current(period, &record, &closed, error))
        return false;
    if (!closed) {
        *error = tr("The period %1 is not closed, so there is no snapshot to compare with.")
                     .arg(period.toString());
        return false;
    }
    Ranking snapshot;
    if (!snapshots.readSnapshot(record, &snapshot, error))
        return false;
    // Same profile versions and counting rules: what differs is the data (corrections, late imports).
    RankingRequest request;
    request.period = period;
    request.profileIds = record.profileIds;
    request.ruleSetVersion = record.ruleSetVersion;
    request.ignoreClose = true;
    request.withMovement = false; // ranks are compared, not their movement
    Ranking current;
    if (!RankingService(m_db).compute(request, &current, error))
        return false;
    *out = differences(snapshot, current);
    return true;
}

QList<SnapshotDifference> PeriodCloser::differences(const Ranking &snapshot, const Ranking &current)
{
    QList<SnapshotDifference> out;
    auto note = [&out](const RankedAgent &agent, const QString &field, const std::optional<double> &before,
                       const std::optional<double> &now) {
        if (!same(before, now))
            out.append({ agent.agentId, agent.name, field, before, now });
    };
    for (const RankedAgent &frozen : snapshot.agents) {
        const RankedAgent *now = current.agent(frozen.agentId);
        if (!now) {
            note(frozen, QStringLiteral("agent"), 1.0, std::nullopt);
            continue;
        }
        note(frozen, QStringLiteral("handled"), double(frozen.handled), double(now->handled));
        note(frozen, QStringLiteral("composite"), frozen.composite, now->composite);
        note(frozen, QStringLiteral("center_rank"), rankValue(frozen.centerRank), rankValue(now->centerRank));
        note(frozen, QStringLiteral("team_rank"), rankValue(frozen.teamRank), rankValue(now->teamRank));
        for (const KpiScore &score : frozen.kpis) {
            const KpiScore *recomputed = now->kpi(score.kpi);
            note(frozen, score.kpi, score.value, recomputed ? recomputed->value : std::nullopt);
        }
    }
    for (const RankedAgent &agent : current.agents) {
        if (!snapshot.agent(agent.agentId))
            out.append({ agent.agentId, agent.name, QStringLiteral("agent"), std::nullopt, 1.0 });
    }
    return out;
}
