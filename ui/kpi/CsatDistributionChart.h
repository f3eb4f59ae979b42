#pragma once

#include <QChartView>

#include <array>

/** Answered surveys per score 1–5 as bars, with the count on each bar. */
class CsatDistributionChart : public QChartView
{
    Q_OBJECT

public:
    explicit CsatDistributionChart(QWidget *parent = nullptr);

    void setCounts(const std::array<qint64, 5> &counts);
};
