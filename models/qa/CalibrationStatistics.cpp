#include "CalibrationStatistics.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace {

using UnitKey = std::pair<qint64, QString>; // conversation, criterion

} // namespace

CalibrationSummary CalibrationStatistics::summarise(const QList<CalibrationRating> &ratings,
                                                    const QList<CalibrationReference> &references)
{
    CalibrationSummary summary;

    // Units in a stable order (criterion of first appearance, then conversation), columns = reviewers.
    QList<qint64> reviewerIds;
    QStringList criterionOrder;
    QMap<UnitKey, QHash<qint64, std::optional<double>>> units;
    for (const CalibrationRating &rating : ratings) {
        if (!reviewerIds.contains(rating.reviewerId))
            reviewerIds.append(rating.reviewerId);
        if (!criterionOrder.contains(rating.criterionKey))
            criterionOrder.append(rating.criterionKey);
        units[{ rating.conversationId, rating.criterionKey }].insert(rating.reviewerId, rating.value);
    }
    std::sort(reviewerIds.begin(), reviewerIds.end());

    auto row = [&](const QHash<qint64, std::optional<double>> &byReviewer) {
        QList<std::optional<double>> values;
        for (qint64 reviewer : std::as_const(reviewerIds))
            values.append(byReviewer.value(reviewer));
        return values;
    };

    KrippendorffAlpha::Units all;
    for (auto it = units.cbegin(); it != units.cend(); ++it)
        all.append(row(it.value()));
    summary.alpha = KrippendorffAlpha::compute(all, KrippendorffAlpha::Metric::Interval);
    summary.nominalAlpha = KrippendorffAlpha::compute(all, KrippendorffAlpha::Metric::Nominal);

    for (const QString &key : std::as_const(criterionOrder)) {
        CriterionDisagreement disagreement;
        disagreement.criterionKey = key;
        KrippendorffAlpha::Units criterionUnits;
        double rangeSum = 0;
        for (auto it = units.cbegin(); it != units.cend(); ++it) {
            if (it.key().second != key)
                continue;
            criterionUnits.append(row(it.value()));
            QList<double> values;
            for (const std::optional<double> &value : it.value()) {
                if (value)
                    values.append(*value);
            }
            if (values.size() < 2)
                continue;
            const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
            ++disagreement.conversations;
            if (*high != *low)
                ++disagreement.split;
            rangeSum += *high - *low;
        }
        if (disagreement.conversations > 0)
            disagreement.meanRange = rangeSum / disagreement.conversations;
        disagreement.alpha = KrippendorffAlpha::compute(criterionUnits, KrippendorffAlpha::Metric::Interval);
        summary.criteria.append(disagreement);
    }

    QMap<UnitKey, double> referenceValues;
    for (const CalibrationReference &reference : references) {
        if (reference.value)
            referenceValues.insert({ reference.conversationId, reference.criterionKey }, *reference.value);
    }
    for (qint64 reviewer : std::as_const(reviewerIds)) {
        ReviewerDeviation deviation;
        deviation.reviewerId = reviewer;
        double signedSum = 0;
        double absoluteSum = 0;
        for (const CalibrationRating &rating : ratings) {
            if (rating.reviewerId != reviewer || !rating.value)
                continue;
            const auto reference = referenceValues.constFind({ rating.conversationId, rating.criterionKey });
            if (reference == referenceValues.cend())
                continue;
            const double difference = *rating.value - reference.value();
            signedSum += difference;
            absoluteSum += qAbs(difference);
            ++deviation.compared;
        }
        if (deviation.compared > 0) {
            deviation.meanSigned = signedSum / deviation.compared;
            deviation.meanAbsolute = absoluteSum / deviation.compared;
        }
        summary.reviewers.append(deviation);
    }
    return summary;
}
