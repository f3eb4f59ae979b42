// Benchmark (not a test): re-ranking every agent of a month after a weight change (what-if).
//
//   prepare    RankingService::prepare: the month's KPI report for every agent from the daily
//              aggregates, targets, and the previous month's ranking for movement (store reads)
//   rerank     RankingCalculator::rank on those inputs after a weight change: scores, composites,
//              cohorts, ranks and movement for every agent, no store access — what the UI runs
//              while a lead drags a weight
// The stores are given by path and are changed: opened through TeamLens (migrated to the current
// schema, with the backup that takes). Use copies with KPI aggregates built (bench_kpi builds them).
// Medians of --runs runs.
//
// Usage: bench_ranking [--runs 7] [--period YYYY-MM] STORE…

#include "BenchSupport.h"

#include "scoring/RankingCalculator.h"
#include "scoring/RankingService.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace {

QTextStream &console()
{
    static QTextStream stream(stderr);
    return stream;
}

QJsonArray toArray(const QList<double> &values)
{
    QJsonArray array;
    for (double value : values)
        array.append(value);
    return array;
}

bool benchStore(const QString &path, const KpiPeriod &period, int runs, QJsonObject *out, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    StoreOptions options;
    options.path = path;
    StoreError storeError;
    const auto store = Store::open(options, &storeError);
    if (!store) {
        *error = storeError.message + u' ' + storeError.detail;
        return false;
    }
    const double openMs = BenchSupport::elapsedMs(timer);
    RankingService service(store->connection());
    RankingRequest request;
    request.period = period;

    QList<double> prepareMs;
    RankingInputs inputs;
    ProfileSet profiles;
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        if (!service.prepare(request, &inputs, &profiles, error))
            return false;
        prepareMs.append(BenchSupport::elapsedMs(timer));
    }
    if (profiles.profiles.isEmpty() || profiles.profiles.first().kpis.size() < 2) {
        *error = QStringLiteral("the default profile has fewer than two KPIs");
        return false;
    }

    // Alternate two weightings so every run really changes the order.
    QList<double> rerankMs;
    int ranked = 0;
    for (int run = 0; run < runs * 3; ++run) {
        QList<KpiWeight> &kpis = profiles.profiles.first().kpis;
        const double shift = run % 2 == 0 ? 10 : -10;
        kpis[0].weight += shift;
        kpis[1].weight -= shift;
        timer.restart();
        const Ranking ranking = RankingCalculator::rank(inputs, profiles);
        rerankMs.append(BenchSupport::elapsedMs(timer));
        ranked = 0;
        for (const RankedAgent &agent : ranking.agents)
            ranked += agent.isRanked() ? 1 : 0;
    }
    *out = QJsonObject {
        { QStringLiteral("store"), QFileInfo(path).fileName() },
        { QStringLiteral("period"), period.toString() },
        { QStringLiteral("agents"), inputs.agents.size() },
        { QStringLiteral("ranked"), ranked },
        { QStringLiteral("kpiSource"),
          inputs.overall.source == KpiSource::Aggregates ? QStringLiteral("aggregates")
                                                         : QStringLiteral("tickets") },
        { QStringLiteral("openMs"), openMs },
        { QStringLiteral("prepareMedianMs"), BenchSupport::median(prepareMs) },
        { QStringLiteral("prepareRunsMs"), toArray(prepareMs) },
        { QStringLiteral("rerankMedianMs"), BenchSupport::median(rerankMs) },
        { QStringLiteral("rerankMaxMs"), *std::max_element(rerankMs.cbegin(), rerankMs.cend()) },
        { QStringLiteral("rerankRunsMs"), toArray(rerankMs) },
        { QStringLiteral("peakRssMiB"), BenchSupport::peakRssMiB() },
    };
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Re-rank every agent of a month after a weight change."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per measurement."),
                                        QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption periodOption(QStringLiteral("period"), QStringLiteral("The month."),
                                          QStringLiteral("YYYY-MM"), QStringLiteral("2026-10"));
    parser.addOptions({ runsOption, periodOption });
    parser.addPositionalArgument(QStringLiteral("STORE"),
                                 QStringLiteral("Store copies with KPI aggregates."));
    parser.process(app);
    KpiPeriod period;
    QString error;
    if (!KpiPeriod::parseMonth(parser.value(periodOption), &period, &error)
        || parser.positionalArguments().isEmpty()) {
        console() << (error.isEmpty() ? parser.helpText() : error) << Qt::endl;
        return 2;
    }
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QJsonArray results;
    for (const QString &path : parser.positionalArguments()) {
        QJsonObject result;
        if (!benchStore(path, period, runs, &result, &error)) {
            console() << path << ": " << error << Qt::endl;
            return 1;
        }
        console() << result.value(QStringLiteral("store")).toString() << ": prepare "
                  << result.value(QStringLiteral("prepareMedianMs")).toDouble() << " ms, re-rank "
                  << result.value(QStringLiteral("rerankMedianMs")).toDouble() << " ms (median) for "
                  << result.value(QStringLiteral("agents")).toInt() << " agents" << Qt::endl;
        results.append(result);
    }
    QTextStream(stdout) << QJsonDocument(results).toJson(QJsonDocument::Indented);
    return 0;
}
