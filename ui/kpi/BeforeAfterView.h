#pragma once

#include "KpiJobs.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QSpinBox;
class QTableWidget;

/**
 * Before/after comparison (优化前后对比): each KPI in the days before a chosen date and from it
 * on, the difference, and for rates whether the change is more than noise (pooled two-proportion
 * z-test at 5 %, see KpiComparison). Times and means are shown without a test: the aggregates keep
 * no variance for them, and the panel says so instead of guessing. When the after window reaches
 * into the last week, a note warns that its newest tickets are still being resolved (or reopened).
 * The first time the view is shown it compares on its own, 28 days either side of four weeks ago.
 */
class BeforeAfterView : public QWidget
{
    Q_OBJECT

public:
    explicit BeforeAfterView(QWidget *parent = nullptr);

    QDate date() const;
    int days() const;
    void setResult(const KpiBeforeAfterResult &result);
    /** "Today" for the default change date and the young-tickets note (tests pin it). */
    void setToday(const QDate &today);
    /** Days before today in which tickets count as too young to have settled. */
    static constexpr int SettlingDays = 7;
    QTableWidget *table() const { return m_table; }

    enum Column { KpiColumn, BeforeColumn, AfterColumn, DifferenceColumn, NoiseColumn, ColumnCount };

signals:
    void comparisonRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QDateEdit *m_date = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_periods = nullptr;
    QLabel *m_settling = nullptr;
    QTableWidget *m_table = nullptr;
    QDate m_today = QDate::currentDate();
    bool m_compared = false; // asked for at least once
};
