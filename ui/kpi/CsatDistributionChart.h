#pragma once

#include <QChartView>

#include <array>

class QBarSeries;

/**
 * Answered surveys per score 1–5 as bars, with the count on each bar. Clicking a bar emits
 * scoreClicked() with its score so the caller can open those tickets. GUI thread only.
 */
class CsatDistributionChart : public QChartView
{
    Q_OBJECT

public:
    explicit CsatDistributionChart(QWidget *parent = nullptr);

    void setCounts(const std::array<qint64, 5> &counts);
    const std::array<qint64, 5> &counts() const { return m_counts; }
    /** The middle of score's bar in view coordinates (tests click there); null when it has none. */
    QPoint barCenter(int score) const;

signals:
    void scoreClicked(int score);

private:
    std::array<qint64, 5> m_counts {};
    QBarSeries *m_series = nullptr;
};
