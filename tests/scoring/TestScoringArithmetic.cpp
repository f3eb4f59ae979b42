#include "ScoringSamples.h"
#include "scoring/KpiScorer.h"

#include <QTest>

using namespace ScoringSamples;

/** KPI scores and composites: capped attainment both ways, the cap, band tables, renormalisation. */
class TestScoringArithmetic : public QObject
{
    Q_OBJECT

private slots:
    void cappedAttainment_data();
    void cappedAttainment();
    void bands_data();
    void bands();
    void compositeIsWeightedMean();
    void insufficientKpisRenormalise();
    void nothingScoredLeavesNoComposite();
    void agentTargetReplacesProfileTarget();
    void validation_data();
    void validation();
};

void TestScoringArithmetic::cappedAttainment_data()
{
    QTest::addColumn<double>("target");
    QTest::addColumn<double>("actual");
    QTest::addColumn<bool>("higherBetter");
    QTest::addColumn<double>("cap");
    QTest::addColumn<double>("expected");
    QTest::newRow("higher, on target") << 0.9 << 0.9 << true << 1.2 << 100.0;
    QTest::newRow("higher, below") << 0.9 << 0.72 << true << 1.2 << 80.0;
    QTest::newRow("higher, above within cap") << 0.5 << 0.55 << true << 1.2 << 110.0;
    QTest::newRow("higher, capped at 120") << 0.5 << 0.9 << true << 1.2 << 120.0;
    QTest::newRow("higher, zero") << 0.9 << 0.0 << true << 1.2 << 0.0;
    QTest::newRow("lower, on target") << 300.0 << 300.0 << false << 1.2 << 100.0;
    QTest::newRow("lower, slower halves") << 300.0 << 600.0 << false << 1.2 << 50.0;
    QTest::newRow("lower, faster within cap") << 300.0 << 275.0 << false << 1.2 << 300.0 / 275.0 * 100.0;
    QTest::newRow("lower, capped") << 300.0 << 100.0 << false << 1.2 << 120.0;
    QTest::newRow("lower, zero is the cap") << 0.02 << 0.0 << false << 1.2 << 120.0;
    QTest::newRow("cap 100%") << 0.5 << 0.9 << true << 1.0 << 100.0;
}

void TestScoringArithmetic::cappedAttainment()
{
    QFETCH(double, target);
    QFETCH(double, actual);
    QFETCH(bool, higherBetter);
    QFETCH(double, cap);
    QFETCH(double, expected);
    const KpiWeight weight = attainment(QStringLiteral("x"), 100, target, cap);
    const auto score
        = KpiScorer::score(weight, target, actual, higherBetter ? KpiBetter::Higher : KpiBetter::Lower);
    QVERIFY(score);
    QVERIFY2(qAbs(*score - expected) < 1e-9, qPrintable(QString::number(*score, 'g', 17)));
}

void TestScoringArithmetic::bands_data()
{
    QTest::addColumn<double>("actual");
    QTest::addColumn<bool>("higherBetter");
    QTest::addColumn<double>("expected");
    // CSAT: ≥ 95% → 100, 90–95% → 80, 85–90% → 60 (PRODUCT.md's example, continued).
    QTest::newRow("top band") << 0.97 << true << 100.0;
    QTest::newRow("exactly 95%") << 0.95 << true << 100.0;
    QTest::newRow("just under 95%") << 0.9499 << true << 80.0;
    QTest::newRow("third band") << 0.86 << true << 60.0;
    QTest::newRow("below every band") << 0.5 << true << 0.0;
    // Lower-better with the same thresholds read as "at most": 0.86 reaches ≤ 0.90 and ≤ 0.95; the
    // best band is the lowest threshold reached, ≤ 0.90 → 80... and ≤ 0.85 is not reached.
    QTest::newRow("lower better") << 0.86 << false << 80.0;
    QTest::newRow("lower better, best") << 0.80 << false << 60.0;
}

void TestScoringArithmetic::bands()
{
    QFETCH(double, actual);
    QFETCH(bool, higherBetter);
    QFETCH(double, expected);
    KpiWeight weight;
    weight.kpi = QStringLiteral("csat");
    weight.weight = 100;
    weight.method = ScoringMethod::Bands;
    weight.bands = { { 0.90, 80 }, { 0.95, 100 }, { 0.85, 60 } }; // any order
    const auto score
        = KpiScorer::score(weight, 0, actual, higherBetter ? KpiBetter::Higher : KpiBetter::Lower);
    QVERIFY(score);
    QCOMPARE(*score, expected);
}

