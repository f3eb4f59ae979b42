#include "ScoringSamples.h"
#include "scoring/Ranker.h"
#include "scoring/RankingCalculator.h"
#include "scoring/TargetResolver.h"

#include <QElapsedTimer>
#include <QTest>

using namespace ScoringSamples;

/**
 * Ranking from computed KPI reports, without a store: shared ranks, rounding, minimum volume, the
 * onboarding cohort, team ranks, movement, per-platform combination, what-if speed, target resolution.
 */
class TestRankingCalculator : public QObject
{
    Q_OBJECT

private slots:
    void tiesShareRank();
    void floatNoiseDoesNotBreakTies();
    void minimumVolumeIsNotRanked();
    void onboardingRanksInOwnCohort();
    void teamRanks();
    void movement();
    void platformsCombineByVolume();
    void whatIfReranksWithoutStore();
    void targetResolution_data();
    void targetResolution();

private:
    /** Agents 1..n in team 1, each with 100 tickets and the given SLA rate. */
    static RankingInputs inputsWithSla(const QList<double> &rates);
    static ProfileSet set(const WeightProfile &profile) { return { profile.name, { profile } }; }
    static QList<int> centerRanks(const Ranking &ranking);
};

RankingInputs TestRankingCalculator::inputsWithSla(const QList<double> &rates)
{
    RankingInputs inputs;
    inputs.period = KpiPeriod::month(2026, 11);
    for (qsizetype i = 0; i < rates.size(); ++i) {
        inputs.agents.append(agent(i + 1));
        inputs.overall.results.append(result(i + 1, 100, { { QStringLiteral("sla_response"), rates[i] } }));
    }
    return inputs;
}

QList<int> TestRankingCalculator::centerRanks(const Ranking &ranking)
{
    QList<int> ranks;
    for (qint64 id = 1; ranking.agent(id); ++id)
        ranks.append(ranking.agent(id)->centerRank);
    return ranks;
}

void TestRankingCalculator::tiesShareRank()
{
    const Ranking ranking = RankingCalculator::rank(inputsWithSla({ 0.9, 0.8, 0.8, 0.7 }), set(slaOnly()));
    QCOMPARE(centerRanks(ranking), (QList<int> { 1, 2, 2, 4 }));
    QCOMPARE(ranking.agents.first().agentId, 1);
    QCOMPARE(ranking.agents.last().agentId, 4);
}

void TestRankingCalculator::floatNoiseDoesNotBreakTies()
{
    // 0.1 + 0.2 style noise: both show 70.00, so they share a rank; 70.01 is ahead.
    const Ranking ranking
        = RankingCalculator::rank(inputsWithSla({ 0.7, 0.7000000000001, 0.7001, 0.69994 }), set(slaOnly()));
    QCOMPARE(centerRanks(ranking), (QList<int> { 2, 2, 1, 4 }));
    QCOMPARE(Ranker::rankingKey(69.994), 6999);
}

void TestRankingCalculator::minimumVolumeIsNotRanked()
{
    RankingInputs inputs = inputsWithSla({ 0.9, 0.95, 0.8 });
    inputs.overall.results[1] = result(2, 19, { { QStringLiteral("sla_response"), 0.95 } });
    inputs.options.minVolume = 20;
    const Ranking ranking = RankingCalculator::rank(inputs, set(slaOnly()));
    QCOMPARE(ranking.agent(2)->notRanked, NotRankedReason::LowVolume);
    QCOMPARE(ranking.agent(2)->centerRank, 0);
    QVERIFY(ranking.agent(2)->composite); // still scored and shown, just not ranked
    QCOMPARE(centerRanks(ranking), (QList<int> { 1, 0, 2 }));
    QCOMPARE(ranking.agents.last().agentId, 2); // listed after the ranked agents

    inputs.options.minVolume = 10;
    QCOMPARE(centerRanks(RankingCalculator::rank(inputs, set(slaOnly()))), (QList<int> { 2, 1, 3 }));
}

