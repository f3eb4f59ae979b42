#include "PeriodSnapshotRepository.h"

#include "kpi/KpiResult.h"
#include "scoring/Ranker.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QVariant optional(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<double> optionalFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

QVariant rankOrNull(int rank)
{
    return rank > 0 ? QVariant(rank) : QVariant();
}

KpiFigureStatus statusFromCode(const QString &code)
{
    for (KpiFigureStatus status : { KpiFigureStatus::Ok, KpiFigureStatus::Insufficient,
                                    KpiFigureStatus::NotApplicable, KpiFigureStatus::NotAvailable }) {
        if (KpiScopes::statusCode(status) == code)
            return status;
    }
    return KpiFigureStatus::NotAvailable;
}

bool fail(const QSqlQuery &query, QString *error)
{
    *error = query.lastError().text();
    return false;
}

} // namespace

PeriodSnapshotRepository::PeriodSnapshotRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool PeriodSnapshotRepository::select(const KpiPeriod &period, bool onlyCurrent,
                                      QList<PeriodCloseRecord> *out, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, profile_name, rule_set_version, min_volume, onboarding_days, "
                                 "closed_at, closed_by, reopened_at, reopened_by, reopen_reason "
                                 "FROM period_closes WHERE period_first = ? AND period_last = ?")
                  + (onlyCurrent ? QStringLiteral(" AND reopened_at IS NULL") : QString())
                  + QStringLiteral(" ORDER BY id"));
    query.addBindValue(period.first.toString(Qt::ISODate));
    query.addBindValue(period.last.toString(Qt::ISODate));
    if (!query.exec())
        return fail(query, error);
    QSqlQuery profiles(m_db);
    profiles.prepare(QStringLiteral(
        "SELECT profile_id FROM period_close_profiles WHERE close_id = ? ORDER BY profile_id"));
    while (query.next()) {
        PeriodCloseRecord record;
        record.id = query.value(0).toLongLong();
        record.period = period;
        record.profileName = query.value(1).toString();
        record.ruleSetVersion = query.value(2).toInt();
        record.options.minVolume = query.value(3).toInt();
        record.options.onboardingDays = query.value(4).toInt();
        record.closedAt = query.value(5).toLongLong();
        record.closedBy = query.value(6).toString();
        record.reopenedAt = query.value(7).toLongLong();
        record.reopenedBy = query.value(8).toString();
        record.reopenReason = query.value(9).toString();
        profiles.addBindValue(record.id);
        if (!profiles.exec())
            return fail(profiles, error);
        while (profiles.next())
            record.profileIds.append(profiles.value(0).toLongLong());
        out->append(record);
    }
    return true;
}

bool PeriodSnapshotRepository::current(const KpiPeriod &period, PeriodCloseRecord *out, bool *found,
                                       QString *error) const
{
    QList<PeriodCloseRecord> records;
    if (!select(period, true, &records, error))
        return false;
    *found = !records.isEmpty();
    if (*found)
        *out = records.constFirst();
    return true;
}

bool PeriodSnapshotRepository::history(const KpiPeriod &period, QList<PeriodCloseRecord> *out,
                                       QString *error) const
{
    return select(period, false, out, error);
}

