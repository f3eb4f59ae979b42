#include "qa/ScorecardScorer.h"

#include <QTest>

namespace {

ScorecardCriterion criterion(qint64 id, double points, ScaleKind scale = ScaleKind::PassFailNa,
                             int scaleMax = 0)
{
    ScorecardCriterion c;
    c.id = id;
    c.key = QStringLiteral("c%1").arg(id);
    c.titleZh = c.key;
    c.titleEn = c.key;
    c.points = points;
    c.scale = scale;
    c.scaleMax = scaleMax;
    return c;
}

/** Two sections: A = {1: 20 pass/fail, 2: 30 one-to-five}, B = {3: 40 zero-to-4, 4: 10 pass/fail}. */
ScorecardTemplate sample()
{
    ScorecardTemplate t;
    t.name = QStringLiteral("Sample");
    t.version = 1;
    ScorecardSection a;
    a.titleEn = QStringLiteral("A");
    a.criteria = { criterion(1, 20), criterion(2, 30, ScaleKind::OneToFive) };
    ScorecardSection b;
    b.titleEn = QStringLiteral("B");
    b.criteria = { criterion(3, 40, ScaleKind::ZeroToN, 4), criterion(4, 10) };
    t.sections = { a, b };
    return t;
}

ScorecardResult scored(const ScorecardTemplate &t, const QList<ScorecardAnswer> &answers)
{
    ScorecardResult result;
    QString error;
    if (!ScorecardScorer::score(t, answers, &result, &error))
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    return result;
}

} // namespace

/** The QA score arithmetic: scales, N/A both ways, critical fails at section and review level. */
class TestScorecardScorer : public QObject
{
    Q_OBJECT

private slots:
    void allPassIsHundred();
    void scalesMapProportionally_data();
    void scalesMapProportionally();
    void naExcludedFromPossible();
    void naCountsAsPass();
    void allNaHasNoScore();
    void sectionCriticalZeroesSection();
    void reviewCriticalZeroesReview();
    void criticalNaIsNotAFail();
    void unansweredIsReported();
    void invalidAnswersAreRefused();
    void templateValidation();
};

void TestScorecardScorer::allPassIsHundred()
{
    const auto r = scored(sample(),
                          { ScorecardAnswer::of(1, 1), ScorecardAnswer::of(2, 5), ScorecardAnswer::of(3, 4),
                            ScorecardAnswer::of(4, 1) });
    QVERIFY(r.complete());
    QCOMPARE(r.possible, 100.0);
    QCOMPARE(r.earned, 100.0);
    QCOMPARE(*r.score, 100.0);
}

void TestScorecardScorer::scalesMapProportionally_data()
{
    QTest::addColumn<int>("oneToFive");
    QTest::addColumn<int>("zeroToFour");
    QTest::addColumn<double>("expected");
    // Criterion 1 passes (20) and 4 fails (0) in every row.
    // 1–5: 1 → 0, 2 → 7.5, 3 → 15, 4 → 22.5 of 30. 0–4: k × 10 of 40.
    QTest::newRow("1 and 0") << 1 << 0 << 20.0;
    QTest::newRow("2 and 1") << 2 << 1 << 20.0 + 7.5 + 10.0;
    QTest::newRow("3 and 2") << 3 << 2 << 20.0 + 15.0 + 20.0;
    QTest::newRow("4 and 3") << 4 << 3 << 20.0 + 22.5 + 30.0;
    QTest::newRow("5 and 4") << 5 << 4 << 20.0 + 30.0 + 40.0;
}

void TestScorecardScorer::scalesMapProportionally()
{
    QFETCH(int, oneToFive);
    QFETCH(int, zeroToFour);
    QFETCH(double, expected);
    const auto r = scored(sample(),
                          { ScorecardAnswer::of(1, 1), ScorecardAnswer::of(2, oneToFive),
                            ScorecardAnswer::of(3, zeroToFour), ScorecardAnswer::of(4, 0) });
    QCOMPARE(r.possible, 100.0);
    QCOMPARE(r.earned, expected);
    QCOMPARE(*r.score, expected);
}

void TestScorecardScorer::naExcludedFromPossible()
{
    // 1 is N/A (excluded): possible 80; earned 30 × 3/4 (4 of 5) + 40 × 2/4 + 10 = 22.5 + 20 + 10 = 52.5.
    const auto r = scored(sample(),
                          { ScorecardAnswer::na(1), ScorecardAnswer::of(2, 4), ScorecardAnswer::of(3, 2),
                            ScorecardAnswer::of(4, 1) });
    QCOMPARE(r.possible, 80.0);
    QCOMPARE(r.earned, 52.5);
    QCOMPARE(*r.score, 52.5 / 80.0 * 100.0);
    QCOMPARE(r.sections.at(0).possible, 30.0);
    QCOMPARE(r.sections.at(1).possible, 50.0);
}

void TestScorecardScorer::naCountsAsPass()
{
    auto t = sample();
    t.sections[0].criteria[0].naPolicy = NaPolicy::CountsAsPass;
    const auto r = scored(t,
                          { ScorecardAnswer::na(1), ScorecardAnswer::of(2, 4), ScorecardAnswer::of(3, 2),
                            ScorecardAnswer::of(4, 1) });
    QCOMPARE(r.possible, 100.0);
    QCOMPARE(r.earned, 72.5);
    QCOMPARE(*r.score, 72.5);
}