void TestScoringArithmetic::compositeIsWeightedMean()
{
    WeightProfile profile;
    profile.name = QStringLiteral("P");
    profile.kpis = { attainment(QStringLiteral("sla_response"), 60, 0.9),
                     attainment(QStringLiteral("frt_median"), 40, 300) };
    // sla 0.81 → 90; frt 600 s → 50; composite = (60 × 90 + 40 × 50) ÷ 100 = 74.
    const KpiResult r
        = result(1, 100, { { QStringLiteral("sla_response"), 0.81 }, { QStringLiteral("frt_median"), 600 } });
    const ScoredResult scored = KpiScorer::scoreResult(profile, r, {});
    QVERIFY(scored.composite);
    QVERIFY(qAbs(*scored.composite - 74.0) < 1e-9);
    QVERIFY(!scored.renormalised);
    QCOMPARE(scored.kpis.size(), 2);
    QVERIFY(qAbs(*scored.kpis[0].score - 90.0) < 1e-9);
}

void TestScoringArithmetic::insufficientKpisRenormalise()
{
    WeightProfile profile;
    profile.name = QStringLiteral("P");
    profile.kpis
        = { attainment(QStringLiteral("sla_response"), 50, 0.9), attainment(QStringLiteral("csat"), 30, 0.9),
            attainment(QStringLiteral("fcr"), 20, 0.5) };
    KpiResult r = result(1, 100, { { QStringLiteral("sla_response"), 0.9 }, { QStringLiteral("fcr"), 0.4 } });
    r.figures.append(figure(QStringLiteral("csat"), 1.0, 3, KpiFigureStatus::Insufficient));
    const ScoredResult scored = KpiScorer::scoreResult(profile, r, {});
    // csat has 3 answers: no score. (50 × 100 + 20 × 80) ÷ 70 = 94.2857…
    QVERIFY(!scored.kpis[1].score);
    QCOMPARE(scored.kpis[1].status, KpiFigureStatus::Insufficient);
    QVERIFY(scored.renormalised);
    QVERIFY(qAbs(*scored.composite - 6600.0 / 70.0) < 1e-9);
}

void TestScoringArithmetic::nothingScoredLeavesNoComposite()
{
    const KpiResult r = result(1, 5);
    const ScoredResult scored = KpiScorer::scoreResult(slaOnly(), r, {});
    QVERIFY(!scored.composite);
    QVERIFY(!scored.kpis[0].score);
}

void TestScoringArithmetic::agentTargetReplacesProfileTarget()
{
    const KpiResult r = result(1, 100, { { QStringLiteral("sla_response"), 0.8 } });
    const ScoredResult scored
        = KpiScorer::scoreResult(slaOnly(0.9), r, { { QStringLiteral("sla_response"), 0.8 } });
    QCOMPARE(*scored.kpis[0].target, 0.8);
    QVERIFY(qAbs(*scored.composite - 100.0) < 1e-9);
}

void TestScoringArithmetic::validation_data()
{
    QTest::addColumn<QList<double>>("weights");
    QTest::addColumn<bool>("valid");
    QTest::newRow("100") << QList<double> { 60, 40 } << true;
    QTest::newRow("thirds") << QList<double> { 33.33, 33.33, 33.34 } << true;
    QTest::newRow("99") << QList<double> { 60, 39 } << false;
    QTest::newRow("101") << QList<double> { 61, 40 } << false;
    QTest::newRow("zero weight") << QList<double> { 100, 0 } << false;
}

void TestScoringArithmetic::validation()
{
    QFETCH(QList<double>, weights);
    QFETCH(bool, valid);
    const QStringList keys
        = { QStringLiteral("sla_response"), QStringLiteral("fcr"), QStringLiteral("csat") };
    WeightProfile profile;
    profile.name = QStringLiteral("P");
    for (qsizetype i = 0; i < weights.size(); ++i)
        profile.kpis.append(attainment(keys[i], weights[i], 0.9));
    QCOMPARE(profile.validationError().isEmpty(), valid);
}

QTEST_APPLESS_MAIN(TestScoringArithmetic)
#include "TestScoringArithmetic.moc"
