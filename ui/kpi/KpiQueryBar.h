#pragma once

#include "kpi/KpiEngine.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

/**
 * The row of controls that says which KPIs to show: period kind (month, quarter, week, custom
 * range) and its dates, scope (agent, team, department, center) and an optional platform. Emits
 * queryChanged() with the whole query whenever any part changes.
 */
class KpiQueryBar : public QWidget
{
    Q_OBJECT

public:
    explicit KpiQueryBar(QWidget *parent = nullptr);

    KpiQuery query() const;
    /** Shows the period holding `day` (its month, quarter or week) or a custom range. */
    void setPeriod(const KpiPeriod &period);

    enum PeriodKind { Month, Quarter, Week, Custom };

signals:
    void queryChanged(const KpiQuery &query);

private:
    void updateEnabled();

    QComboBox *m_kind = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_platform = nullptr;
    bool m_quiet = false;
};
