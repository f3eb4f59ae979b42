#include "TrendsPanel.h"

#include "BeforeAfterView.h"
#include "CsatDistributionChart.h"
#include "KpiFormat.h"
#include "KpiTrendChart.h"
#include "StoreTask.h"
#include "VolumeChart.h"
#include "WeekdayHourHeatMap.h"
#include "kpi/KpiCatalogue.h"
#include "kpi/KpiContext.h"
#include "services/ServiceContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

QDateEdit *dateEdit(const QString &objectName, const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

TrendsPanel::TrendsPanel(const ServiceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("trendsPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *controls = new QGridLayout;

    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("trendScopeComboBox"));
    m_scope->addItem(tr("Center"), int(KpiScope::Center));
    m_scope->addItem(tr("Team"), int(KpiScope::Team));
    m_scope->addItem(tr("Agent"), int(KpiScope::Agent));
    m_subject = new QComboBox(this);
    m_subject->setObjectName(QStringLiteral("trendSubjectComboBox"));
    m_subject->setMinimumContentsLength(14);
    m_subject->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_from = dateEdit(QStringLiteral("trendFromDateEdit"), QDate::currentDate().addDays(-89), this);
    m_to = dateEdit(QStringLiteral("trendToDateEdit"), QDate::currentDate(), this);
    m_granularity = new QComboBox(this);
    m_granularity->setObjectName(QStringLiteral("granularityComboBox"));
    m_granularity->addItem(tr("By day"), int(KpiGranularity::Day));
    m_granularity->addItem(tr("By week"), int(KpiGranularity::Week));
    m_granularity->addItem(tr("By month"), int(KpiGranularity::Month));
    m_granularity->setCurrentIndex(1);
    m_figure = new QComboBox(this);
    m_figure->setObjectName(QStringLiteral("trendKpiComboBox"));
    for (const QString &key : KpiCatalogue::figureKeys())
        m_figure->addItem(KpiFormat::title(key), key);
    m_figure->setCurrentIndex(std::max(0, m_figure->findData(QStringLiteral("sla_response"))));
    m_showTarget = new QCheckBox(tr("Target line"), this);
    m_showTarget->setObjectName(QStringLiteral("showTargetCheckBox"));
    m_showTarget->setChecked(true);
    m_showTarget->setToolTip(tr(
        "The target the subject is scored against: the agent's or team's own, else the ranking profile's"));
    m_targetNote = new QLabel(this);
    m_targetNote->setObjectName(QStringLiteral("trendTargetLabel"));
    m_platform = new QComboBox(this);
    m_platform->setObjectName(QStringLiteral("trendPlatformComboBox"));
    m_platform->addItem(tr("All platforms"), -1);
    for (Platform value : Vocabulary::all<Platform>())
        m_platform->addItem(Vocabulary::displayName(value), static_cast<int>(value));
    m_dimension = new QComboBox(this);
    m_dimension->setObjectName(QStringLiteral("volumeDimensionComboBox"));
    m_dimension->addItem(tr("Volume by type"), int(KpiVolumeDimension::Type));
    m_dimension->addItem(tr("Volume by platform"), int(KpiVolumeDimension::Platform));
    m_dimension->addItem(tr("Volume by channel"), int(KpiVolumeDimension::Channel));

    int column = 0;
    const auto add = [&](const QString &label, QWidget *widget, int row) {
        if (!label.isEmpty()) {
            auto *text = new QLabel(label, this);
            text->setBuddy(widget);
            controls->addWidget(text, row, column++, Qt::AlignRight);
        }
        controls->addWidget(widget, row, column++);
    };
    add(tr("Who:"), m_scope, 0);
    add({}, m_subject, 0);
    add(tr("From:"), m_from, 0);
    add(tr("To:"), m_to, 0);
    add({}, m_granularity, 0);
    add({}, m_platform, 0);
    column = 0;
    add(tr("KPI:"), m_figure, 1);
    add({}, m_showTarget, 1);
    controls->addWidget(m_targetNote, 1, column, 1, 3);
    column += 3;
    add({}, m_dimension, 1);
    controls->setColumnStretch(10, 1);
    layout->addLayout(controls);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("trendTabs"));
    m_kpiChart = new KpiTrendChart(this);
    m_kpiChart->setObjectName(QStringLiteral("kpiTrendChart"));
    m_frtChart = new KpiTrendChart(this);
    m_frtChart->setObjectName(QStringLiteral("frtTrendChart"));
    m_volume = new VolumeChart(this);
    m_volume->setObjectName(QStringLiteral("volumeChart"));
    m_csat = new CsatDistributionChart(this);
    m_csat->setObjectName(QStringLiteral("csatChart"));
    m_heatMap = new WeekdayHourHeatMap(this);
    m_beforeAfter = new BeforeAfterView(this);
    m_tabs->addTab(m_kpiChart, tr("KPI trend"));
    m_tabs->addTab(m_frtChart, tr("First response"));
    m_tabs->addTab(m_volume, tr("Volume"));
    m_tabs->addTab(m_csat, tr("Satisfaction"));
    m_tabs->addTab(m_heatMap, tr("Weekday × hour"));
    m_tabs->addTab(m_beforeAfter, tr("Before / after"));
    layout->addWidget(m_tabs, 1);

    auto *statusRow = new QHBoxLayout;
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("trendStatusLabel"));
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_status, 1);
    layout->addLayout(statusRow);

    const auto changed = [this] {
        if (!m_quiet)
            refresh();
    };
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        fillSubjects();
        if (!m_quiet)
            refresh();
    });
    connect(m_subject, &QComboBox::currentIndexChanged, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_granularity, &QComboBox::currentIndexChanged, this, changed);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, changed);
    connect(m_platform, &QComboBox::currentIndexChanged, this, changed);
    connect(m_figure, &QComboBox::currentIndexChanged, this, [this] {
        m_kpiChart->setSeries(m_kpiSeries, { m_figure->currentData().toString() });
        updateTarget();
    });
    connect(m_showTarget, &QCheckBox::toggled, this, &TrendsPanel::updateTarget);
    connect(m_kpiChart, &KpiTrendChart::pointClicked, this, [this](int index) {
        if (index < m_kpiSeries.periods.size())
            emit ticketsRequested(filterFor(m_kpiSeries.periods.at(index)));
    });
    connect(m_frtChart, &KpiTrendChart::pointClicked, this, [this](int index) {
        if (index < m_frtSeries.periods.size())
            emit ticketsRequested(filterFor(m_frtSeries.periods.at(index)));
    });
    connect(m_volume, &VolumeChart::segmentClicked, this,
            [this](const KpiPeriod &period, const QString &code) {
                TicketFilter filter = filterFor(period);
                switch (static_cast<KpiVolumeDimension>(m_dimension->currentData().toInt())) {
                case KpiVolumeDimension::Type:
                    if (const auto type = Vocabulary::fromCode<TicketType>(code))
                        filter.types.insert(*type);
                    break;
                case KpiVolumeDimension::Platform:
                    if (const auto platform = Vocabulary::fromCode<Platform>(code))
                        filter.platforms.insert(*platform);
                    break;
                case KpiVolumeDimension::Channel:
                    if (const auto channel = Vocabulary::fromCode<Channel>(code))
                        filter.channels.insert(*channel);
                    break;
                }
                emit ticketsRequested(filter);
            });
    connect(m_csat, &CsatDistributionChart::scoreClicked, this, [this](int score) {
        TicketFilter filter = filterFor(range());
        filter.csatScores = { score };
        emit ticketsRequested(filter);
    });
    connect(m_heatMap, &WeekdayHourHeatMap::cellClicked, this, [this](int weekday, int hour) {
        // The cell counts in the team's zone (KpiJobs::counts); the filter says which zone.
        TicketFilter filter = filterFor(range());
        filter.localHour = TicketLocalHour { weekday, hour, m_zone.id() };
        emit ticketsRequested(filter);
    });
    connect(m_beforeAfter, &BeforeAfterView::comparisonRequested, this, &TrendsPanel::compare);
    loadSubjects();
}

