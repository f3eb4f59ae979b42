#include "qa/CalibrationStatistics.h"
#include "qa/KrippendorffAlpha.h"

#include <QTest>

namespace {

constexpr std::nullopt_t na = std::nullopt;

/**
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers,
 * twelve units, values 1–5 with missing values. Stored as units × observers (A, B, C, D).
 */
KrippendorffAlpha::Units paperExample()
{
    using V = std::optional<double>;
    const QList<V> a = { 1, 2, 3, 3, 2, 1, 4, 1, 2, na, na, na };
    const QList<V> b = { 1, 2, 3, 3, 2, 2, 4, 1, 2, 5, na, 3 };
    const QList<V> c = { na, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, na };
    const QList<V> d = { 1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, na };
    KrippendorffAlpha::Units units;
    for (int u = 0; u < 12; ++u)
        units.append({ a.at(u), b.at(u), c.at(u), d.at(u) });
    return units;
}

} // namespace

/** Krippendorff's α against the paper's worked example, and the calibration session statistics. */
class TestCalibrationStatistics : public QObject
{
    Q_OBJECT

private slots:
    void paperNominal();
    void paperInterval();
    void perfectAndUndefined();
    void systematicDisagreement();
    void sessionSummary();
};

void TestCalibrationStatistics::paperNominal()
{
    // Unit 12 has a single value and drops out: n = 40 pairable values. The paper's coincidence
    // matrix gives Σ o_ck δ² = 8 (off-diagonal coincidences) and Σ n_c n_k δ² = 1216
    // (n_c = 9, 13, 10, 5, 3 for values 1–5: 40² − 9² − 13² − 10² − 5² − 3² = 1216), so
    // α = 1 − (n − 1) · 8 / 1216 = 1 − 312/1216 = 0.743 (the paper's 0.743).
    const KrippendorffAlpha::Units units = paperExample();
    QCOMPARE(KrippendorffAlpha::pairableValues(units), 40);
    const auto alpha = KrippendorffAlpha::compute(units, KrippendorffAlpha::Metric::Nominal);
    QVERIFY(alpha);
    QCOMPARE(*alpha, 1.0 - 312.0 / 1216.0);
    QCOMPARE(qRound(*alpha * 1000), 743);
}

void TestCalibrationStatistics::paperInterval()
{
    // Same data, δ² = (c − k)²: Σ o_ck δ² = 52/3 and Σ n_c n_k δ² = 4480, so
    // α = 1 − 39 · (52/3) / 4480 = 1 − 676/4480 = 0.849 (the paper's 0.849).
    const auto alpha = KrippendorffAlpha::compute(paperExample(), KrippendorffAlpha::Metric::Interval);
    QVERIFY(alpha);
    QCOMPARE(*alpha, 1.0 - 676.0 / 4480.0);
    QCOMPARE(qRound(*alpha * 1000), 849);
}

void TestCalibrationStatistics::perfectAndUndefined()
{
    const KrippendorffAlpha::Units agree = { { 1, 1, 1 }, { 2, 2, na }, { 5, 5, 5 } };
    QCOMPARE(*KrippendorffAlpha::compute(agree, KrippendorffAlpha::Metric::Interval), 1.0);
    QCOMPARE(*KrippendorffAlpha::compute(agree, KrippendorffAlpha::Metric::Nominal), 1.0);
    // No variation at all: D_e = 0, α undefined.
    QVERIFY(!KrippendorffAlpha::compute({ { 3, 3 }, { 3, 3 } }, KrippendorffAlpha::Metric::Interval));
    // Nothing pairable.
    QVERIFY(!KrippendorffAlpha::compute({ { 1, na }, { na, 2 } }, KrippendorffAlpha::Metric::Nominal));
}

void TestCalibrationStatistics::systematicDisagreement()
{
    // Two coders who always disagree, on two units {0,1} and {1,0}: n = 4, observed Σ = 4
    // (each unit contributes two ordered unequal pairs, weight 1/(2−1)), expected Σ = 2·2·2 = 8,
    // α = 1 − 3 · 4 / 8 = −0.5.
    const auto alpha = KrippendorffAlpha::compute({ { 0, 1 }, { 1, 0 } }, KrippendorffAlpha::Metric::Nominal);
    QCOMPARE(*alpha, -0.5);
}

