#include "QaResultsCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace {

void resetChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
}

} // namespace

QaResultsCriterionChart::QaResultsCriterionChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
    chart()->legend()->hide();
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->setTitle(tr("Score by criterion"));
}

QString QaResultsCriterionChart::titleOf(const QaCriterionMean &criterion)
{
    const QString title = QLocale().language() == QLocale::Chinese ? criterion.titleZh : criterion.titleEn;
    return title.isEmpty() ? criterion.key : title;
}

void QaResultsCriterionChart::clear()
{
    m_shown.clear();
    resetChart(chart());
}

void QaResultsCriterionChart::setCriteria(const QList<QaCriterionMean> &criteria)
{
    clear();
    m_shown = criteria;
    std::stable_sort(m_shown.begin(), m_shown.end(),
                     [](const QaCriterionMean &a, const QaCriterionMean &b) { return a.mean < b.mean; });
    if (m_shown.isEmpty())
        return;
    // Horizontal bars stack the first category at the bottom: append best first so the worst,
    // where coaching starts, is on top.
    auto *set = new QBarSet(tr("Score"));
    set->setColor(QColor(0x3a, 0x7c, 0xc2));
    QStringList labels;
    for (auto it = m_shown.crbegin(); it != m_shown.crend(); ++it) {
        set->append(it->mean);
        labels << tr("%1 (n = %2)").arg(titleOf(*it)).arg(it->n);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    auto *values = new QValueAxis;
    values->setRange(0, 100);
    values->setLabelFormat(QStringLiteral("%d"));
    chart()->addSeries(series);
    chart()->addAxis(categories, Qt::AlignLeft);
    chart()->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
}

QaResultsTrendChart::QaResultsTrendChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 220);
    setMouseTracking(true);
    chart()->legend()->hide();
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->setTitle(tr("Weekly QA score"));
}

void QaResultsTrendChart::clear()
{
    m_weeks.clear();
    m_slots.clear();
    m_line = nullptr;
    m_hoverText.clear();
    resetChart(chart());
}

QString QaResultsTrendChart::pointText(int index) const
{
    if (index < 0 || index >= m_weeks.size())
        return {};
    const QaWeekPoint &week = m_weeks.at(index);
    return tr("Week of %1: %2 (n = %3)")
        .arg(week.weekStart.toString(Qt::ISODate), QLocale().toString(week.meanScore, 'f', 1))
        .arg(week.n);
}

void QaResultsTrendChart::setWeeks(const QDate &first, const QDate &last, const QList<QaWeekPoint> &weeks)
{
    clear();
    m_weeks = weeks;
    if (!first.isValid() || !last.isValid())
        return;
    // Every week of the span is a category, so a week without reviews is a visible gap in time.
    const QDate firstMonday = first.addDays(1 - first.dayOfWeek());
    QStringList labels;
    for (QDate monday = firstMonday; monday <= last; monday = monday.addDays(7))
        labels << monday.toString(QStringLiteral("MM-dd"));
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    if (labels.size() > 6)
        x->setLabelsAngle(-90); // side by side they elide to "10…" in a pane this wide
    auto *y = new QValueAxis;
    y->setTitleText(tr("score"));
    m_line = new QLineSeries;
    m_line->setName(tr("QA score"));
    m_line->setPointsVisible(true);
    double low = 100;
    for (const QaWeekPoint &week : std::as_const(m_weeks)) {
        const int slot = int(firstMonday.daysTo(week.weekStart) / 7);
        m_slots.append(slot);
        m_line->append(slot, week.meanScore);
        low = std::min(low, week.meanScore);
    }
    chart()->addSeries(m_line);
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    m_line->attachAxis(x);
    m_line->attachAxis(y);
    y->setRange(std::max(0.0, std::min(low - 5.0, 80.0)), 100);
    y->applyNiceNumbers();
    connect(m_line, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (!state) {
            m_hoverText.clear();
            QToolTip::hideText();
            return;
        }
        // The nearest week on the axis: hovering reports a point on the line, not a vertex.
        int nearest = -1;
        for (int i = 0; i < m_slots.size(); ++i) {
            if (nearest < 0
                || std::abs(m_slots.at(i) - point.x()) < std::abs(m_slots.at(nearest) - point.x()))
                nearest = i;
        }
        m_hoverText = pointText(nearest);
        QToolTip::showText(QCursor::pos(), m_hoverText, this);
    });
}

QPoint QaResultsTrendChart::pointPosition(int index) const
{
    if (!m_line || index < 0 || index >= m_slots.size())
        return {};
    const QPointF value(m_slots.at(index), m_weeks.at(index).meanScore);
    return mapFromScene(chart()->mapToScene(chart()->mapToPosition(value, m_line)));
}
