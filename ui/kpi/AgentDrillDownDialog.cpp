#include "AgentDrillDownDialog.h"

#include "KpiFormat.h"
#include "KpiTrendChart.h"
#include "StoreTask.h"
#include "kpi/KpiCatalogue.h"
#include "services/ServiceContext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// The granularity whose periods look like the chosen one, so "12 periods" means 12 months for a
// month and 12 weeks for a week; quarters and custom ranges step by month.
KpiGranularity granularityOf(const KpiPeriod &period)
{
    if (period.dayCount() == 1)
        return KpiGranularity::Day;
    if (period.dayCount() == 7 && period.first.dayOfWeek() == 1)
        return KpiGranularity::Week;
    return KpiGranularity::Month;
}

} // namespace

AgentDrillDownDialog::AgentDrillDownDialog(const ServiceContext &context, KpiScope scope, qint64 id,
                                           const QString &name, const KpiQuery &query, QWidget *parent)
    : QDialog(parent)
    , m_scope(scope)
    , m_id(id)
    , m_query(query)
{
    setObjectName(QStringLiteral("agentDrillDownDialog"));
    setWindowTitle(tr("%1 — KPIs over time").arg(name));
    resize(1000, 700);
    auto *layout = new QVBoxLayout(this);

    auto *row = new QHBoxLayout;
    m_figure = new QComboBox(this);
    m_figure->setObjectName(QStringLiteral("drillDownKpiComboBox"));
    for (const QString &key : KpiCatalogue::figureKeys())
        m_figure->addItem(KpiFormat::title(key), key);
    m_figure->setCurrentIndex(std::max(0, m_figure->findData(QStringLiteral("sla_response"))));
    auto *label = new QLabel(tr("&KPI:"), this);
    label->setBuddy(m_figure);
    row->addWidget(label);
    row->addWidget(m_figure);
    row->addStretch(1);
    layout->addLayout(row);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_chart = new KpiTrendChart(splitter);
    m_chart->setObjectName(QStringLiteral("drillDownChart"));
    m_table = new QTableWidget(splitter);
    m_table->setObjectName(QStringLiteral("drillDownTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setDefaultSectionSize(96);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    layout->addWidget(splitter, 1);

    m_status = new QLabel(tr("Computing…"), this);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_tickets = buttons->addButton(tr("Open &tickets of %1").arg(query.period.toString()),
                                   QDialogButtonBox::ActionRole);
    m_tickets->setObjectName(QStringLiteral("openTicketsButton"));
    m_tickets->setEnabled(false);
    QPushButton *trends = buttons->addButton(tr("Open t&rends"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tickets, &QPushButton::clicked, this,
            [this] { emit ticketsRequested(filterFor(int(m_series.periods.size()) - 1)); });
    connect(trends, &QPushButton::clicked, this, [this] {
        const QDate first
            = m_series.periods.isEmpty() ? m_query.period.first : m_series.periods.first().first;
        emit trendsRequested(m_scope, m_id, KpiPeriod::range(first, m_query.period.last));
    });
    connect(m_figure, &QComboBox::currentIndexChanged, this,
            [this] { m_chart->setSeries(m_series, { m_figure->currentData().toString() }); });
    connect(m_chart, &KpiTrendChart::pointClicked, this,
            [this](int index) { emit ticketsRequested(filterFor(index)); });

    QList<KpiPeriod> periods
        = KpiTrendPeriods::lastPeriods(query.period.last, granularityOf(query.period), periodCount);
    if (granularityOf(query.period) == KpiGranularity::Month && !periods.isEmpty())
        periods.last() = query.period; // a quarter or custom range stays itself as the last period
    const std::optional<Platform> platform = query.platform;
    const KpiGranularity granularity = granularityOf(query.period);
    runStoreTask(
        this, context.store(),
        [scope, id, periods, platform, granularity](QSqlDatabase db) {
            KpiSeriesResult result = KpiJobs::series(db, scope, id, periods, platform);
            result.granularity = granularity;
            return result;
        },
        [this](const KpiSeriesResult &result) { showSeries(result); });
}

TicketFilter AgentDrillDownDialog::filterFor(int periodIndex) const
{
    TicketFilter filter;
    if (periodIndex < 0 || periodIndex >= m_series.periods.size())
        return filter;
    const QTimeZone zone(m_series.timeZone.toUtf8());
    const auto [from, to] = KpiJobs::instants(m_series.periods.at(periodIndex),
                                              zone.isValid() ? zone : QTimeZone::systemTimeZone());
    filter.createdFrom = from;
    filter.createdTo = to;
    if (m_scope == KpiScope::Agent)
        filter.agentId = m_id;
    else if (m_scope == KpiScope::Team)
        filter.teamId = m_id;
    if (m_query.platform)
        filter.platforms.insert(*m_query.platform);
    return filter;
}

void AgentDrillDownDialog::showSeries(const KpiSeriesResult &series)
{
    m_series = series;
    if (!series.ok) {
        m_status->setText(tr("Could not compute the KPIs: %1").arg(series.error));
        return;
    }
    m_status->setText(
        tr("Counting rules version %1. Click a point to open its tickets.").arg(series.ruleSetVersion));
    const QStringList keys = KpiCatalogue::figureKeys();
    m_table->clear();
    m_table->setRowCount(int(keys.size()));
    m_table->setColumnCount(int(series.periods.size()));
    QStringList columns;
    for (const KpiPeriod &period : series.periods)
        columns << (period.first.day() == 1 && period.last == period.first.addMonths(1).addDays(-1)
                        ? period.first.toString(QStringLiteral("yyyy-MM"))
                        : period.first.toString(QStringLiteral("MM-dd")));
    m_table->setHorizontalHeaderLabels(columns);
    QStringList rows;
    for (int r = 0; r < keys.size(); ++r) {
        rows << KpiFormat::title(keys.at(r));
        for (int c = 0; c < series.points.size(); ++c) {
            const KpiFigure *figure = series.points.at(c).figure(keys.at(r));
            auto *item = new QTableWidgetItem(figure ? KpiFormat::cell(*figure) : QStringLiteral("–"));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (figure) {
                item->setToolTip(tr("n = %1").arg(figure->n) + QLatin1Char('\n')
                                 + KpiFormat::interval(*figure));
                if (!figure->isShown())
                    item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->setVerticalHeaderLabels(rows);
    m_table->resizeColumnsToContents();
    m_chart->setSeries(series, { m_figure->currentData().toString() });
    m_tickets->setEnabled(true);
    emit loaded();
}