void TestScorecardScorer::allNaHasNoScore()
{
    ScorecardTemplate t;
    t.name = QStringLiteral("N/A only");
    ScorecardSection s;
    s.titleEn = QStringLiteral("S");
    s.criteria = { criterion(1, 50), criterion(2, 50) };
    t.sections = { s };
    const auto r = scored(t, { ScorecardAnswer::na(1), ScorecardAnswer::na(2) });
    QCOMPARE(r.possible, 0.0);
    QVERIFY(!r.score.has_value());
}

void TestScorecardScorer::sectionCriticalZeroesSection()
{
    auto t = sample();
    t.sections[1].criteria[1].critical = CriticalLevel::Section; // criterion 4 in section B
    // A: 20 + 30 = 50; B would be 40 × 3/4 = 30 but 4 failed, so B = 0 and stays possible.
    const auto r = scored(t,
                          { ScorecardAnswer::of(1, 1), ScorecardAnswer::of(2, 5), ScorecardAnswer::of(3, 3),
                            ScorecardAnswer::of(4, 0) });
    QVERIFY(r.sections.at(1).criticalFail);
    QVERIFY(!r.sections.at(0).criticalFail);
    QVERIFY(!r.reviewCriticalFail);
    QCOMPARE(r.sections.at(1).earned, 0.0);
    QCOMPARE(r.possible, 100.0);
    QCOMPARE(*r.score, 50.0);
    QCOMPARE(r.failedCriticalKeys, QStringList { QStringLiteral("c4") });

    // Passing it leaves the section alone: 50 + 30 + 10.
    const auto passed = scored(t,
                               { ScorecardAnswer::of(1, 1), ScorecardAnswer::of(2, 5),
                                 ScorecardAnswer::of(3, 3), ScorecardAnswer::of(4, 1) });
    QCOMPARE(*passed.score, 90.0);
}

void TestScorecardScorer::reviewCriticalZeroesReview()
{
    auto t = sample();
    t.sections[1].criteria[0].critical = CriticalLevel::Review; // criterion 3, 0–4
    const auto r = scored(t,
                          { ScorecardAnswer::of(1, 1), ScorecardAnswer::of(2, 5), ScorecardAnswer::of(3, 0),
                            ScorecardAnswer::of(4, 1) });
    QVERIFY(r.reviewCriticalFail);
    QCOMPARE(*r.score, 0.0);
    // 1 of 4 is not the bottom of the scale, so not a critical fail: 20 + 30 + 10 + 10.
    const auto low = scored(t,
                            { ScorecardAnswer::of(1, 1), ScorecardAnswer::of(2, 5), ScorecardAnswer::of(3, 1),
                              ScorecardAnswer::of(4, 1) });
    QVERIFY(!low.reviewCriticalFail);
    QCOMPARE(*low.score, 70.0);
    // On the 1–5 scale the critical fail is 1.
    auto five = sample();
    five.sections[0].criteria[1].critical = CriticalLevel::Review;
    const auto one = scored(five,
                            { ScorecardAnswer::of(1, 1), ScorecardAnswer::of(2, 1), ScorecardAnswer::of(3, 4),
                              ScorecardAnswer::of(4, 1) });
    QVERIFY(one.reviewCriticalFail);
    QCOMPARE(*one.score, 0.0);
}

void TestScorecardScorer::criticalNaIsNotAFail()
{
    auto t = sample();
    t.sections[0].criteria[0].critical = CriticalLevel::Review;
    const auto r = scored(t,
                          { ScorecardAnswer::na(1), ScorecardAnswer::of(2, 5), ScorecardAnswer::of(3, 4),
                            ScorecardAnswer::of(4, 1) });
    QVERIFY(!r.reviewCriticalFail);
    QCOMPARE(*r.score, 100.0);
}

void TestScorecardScorer::unansweredIsReported()
{
    const auto r = scored(sample(), { ScorecardAnswer::of(1, 1), ScorecardAnswer::of(3, 2) });
    QVERIFY(!r.complete());
    QCOMPARE(r.unanswered, (QList<qint64> { 2, 4 }));
    QCOMPARE(r.possible, 60.0);
    QCOMPARE(r.earned, 40.0);
}

void TestScorecardScorer::invalidAnswersAreRefused()
{
    auto t = sample();
    t.sections[0].criteria[1].allowNa = false;
    ScorecardResult result;
    QString error;
    QVERIFY(!ScorecardScorer::score(t, { ScorecardAnswer::of(2, 6) }, &result, &error));
    QVERIFY(error.contains(QLatin1String("from 1 to 5")));
    QVERIFY(!ScorecardScorer::score(t, { ScorecardAnswer::of(2, 0) }, &result, &error));
    QVERIFY(!ScorecardScorer::score(t, { ScorecardAnswer::of(3, 5) }, &result, &error));
    QVERIFY(!ScorecardScorer::score(t, { ScorecardAnswer::na(2) }, &result, &error));
    QVERIFY(error.contains(QLatin1String("N/A")));
    QVERIFY(!ScorecardScorer::score(t, { ScorecardAnswer::of(99, 1) }, &result, &error));
}

void TestScorecardScorer::templateValidation()
{
    auto t = sample();
    QVERIFY(t.validationError().isEmpty());
    QCOMPARE(t.totalPoints(), 100.0);
    t.sections[1].criteria[0].scaleMax = 0;
    QVERIFY(!t.validationError().isEmpty());
    t = sample();
    t.sections[1].criteria[1].key = QStringLiteral("c1");
    QVERIFY(t.validationError().contains(QLatin1String("key")));
    t = sample();
    t.sections[0].criteria[0].points = 0;
    QVERIFY(!t.validationError().isEmpty());
}

QTEST_GUILESS_MAIN(TestScorecardScorer)
#include "TestScorecardScorer.moc"
