#include "QaResultsView.h"

#include "CoachingDialog.h"
#include "QaResultsCharts.h"
#include "QaResultsTableModel.h"
#include "kpi/StoreTask.h"
#include "services/ServiceContext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

constexpr int kTrendWeeks = 12; // a quarter back from the period's end: enough to see a direction

} // namespace

QaResultsView::QaResultsView(const ServiceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("qaResultsView"));
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("qaPeriodKindComboBox"));
    m_kind->addItem(tr("Month"), Month);
    m_kind->addItem(tr("Date range"), Range);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_kind);
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(QDate(today.year(), today.month(), 1), this);
    m_from->setObjectName(QStringLiteral("qaFromDateEdit"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("qaToDateEdit"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("qaScopeComboBox"));
    m_scope->addItem(tr("Agents"), int(KpiScope::Agent));
    m_scope->addItem(tr("Teams"), int(KpiScope::Team));
    m_scope->addItem(tr("Center"), int(KpiScope::Center));
    auto *scopeLabel = new QLabel(tr("&Show:"), this);
    scopeLabel->setBuddy(m_scope);
    m_coach = new QPushButton(tr("&Coach…"), this);
    m_coach->setObjectName(QStringLiteral("qaCoachButton"));
    m_coach->setToolTip(tr("Record a coaching session with the selected agent."));
    m_coach->setEnabled(false);
    bar->addWidget(periodLabel);
    bar->addWidget(m_kind);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(m_to);
    bar->addSpacing(12);
    bar->addWidget(scopeLabel);
    bar->addWidget(m_scope);
    bar->addStretch(1);
    bar->addWidget(m_coach);
    layout->addLayout(bar);

    m_model = new QaResultsTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(QaResultsTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("qaResultsTableView"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(QaResultsTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detailTitle
        = new QLabel(tr("Select a row to see its score by criterion and its weekly trend."), detail);
    m_detailTitle->setObjectName(QStringLiteral("qaDetailTitleLabel"));
    m_detailTitle->setWordWrap(true);
    m_criteria = new QaResultsCriterionChart(detail);
    m_criteria->setObjectName(QStringLiteral("qaCriterionChart"));
    m_trend = new QaResultsTrendChart(detail);
    m_trend->setObjectName(QStringLiteral("qaTrendChart"));
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_criteria, 3);
    detailLayout->addWidget(m_trend, 2);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    auto *statusRow = new QHBoxLayout;
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("qaResultsBusyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("qaResultsStatusLabel"));
    m_status->setWordWrap(true);
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_status, 1);
    layout->addLayout(statusRow);

    updatePeriodEditors();
    const auto changed = [this] {
        updatePeriodEditors();
        refresh();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, changed);
    connect(m_scope, &QComboBox::currentIndexChanged, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QaResultsView::showSelection);
    connect(m_coach, &QPushButton::clicked, this, &QaResultsView::coachSelected);
}

KpiScope QaResultsView::scope() const
{
    return static_cast<KpiScope>(m_scope->currentData().toInt());
}

KpiPeriod QaResultsView::period() const
{
    const QDate from = m_from->date();
    if (m_kind->currentData().toInt() == Month)
        return KpiPeriod::month(from.year(), from.month());
    return KpiPeriod::range(from, std::max(from, m_to->date()));
}

void QaResultsView::updatePeriodEditors()
{
    // A month is picked by any day in it; the end date then just shows where it ends.
    const bool range = m_kind->currentData().toInt() == Range;
    m_to->setEnabled(range);
    if (!range) {
        const QSignalBlocker blocker(m_to);
        m_to->setDate(period().last);
    }
}

const QaResultsRow *QaResultsView::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->rowAt(m_proxy->mapToSource(rows.first()).row());
}

void QaResultsView::refresh()
{
    const quint64 generation = ++m_generation;
    m_pending = generation;
    m_busy->show();
    m_status->setText(tr("Computing…"));
    const KpiScope scope = this->scope();
    const KpiPeriod period = this->period();
    runStoreTask(
        this, m_context.store(),
        [scope, period](QSqlDatabase db) { return QaResultsJobs::table(db, scope, period); },
        [this, generation](const QaResultsTable &table) { showTable(generation, table); });
}

void QaResultsView::showTable(quint64 generation, const QaResultsTable &table)
{
    if (generation != m_generation)
        return; // a newer query is on its way
    m_pending = 0;
    m_busy->hide();
    if (!table.ok) {
        m_status->setText(tr("Could not read the QA results: %1").arg(table.error));
        return;
    }
    const bool first = m_model->rowCount() == 0;
    m_model->setTable(table);
    m_table->setColumnHidden(QaResultsTableModel::TeamColumn, table.scope != KpiScope::Agent);
    m_table->setColumnHidden(QaResultsTableModel::GapColumn, table.scope == KpiScope::Center);
    if (first)
        m_table->resizeColumnsToContents();
    int reviews = 0;
    for (const QaResultsRow &row : table.rows)
        reviews += row.results.n;
    m_status->setText(tr("%1: %n review(s), QA score needs %2 or more to compare, counting rules version %3",
                         nullptr, reviews)
                          .arg(table.period.toString())
                          .arg(table.minimumReviews)
                          .arg(table.ruleSetVersion));
    showSelection();
    emit resultsShown();
}

void QaResultsView::showSelection()
{
    const QaResultsRow *row = selectedRow();
    m_coach->setEnabled(row && row->scope == KpiScope::Agent);
    ++m_trendGeneration;
    if (!row) {
        m_detailTitle->setText(tr("Select a row to see its score by criterion and its weekly trend."));
        m_criteria->clear();
        m_trend->clear();
        return;
    }
    m_detailTitle->setText(tr("%1 — %n review(s) in %2", nullptr, row->results.n)
                               .arg(row->name, m_model->table().period.toString()));
    m_criteria->setCriteria(row->results.byCriterion);
    const quint64 generation = m_trendGeneration;
    const KpiScope scope = row->scope;
    const qint64 id = row->id;
    const KpiPeriod period = m_model->table().period;
    runStoreTask(
        this, m_context.store(),
        [scope, id, period](QSqlDatabase db) {
            return QaResultsJobs::trend(db, scope, id, period, kTrendWeeks);
        },
        [this, generation](const QaResultsTrend &trend) { showTrend(generation, trend); });
}

void QaResultsView::showTrend(quint64 generation, const QaResultsTrend &trend)
{
    if (generation != m_trendGeneration)
        return; // another row was selected meanwhile
    if (!trend.ok) {
        m_trend->clear();
        m_status->setText(tr("Could not read the weekly trend: %1").arg(trend.error));
        return;
    }
    m_trend->setWeeks(trend.span.first, trend.span.last, trend.weeks);
    emit trendShown();
}

void QaResultsView::coachSelected()
{
    const QaResultsRow *row = selectedRow();
    if (!row || row->scope != KpiScope::Agent)
        return;
    CoachingDialog::open(m_context, window(), row->id);
}