void TestRankingCalculator::onboardingRanksInOwnCohort()
{
    RankingInputs inputs = inputsWithSla({ 0.7, 0.95, 0.8, 0.99 });
    // Period ends 2026-11-30; the window is 90 days: hired after 2026-09-01 is onboarding.
    inputs.agents[1].hireDate = QDate(2026, 10, 1);
    inputs.agents[3].hireDate = QDate(2026, 9, 2);
    inputs.agents[2].hireDate = QDate(2026, 9, 1); // exactly 90 days before: regular
    const Ranking ranking = RankingCalculator::rank(inputs, set(slaOnly()));
    QCOMPARE(ranking.agent(2)->cohort, RankingCohort::Onboarding);
    QCOMPARE(ranking.agent(4)->cohort, RankingCohort::Onboarding);
    QCOMPARE(ranking.agent(3)->cohort, RankingCohort::Regular);
    QCOMPARE(centerRanks(ranking), (QList<int> { 2, 2, 1, 1 }));
    QCOMPARE(ranking.agents.at(0).agentId, 3); // regular cohort first
    QCOMPARE(ranking.agents.at(2).agentId, 4);
}

void TestRankingCalculator::teamRanks()
{
    RankingInputs inputs = inputsWithSla({ 0.9, 0.8, 0.85, 0.7 });
    inputs.agents[2].teamId = 2;
    inputs.agents[3].teamId = 2;
    const Ranking ranking = RankingCalculator::rank(inputs, set(slaOnly()));
    QCOMPARE(centerRanks(ranking), (QList<int> { 1, 3, 2, 4 }));
    QCOMPARE(ranking.agent(1)->teamRank, 1);
    QCOMPARE(ranking.agent(2)->teamRank, 2);
    QCOMPARE(ranking.agent(3)->teamRank, 1);
    QCOMPARE(ranking.agent(4)->teamRank, 2);
}

void TestRankingCalculator::movement()
{
    RankingInputs inputs = inputsWithSla({ 0.9, 0.8, 0.7, 0.6 });
    inputs.previousRanks.insert(1, { 2, 2 }); // was 2nd, now 1st
    inputs.previousRanks.insert(2, { 1, 1 }); // was 1st, now 2nd
    inputs.previousRanks.insert(3, { 3, 3 }); // unchanged
    // agent 4 was not ranked last period: new
    const Ranking ranking = RankingCalculator::rank(inputs, set(slaOnly()));
    QCOMPARE(ranking.agent(1)->movement(false), RankMovement::Up);
    QCOMPARE(ranking.agent(2)->movement(false), RankMovement::Down);
    QCOMPARE(ranking.agent(3)->movement(false), RankMovement::Same);
    QCOMPARE(ranking.agent(4)->movement(false), RankMovement::New);
    QCOMPARE(Ranking::movementCode(ranking.agent(4)->movement(false)), QStringLiteral("new"));
}

void TestRankingCalculator::platformsCombineByVolume()
{
    // Agent 1: 30 taobao tickets at SLA 0.9 and 10 jd tickets at SLA 0.5. Taobao's profile targets
    // 0.9 (→ 100), JD's variant targets 1.0 (→ 50): composite = (30 × 100 + 10 × 50) ÷ 40 = 87.5.
    RankingInputs inputs;
    inputs.period = KpiPeriod::month(2026, 11);
    inputs.agents = { agent(1) };
    inputs.overall.results = { result(1, 40, { { QStringLiteral("sla_response"), 0.8 } }) };
    auto report = [](const KpiResult &only) {
        KpiReport r;
        r.results = { only };
        return r;
    };
    inputs.byPlatform.insert(QStringLiteral("taobao"),
                             report(result(1, 30, { { QStringLiteral("sla_response"), 0.9 } })));
    inputs.byPlatform.insert(QStringLiteral("jd"),
                             report(result(1, 10, { { QStringLiteral("sla_response"), 0.5 } })));
    WeightProfile general = slaOnly(0.9);
    WeightProfile jd = slaOnly(1.0);
    jd.id = 2;
    jd.platform = QStringLiteral("jd");
    const Ranking ranking = RankingCalculator::rank(inputs, { QStringLiteral("Test"), { general, jd } });
    QVERIFY(ranking.perPlatform);
    const RankedAgent *line = ranking.agent(1);
    QVERIFY(line->composite);
    QVERIFY(qAbs(*line->composite - 87.5) < 1e-9);
    QCOMPARE(line->handled, 40);
    QCOMPARE(*line->kpi(QStringLiteral("sla_response"))->value, 0.8); // the overall figure is shown
    QCOMPARE(ranking.profileVersions,
             (QStringList { QStringLiteral("Test v1"), QStringLiteral("Test/jd v1") }));
}

