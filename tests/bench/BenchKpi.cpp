// Benchmark (not a test): a month of every KPI for every agent, side by side with a plain GROUP BY,
//
//   ours       KpiEngine, scope agent, from the daily aggregates (kpi_agent_day): every catalogue KPI
//              with exact medians and P90 (merged value blobs), Wilson intervals and sample sizes
//   exact      the same report straight from the raw tickets (the reference path), one run
//   baseline   the sqlite3 shell running one GROUP BY agent over the month's raw tickets: counts and
//              averages only (no SLA clock, no percentiles, no complaint attribution), timed by
//              the shell's own ".timer" (query time) and as the wall time of the process
// and a 365-day team trend, one point per day, for the busiest team:
//   trend      KpiEngine::computeSeries (what the Trends panel runs): the year's aggregates read once
//   per-day    KpiEngine::compute once per day, the way the panel worked before, for comparison
//   baseline   the sqlite3 shell running one GROUP BY day over the team's raw tickets of the year
// The stores are given by path and are changed: opened through TeamLens (migrated to the current
// schema, with the backup that takes) and, when they have none, given KPI aggregates, whose build
// time is reported too; --rebuild rebuilds and times them even when they exist (after a migration
// that marked them stale, or to measure the build with the message counts). Use copies. Medians of
// --runs runs, ours and the baseline alternating.
//
// Usage: bench_kpi [--runs 5] [--period YYYY-MM] [--trend-days 365] [--rebuild] STORE…

#include "BenchSupport.h"

#include "kpi/KpiAggregateBuilder.h"
#include "kpi/KpiEngine.h"
#include "kpi/KpiTrendPeriods.h"
#include "kpi/store/KpiAggregateRepository.h"
#include "kpi/store/KpiStaleRangeRepository.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimeZone>

