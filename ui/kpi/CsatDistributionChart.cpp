#include "CsatDistributionChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <numeric>

CsatDistributionChart::CsatDistributionChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 220);
    chart()->legend()->hide();
    chart()->setMargins(QMargins(4, 4, 4, 4));
}

void CsatDistributionChart::setCounts(const std::array<qint64, 5> &counts)
{
    m_counts = counts;
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    auto *set = new QBarSet(tr("Surveys"));
    QStringList labels;
    qint64 busiest = 1;
    const qint64 total = std::accumulate(counts.cbegin(), counts.cend(), qint64(0));
    for (std::size_t i = 0; i < counts.size(); ++i) {
        *set << double(counts[i]);
        // Each score's share of the answers under its stars; the bar itself carries the count.
        labels << (total > 0 ? tr("%1 ★ (%2%)")
                                   .arg(i + 1)
                                   .arg(QLocale().toString(100.0 * double(counts[i]) / double(total), 'f', 1))
                             : tr("%1 ★").arg(i + 1));
        busiest = std::max(busiest, counts[i]);
    }
    auto *series = new QBarSeries;
    series->append(set);
    m_series = series;
    connect(set, &QBarSet::clicked, this, [this](int index) {
        if (index >= 0 && index < int(m_counts.size()))
            emit scoreClicked(index + 1);
    });
    c->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    auto *y = new QValueAxis;
    y->setRange(0, double(busiest) * 1.15);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("surveys"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsVisible(true);
    // The default label colour is the theme's (white in the light theme): invisible above a bar.
    set->setLabelColor(palette().color(QPalette::WindowText));
}

QPoint CsatDistributionChart::barCenter(int score) const
{
    if (!m_series || score < 1 || score > int(m_counts.size()) || m_counts[std::size_t(score - 1)] == 0)
        return {};
    const QPointF middle(score - 1, double(m_counts[std::size_t(score - 1)]) / 2.0);
    return mapFromScene(chart()->mapToScene(chart()->mapToPosition(middle, m_series)));
}