void TestRankingCalculator::whatIfReranksWithoutStore()
{
    // 500 agents, seven KPIs: a weight change re-ranks from the same inputs.
    RankingInputs inputs;
    inputs.period = KpiPeriod::month(2026, 11);
    const QStringList keys
        = { QStringLiteral("sla_response"), QStringLiteral("frt_median"), QStringLiteral("resolution_rate"),
            QStringLiteral("fcr"),          QStringLiteral("csat"),       QStringLiteral("complaint_rate"),
            QStringLiteral("aht") };
    for (int i = 1; i <= 500; ++i) {
        inputs.agents.append(agent(i, 1 + i % 20));
        QHash<QString, double> values;
        for (qsizetype k = 0; k < keys.size(); ++k)
            values.insert(keys[k], 0.5 + 0.001 * ((i * (k + 3)) % 400));
        inputs.overall.results.append(result(i, 100, values));
    }
    WeightProfile profile;
    profile.id = 1;
    profile.name = QStringLiteral("P");
    for (const QString &key : keys)
        profile.kpis.append(attainment(key, 100.0 / 7.0, 0.8));
    ProfileSet profiles { profile.name, { profile } };
    const Ranking before = RankingCalculator::rank(inputs, profiles);
    profiles.profiles[0].kpis[0].weight += 10;
    profiles.profiles[0].kpis[1].weight -= 10;
    QElapsedTimer timer;
    timer.start();
    const Ranking after = RankingCalculator::rank(inputs, profiles);
    const qint64 ms = timer.elapsed();
    QCOMPARE(after.agents.size(), 500);
    QVERIFY(before.agents.first().agentId != after.agents.first().agentId
            || *before.agents.first().composite != *after.agents.first().composite);
    QVERIFY2(ms < 50, qPrintable(QStringLiteral("re-rank took %1 ms").arg(ms)));
}

void TestRankingCalculator::targetResolution_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<qint64>("agentId");
    QTest::addColumn<double>("expected"); // -1 = no resolved target: the profile's applies
    // Team 1 standard 0.85 from 2026-01-01 to 2026-10-31, then 0.9 from 2026-11-01.
    // Agent 2 override 0.7 from 2026-11-10 to 2026-11-30; agent 3 is in team 2 (no standard).
    QTest::newRow("team standard, old") << QDate(2026, 10, 31) << qint64(1) << 0.85;
    QTest::newRow("team standard, new") << QDate(2026, 11, 30) << qint64(1) << 0.9;
    QTest::newRow("override active on the last day") << QDate(2026, 11, 30) << qint64(2) << 0.7;
    QTest::newRow("override not yet active") << QDate(2026, 10, 31) << qint64(2) << 0.85;
    QTest::newRow("override expired") << QDate(2026, 12, 31) << qint64(2) << 0.9;
    QTest::newRow("no team standard") << QDate(2026, 11, 30) << qint64(3) << -1.0;
    QTest::newRow("before any target") << QDate(2025, 12, 31) << qint64(1) << -1.0;
}

void TestRankingCalculator::targetResolution()
{
    QFETCH(QDate, day);
    QFETCH(qint64, agentId);
    QFETCH(double, expected);
    const QString sla = QStringLiteral("sla_response");
    QList<Target> targets;
    targets.append({ 1, sla, 1, 0, 0.85, QDate(2026, 1, 1), QDate(2026, 10, 31), {}, 0 });
    targets.append({ 2, sla, 1, 0, 0.9, QDate(2026, 11, 1), QDate(), {}, 0 });
    targets.append({ 3, sla, 0, 2, 0.7, QDate(2026, 11, 10), QDate(2026, 11, 30), {}, 0 });
    const QList<RankingAgent> agents = { agent(1, 1), agent(2, 1), agent(3, 2) };
    const auto resolved = TargetResolver::resolve(targets, agents, day);
    if (expected < 0) {
        QVERIFY(!resolved.value(agentId).contains(sla));
    } else {
        QCOMPARE(resolved.value(agentId).value(sla), expected);
    }
}

QTEST_APPLESS_MAIN(TestRankingCalculator)
#include "TestRankingCalculator.moc"
