#include "kpi/KpiComparison.h"
#include "kpi/KpiTrendPeriods.h"

#include <QTest>

/** Before/after significance (pooled two-proportion z-test) and the trend's period buckets. */
class TestKpiComparison : public QObject
{
    Q_OBJECT

private slots:
    void compareRates_data();
    void compareRates();
    void splitsRangeIntoBuckets();
    void lastPeriodsEndWithTheChosenOne();
    void clippedBucketsAreTheCutShortOnes();
};

void TestKpiComparison::compareRates_data()
{
    QTest::addColumn<qint64>("beforeHits");
    QTest::addColumn<qint64>("beforeN");
    QTest::addColumn<qint64>("afterHits");
    QTest::addColumn<qint64>("afterN");
    QTest::addColumn<double>("z");
    QTest::addColumn<bool>("significant");
    // p = 0.6, se = sqrt(0.24 · 0.02) = 0.069282; z = 0.2 / se.
    QTest::newRow("50% → 70% of 100 each: real")
        << qint64(50) << qint64(100) << qint64(70) << qint64(100) << 2.886751 << true;
    // p = 0.525, se = sqrt(0.249375 · 0.02) = 0.070622; z = 0.05 / se.
    QTest::newRow("50% → 55% of 100 each: noise")
        << qint64(50) << qint64(100) << qint64(55) << qint64(100) << 0.707992 << false;
    QTest::newRow("same 80% on 1000 each")
        << qint64(800) << qint64(1000) << qint64(800) << qint64(1000) << 0.0 << false;
    QTest::newRow("drop 90% → 85% on 2000 each")
        << qint64(1800) << qint64(2000) << qint64(1700) << qint64(2000) << -4.780914 << true;
    QTest::newRow("no sample after") << qint64(5) << qint64(10) << qint64(0) << qint64(0) << 0.0 << false;
    QTest::newRow("all met both sides")
        << qint64(30) << qint64(30) << qint64(40) << qint64(40) << 0.0 << false;
}

void TestKpiComparison::compareRates()
{
    QFETCH(qint64, beforeHits);
    QFETCH(qint64, beforeN);
    QFETCH(qint64, afterHits);
    QFETCH(qint64, afterN);
    QFETCH(double, z);
    QFETCH(bool, significant);
    const KpiRateComparison result = KpiComparison::compareRates(beforeHits, beforeN, afterHits, afterN);
    QVERIFY2(std::abs(result.z - z) < 1e-5, qPrintable(QString::number(result.z, 'f', 6)));
    QCOMPARE(result.significant, significant);
}

void TestKpiComparison::splitsRangeIntoBuckets()
{
    // 2026-01-28 (Wednesday) .. 2026-02-10: weeks clipped at both ends.
    const KpiPeriod range = KpiPeriod::range(QDate(2026, 1, 28), QDate(2026, 2, 10));
    const QList<KpiPeriod> weeks = KpiTrendPeriods::split(range, KpiGranularity::Week);
    QCOMPARE(weeks.size(), 3);
    QCOMPARE(weeks.first().first, QDate(2026, 1, 28));
    QCOMPARE(weeks.first().last, QDate(2026, 2, 1));
    QCOMPARE(weeks.last().first, QDate(2026, 2, 9));
    QCOMPARE(weeks.last().last, QDate(2026, 2, 10));
    QCOMPARE(KpiTrendPeriods::split(range, KpiGranularity::Day).size(), 14);
    const QList<KpiPeriod> months = KpiTrendPeriods::split(range, KpiGranularity::Month);
    QCOMPARE(months.size(), 2);
    QCOMPARE(months.at(1).first, QDate(2026, 2, 1));
}

void TestKpiComparison::lastPeriodsEndWithTheChosenOne()
{
    const QList<KpiPeriod> months
        = KpiTrendPeriods::lastPeriods(QDate(2026, 11, 30), KpiGranularity::Month, 12);
    QCOMPARE(months.size(), 12);
    QCOMPARE(months.first().first, QDate(2025, 12, 1));
    QCOMPARE(months.last().first, QDate(2026, 11, 1));
    QCOMPARE(months.last().last, QDate(2026, 11, 30));
}

void TestKpiComparison::clippedBucketsAreTheCutShortOnes()
{
    // 2026-02-18 (a Wednesday) to 2026-04-05 (a Sunday).
    const KpiPeriod range = KpiPeriod::range(QDate(2026, 2, 18), QDate(2026, 4, 5));
    QList<bool> clipped;
    for (const KpiPeriod &week : KpiTrendPeriods::split(range, KpiGranularity::Week))
        clipped << KpiTrendPeriods::isClipped(week, KpiGranularity::Week);
    QCOMPARE(clipped, QList<bool>({ true, false, false, false, false, false, false }));
    clipped.clear();
    for (const KpiPeriod &month : KpiTrendPeriods::split(range, KpiGranularity::Month))
        clipped << KpiTrendPeriods::isClipped(month, KpiGranularity::Month);
    QCOMPARE(clipped, QList<bool>({ true, false, true }));
    // Days are never cut short; a whole February is whole in a common and a leap year.
    QVERIFY(!KpiTrendPeriods::isClipped(KpiPeriod::day(QDate(2026, 2, 18)), KpiGranularity::Day));
    QVERIFY(!KpiTrendPeriods::isClipped(KpiPeriod::month(2028, 2), KpiGranularity::Month));
    QVERIFY(KpiTrendPeriods::isClipped(KpiPeriod::range(QDate(2028, 2, 1), QDate(2028, 2, 28)),
                                       KpiGranularity::Month));
    QCOMPARE(KpiTrendPeriods::bucketOf(QDate(2026, 4, 5), KpiGranularity::Week).first, QDate(2026, 3, 30));
}

QTEST_APPLESS_MAIN(TestKpiComparison)
#include "TestKpiComparison.moc"
