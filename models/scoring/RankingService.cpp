#include "RankingService.h"

#include "TargetResolver.h"
#include "kpi/KpiEngine.h"
#include "scoring/store/AuditLogRepository.h"
#include "scoring/store/PeriodSnapshotRepository.h"
#include "scoring/store/RankingContextReader.h"
#include "scoring/store/TargetRepository.h"
#include "scoring/store/WeightProfileRepository.h"
#include "store/ScopedTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

RankingService::RankingService(QSqlDatabase db)
    : m_db(std::move(db))
{
}

KpiPeriod RankingService::previousPeriod(const KpiPeriod &period)
{
    const bool quarter = period.first.day() == 1 && (period.first.month() - 1) % 3 == 0
        && period.last == period.first.addMonths(3).addDays(-1);
    if (quarter)
        return { period.first.addMonths(-3), period.first.addDays(-1) };
    return period.previous(); // a month's predecessor is the previous month
}

bool RankingService::compute(const RankingRequest &request, Ranking *out, QString *error)
{
    if (!request.ignoreClose) {
        PeriodSnapshotRepository snapshots(m_db);
        PeriodCloseRecord record;
        bool closed = false;
        if (!snapshots.current(request.period, &record, &closed, error))
            return false;
        // The snapshot is the official result of a closed period; asking for another profile by name
        // is a what-if and is computed.
        const bool sameProfile = request.profileName.isEmpty() || request.profileName == record.profileName;
        if (closed && sameProfile)
            return snapshots.readSnapshot(record, out, error);
    }
    RankingInputs inputs;
    ProfileSet profiles;
    if (!prepare(request, &inputs, &profiles, error))
        return false;
    *out = RankingCalculator::rank(inputs, profiles);
    return true;
}

bool RankingService::prepare(const RankingRequest &request, RankingInputs *inputs, ProfileSet *profiles,
                             QString *error)
{
    if (!request.period.isValid()) {
        *error = tr("The ranking period is not a valid date range.");
        return false;
    }
    WeightProfileRepository profileRepository(m_db);
    RankingContextReader context(m_db);
    if (!request.profileIds.isEmpty()) {
        if (!profileRepository.loadSet(request.profileIds, profiles, error))
            return false;
    } else {
        const QString name
            = request.profileName.isEmpty() ? context.defaultProfileName() : request.profileName;
        if (!profileRepository.latestSet(name, profiles, error))
            return false;
    }
    if (!profiles->forPlatform(QString()) && !profiles->hasPlatformVariants()) {
        *error = tr("The weight profile \"%1\" has no versions.").arg(profiles->name);
        return false;
    }

    *inputs = {};
    inputs->period = request.period;
    if (!context.options(&inputs->options, error) || !context.agents(request.period, &inputs->agents, error))
        return false;

    KpiEngine engine(m_db);
    KpiQuery query;
    query.period = request.period;
    query.scope = KpiScope::Agent;
    query.ruleSetVersion = request.ruleSetVersion;
    query.now = request.now;
    if (!engine.compute(query, &inputs->overall, error))
        return false;
    inputs->ruleSetVersion = inputs->overall.ruleSetVersion;
    query.ruleSetVersion = inputs->ruleSetVersion; // every platform under the same rules
    if (profiles->hasPlatformVariants()) {
        for (Platform platform : Vocabulary::all<Platform>()) {
            query.platform = platform;
            KpiReport report;
            if (!engine.compute(query, &report, error))
                return false;
            inputs->byPlatform.insert(Vocabulary::code(platform), report);
        }
    }

    TargetRepository targetRepository(m_db);
    QList<Target> targets;
    if (!targetRepository.activeOn(request.period.last, &targets, error))
        return false;
    inputs->targets = TargetResolver::resolve(targets, inputs->agents, request.period.last);

    if (request.withMovement && !previousRanks(request, *profiles, &inputs->previousRanks, error))
        return false;
    return true;
}

bool RankingService::previousRanks(const RankingRequest &request, const ProfileSet &profiles,
                                   QHash<qint64, QPair<int, int>> *out, QString *error)
{
    // The previous period as it was published: its snapshot when closed, else a recomputation under
    // the same profile versions.
    RankingRequest previous = request;
    previous.period = previousPeriod(request.period);
    previous.withMovement = false;
    previous.ignoreClose = false;
    previous.profileName = profiles.name;
    previous.profileIds.clear();
    for (const WeightProfile &profile : profiles.profiles)
        previous.profileIds.append(profile.id);
    Ranking ranking;
    if (!compute(previous, &ranking, error))
        return false;
    for (const RankedAgent &agent : std::as_const(ranking.agents)) {
        if (agent.isRanked())
            out->insert(agent.agentId, { agent.centerRank, agent.teamRank });
    }
    return true;
}

bool RankingService::saveProfileVersion(WeightProfile *profile, const QString &actor, qint64 now,
                                        QString *error)
{
    ScopedTransaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = transaction.errorText();
        return false;
    }
    const qint64 previousId = profile->id;
    profile->createdAt = now;
    profile->createdBy = actor;
    WeightProfileRepository repository(m_db);
    if (!repository.saveAsNewVersion(profile, error))
        return false;
    QJsonArray kpis;
    for (const KpiWeight &weight : std::as_const(profile->kpis))
        kpis.append(QJsonObject { { QStringLiteral("kpi"), weight.kpi },
                                  { QStringLiteral("weight"), weight.weight },
                                  { QStringLiteral("target"), weight.target },
                                  { QStringLiteral("method"), WeightProfile::methodCode(weight.method) } });
    AuditEntry entry;
    entry.at = now;
    entry.actor = actor;
    entry.action = QStringLiteral("save_profile");
    entry.entity = QStringLiteral("scoring_profile");
    entry.entityKey = profile->platform.isEmpty() ? profile->name : profile->name + u'/' + profile->platform;
    entry.beforeJson = previousId > 0
        ? QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("id"), previousId } })
                                .toJson(QJsonDocument::Compact))
        : QString();
    entry.afterJson
        = QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("id"), profile->id },
                                                        { QStringLiteral("version"), profile->version },
                                                        { QStringLiteral("kpis"), kpis } })
                                .toJson(QJsonDocument::Compact));
    AuditLogRepository audit(m_db);
    if (!audit.append(&entry, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.errorText();
        return false;
    }
    return true;
}
