#include "AgentsKpiPanel.h"

#include "AgentKpiTableModel.h"
#include "KpiJobs.h"
#include "KpiQueryBar.h"
#include "StoreTask.h"
#include "services/ServiceContext.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSortFilterProxyModel>
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
    layout->addWidget(m_table, 1);

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
