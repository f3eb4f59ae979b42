#pragma once

#include "KpiJobs.h"

#include <QChartView>

/**
 * Ticket volume per period (day, week or month of the trend), stacked by type, platform or
 * channel. Clicking a segment emits segmentClicked() with the period and the value code so the
 * caller can open those tickets.
 */
class VolumeChart : public QChartView
{
    Q_OBJECT

public:
    explicit VolumeChart(QWidget *parent = nullptr);

    void setCounts(const KpiCountsResult &counts, KpiVolumeDimension dimension,
                   const QList<KpiPeriod> &periods);

signals:
    void segmentClicked(const KpiPeriod &period, const QString &valueCode);

private:
    QList<KpiPeriod> m_periods;
};
