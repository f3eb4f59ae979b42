#pragma once

#include "qa/CalibrationStatistics.h"
#include "qa/Scorecard.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QTableWidget;

/**
 * The comparison of a closed calibration session (校准): Krippendorff's α (interval) with a
 * plain-language reading, per-criterion disagreement (worst first), each reviewer's deviation from
 * the reference and their leniency (mean signed difference, coloured), and the reminder that
 * calibration scores never count in agents' QA scores. Shows what it is given; no store access.
 * UI thread only.
 */
class CalibrationComparisonPanel : public QWidget
{
    Q_OBJECT

public:
    enum ReviewerColumn {
        ReviewerNameColumn,
        ReviewerComparedColumn,
        ReviewerDeviationColumn,
        ReviewerLeniencyColumn,
        ReviewerColumnCount
    };
    enum CriterionColumn {
        CriterionTitleColumn,
        CriterionConversationsColumn,
        CriterionSplitColumn,
        CriterionRangeColumn,
        CriterionAlphaColumn,
        CriterionColumnCount
    };

    explicit CalibrationComparisonPanel(QWidget *parent = nullptr);

    void setComparison(const QString &sessionName, const CalibrationSummary &summary,
                       const ScorecardTemplate &scorecard, const QHash<qint64, QString> &reviewerNames);
    void clear();

    QLabel *alphaLabel() const { return m_alpha; }
    QLabel *readingLabel() const { return m_reading; }
    QTableWidget *criteriaTable() const { return m_criteria; }
    QTableWidget *reviewersTable() const { return m_reviewers; }

    /** α as this panel shows it (3 decimals), or "—" when undefined. */
    static QString formatAlpha(const std::optional<double> &alpha);
    /** Points on the 0–100 scale as shown (1 decimal, signed when asked). */
    static QString formatPoints(double points, bool signedValue);
    /** The reading of α after Krippendorff's guidance. */
    static QString reading(const std::optional<double> &alpha);

private:
    QLabel *m_title = nullptr;
    QLabel *m_alpha = nullptr;
    QLabel *m_reading = nullptr;
    QTableWidget *m_criteria = nullptr;
    QTableWidget *m_reviewers = nullptr;
};
