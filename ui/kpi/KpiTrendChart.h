#pragma once

#include "KpiJobs.h"

#include <QChartView>
#include <QStringList>

#include <optional>

class QLineSeries;

/**
 * A line chart of one or more figures of a KpiSeriesResult over its periods, optionally with a
 * target line that may step from period to period (targets have effective dates). Values are drawn in display
 * units (shares in %, times in minutes). Clicking near a point emits pointClicked() with the period's index
 * so the caller can open the tickets behind it; hovering one shows its period, value and sample size.
 * A week or month the range cuts short is marked "*" on the axis: its value covers only some of its days.
 */
class KpiTrendChart : public QChartView
{
    Q_OBJECT

public:
    explicit KpiTrendChart(QWidget *parent = nullptr);

    void setSeries(const KpiSeriesResult &series, const QStringList &figureKeys);
    /**
     * The target line: a target per period in the figure's stored units (a share as 0–1, seconds), drawn as
     * steps; periods without one leave a gap. An empty list or one without any value hides the line.
     */
    void setTargets(const QList<std::optional<double>> &targets);
    /** The targets drawn, one per period (empty when there is no line). */
    const QList<std::optional<double>> &targets() const { return m_targets; }
    /** The plotted value of a stored value: shares ×100, seconds ÷60. */
    static double plotted(const QString &figureKey, double value);
    /** What hovering figureKey's point of period `index` shows: the period, the value, its sample size. */
    QString pointToolTip(int index, const QString &figureKey) const;
    /** Where period `index`'s point is, in view coordinates (tests click there). */
    QPoint pointPosition(int index) const;
    int periodCount() const { return int(m_series.periods.size()); }
    const KpiSeriesResult &series() const { return m_series; }

signals:
    void pointClicked(int periodIndex);

private:
    void rebuild();

    KpiSeriesResult m_series;
    QStringList m_figureKeys;
    QList<std::optional<double>> m_targets;
    QLineSeries *m_first = nullptr;
};
