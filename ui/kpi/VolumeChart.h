#pragma once

#include "KpiJobs.h"

#include <QChartView>

/**
 * Ticket volume per local day, stacked by type, platform or channel. Clicking a segment emits
 * segmentClicked() with the day and the value code so the caller can open those tickets.
 */
class VolumeChart : public QChartView
{
    Q_OBJECT

public:
    explicit VolumeChart(QWidget *parent = nullptr);

    void setCounts(const KpiCountsResult &counts, KpiVolumeDimension dimension);

signals:
    void segmentClicked(const QDate &day, const QString &valueCode);

private:
    QList<QDate> m_days;
};