KpiScope TrendsPanel::scope() const
{
    return static_cast<KpiScope>(m_scope->currentData().toInt());
}

qint64 TrendsPanel::subjectId() const
{
    return scope() == KpiScope::Center ? 0 : m_subject->currentData().toLongLong();
}

KpiPeriod TrendsPanel::range() const
{
    return KpiPeriod::range(m_from->date(), std::max(m_from->date(), m_to->date()));
}

std::optional<Platform> TrendsPanel::platform() const
{
    const int value = m_platform->currentData().toInt();
    return value < 0 ? std::nullopt : std::optional<Platform>(static_cast<Platform>(value));
}

void TrendsPanel::setSubject(KpiScope scope, qint64 id, const KpiPeriod &range)
{
    m_quiet = true;
    m_from->setDate(range.first);
    m_to->setDate(range.last);
    m_wantedSubject = id;
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(int(scope))));
    fillSubjects();
    if (!m_teams.isEmpty() || !m_agents.isEmpty())
        m_wantedSubject.reset(); // the lists are here: the subject is selected
    m_quiet = false;
    refresh();
}

TicketFilter TrendsPanel::filterFor(const KpiPeriod &period) const
{
    TicketFilter filter;
    const auto [from, to] = KpiJobs::instants(period, m_zone);
    filter.createdFrom = from;
    filter.createdTo = to;
    if (scope() == KpiScope::Agent)
        filter.agentId = subjectId();
    else if (scope() == KpiScope::Team)
        filter.teamId = subjectId();
    if (const auto chosen = platform())
        filter.platforms = { *chosen };
    return filter;
}