bool PeriodSnapshotRepository::write(PeriodCloseRecord *record, const Ranking &ranking, QString *error)
{
    QSqlQuery close(m_db);
    close.prepare(QStringLiteral("INSERT INTO period_closes (period_first, period_last, profile_name, "
                                 "rule_set_version, min_volume, onboarding_days, closed_at, closed_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    close.addBindValue(record->period.first.toString(Qt::ISODate));
    close.addBindValue(record->period.last.toString(Qt::ISODate));
    close.addBindValue(record->profileName);
    close.addBindValue(record->ruleSetVersion);
    close.addBindValue(record->options.minVolume);
    close.addBindValue(record->options.onboardingDays);
    close.addBindValue(record->closedAt);
    close.addBindValue(record->closedBy);
    if (!close.exec() || !close.next())
        return fail(close, error);
    record->id = close.value(0).toLongLong();
    close.finish();

    QSqlQuery profile(m_db);
    profile.prepare(QStringLiteral("INSERT INTO period_close_profiles (close_id, profile_id) VALUES (?, ?)"));
    for (qint64 id : std::as_const(record->profileIds)) {
        profile.addBindValue(record->id);
        profile.addBindValue(id);
        if (!profile.exec())
            return fail(profile, error);
    }

    QSqlQuery agent(m_db);
    agent.prepare(QStringLiteral(
        "INSERT INTO period_snapshot_agents (close_id, agent_id, name, team_id, team_name, cohort, handled, "
        "composite, renormalised, center_rank, team_rank, not_ranked, center_previous, team_previous) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery kpi(m_db);
    kpi.prepare(QStringLiteral(
        "INSERT INTO period_snapshot_kpis (close_id, agent_id, kpi, value, n, low, high, status, "
        "target, weight, score, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const RankedAgent &line : ranking.agents) {
        agent.addBindValue(record->id);
        agent.addBindValue(line.agentId);
        agent.addBindValue(line.name);
        agent.addBindValue(line.teamId);
        agent.addBindValue(line.teamName);
        agent.addBindValue(Ranking::cohortCode(line.cohort));
        agent.addBindValue(line.handled);
        agent.addBindValue(optional(line.composite));
        agent.addBindValue(line.renormalised ? 1 : 0);
        agent.addBindValue(rankOrNull(line.centerRank));
        agent.addBindValue(rankOrNull(line.teamRank));
        agent.addBindValue(Ranking::notRankedCode(line.notRanked));
        agent.addBindValue(rankOrNull(line.centerPrevious));
        agent.addBindValue(rankOrNull(line.teamPrevious));
        if (!agent.exec())
            return fail(agent, error);
        for (qsizetype position = 0; position < line.kpis.size(); ++position) {
            const KpiScore &score = line.kpis.at(position);
            kpi.addBindValue(record->id);
            kpi.addBindValue(line.agentId);
            kpi.addBindValue(score.kpi);
            kpi.addBindValue(optional(score.value));
            kpi.addBindValue(score.n);
            kpi.addBindValue(optional(score.low));
            kpi.addBindValue(optional(score.high));
            kpi.addBindValue(KpiScopes::statusCode(score.status));
            kpi.addBindValue(optional(score.target));
            kpi.addBindValue(score.weight);
            kpi.addBindValue(optional(score.score));
            kpi.addBindValue(int(position));
            if (!kpi.exec())
                return fail(kpi, error);
        }
    }
    return true;
}

bool PeriodSnapshotRepository::readSnapshot(const PeriodCloseRecord &record, Ranking *out,
                                            QString *error) const
{
    *out = {};
    out->period = record.period;
    out->profileName = record.profileName;
    out->profileIds = record.profileIds;
    out->ruleSetVersion = record.ruleSetVersion;
    out->options = record.options;
    out->fromSnapshot = true;
    out->closeId = record.id;

    QSqlQuery versions(m_db);
    versions.prepare(QStringLiteral("SELECT p.name, p.platform, p.version FROM period_close_profiles c "
                                    "JOIN scoring_profiles p ON p.id = c.profile_id WHERE c.close_id = ? "
                                    "ORDER BY p.platform"));
    versions.addBindValue(record.id);
    if (!versions.exec())
        return fail(versions, error);
    while (versions.next()) {
        const QString platform = versions.value(1).toString();
        out->profileVersions.append(
            platform.isEmpty()
                ? QStringLiteral("%1 v%2").arg(versions.value(0).toString()).arg(versions.value(2).toInt())
                : QStringLiteral("%1/%2 v%3")
                      .arg(versions.value(0).toString(), platform)
                      .arg(versions.value(2).toInt()));
        out->perPlatform = out->perPlatform || !platform.isEmpty();
    }

    QSqlQuery agents(m_db);
    agents.prepare(QStringLiteral(
        "SELECT agent_id, name, team_id, team_name, cohort, handled, composite, renormalised, center_rank, "
        "team_rank, not_ranked, center_previous, team_previous FROM period_snapshot_agents WHERE close_id = "
        "?"));
    agents.addBindValue(record.id);
    if (!agents.exec())
        return fail(agents, error);
    QHash<qint64, qsizetype> rows;
    while (agents.next()) {
        RankedAgent line;
        line.agentId = agents.value(0).toLongLong();
        line.name = agents.value(1).toString();
        line.teamId = agents.value(2).toLongLong();
        line.teamName = agents.value(3).toString();
        line.cohort = Ranking::cohortFromCode(agents.value(4).toString());
        line.handled = agents.value(5).toLongLong();
        line.composite = optionalFrom(agents.value(6));
        line.renormalised = agents.value(7).toInt() != 0;
        line.centerRank = agents.value(8).toInt();
        line.teamRank = agents.value(9).toInt();
        line.notRanked = Ranking::notRankedFromCode(agents.value(10).toString());
        line.centerPrevious = agents.value(11).toInt();
        line.teamPrevious = agents.value(12).toInt();
        rows.insert(line.agentId, out->agents.size());
        out->agents.append(line);
    }
    QSqlQuery kpis(m_db);
    kpis.prepare(QStringLiteral("SELECT agent_id, kpi, value, n, low, high, status, target, weight, score "
                                "FROM period_snapshot_kpis WHERE close_id = ? ORDER BY agent_id, position"));
    kpis.addBindValue(record.id);
    if (!kpis.exec())
        return fail(kpis, error);
    while (kpis.next()) {
        const auto row = rows.constFind(kpis.value(0).toLongLong());
        if (row == rows.cend())
            continue;
        KpiScore score;
        score.kpi = kpis.value(1).toString();
        score.value = optionalFrom(kpis.value(2));
        score.n = kpis.value(3).toLongLong();
        score.low = optionalFrom(kpis.value(4));
        score.high = optionalFrom(kpis.value(5));
        score.status = statusFromCode(kpis.value(6).toString());
        score.target = optionalFrom(kpis.value(7));
        score.weight = kpis.value(8).toDouble();
        score.score = optionalFrom(kpis.value(9));
        out->agents[*row].kpis.append(score);
    }
    Ranker::sortForDisplay(&out->agents);
    return true;
}

bool PeriodSnapshotRepository::markReopened(qint64 closeId, qint64 at, const QString &by,
                                            const QString &reason, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE period_closes SET reopened_at = ?, reopened_by = ?, reopen_reason = ? "
                       "WHERE id = ? AND reopened_at IS NULL"));
    query.addBindValue(at);
    query.addBindValue(by);
    query.addBindValue(reason);
    query.addBindValue(closeId);
    if (!query.exec())
        return fail(query, error);
    return true;
}
