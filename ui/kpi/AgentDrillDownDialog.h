#pragma once

#include "KpiJobs.h"
#include "tickets/TicketQuery.h"

#include <QDialog>

class KpiTrendChart;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class ServiceContext;

/**
 * One agent's (or team's) drill-down: every KPI over the 12 periods up to the chosen one as a
 * table, the selected KPI as a trend, and buttons to open the subject's tickets of the period in
 * the ticket workspace or the full trend panels. Reads on a worker thread.
 */
class AgentDrillDownDialog : public QDialog
{
    Q_OBJECT

public:
    AgentDrillDownDialog(const ServiceContext &context, KpiScope scope, qint64 id, const QString &name,
                         const KpiQuery &query, QWidget *parent = nullptr);

    KpiTrendChart *chart() const { return m_chart; }
    QTableWidget *table() const { return m_table; }
    const KpiSeriesResult &series() const { return m_series; }
    /** The tickets behind one of the 12 periods (the last one is the chosen period). */
    TicketFilter filterFor(int periodIndex) const;

    static constexpr int periodCount = 12;

signals:
    void ticketsRequested(const TicketFilter &filter);
    void trendsRequested(KpiScope scope, qint64 id, const KpiPeriod &range);
    void loaded();

private:
    void showSeries(const KpiSeriesResult &series);

    KpiScope m_scope;
    qint64 m_id;
    KpiQuery m_query;
    KpiSeriesResult m_series;
    QComboBox *m_figure = nullptr;
    QTableWidget *m_table = nullptr;
    KpiTrendChart *m_chart = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_tickets = nullptr;
};
