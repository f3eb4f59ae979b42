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
 * no variance for them, and the panel says so instead of guessing.
 */
class BeforeAfterView : public QWidget
{
    Q_OBJECT

public:
    explicit BeforeAfterView(QWidget *parent = nullptr);

    QDate date() const;
    int days() const;
    void setResult(const KpiBeforeAfterResult &result);
    QTableWidget *table() const { return m_table; }

    enum Column { KpiColumn, BeforeColumn, AfterColumn, DifferenceColumn, NoiseColumn, ColumnCount };

signals:
    void comparisonRequested();

private:
    QDateEdit *m_date = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_periods = nullptr;
    QTableWidget *m_table = nullptr;
};
