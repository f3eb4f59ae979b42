#pragma once

#include "qa/store/QaResultsRepository.h"

#include <QChartView>

class QLineSeries;

/**
 * Score by criterion as horizontal bars, worst criterion at the top, each labelled with the reviews
 * that scored it. Shows what it is given; no store access. Threading: the UI thread.
 */
class QaResultsCriterionChart : public QChartView
{
    Q_OBJECT

public:
    explicit QaResultsCriterionChart(QWidget *parent = nullptr);

    void setCriteria(const QList<QaCriterionMean> &criteria);
    void clear();
    /** The criteria drawn, worst first (tests read it). */
    const QList<QaCriterionMean> &shown() const { return m_shown; }
    /** A criterion's title in the UI language. */
    static QString titleOf(const QaCriterionMean &criterion);

private:
    QList<QaCriterionMean> m_shown;
};

/**
 * The weekly QA score of one subject as a line; hovering a point tells the week, the score and its
 * n. Shows what it is given; no store access. Threading: the UI thread.
 */
class QaResultsTrendChart : public QChartView
{
    Q_OBJECT

public:
    explicit QaResultsTrendChart(QWidget *parent = nullptr);

    /** weeks with reviews, oldest first; weeks without one in [first, last] are gaps on the axis. */
    void setWeeks(const QDate &first, const QDate &last, const QList<QaWeekPoint> &weeks);
    void clear();
    const QList<QaWeekPoint> &weeks() const { return m_weeks; }
    /** What hovering week point `index` (of weeks()) says. */
    QString pointText(int index) const;
    /** Where that point is, in view coordinates (tests hover there). */
    QPoint pointPosition(int index) const;
    /** The tooltip text last shown by hovering (tests read it; empty after leaving). */
    QString hoverText() const { return m_hoverText; }

private:
    QList<QaWeekPoint> m_weeks;
    QList<int> m_slots; // each week's x on the axis
    QLineSeries *m_line = nullptr;
    QString m_hoverText;
};
