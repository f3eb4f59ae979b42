#pragma once

#include "KrippendorffAlpha.h"

#include <QList>
#include <QString>

#include <optional>

/**
 * One reviewer's answer to one criterion of one conversation in a calibration session. value is on
 * a common 0–100 scale (the criterion's earned share, ScorecardScorer::fraction × 100), so criteria
 * with different scales compare; empty = N/A.
 */
struct CalibrationRating
{
    qint64 conversationId = 0;
    QString criterionKey;
    qint64 reviewerId = 0;
    std::optional<double> value;
};

/** The session's agreed (reference) answer for a criterion of a conversation, same scale. */
struct CalibrationReference
{
    qint64 conversationId = 0;
    QString criterionKey;
    std::optional<double> value;
};

/** How far reviewers disagreed on one criterion across the session's conversations. */
struct CriterionDisagreement
{
    QString criterionKey;
    int conversations = 0; // conversations with at least two ratings of the criterion
    int split = 0; // of those, how many were not unanimous
    double meanRange = 0; // mean of (highest − lowest) rating per conversation
    std::optional<double> alpha; // interval α of this criterion alone; empty when undefined
};

/** A reviewer against the reference: the mean signed difference is leniency (> 0) or severity (< 0). */
struct ReviewerDeviation
{
    qint64 reviewerId = 0;
    int compared = 0; // ratings with a reference value to compare with
    double meanSigned = 0;
    double meanAbsolute = 0;
};

struct CalibrationSummary
{
    std::optional<double> alpha; // interval α over every (conversation, criterion) unit
    std::optional<double> nominalAlpha; // exact-agreement α over the same units
    QList<CriterionDisagreement> criteria; // in order of first appearance
    QList<ReviewerDeviation> reviewers; // by reviewer id
};

/**
 * The statistics a calibration session (校准) shows, pure: Krippendorff's α for the session,
 * per-criterion disagreement and each reviewer's deviation from the reference. N/A ratings are
 * missing values for α and are not compared with the reference. Thread-safe: no state.
 */
class CalibrationStatistics
{
public:
    static CalibrationSummary summarise(const QList<CalibrationRating> &ratings,
                                        const QList<CalibrationReference> &references);
};
