#pragma once

#include "kpi/KpiEngine.h"
#include "scoring/Ranking.h"

#include <QHash>

#include <QWidget>

class AgentKpiTableModel;
class KpiQueryBar;
class QComboBox;
class QLabel;
class QPushButton;
class QProgressBar;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class ServiceContext;
class WhatIfWeightsPanel;
struct KpiTableResult;

/**
 * "Agents & KPIs" (the Agents & Rankings view): the query bar, a busy indicator and the table of
 * every agent's (team's, …) KPIs, scores and ranks for the chosen period, ranks across the center or
 * within teams. Computing happens on a worker thread; an answer to an older query is dropped.
 * "What-if weights" opens the side panel that re-ranks the same inputs under edited weights
 * (WhatIfWeightsPanel, no store access) and saves them as a new profile version. Double-clicking a
 * row asks for that row's drill-down.
 */
class AgentsKpiPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AgentsKpiPanel(const ServiceContext &context, QWidget *parent = nullptr);

    KpiQueryBar *queryBar() const { return m_queryBar; }
    AgentKpiTableModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    WhatIfWeightsPanel *whatIfPanel() const { return m_whatIf; }
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
    void showWhatIf(bool whatIf);

    const ServiceContext &m_context;
    KpiQueryBar *m_queryBar = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    AgentKpiTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_rankScope = nullptr;
    QPushButton *m_whatIfToggle = nullptr;
    QSplitter *m_splitter = nullptr;
    WhatIfWeightsPanel *m_whatIf = nullptr;
    QHash<qint64, RankedAgent> m_storedRanking; // the store's ranking, shown when not what-if
    quint64 m_generation = 0;
    quint64 m_pending = 0; // generation still computing, 0 when idle
};
