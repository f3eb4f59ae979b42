#include "CalibrationComparisonPanel.h"

#include "ScorecardPanel.h"

#include <QColor>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

// Krippendorff (2004, Content Analysis, 2nd ed., §11.4.4; repeated in "Computing Krippendorff's
// Alpha-Reliability", 2011): rely on data with α ≥ .800, draw only tentative conclusions for
// .667 ≤ α < .800, and discard data below .667.
constexpr double GoodAlpha = 0.8;
constexpr double TentativeAlpha = 0.667;

// How far a reviewer may sit from the reference (points of 100) before it is called out. Five
// points is one step on a 1–5 criterion worth a fifth of the card; the team can read the numbers.
constexpr double InLine = 5.0;
constexpr double FarOff = 10.0;

QColor bandColour(double magnitude)
{
    if (magnitude <= InLine)
        return QColor(QStringLiteral("#2e7d32")); // green
    if (magnitude <= FarOff)
        return QColor(QStringLiteral("#ef6c00")); // orange
    return QColor(QStringLiteral("#c62828")); // red
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignRight | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch); // the name column
    return table;
}

} // namespace

CalibrationComparisonPanel::CalibrationComparisonPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("calibrationComparisonPanel"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("comparisonTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_alpha = new QLabel(this);
    m_alpha->setObjectName(QStringLiteral("alphaLabel"));
    QFont big = m_alpha->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_alpha->setFont(big);
    m_reading = new QLabel(this);
    m_reading->setObjectName(QStringLiteral("alphaReadingLabel"));
    m_reading->setWordWrap(true);

    m_criteria = makeTable(this, QStringLiteral("criterionDisagreementTable"),
                           { tr("Criterion"), tr("Conversations"), tr("Not unanimous"),
                             tr("Mean spread (points of 100)"), tr("α") });
    m_reviewers = makeTable(this, QStringLiteral("reviewerDeviationTable"),
                            { tr("Reviewer"), tr("Compared answers"), tr("Deviation from reference"),
                              tr("Leniency (mean signed difference)") });

    auto *note = new QLabel(tr("Calibration scores never count in agents' QA scores. Differences are in "
                               "points of 100 per criterion; a positive leniency means the reviewer scores "
                               "above the reference, a negative one below it."),
                            this);
    note->setObjectName(QStringLiteral("calibrationNote"));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #555;"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_alpha);
    layout->addWidget(m_reading);
    layout->addWidget(new QLabel(tr("Disagreement per criterion, worst first:"), this));
    layout->addWidget(m_criteria, 3);
    layout->addWidget(new QLabel(tr("Reviewers against the reference:"), this));
    layout->addWidget(m_reviewers, 2);
    layout->addWidget(note);
}

QString CalibrationComparisonPanel::formatAlpha(const std::optional<double> &alpha)
{
    return alpha ? QLocale().toString(*alpha, 'f', 3) : QStringLiteral("—");
}

QString CalibrationComparisonPanel::formatPoints(double points, bool signedValue)
{
    const QString text = QLocale().toString(points, 'f', 1);
    return signedValue && points > 0 ? QStringLiteral("+") + text : text;
}

QString CalibrationComparisonPanel::reading(const std::optional<double> &alpha)
{
    if (!alpha)
        return tr("α is undefined: too few submitted scores, or no variation at all to compare.");
    if (*alpha >= GoodAlpha)
        return tr("Good agreement: the reviewers apply the scorecard consistently.");
    if (*alpha >= TentativeAlpha)
        return tr("Tentative agreement: usable with care; discuss the criteria at the top of the list.");
    return tr("Poor agreement: the reviewers read the scorecard differently; recalibrate before relying on "
              "their scores.");
}

void CalibrationComparisonPanel::clear()
{
    m_title->clear();
    m_alpha->clear();
    m_reading->clear();
    m_criteria->setRowCount(0);
    m_reviewers->setRowCount(0);
}

void CalibrationComparisonPanel::setComparison(const QString &sessionName, const CalibrationSummary &summary,
                                               const ScorecardTemplate &scorecard,
                                               const QHash<qint64, QString> &reviewerNames)
{
    m_title->setText(tr("Comparison of %1").arg(sessionName));
    m_alpha->setText(tr("Krippendorff's α (interval): %1").arg(formatAlpha(summary.alpha)));
    m_reading->setText(reading(summary.alpha));
    QString colour = QStringLiteral("#c62828");
    if (summary.alpha && *summary.alpha >= GoodAlpha)
        colour = QStringLiteral("#2e7d32");
    else if (summary.alpha && *summary.alpha >= TentativeAlpha)
        colour = QStringLiteral("#ef6c00");
    m_alpha->setStyleSheet(summary.alpha ? QStringLiteral("color: %1;").arg(colour) : QString());

    // Worst first: the widest mean spread, then the most split conversations.
    QList<CriterionDisagreement> criteria = summary.criteria;
    std::stable_sort(criteria.begin(), criteria.end(),
                     [](const CriterionDisagreement &a, const CriterionDisagreement &b) {
                         if (a.meanRange != b.meanRange)
                             return a.meanRange > b.meanRange;
                         return a.split > b.split;
                     });
    m_criteria->setRowCount(int(criteria.size()));
    for (int row = 0; row < criteria.size(); ++row) {
        const CriterionDisagreement &criterion = criteria.at(row);
        const ScorecardCriterion *found = scorecard.findCriterionByKey(criterion.criterionKey);
        auto *title = cell(found ? ScorecardPanel::criterionTitle(*found) : criterion.criterionKey,
                           Qt::AlignLeft | Qt::AlignVCenter);
        title->setData(Qt::UserRole, criterion.criterionKey);
        m_criteria->setItem(row, CriterionTitleColumn, title);
        m_criteria->setItem(row, CriterionConversationsColumn,
                            cell(QLocale().toString(criterion.conversations)));
        m_criteria->setItem(row, CriterionSplitColumn, cell(QLocale().toString(criterion.split)));
        auto *range = cell(formatPoints(criterion.meanRange, false));
        range->setForeground(bandColour(criterion.meanRange));
        m_criteria->setItem(row, CriterionRangeColumn, range);
        m_criteria->setItem(row, CriterionAlphaColumn, cell(formatAlpha(criterion.alpha)));
    }

    m_reviewers->setRowCount(int(summary.reviewers.size()));
    for (int row = 0; row < summary.reviewers.size(); ++row) {
        const ReviewerDeviation &reviewer = summary.reviewers.at(row);
        auto *name = cell(reviewerNames.value(reviewer.reviewerId, tr("User %1").arg(reviewer.reviewerId)),
                          Qt::AlignLeft | Qt::AlignVCenter);
        name->setData(Qt::UserRole, reviewer.reviewerId);
        m_reviewers->setItem(row, ReviewerNameColumn, name);
        m_reviewers->setItem(row, ReviewerComparedColumn, cell(QLocale().toString(reviewer.compared)));
        if (reviewer.compared == 0) {
            m_reviewers->setItem(row, ReviewerDeviationColumn, cell(tr("no reference")));
            m_reviewers->setItem(row, ReviewerLeniencyColumn, cell(QStringLiteral("—")));
            continue;
        }
        auto *deviation = cell(formatPoints(reviewer.meanAbsolute, false));
        deviation->setForeground(bandColour(reviewer.meanAbsolute));
        m_reviewers->setItem(row, ReviewerDeviationColumn, deviation);
        QString leaning = tr("in line");
        if (reviewer.meanSigned > InLine)
            leaning = tr("lenient");
        else if (reviewer.meanSigned < -InLine)
            leaning = tr("severe");
        auto *leniency = cell(tr("%1 (%2)").arg(formatPoints(reviewer.meanSigned, true), leaning));
        leniency->setData(Qt::UserRole, reviewer.meanSigned);
        leniency->setForeground(bandColour(std::abs(reviewer.meanSigned)));
        m_reviewers->setItem(row, ReviewerLeniencyColumn, leniency);
    }
}