void TrendsPanel::loadSubjects()
{
    runStoreTask(
        this, m_context.store(),
        [](QSqlDatabase db) {
            KpiContext context;
            QString error;
            KpiContext::load(db, &context, &error);
            return context;
        },
        [this](const KpiContext &context) {
            m_teams = context.teams;
            m_agents = context.agents;
            m_zone = context.zone.isValid() ? context.zone : QTimeZone::systemTimeZone();
            fillSubjects();
            m_wantedSubject.reset();
            refresh();
        });
}

void TrendsPanel::fillSubjects()
{
    const bool wasQuiet = std::exchange(m_quiet, true);
    // A subject asked for before the lists arrived wins over the current choice.
    const QVariant selected = m_wantedSubject ? QVariant(*m_wantedSubject) : m_subject->currentData();
    m_subject->clear();
    if (scope() == KpiScope::Team)
        for (const Team &team : std::as_const(m_teams))
            m_subject->addItem(team.name, team.id);
    else if (scope() == KpiScope::Agent)
        for (const Agent &agent : std::as_const(m_agents))
            m_subject->addItem(agent.name, agent.id);
    m_subject->setCurrentIndex(std::max(0, m_subject->findData(selected)));
    m_subject->setEnabled(scope() != KpiScope::Center);
    m_quiet = wasQuiet;
}

void TrendsPanel::updateTarget()
{
    const QString key = m_figure->currentData().toString();
    const QList<std::optional<double>> targets = m_kpiSeries.targets.value(key);
    m_kpiChart->setTargets(m_showTarget->isChecked() ? targets : QList<std::optional<double>>());
    if (!m_kpiSeries.ok) {
        m_targetNote->clear();
        return;
    }
    // The values in the order they apply, so a change reads "80.0% → 93.0%".
    QStringList values;
    for (const std::optional<double> &target : targets) {
        const QString text = target ? KpiFormat::value(key, *target) : QString();
        if (target && (values.isEmpty() || values.last() != text))
            values.append(text);
    }
    m_targetNote->setText(values.isEmpty() ? tr("No target set for %1").arg(KpiFormat::title(key))
                                           : tr("Target: %1").arg(values.join(QStringLiteral(" → "))));
}

