#include "kpi/Percentile.h"
#include "kpi/WilsonInterval.h"

#include <QTest>

#include <limits>

/** WilsonInterval and Percentile: the two formulas every KPI figure leans on. */
class TestKpiStatistics : public QObject
{
    Q_OBJECT

private slots:
    void wilson_data();
    void wilson();
    void percentile_data();
    void percentile();
    void percentileOfNothing();
};

void TestKpiStatistics::wilson_data()
{
    QTest::addColumn<qint64>("k");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    // Newcombe (1998), Statistics in Medicine 17:857, method 3: 81/263 → 0.2553–0.3662.
    QTest::newRow("Newcombe 81/263") << qint64(81) << qint64(263) << 0.2552885199 << 0.3662095770;
    QTest::newRow("single success") << qint64(1) << qint64(1) << 0.2065493144 << 1.0;
    QTest::newRow("single failure") << qint64(0) << qint64(1) << 0.0 << 0.7934506856;
    QTest::newRow("none of three") << qint64(0) << qint64(3) << 0.0 << 0.5614970318;
    QTest::newRow("one of two") << qint64(1) << qint64(2) << 0.0945312057 << 0.9054687943;
    QTest::newRow("nine of ten") << qint64(9) << qint64(10) << 0.5958499732 << 0.9821237869;
}

void TestKpiStatistics::wilson()
{
    QFETCH(qint64, k);
    QFETCH(qint64, n);
    QFETCH(double, low);
    QFETCH(double, high);
    const WilsonInterval interval = WilsonInterval::of(k, n);
    QVERIFY2(qAbs(interval.low - low) < 1e-9, qPrintable(QString::number(interval.low, 'f', 10)));
    QVERIFY2(qAbs(interval.high - high) < 1e-9, qPrintable(QString::number(interval.high, 'f', 10)));
}

void TestKpiStatistics::percentile_data()
{
    QTest::addColumn<QList<int>>("values");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    // Spreadsheet PERCENTILE.INC results.
    QTest::newRow("median of even count interpolates") << QList<int> { 4, 1, 3, 2 } << 0.5 << 2.5;
    QTest::newRow("P90 of 1..4") << QList<int> { 1, 2, 3, 4 } << 0.9 << 3.7;
    QTest::newRow("40th of 15,20,35,40,50") << QList<int> { 50, 15, 40, 20, 35 } << 0.4 << 29.0;
    QTest::newRow("median of odd count is a value") << QList<int> { 9, 1, 5 } << 0.5 << 5.0;
    QTest::newRow("one value") << QList<int> { 42 } << 0.9 << 42.0;
    QTest::newRow("p 0 is the minimum") << QList<int> { 7, 3, 9 } << 0.0 << 3.0;
    QTest::newRow("p 1 is the maximum") << QList<int> { 7, 3, 9 } << 1.0 << 9.0;
    QTest::newRow("ties") << QList<int> { 5, 5, 5, 10 } << 0.9 << 8.5;
    QTest::newRow("P90 of 30,300,1200,10800") << QList<int> { 1200, 30, 10800, 300 } << 0.9 << 7920.0;
}

void TestKpiStatistics::percentile()
{
    QFETCH(QList<int>, values);
    QFETCH(double, p);
    QFETCH(double, expected);
    std::vector<qint32> data(values.begin(), values.end());
    const auto selected = Percentile::inclusive(data, p);
    QVERIFY(selected);
    QVERIFY2(qAbs(*selected - expected) < 1e-9, qPrintable(QString::number(*selected)));
    std::vector<qint32> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    const auto fromSorted = Percentile::inclusiveSorted(sorted, p);
    QVERIFY(fromSorted);
    QVERIFY(qAbs(*fromSorted - expected) < 1e-9);
}

void TestKpiStatistics::percentileOfNothing()
{
    std::vector<qint32> none;
    QVERIFY(!Percentile::inclusive(none, 0.5));
    QVERIFY(!Percentile::inclusiveSorted(none, 0.5));
}

QTEST_APPLESS_MAIN(TestKpiStatistics)
#include "TestKpiStatistics.moc"
