#include "KpiTrendChart.h"

#include "KpiFormat.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

QString periodLabel(const KpiPeriod &period, KpiGranularity granularity)
{
    const QString label = granularity == KpiGranularity::Month
        ? period.first.toString(QStringLiteral("yyyy-MM"))
        : period.first.toString(QStringLiteral("MM-dd"));
    return KpiTrendPeriods::isClipped(period, granularity) ? label + QLatin1Char('*') : label;
}

QString unitTitle(const QString &figureKey)
{
    switch (KpiFormat::unitOf(figureKey)) {
    case KpiFormat::Unit::Share:
        return KpiTrendChart::tr("%");
    case KpiFormat::Unit::Seconds:
        return KpiTrendChart::tr("minutes");
    case KpiFormat::Unit::Count:
        return KpiTrendChart::tr("tickets");
    case KpiFormat::Unit::Score:
        return KpiTrendChart::tr("score");
    }
    return {};
}

} // namespace

KpiTrendChart::KpiTrendChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 240);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
}

double KpiTrendChart::plotted(const QString &figureKey, double value)
{
    switch (KpiFormat::unitOf(figureKey)) {
    case KpiFormat::Unit::Share:
        return value * 100.0;
    case KpiFormat::Unit::Seconds:
        return value / 60.0;
    default:
        return value;
    }
}

void KpiTrendChart::setSeries(const KpiSeriesResult &series, const QStringList &figureKeys)
{
    m_series = series;
    m_figureKeys = figureKeys;
    rebuild();
}

void KpiTrendChart::setTargets(const QList<std::optional<double>> &targets)
{
    const bool any
        = std::any_of(targets.cbegin(), targets.cend(), [](const auto &t) { return t.has_value(); });
    m_targets = any ? targets : QList<std::optional<double>>();
    rebuild();
}

void KpiTrendChart::rebuild()
{
    QChart *c = chart();
    c->setTitle({});
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    m_first = nullptr;
    if (m_figureKeys.isEmpty() || m_series.periods.isEmpty())
        return;

    auto *x = new QBarCategoryAxis;
    QStringList labels;
    bool clipped = false;
    for (const KpiPeriod &period : std::as_const(m_series.periods)) {
        labels << periodLabel(period, m_series.granularity);
        clipped = clipped || KpiTrendPeriods::isClipped(period, m_series.granularity);
    }
    x->append(labels);
    if (clipped)
        x->setTitleText(m_series.granularity == KpiGranularity::Month
                            ? tr("* only part of the month lies in the range")
                            : tr("* only part of the week lies in the range"));
    if (labels.size() > 31) {
        // Qt Charts elides every category label once they crowd (a row of "…"): name the range
        // instead; hovering and clicking still work per point.
        x->setLabelsVisible(false);
        c->setTitle(tr("%1 – %2, %n period(s)", nullptr, int(labels.size()))
                        .arg(m_series.periods.first().first.toString(Qt::ISODate),
                             m_series.periods.last().last.toString(Qt::ISODate)));
    } else if (labels.size() > 16) {
        x->setLabelsAngle(-90);
    }
    auto *y = new QValueAxis;
    y->setTitleText(unitTitle(m_figureKeys.first()));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);

    double low = 0.0;
    double high = 0.0;
    bool any = false;
    for (const QString &key : std::as_const(m_figureKeys)) {
        auto *line = new QLineSeries;
        line->setName(KpiFormat::title(key));
        line->setPointsVisible(true);
        for (int i = 0; i < m_series.points.size(); ++i) {
            const KpiFigure *figure = m_series.points.at(i).figure(key);
            // Insufficient samples are left out: a point there would look as precise as the rest.
            if (!figure || !figure->isShown())
                continue;
            const double v = plotted(key, *figure->value);
            line->append(i, v);
            low = any ? std::min(low, v) : v;
            high = any ? std::max(high, v) : v;
            any = true;
        }
        c->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        if (!m_first)
            m_first = line;
        connect(line, &QLineSeries::hovered, this, [this, key](const QPointF &point, bool entered) {
            if (entered)
                QToolTip::showText(QCursor::pos(), pointToolTip(int(std::lround(point.x())), key), this);
            else
                QToolTip::hideText();
        });
        connect(line, &QLineSeries::clicked, this, [this](const QPointF &point) {
            const int index = int(std::lround(point.x()));
            if (index >= 0 && index < m_series.periods.size())
                emit pointClicked(index);
        });
    }
    // Each period's target spans its half-step either side of the point, so a change between two
    // periods shows as a step; a period without a target breaks the line (a new series).
    const double lastX = double(m_series.periods.size() - 1);
    QLineSeries *target = nullptr;
    bool named = false; // one legend entry for all pieces of the line
    for (int i = 0; i < m_targets.size() && i < m_series.periods.size(); ++i) {
        if (!m_targets.at(i)) {
            target = nullptr;
            continue;
        }
        const double v = plotted(m_figureKeys.first(), *m_targets.at(i));
        if (!target) {
            target = new QLineSeries;
            target->setName(tr("Target"));
            QPen pen(Qt::darkRed);
            pen.setStyle(Qt::DashLine);
            pen.setWidth(2);
            target->setPen(pen);
            c->addSeries(target);
            target->attachAxis(x);
            target->attachAxis(y);
            for (QLegendMarker *marker : c->legend()->markers(target))
                marker->setVisible(!named);
            named = true;
        }
        target->append(lastX == 0 ? 0.0 : std::max(0.0, i - 0.5), v);
        target->append(lastX == 0 ? 0.0 : std::min(lastX, i + 0.5), v);
        low = any ? std::min(low, v) : v;
        high = any ? std::max(high, v) : v;
        any = true;
    }
    if (!any) {
        y->setRange(0, 1);
        return;
    }
    const double pad = std::max((high - low) * 0.1, 0.5);
    y->setRange(std::max(0.0, low - pad), high + pad);
    y->applyNiceNumbers();
}

QString KpiTrendChart::pointToolTip(int index, const QString &figureKey) const
{
    if (index < 0 || index >= m_series.periods.size() || index >= m_series.points.size())
        return {};
    const KpiPeriod &period = m_series.periods.at(index);
    QString when = period.first == period.last
        ? period.first.toString(Qt::ISODate)
        : tr("%1 – %2").arg(period.first.toString(Qt::ISODate), period.last.toString(Qt::ISODate));
    if (KpiTrendPeriods::isClipped(period, m_series.granularity)) {
        const qint64 whole = KpiTrendPeriods::bucketOf(period.first, m_series.granularity).dayCount();
        when += QLatin1Char(' ')
            + (m_series.granularity == KpiGranularity::Month
                   ? tr("(%1 of the month's %2 days)").arg(period.dayCount()).arg(whole)
                   : tr("(%1 of the week's %2 days)").arg(period.dayCount()).arg(whole));
    }
    const KpiFigure *figure = m_series.points.at(index).figure(figureKey);
    QStringList lines { KpiFormat::title(figureKey), when };
    if (figure) {
        lines << KpiFormat::cellWithSample(*figure);
        const QString interval = KpiFormat::interval(*figure);
        if (!interval.isEmpty())
            lines << interval;
    }
    return lines.join(QLatin1Char('\n'));
}

QPoint KpiTrendChart::pointPosition(int index) const
{
    if (!m_first)
        return {};
    for (const QPointF &point : m_first->points()) {
        if (std::lround(point.x()) == index)
            return mapFromScene(chart()->mapToScene(chart()->mapToPosition(point, m_first)));
    }
    return {};
}