void TestCalibrationStatistics::sessionSummary()
{
    // Three reviewers (1, 2, 3), two conversations (10, 11), two criteria on the 0–100 scale.
    // Reviewer 3 is lenient: always 25 above the reference on "attitude", equal elsewhere.
    const QList<CalibrationRating> ratings = {
        { 10, QStringLiteral("attitude"), 1, 50 }, { 10, QStringLiteral("attitude"), 2, 50 },
        { 10, QStringLiteral("attitude"), 3, 75 }, { 11, QStringLiteral("attitude"), 1, 25 },
        { 11, QStringLiteral("attitude"), 2, 25 }, { 11, QStringLiteral("attitude"), 3, 50 },
        { 10, QStringLiteral("privacy"), 1, 100 }, { 10, QStringLiteral("privacy"), 2, 100 },
        { 10, QStringLiteral("privacy"), 3, 100 }, { 11, QStringLiteral("privacy"), 1, 0 },
        { 11, QStringLiteral("privacy"), 2, 0 },   { 11, QStringLiteral("privacy"), 3, na },
    };
    const QList<CalibrationReference> references = {
        { 10, QStringLiteral("attitude"), 50 },
        { 11, QStringLiteral("attitude"), 25 },
        { 10, QStringLiteral("privacy"), 100 },
        { 11, QStringLiteral("privacy"), 0 },
    };
    const CalibrationSummary summary = CalibrationStatistics::summarise(ratings, references);
    QCOMPARE(summary.criteria.size(), 2);
    const CriterionDisagreement &attitude = summary.criteria.at(0);
    QCOMPARE(attitude.criterionKey, QStringLiteral("attitude"));
    QCOMPARE(attitude.conversations, 2);
    QCOMPARE(attitude.split, 2);
    QCOMPARE(attitude.meanRange, 25.0);
    const CriterionDisagreement &privacy = summary.criteria.at(1);
    QCOMPARE(privacy.split, 0);
    QCOMPARE(privacy.meanRange, 0.0);
    QCOMPARE(*privacy.alpha, 1.0);
    // Attitude alone, in units of 25: units {2,2,3} and {1,1,2}, n = 6. Observed: each unit has four
    // ordered (2,3) or (1,2) pairs at δ² = 1, weighted 1/(3 − 1): 2 + 2 = 4. Expected over the pooled
    // {2,2,3,1,1,2}: Σ over ordered pairs of (c − k)² = 34 (unordered pairs 1–2: 6,
    // 2–3: 3, 1–3: 2 at δ² 4 → (6 + 3 + 8) · 2 = 34). α = 1 − 5 · 4 / 34 = 7/17. The 25² scale cancels.
    QVERIFY(attitude.alpha);
    QCOMPARE(*attitude.alpha, 1.0 - 5.0 * 4.0 / 34.0);

    QCOMPARE(summary.reviewers.size(), 3);
    QCOMPARE(summary.reviewers.at(0).reviewerId, 1);
    QCOMPARE(summary.reviewers.at(0).meanSigned, 0.0);
    QCOMPARE(summary.reviewers.at(0).compared, 4);
    const ReviewerDeviation &lenient = summary.reviewers.at(2);
    QCOMPARE(lenient.reviewerId, 3);
    QCOMPARE(lenient.compared, 3); // the N/A is not compared
    QCOMPARE(lenient.meanSigned, 50.0 / 3.0);
    QCOMPARE(lenient.meanAbsolute, 50.0 / 3.0);
    QVERIFY(summary.alpha);
    QVERIFY(*summary.alpha > 0.8 && *summary.alpha < 1.0);
    QVERIFY(summary.nominalAlpha);
    QVERIFY(*summary.nominalAlpha < *summary.alpha);
}

QTEST_GUILESS_MAIN(TestCalibrationStatistics)
#include "TestCalibrationStatistics.moc"
