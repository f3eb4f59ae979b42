#include "RankingCommand.h"

#include "CliStore.h"
#include "CommandArguments.h"
#include "kpi/KpiResult.h"
#include "scoring/RankingService.h"

#include <QCollator>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

QString fixed(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 2) : QString();
}

QString csvField(const QString &text)
{
    // Names come from imports: a leading = + - @ would run as a spreadsheet formula (as in teamlens kpi).
    QString cell = text;
    if (!cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front()))
        cell.prepend(u'\'');
    if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n') && !cell.contains(u'\r'))
        return cell;
    return u'"' + cell.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

/** The profile's KPIs in order, as every agent line lists them. */
QStringList kpiKeys(const Ranking &ranking)
{
    QStringList keys;
    for (const RankedAgent &agent : ranking.agents) {
        for (const KpiScore &score : agent.kpis) {
            if (!keys.contains(score.kpi))
                keys.append(score.kpi);
        }
    }
    return keys;
}

/** By team: grouped by team name, each team's cohorts and ranks in order; by center: as ranked. */
QList<const RankedAgent *> ordered(const Ranking &ranking, bool byTeam)
{
    QList<const RankedAgent *> lines;
    for (const RankedAgent &agent : ranking.agents)
        lines.append(&agent);
    if (byTeam) {
        QCollator collator;
        collator.setNumericMode(true);
        std::stable_sort(lines.begin(), lines.end(), [&collator](const RankedAgent *a, const RankedAgent *b) {
            if (a->teamId != b->teamId) {
                const int byName = collator.compare(a->teamName, b->teamName);
                return byName != 0 ? byName < 0 : a->teamId < b->teamId;
            }
            if (a->cohort != b->cohort)
                return a->cohort < b->cohort;
            if (a->isRanked() != b->isRanked())
                return a->isRanked();
            return a->teamRank < b->teamRank;
        });
    }
    return lines;
}

bool parseQuarter(const QString &text, KpiPeriod *out)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})-[Qq]([1-4])$)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    *out = KpiPeriod::quarter(match.captured(1).toInt(), match.captured(2).toInt());
    return true;
}

} // namespace

QString RankingCommand::summary() const
{
    return tr("rank agents by composite score for a month or quarter (CSV or JSON)");
}

QString RankingCommand::toCsv(const Ranking &ranking, bool byTeam)
{
    const QStringList keys = kpiKeys(ranking);
    QStringList header
        = { QStringLiteral("rank"),     QStringLiteral("movement"),  QStringLiteral("previous_rank"),
            QStringLiteral("agent_id"), QStringLiteral("agent"),     QStringLiteral("team_id"),
            QStringLiteral("team"),     QStringLiteral("cohort"),    QStringLiteral("not_ranked"),
            QStringLiteral("handled"),  QStringLiteral("composite"), QStringLiteral("renormalised") };
    for (const QString &key : keys)
        header << key + QStringLiteral("_score") << key + QStringLiteral("_value")
               << key + QStringLiteral("_n") << key + QStringLiteral("_status");
    header << QStringLiteral("from") << QStringLiteral("to") << QStringLiteral("profile")
           << QStringLiteral("rule_set_version") << QStringLiteral("closed");
    QString csv = header.join(u',') + QStringLiteral("\r\n");
    const QString profiles = ranking.profileVersions.isEmpty()
        ? ranking.profileName
        : ranking.profileVersions.join(QStringLiteral("; "));
    for (const RankedAgent *agent : ordered(ranking, byTeam)) {
        const int previous = byTeam ? agent->teamPrevious : agent->centerPrevious;
        QStringList row = { agent->rank(byTeam) > 0 ? QString::number(agent->rank(byTeam)) : QString(),
                            Ranking::movementCode(agent->movement(byTeam)),
                            previous > 0 ? QString::number(previous) : QString(),
                            QString::number(agent->agentId),
                            csvField(agent->name),
                            QString::number(agent->teamId),
                            csvField(agent->teamName),
                            Ranking::cohortCode(agent->cohort),
                            Ranking::notRankedCode(agent->notRanked),
                            QString::number(agent->handled),
                            fixed(agent->composite),
                            agent->renormalised ? QStringLiteral("1") : QStringLiteral("0") };
        for (const QString &key : keys) {
            const KpiScore *score = agent->kpi(key);
            const bool shown = score && score->status == KpiFigureStatus::Ok && score->value;
            row << (score ? fixed(score->score) : QString()) << (shown ? number(*score->value) : QString())
                << (score ? QString::number(score->n) : QString())
                << (score ? KpiScopes::statusCode(score->status) : QString());
        }
        row << ranking.period.first.toString(Qt::ISODate) << ranking.period.last.toString(Qt::ISODate)
            << csvField(profiles) << QString::number(ranking.ruleSetVersion)
            << (ranking.fromSnapshot ? QStringLiteral("1") : QStringLiteral("0"));
        csv += row.join(u',') + QStringLiteral("\r\n");
    }
    return csv;
}

