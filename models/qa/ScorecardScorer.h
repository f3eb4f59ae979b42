#pragma once

#include "Scorecard.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

/** A reviewer's answer to one criterion: a value on the criterion's scale, or N/A. */
struct ScorecardAnswer
{
    qint64 criterionId = 0;
    std::optional<int> value; // empty = N/A
    QString comment;

    static ScorecardAnswer of(qint64 criterionId, int value) { return { criterionId, value, {} }; }
    static ScorecardAnswer na(qint64 criterionId) { return { criterionId, std::nullopt, {} }; }
};

struct SectionScore
{
    double earned = 0;
    double possible = 0;
    bool criticalFail = false; // a section-level critical criterion failed: earned is 0
};

/** The outcome of scoring one review. */
struct ScorecardResult
{
    double earned = 0;
    double possible = 0;
    std::optional<double> score; // earned ÷ possible × 100; empty when nothing was scorable (all N/A)
    bool reviewCriticalFail = false; // a review-level critical criterion failed: score is 0
    QStringList failedCriticalKeys; // every failed critical criterion, section or review level
    QList<SectionScore> sections; // parallel to the template's sections
    QList<qint64> unanswered; // criteria without an answer (a draft); left out of both totals
    bool complete() const { return unanswered.isEmpty(); }
};

/**
 * The QA score arithmetic (PRODUCT.md "QA scorecards"), pure: score = earned ÷ possible × 100.
 * Each criterion earns points × fraction, where the fraction is pass 1 / fail 0, (v − 1) ÷ 4 on
 * the 1–5 scale, k ÷ N on 0–N. N/A either leaves the possible total or earns full points, as the
 * criterion's policy says. A critical criterion answered at the bottom of its scale zeroes its
 * section (the section's points stay possible) or the whole review. Thread-safe: no state.
 */
class ScorecardScorer
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardScorer)

public:
    /** Scores answers against tmpl. Returns false and fills error for an answer that does not fit
     *  its criterion (unknown criterion, value off the scale, N/A where not allowed). */
    static bool score(const ScorecardTemplate &tmpl, const QList<ScorecardAnswer> &answers,
                      ScorecardResult *out, QString *error);

    /** The share of a criterion's points an answer earns (0..1), or empty for an excluded N/A. */
    static std::optional<double> fraction(const ScorecardCriterion &criterion, const ScorecardAnswer &answer);
};