namespace {

QTextStream &console()
{
    static QTextStream stream(stderr);
    return stream;
}

struct ShellTiming
{
    double wallMs = -1;
    double queryMs = -1; // the shell's own "Run Time: real"
    int rows = 0;
};

ShellTiming runShell(const QString &path, const QString &sql)
{
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    // The shell times statements it reads from standard input (not those given as arguments).
    shell.start(QStringLiteral("sqlite3"),
                { QStringLiteral("-readonly"), QStringLiteral("-cmd"), QStringLiteral(".timer on"), path });
    shell.write(sql.toUtf8() + '\n');
    shell.closeWriteChannel();
    ShellTiming timing;
    if (!shell.waitForFinished(600000) || shell.exitCode() != 0) {
        console() << "sqlite3 failed: " << shell.readAllStandardError() << Qt::endl;
        return timing;
    }
    timing.wallMs = BenchSupport::elapsedMs(timer);
    const QString output = QString::fromUtf8(shell.readAllStandardOutput());
    static const QRegularExpression runTime(QStringLiteral(R"(Run Time: real ([0-9.]+))"));
    const auto match = runTime.match(output);
    if (match.hasMatch())
        timing.queryMs = match.captured(1).toDouble() * 1000.0;
    timing.rows = static_cast<int>(output.count(u'\n')) - 1; // less the timer line
    return timing;
}

/** The counts and averages a spreadsheet-minded script would compute: what the baselines select. */
QString plainFigures()
{
    return QStringLiteral(
        "COUNT(*), AVG(first_response_at - created_at), "
        "AVG(first_response_at <= first_response_due_at), SUM(status IN ('resolved', 'closed')), "
        "AVG(CASE WHEN status IN ('resolved', 'closed') THEN resolved_at - created_at END), "
        "SUM(status IN ('resolved', 'closed') AND reopen_count = 0 AND escalated = 0), "
        "SUM(reopen_count > 0), "
        "AVG(csat_score >= 4), AVG(csat_score), COUNT(csat_score), SUM(type = 'complaint'), "
        "AVG(escalated), "
        "SUM(is_inquiry), SUM(is_inquiry AND converted), AVG(handle_seconds)");
}

/** The "plain GROUP BY" of a month: one row per agent. */
ShellTiming runShellGroupBy(const QString &path, qint64 fromEpoch, qint64 toEpoch)
{
    return runShell(path,
                    QStringLiteral("SELECT agent_id, %1 FROM tickets WHERE created_at >= %2 AND "
                                   "created_at < %3 GROUP BY agent_id;")
                        .arg(plainFigures())
                        .arg(fromEpoch)
                        .arg(toEpoch));
}

/** The plain GROUP BY of a team's year: one row per local day (a fixed offset, as in Shanghai). */
ShellTiming runShellTeamDays(const QString &path, qint64 teamId, qint64 fromEpoch, qint64 toEpoch,
                             int offsetSeconds)
{
    return runShell(path,
                    QStringLiteral("SELECT (created_at + %5) / 86400, %1 FROM tickets WHERE team_id = %2 "
                                   "AND created_at >= %3 AND created_at < %4 GROUP BY 1;")
                        .arg(plainFigures())
                        .arg(teamId)
                        .arg(fromEpoch)
                        .arg(toEpoch)
                        .arg(offsetSeconds));
}

/** The last whole month in the store (team zone), so the bench reads a full month of data. */
KpiPeriod lastFullMonth(const Store &store)
{
    QSqlQuery query(store.connection());
    query.exec(QStringLiteral("SELECT MAX(created_at) FROM tickets"));
    const qint64 newest = query.next() ? query.value(0).toLongLong() : QDateTime::currentSecsSinceEpoch();
    query.exec(QStringLiteral("SELECT value FROM store_settings WHERE key = 'team_time_zone'"));
    const QTimeZone zone
        = query.next() ? QTimeZone(query.value(0).toString().toUtf8()) : QTimeZone::systemTimeZone();
    const QDate last
        = QDateTime::fromSecsSinceEpoch(newest, zone.isValid() ? zone : QTimeZone::systemTimeZone()).date();
    const QDate month = last.addDays(1).day() == 1 ? last : last.addMonths(-1);
    return KpiPeriod::month(month.year(), month.month());
}

/**
 * A team's KPIs for each of the `days` days ending with `last`, as the Trends panel asks for them,
 * against computing each day on its own and against the shell's GROUP BY day.
 */
QJsonObject benchTeamTrend(const Store &store, const QString &path, const QDate &last, int days, int runs)
{
    QJsonObject report;
    QString error;
    const KpiPeriod year = KpiPeriod::range(last.addDays(1 - days), last);
    const QList<KpiPeriod> periods = KpiTrendPeriods::split(year, KpiGranularity::Day);
    KpiQuery query;
    query.scope = KpiScope::Team;
    query.source = KpiSource::Aggregates;
    query.period = year;
    KpiReport teams;
    if (!KpiEngine(store.connection()).compute(query, &teams, &error)) {
        report.insert(QStringLiteral("error"), error);
        return report;
    }
    const KpiResult *busiest = nullptr;
    for (const KpiResult &team : std::as_const(teams.results)) {
        if (!busiest
            || team.figure(QStringLiteral("handled"))->n > busiest->figure(QStringLiteral("handled"))->n)
            busiest = &team;
    }
    if (!busiest) {
        report.insert(QStringLiteral("error"), QStringLiteral("the store has no teams"));
        return report;
    }
    report.insert(QStringLiteral("range"), year.toString());
    report.insert(QStringLiteral("team"), busiest->name);
    report.insert(QStringLiteral("teamTickets"), busiest->figure(QStringLiteral("handled"))->n);

    const QTimeZone zone(teams.timeZone.toUtf8());
    const qint64 fromEpoch = QDateTime(year.first, QTime(0, 0), zone).toSecsSinceEpoch();
    const qint64 toEpoch = QDateTime(year.last.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
    const int offset = zone.offsetFromUtc(QDateTime(year.last, QTime(12, 0), zone));

    QList<double> ours;
    QList<double> perDay;
    QList<double> shellQuery;
    QList<double> shellWall;
    int shellRows = 0;
    QElapsedTimer timer;
    for (int run = 0; run < runs; ++run) {
        timer.start();
        QList<KpiResult> points;
        if (!KpiEngine(store.connection())
                 .computeSeries(query, periods, busiest->id, &points, nullptr, &error)) {
            report.insert(QStringLiteral("error"), error);
            return report;
        }
        ours.append(BenchSupport::elapsedMs(timer));
        if (run < 3) { // the old way is slow; three runs give its median
            timer.restart();
            for (const KpiPeriod &day : periods) {
                KpiQuery one = query;
                one.period = day;
                KpiReport dayReport;
                if (!KpiEngine(store.connection()).compute(one, &dayReport, &error)) {
                    report.insert(QStringLiteral("error"), error);
                    return report;
                }
            }
            perDay.append(BenchSupport::elapsedMs(timer));
        }
        const ShellTiming shell = runShellTeamDays(path, busiest->id, fromEpoch, toEpoch, offset);
        shellQuery.append(shell.queryMs);
        shellWall.append(shell.wallMs);
        shellRows = shell.rows;
    }
    const double oursMs = BenchSupport::median(ours);
    const double baselineMs = BenchSupport::median(shellQuery);
    report.insert(QStringLiteral("oursMedianMs"), oursMs);
    report.insert(QStringLiteral("oursRunsMs"), QJsonArray::fromVariantList({ ours.begin(), ours.end() }));
    report.insert(QStringLiteral("perDayComputeMedianMs"), BenchSupport::median(perDay));
    report.insert(QStringLiteral("groupByQueryMedianMs"), baselineMs);
    report.insert(QStringLiteral("groupByWallMedianMs"), BenchSupport::median(shellWall));
    report.insert(QStringLiteral("groupByRows"), shellRows);
    report.insert(QStringLiteral("speedup"), oursMs > 0 ? baselineMs / oursMs : 0);
    return report;
}

QJsonObject benchStore(const QString &path, int runs, const QString &periodText, int trendDays, bool rebuild)
{
    QJsonObject report { { QStringLiteral("store"), path } };
    StoreOptions options;
    options.path = path;
    StoreError storeError;
    QElapsedTimer timer;
    timer.start();
    const auto store = Store::open(options, &storeError);
    if (!store) {
        report.insert(QStringLiteral("error"), QString(storeError.message + storeError.detail));
        return report;
    }
    report.insert(QStringLiteral("openMs"), BenchSupport::elapsedMs(timer));
    QSqlQuery count(store->connection());
    count.exec(QStringLiteral("SELECT COUNT(*) FROM tickets"));
    report.insert(QStringLiteral("tickets"), count.next() ? count.value(0).toLongLong() : 0);
    count.exec(QStringLiteral("SELECT COUNT(*) FROM messages"));
    report.insert(QStringLiteral("messages"), count.next() ? count.value(0).toLongLong() : 0);
    count.finish();

    QString error;
    KpiAggregateState state;
    KpiAggregateRepository(store->connection()).state(&state, &error);
    if (!state.exists || rebuild) {
        console() << "Building the KPI aggregates of " << path << "…" << Qt::endl;
        KpiAggregateBuilder builder(store->connection());
        timer.restart();
        if (!builder.rebuildAll(-1, &error)) {
            report.insert(QStringLiteral("error"), error);
            return report;
        }
        report.insert(QStringLiteral("aggregateBuildMs"), BenchSupport::elapsedMs(timer));
        report.insert(QStringLiteral("aggregateRows"), builder.rowsWritten());
        // A full build covers every recorded stale range (a migration's, an import's).
        if (!KpiStaleRangeRepository(store->connection()).removeAll(&error)) {
            report.insert(QStringLiteral("error"), error);
            return report;
        }
    }

    KpiQuery query;
    query.scope = KpiScope::Agent;
    query.source = KpiSource::Aggregates;
    if (periodText.isEmpty())
        query.period = lastFullMonth(*store);
    else if (!KpiPeriod::parseMonth(periodText, &query.period, &error)) {
        report.insert(QStringLiteral("error"), error);
        return report;
    }
    report.insert(QStringLiteral("period"), query.period.toString());
    KpiReport result;
    if (!KpiEngine(store->connection()).compute(query, &result, &error)) {
        report.insert(QStringLiteral("error"), error);
        return report;
    }
    qint64 handled = 0;
    for (const KpiResult &agent : result.results)
        handled += agent.figure(QStringLiteral("handled"))->n;
    report.insert(QStringLiteral("agents"), result.results.size());
    report.insert(QStringLiteral("monthTickets"), handled);

    const QTimeZone zone(result.timeZone.toUtf8());
    const qint64 fromEpoch = QDateTime(query.period.first, QTime(0, 0), zone).toSecsSinceEpoch();
    const qint64 toEpoch = QDateTime(query.period.last.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();

    QList<double> ours;
    QList<double> shellWall;
    QList<double> shellQuery;
    int shellRows = 0;
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        KpiReport again;
        if (!KpiEngine(store->connection()).compute(query, &again, &error)) {
            report.insert(QStringLiteral("error"), error);
            return report;
        }
        ours.append(BenchSupport::elapsedMs(timer));
        const ShellTiming shell = runShellGroupBy(path, fromEpoch, toEpoch);
        shellWall.append(shell.wallMs);
        shellQuery.append(shell.queryMs);
        shellRows = shell.rows;
    }
    query.source = KpiSource::Tickets;
    timer.restart();
    KpiReport exact;
    if (KpiEngine(store->connection()).compute(query, &exact, &error))
        report.insert(QStringLiteral("exactFromTicketsMs"), BenchSupport::elapsedMs(timer));

    const double oursMs = BenchSupport::median(ours);
    const double baselineMs = BenchSupport::median(shellQuery);
    report.insert(QStringLiteral("oursMedianMs"), oursMs);
    report.insert(QStringLiteral("oursRunsMs"), QJsonArray::fromVariantList({ ours.begin(), ours.end() }));
    report.insert(QStringLiteral("groupByQueryMedianMs"), baselineMs);
    report.insert(QStringLiteral("groupByWallMedianMs"), BenchSupport::median(shellWall));
    report.insert(QStringLiteral("groupByRows"), shellRows);
    report.insert(QStringLiteral("speedup"), oursMs > 0 ? baselineMs / oursMs : 0);
    if (trendDays > 0)
        report.insert(QStringLiteral("teamTrend"),
                      benchTeamTrend(*store, path, query.period.last, trendDays, runs));
    report.insert(QStringLiteral("peakRssMiB"), BenchSupport::peakRssMiB());
    return report;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A month of every KPI for every agent against a plain GROUP BY."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per measurement."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption periodOption(QStringLiteral("period"),
                                          QStringLiteral("The month (default: the last whole one)."),
                                          QStringLiteral("YYYY-MM"));
    const QCommandLineOption trendOption(
        QStringLiteral("trend-days"),
        QStringLiteral("Days of the team trend, ending with the month (0: none)."), QStringLiteral("N"),
        QStringLiteral("365"));
    const QCommandLineOption rebuildOption(
        QStringLiteral("rebuild"), QStringLiteral("Rebuild (and time) the aggregates even when they exist."));
    parser.addOptions({ runsOption, periodOption, trendOption, rebuildOption });
    parser.addPositionalArgument(QStringLiteral("STORE"),
                                 QStringLiteral("Store files (changed: use copies)."));
    parser.process(app);
    if (parser.positionalArguments().isEmpty()) {
        console() << parser.helpText();
        return 2;
    }
    QTextStream out(stdout);
    for (const QString &path : parser.positionalArguments()) {
        const QJsonObject report
            = benchStore(path, std::max(1, parser.value(runsOption).toInt()), parser.value(periodOption),
                         parser.value(trendOption).toInt(), parser.isSet(rebuildOption));
        out << QJsonDocument(report).toJson(QJsonDocument::Indented) << Qt::flush;
        if (report.contains(QStringLiteral("error")))
            return 1;
    }
    return 0;
}
