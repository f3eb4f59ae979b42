#pragma once

#include "kpi/KpiEngine.h"

#include <QWidget>

class AgentKpiTableModel;
class KpiQueryBar;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;
class ServiceContext;
struct KpiTableResult;

/**
 * "Agents & KPIs": the query bar, a busy indicator and the table of every agent's (team's, …)
 * KPIs for the chosen period. Computing happens on a worker thread; an answer to an older query is
 * dropped. Double-clicking a row asks for that row's drill-down.
 */
class AgentsKpiPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AgentsKpiPanel(const ServiceContext &context, QWidget *parent = nullptr);

    KpiQueryBar *queryBar() const { return m_queryBar; }
    AgentKpiTableModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    bool isBusy() const { return m_pending != 0; }

signals:
    /** The query's results are shown (tests wait for this). */
    void resultsShown();
    void drillDownRequested(KpiScope scope, qint64 id, const QString &name, const KpiQuery &query);

public slots:
    /** Computes the current query again (after an import or demo data). */
    void refresh();

private:
    void showResult(quint64 generation, const KpiTableResult &result);

    const ServiceContext &m_context;
    KpiQueryBar *m_queryBar = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    AgentKpiTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    quint64 m_generation = 0;
    quint64 m_pending = 0; // generation still computing, 0 when idle
};
