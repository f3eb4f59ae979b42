#include "AgentsKpiPanel.h"

#include "AgentKpiTableModel.h"
#include "KpiJobs.h"
#include "KpiQueryBar.h"
#include "StoreTask.h"
#include "scoring/WhatIfWeightsPanel.h"
#include "services/ServiceContext.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

AgentsKpiPanel::AgentsKpiPanel(const ServiceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("agentsKpiPanel"));
    auto *layout = new QVBoxLayout(this);

    m_queryBar = new KpiQueryBar(this);
    m_queryBar->setObjectName(QStringLiteral("kpiQueryBar"));
    layout->addWidget(m_queryBar);

    auto *rankRow = new QHBoxLayout;
    auto *rankLabel = new QLabel(tr("Rank &within:"), this);
    m_rankScope = new QComboBox(this);
    m_rankScope->setObjectName(QStringLiteral("rankScopeComboBox"));
    m_rankScope->addItem(tr("Center"));
    m_rankScope->addItem(tr("Team"));
    rankLabel->setBuddy(m_rankScope);
    m_whatIfToggle = new QPushButton(tr("What-if weights"), this);
    m_whatIfToggle->setObjectName(QStringLiteral("whatIfToggleButton"));
    m_whatIfToggle->setCheckable(true);
    m_whatIfToggle->setToolTip(tr("Try other KPI weights: the table re-ranks at once; nothing is saved "
                                  "until you save a new profile version."));
    rankRow->addWidget(rankLabel);
    rankRow->addWidget(m_rankScope);
    rankRow->addStretch();
    rankRow->addWidget(m_whatIfToggle);
    layout->addLayout(rankRow);

    m_model = new AgentKpiTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AgentKpiTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("agentKpiTableView"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AgentKpiTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(false); // the background carries the comparison colour
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_whatIf = new WhatIfWeightsPanel(context, this);
    m_whatIf->setMinimumWidth(280);
    m_whatIf->hide();
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_whatIf);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    auto *statusRow = new QHBoxLayout;
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("kpiBusyIndicator"));
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("kpiStatusLabel"));
    m_status->setWordWrap(true);
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_status, 1);
    layout->addLayout(statusRow);

    connect(m_queryBar, &KpiQueryBar::queryChanged, this, &AgentsKpiPanel::refresh);
    connect(m_rankScope, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_model->setRankByTeam(index == 1); });
    connect(m_whatIfToggle, &QPushButton::toggled, m_whatIf, &QWidget::setVisible);
    connect(m_whatIf, &WhatIfWeightsPanel::rankingChanged, this, &AgentsKpiPanel::showWhatIf);
    // A saved version is the store's profile now: compute the period again from the store.
    connect(m_whatIf, &WhatIfWeightsPanel::profileSaved, this, &AgentsKpiPanel::refresh);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const KpiResult *result = m_model->resultAt(m_proxy->mapToSource(index).row());
        if (result)
            emit drillDownRequested(result->scope, result->id, result->name, m_queryBar->query());
    });
}

void AgentsKpiPanel::refresh()
{
    const quint64 generation = ++m_generation;
    m_pending = generation;
    m_busy->show();
    m_status->setText(tr("Computing…"));
    const KpiQuery query = m_queryBar->query();
    const ServiceContext *context = &m_context;
    runStoreTask(
        this, m_context.store(),
        [context, query](QSqlDatabase db) { return KpiJobs::table(db, *context, query); },
        [this, generation](const KpiTableResult &result) { showResult(generation, result); });
}

void AgentsKpiPanel::showResult(quint64 generation, const KpiTableResult &result)
{
    if (generation != m_generation)
        return; // a newer query is on its way
    m_pending = 0;
    m_busy->hide();
    if (!result.ok) {
        m_status->setText(tr("Could not compute the KPIs: %1").arg(result.error));
        return;
    }
    const bool first = m_model->rowCount() == 0;
    m_model->setReport(result.report, result.teamOfAgent, result.rankOfAgent, result.rankingNote);
    m_storedRanking = result.rankOfAgent;
    if (result.rankingPrepared)
        m_whatIf->setInputs(result.rankingInputs, result.rankingProfiles); // re-applies unsaved edits
    else
        m_whatIf->clear(result.rankingNote.isEmpty() ? tr("No ranking for this query.") : result.rankingNote);
    if (first)
        m_table->resizeColumnsToContents(); // headers in either language fit; later the user's widths stay
    QString status
        = tr("%n row(s), %1, counting rules version %2", nullptr, int(result.report.results.size()))
              .arg(result.report.period.toString())
              .arg(result.report.ruleSetVersion);
    if (!result.report.note.isEmpty())
        status += QStringLiteral(" — ") + result.report.note;
    m_status->setText(status);
    emit resultsShown();
}

void AgentsKpiPanel::showWhatIf(bool whatIf)
{
    if (!whatIf) {
        m_model->setRanking(m_storedRanking, false);
        return;
    }
    QHash<qint64, RankedAgent> ranks;
    for (const RankedAgent &agent : m_whatIf->ranking().agents)
        ranks.insert(agent.agentId, agent);
    m_model->setRanking(ranks, true);
}