QByteArray RankingCommand::toJson(const Ranking &ranking, bool byTeam)
{
    // Keys are a contract with scripts: add new ones, never rename.
    QJsonArray agents;
    for (const RankedAgent *agent : ordered(ranking, byTeam)) {
        QJsonObject kpis;
        for (const KpiScore &score : agent->kpis) {
            const bool shown = score.status == KpiFigureStatus::Ok && score.value;
            kpis.insert(
                score.kpi,
                QJsonObject {
                    { QStringLiteral("score"), score.score ? QJsonValue(*score.score) : QJsonValue() },
                    { QStringLiteral("value"), shown ? QJsonValue(*score.value) : QJsonValue() },
                    { QStringLiteral("n"), score.n },
                    { QStringLiteral("status"), KpiScopes::statusCode(score.status) },
                    { QStringLiteral("target"), score.target ? QJsonValue(*score.target) : QJsonValue() },
                    { QStringLiteral("low"), shown && score.low ? QJsonValue(*score.low) : QJsonValue() },
                    { QStringLiteral("high"), shown && score.high ? QJsonValue(*score.high) : QJsonValue() },
                    { QStringLiteral("weight"), score.weight } });
        }
        const int previous = byTeam ? agent->teamPrevious : agent->centerPrevious;
        agents.append(QJsonObject {
            { QStringLiteral("rank"),
              agent->rank(byTeam) > 0 ? QJsonValue(agent->rank(byTeam)) : QJsonValue() },
            { QStringLiteral("centerRank"),
              agent->centerRank > 0 ? QJsonValue(agent->centerRank) : QJsonValue() },
            { QStringLiteral("teamRank"), agent->teamRank > 0 ? QJsonValue(agent->teamRank) : QJsonValue() },
            { QStringLiteral("movement"), Ranking::movementCode(agent->movement(byTeam)) },
            { QStringLiteral("previousRank"), previous > 0 ? QJsonValue(previous) : QJsonValue() },
            { QStringLiteral("agentId"), agent->agentId },
            { QStringLiteral("agent"), agent->name },
            { QStringLiteral("teamId"), agent->teamId },
            { QStringLiteral("team"), agent->teamName },
            { QStringLiteral("cohort"), Ranking::cohortCode(agent->cohort) },
            { QStringLiteral("notRanked"), Ranking::notRankedCode(agent->notRanked) },
            { QStringLiteral("handled"), agent->handled },
            { QStringLiteral("composite"), agent->composite ? QJsonValue(*agent->composite) : QJsonValue() },
            { QStringLiteral("renormalised"), agent->renormalised },
            { QStringLiteral("kpis"), kpis },
        });
    }
    const QJsonObject root {
        { QStringLiteral("from"), ranking.period.first.toString(Qt::ISODate) },
        { QStringLiteral("to"), ranking.period.last.toString(Qt::ISODate) },
        { QStringLiteral("by"), byTeam ? QStringLiteral("team") : QStringLiteral("center") },
        { QStringLiteral("profile"), ranking.profileName },
        { QStringLiteral("profileVersions"), QJsonArray::fromStringList(ranking.profileVersions) },
        { QStringLiteral("ruleSetVersion"), ranking.ruleSetVersion },
        { QStringLiteral("perPlatform"), ranking.perPlatform },
        { QStringLiteral("closed"), ranking.fromSnapshot },
        { QStringLiteral("minVolume"), ranking.options.minVolume },
        { QStringLiteral("onboardingDays"), ranking.options.onboardingDays },
        { QStringLiteral("compositeRule"), Ranking::renormalisationRule() },
        { QStringLiteral("agents"), agents },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

int RankingCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Ranks every agent by composite score (Σ weight × KPI score ÷ 100) under a weight profile, per "
           "team or across the center, with the movement against the previous period. Agents under the "
           "minimum volume are listed as not ranked; agents hired within the onboarding window rank in "
           "their own cohort. A closed period prints its frozen snapshot.\n"
           "Exit codes: 0 computed, 1 the store could not be read, 2 wrong arguments."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The store file."), tr("FILE"));
    const QCommandLineOption periodOption(QStringLiteral("period"), tr("A calendar month."), tr("YYYY-MM"));
    const QCommandLineOption quarterOption(QStringLiteral("quarter"), tr("A calendar quarter."),
                                           tr("YYYY-Qn"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           tr("The weight profile (default: the store's ranking profile)."),
                                           tr("NAME"));
    const QCommandLineOption byOption(QStringLiteral("by"),
                                      tr("Rank within each team or across the center (default)."),
                                      tr("team|center"), QStringLiteral("center"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("csv (default) or json."),
                                          tr("FORMAT"), QStringLiteral("csv"));
    parser.addOptions({ dbOption, periodOption, quarterOption, profileOption, byOption, formatOption });
    CommandArguments command(name(), &parser, out, err);
    if (const auto done = command.parse(arguments))
        return *done;
    if (!parser.isSet(dbOption))
        return command.usage(tr("--db FILE is required."));
    if (parser.isSet(periodOption) == parser.isSet(quarterOption))
        return command.usage(tr("give either --period YYYY-MM or --quarter YYYY-Qn."));
    RankingRequest request;
    QString error;
    if (parser.isSet(periodOption)) {
        if (!KpiPeriod::parseMonth(parser.value(periodOption), &request.period, &error))
            return command.usage(error);
    } else if (!parseQuarter(parser.value(quarterOption), &request.period)) {
        return command.usage(tr("\"%1\" is not a quarter; write it as YYYY-Qn, e.g. 2026-Q4.")
                                 .arg(parser.value(quarterOption)));
    }
    const QString by = parser.value(byOption);
    if (by != QLatin1StringView("team") && by != QLatin1StringView("center"))
        return command.usage(tr("--by must be team or center, not \"%1\".").arg(by));
    const QString format = parser.value(formatOption);
    if (format != QLatin1StringView("csv") && format != QLatin1StringView("json"))
        return command.usage(tr("--format must be csv or json, not \"%1\".").arg(format));
    request.profileName = parser.value(profileOption);

    const auto store = CliStore::open(name(), parser.value(dbOption), err);
    if (!store)
        return ExitFailure;
    CliStore::refreshAggregates(*store, err);
    Ranking ranking;
    if (!RankingService(store->connection()).compute(request, &ranking, &error)) {
        err << tr("teamlens ranking: %1").arg(error) << Qt::endl;
        return ExitFailure;
    }
    if (ranking.fromSnapshot)
        err << tr("Note: %1 is closed; printing its frozen snapshot.").arg(ranking.period.toString())
            << Qt::endl;
    const bool byTeam = by == QLatin1StringView("team");
    if (format == QLatin1StringView("json"))
        out << QString::fromUtf8(toJson(ranking, byTeam));
    else
        out << toCsv(ranking, byTeam);
    out.flush();
    return ExitOk;
}