void TrendsPanel::finishOne()
{
    if (--m_outstanding > 0)
        return;
    m_busy->hide();
    emit refreshed();
}

void TrendsPanel::refresh()
{
    if (scope() != KpiScope::Center && m_subject->count() == 0)
        return; // subjects not loaded yet
    const quint64 generation = ++m_generation;
    m_outstanding = 3;
    m_busy->show();
    m_status->clear();
    const KpiScope scope = this->scope();
    const qint64 id = subjectId();
    const KpiPeriod range = this->range();
    const auto granularity = static_cast<KpiGranularity>(m_granularity->currentData().toInt());
    const auto dimension = static_cast<KpiVolumeDimension>(m_dimension->currentData().toInt());
    const std::optional<Platform> platform = this->platform();
    const auto fail = [this](const QString &error) {
        m_status->setText(tr("Could not read the trends: %1").arg(error));
    };

    runStoreTask(
        this, m_context.store(),
        [scope, id, range, granularity, platform](QSqlDatabase db) {
            KpiSeriesResult result
                = KpiJobs::series(db, scope, id, KpiTrendPeriods::split(range, granularity), platform);
            result.granularity = granularity;
            if (result.ok)
                result.ok = KpiJobs::addTargets(db, scope, id, platform, &result);
            return result;
        },
        [this, generation, fail](const KpiSeriesResult &result) {
            if (generation != m_generation)
                return;
            if (!result.ok)
                fail(result.error);
            m_kpiSeries = result;
            m_kpiChart->setSeries(result, { m_figure->currentData().toString() });
            updateTarget();
            finishOne();
        });
    runStoreTask(
        this, m_context.store(),
        [scope, id, range, platform](QSqlDatabase db) {
            return KpiJobs::series(db, scope, id, KpiTrendPeriods::split(range, KpiGranularity::Day),
                                   platform);
        },
        [this, generation, fail](const KpiSeriesResult &result) {
            if (generation != m_generation)
                return;
            if (!result.ok)
                fail(result.error);
            m_frtSeries = result;
            m_frtChart->setSeries(result, { QStringLiteral("frt_median"), QStringLiteral("frt_p90") });
            finishOne();
        });
    KpiTicketScope ticketScope;
    if (scope == KpiScope::Agent)
        ticketScope.agentId = id;
    else if (scope == KpiScope::Team)
        ticketScope.teamId = id;
    ticketScope.platform = platform;
    runStoreTask(
        this, m_context.store(),
        [range, ticketScope, dimension](QSqlDatabase db) {
            return KpiJobs::counts(db, range, ticketScope, dimension);
        },
        [this, generation, fail, dimension, range, granularity](const KpiCountsResult &result) {
            if (generation != m_generation)
                return;
            if (!result.ok)
                fail(result.error);
            m_volume->setCounts(result, dimension, KpiTrendPeriods::split(range, granularity));
            m_csat->setCounts(result.csat);
            m_heatMap->setCounts(result.weekdayHour);
            finishOne();
        });
}

void TrendsPanel::compare()
{
    const KpiScope scope = this->scope();
    const qint64 id = subjectId();
    const QDate date = m_beforeAfter->date();
    const int days = m_beforeAfter->days();
    const std::optional<Platform> platform = this->platform();
    runStoreTask(
        this, m_context.store(),
        [scope, id, date, days, platform](QSqlDatabase db) {
            return KpiJobs::beforeAfter(db, scope, id, date, days, platform);
        },
        [this](const KpiBeforeAfterResult &result) { m_beforeAfter->setResult(result); });
}
