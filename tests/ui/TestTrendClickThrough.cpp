#include "DemoWindowFixture.h"
#include "MainWindow.h"
#include "kpi/CsatDistributionChart.h"
#include "kpi/KpiContext.h"
#include "kpi/KpiEngine.h"
#include "kpi/KpiFormat.h"
#include "kpi/KpiTrendChart.h"
#include "kpi/TrendsPanel.h"
#include "kpi/WeekdayHourHeatMap.h"
#include "scoring/store/TargetRepository.h"
#include "tickets/TicketFilterBar.h"
#include "tickets/TicketTableModel.h"
#include "tickets/TicketWorkspace.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

#include <numeric>

/**
 * The trends panel on a small demo store, driven by clicks: a heat-map cell and a CSAT bar open
 * exactly the tickets they count (the filter bar says why the list is narrower and can drop it),
 * the platform combo narrows every panel as KpiEngine does, and the KPI chart's target line is the
 * stored target, stepping where it changes and absent, with a note, where none is set.
 */
class TestTrendClickThrough : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void heatMapCellOpensItsTickets();
    void csatBarOpensItsTickets();
    void platformFilterNarrowsEveryPanel();
    void targetLineIsTheStoredTarget();

private:
    void showSubject(KpiScope scope, qint64 id, const KpiPeriod &range);
    void selectPlatform(Platform platform);
    qint64 workspaceCount() const;
    KpiContext context() const;

    DemoWindowFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;
    const KpiPeriod m_range = KpiPeriod::range(QDate(2026, 1, 5), QDate(2026, 1, 25));
};

void TestTrendClickThrough::initTestCase()
{
    DemoDataOptions options;
    options.agents = 12;
    options.days = 62;
    options.tickets = 4000;
    options.seed = 11;
    options.endDate = QDate(2026, 1, 31);
    options.conversationShare = 0.1;
    m_fixture.generate("TestTrendClickThrough", options);
}

void TestTrendClickThrough::init()
{
    m_window = m_fixture.openWindow(QSize(1500, 900));
    QVERIFY(m_window);
}

void TestTrendClickThrough::cleanup()
{
    m_window.reset();
}

KpiContext TestTrendClickThrough::context() const
{
    KpiContext context;
    QString error;
    if (!KpiContext::load(m_window->serviceContext().store().connection(), &context, &error))
        qWarning("context: %s", qPrintable(error));
    return context;
}

void TestTrendClickThrough::showSubject(KpiScope scope, qint64 id, const KpiPeriod &range)
{
    TrendsPanel *trends = m_window->trendsPanel();
    m_window->showTrends();
    QSignalSpy refreshed(trends, &TrendsPanel::refreshed);
    trends->setSubject(scope, id, range);
    refreshed.clear(); // only answers to this subject count from here
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 30000);
}

void TestTrendClickThrough::selectPlatform(Platform platform)
{
    // As a user does: open the combo and pick the entry with the keyboard.
    TrendsPanel *trends = m_window->trendsPanel();
    auto *combo = trends->findChild<QComboBox *>(QStringLiteral("trendPlatformComboBox"));
    QVERIFY(combo);
    const int index = combo->findData(static_cast<int>(platform));
    QVERIFY(index > 0);
    QSignalSpy refreshed(trends, &TrendsPanel::refreshed);
    combo->setFocus();
    while (combo->currentIndex() < index)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), index);
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 30000);
}

qint64 TestTrendClickThrough::workspaceCount() const
{
    TicketTableModel *tickets = m_window->ticketWorkspace()->model();
    if (!QTest::qWaitFor([tickets] { return tickets->isCountKnown(); }, 20000))
        return -1;
    return tickets->totalCount();
}

void TestTrendClickThrough::heatMapCellOpensItsTickets()
{
    showSubject(KpiScope::Center, 0, m_range);
    TrendsPanel *trends = m_window->trendsPanel();
    WeekdayHourHeatMap *heatMap = trends->heatMap();
    trends->findChild<QTabWidget *>(QStringLiteral("trendTabs"))->setCurrentWidget(heatMap);
    QTRY_VERIFY(heatMap->isVisible());
    QVERIFY(heatMap->total() > 500);

    // The busiest cell, and a quiet but non-empty one.
    int busyDay = 1, busyHour = 0, quietDay = 0, quietHour = 0;
    qint64 busiest = 0, quietest = std::numeric_limits<qint64>::max();
    for (int day = 1; day <= 7; ++day) {
        for (int hour = 0; hour < 24; ++hour) {
            const qint64 count = heatMap->counts()[std::size_t(day - 1)][std::size_t(hour)];
            if (count > busiest) {
                busiest = count;
                busyDay = day;
                busyHour = hour;
            }
            if (count > 0 && count < quietest) {
                quietest = count;
                quietDay = day;
                quietHour = hour;
            }
        }
    }
    QVERIFY(busiest > 10);
    QVERIFY(quietDay > 0 && quietest < busiest);

    TicketWorkspace *workspace = m_window->ticketWorkspace();
    for (const auto &[day, hour, count] :
         { std::tuple { busyDay, busyHour, busiest }, std::tuple { quietDay, quietHour, quietest } }) {
        m_window->showTrends();
        QTRY_VERIFY(heatMap->isVisible());
        QSignalSpy requested(trends, &TrendsPanel::ticketsRequested);
        QTest::mouseClick(heatMap, Qt::LeftButton, {}, heatMap->cellCenter(day, hour));
        QCOMPARE(requested.size(), 1);
        const TicketFilter filter = workspace->model()->filter();
        QVERIFY(filter.localHour);
        QCOMPARE(filter.localHour->weekday, day);
        QCOMPARE(filter.localHour->hour, hour);
        QCOMPARE(filter.localHour->zoneId, context().zone.id());
        QCOMPARE(workspaceCount(), count);
        QCOMPARE(m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->currentWidget(), workspace);
    }

    // The filter bar shows the cell as a chip; clicking it drops only that criterion.
    auto *chip = workspace->filterBar()->findChild<QToolButton *>(QStringLiteral("localHourChip"));
    QVERIFY(chip);
    QTRY_VERIFY(chip->isVisible());
    QVERIFY2(chip->text().contains(QStringLiteral("%1:00").arg(quietHour, 2, 10, QLatin1Char('0'))),
             qPrintable(chip->text()));
    QVERIFY(chip->text().contains(QLocale().dayName(quietDay)));
    QSignalSpy changed(workspace->filterBar(), &TicketFilterBar::filterChanged);
    QTest::mouseClick(chip, Qt::LeftButton);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!changed.first().first().value<TicketFilter>().localHour);
    QVERIFY(!chip->isVisible());
    QVERIFY(!workspace->model()->filter().localHour);
    QTRY_VERIFY(workspace->model()->isCountKnown());
    QVERIFY(workspace->model()->totalCount() > quietest);
}

void TestTrendClickThrough::csatBarOpensItsTickets()
{
    // One team, so the click carries the team as well as the score.
    const KpiContext org = context();
    QVERIFY(!org.teams.isEmpty());
    const qint64 team = org.teams.first().id;
    showSubject(KpiScope::Team, team, m_range);
    TrendsPanel *trends = m_window->trendsPanel();
    CsatDistributionChart *csat = trends->csatChart();
    trends->findChild<QTabWidget *>(QStringLiteral("trendTabs"))->setCurrentWidget(csat);
    QTRY_VERIFY(csat->isVisible());

    // The bars are what SQL counts.
    QSqlQuery query(m_window->serviceContext().store().connection());
    query.prepare(
        QStringLiteral("SELECT csat_score, COUNT(*) FROM tickets WHERE team_id = ? AND created_at >= ? "
                       "AND created_at < ? AND csat_score IS NOT NULL GROUP BY 1"));
    const auto [from, to] = KpiJobs::instants(m_range, org.zone);
    query.addBindValue(team);
    query.addBindValue(from.toSecsSinceEpoch());
    query.addBindValue(to.toSecsSinceEpoch());
    QVERIFY(query.exec());
    std::array<qint64, 5> expected {};
    while (query.next())
        expected[std::size_t(query.value(0).toInt() - 1)] = query.value(1).toLongLong();
    QVERIFY(csat->counts() == expected);
    // Each score's share of the answers stands under its bar.
    const qint64 answers = std::accumulate(expected.cbegin(), expected.cend(), qint64(0));
    QVERIFY(answers > 0);
    const auto axes = csat->chart()->axes(Qt::Horizontal);
    QCOMPARE(axes.size(), 1);
    auto *categories = qobject_cast<QBarCategoryAxis *>(axes.first());
    QVERIFY(categories);
    // The counts stand above the bars, in the text colour (the theme's default is white).
    auto *bars = qobject_cast<QBarSeries *>(csat->chart()->series().value(0));
    QVERIFY(bars && bars->isLabelsVisible() && bars->count() == 1);
    QCOMPARE(bars->barSets().first()->labelColor(), csat->palette().color(QPalette::WindowText));
    for (std::size_t i = 0; i < expected.size(); ++i)
        QCOMPARE(categories->categories().at(qsizetype(i)),
                 QStringLiteral("%1 ★ (%2%)")
                     .arg(i + 1)
                     .arg(QLocale().toString(100.0 * double(expected[i]) / double(answers), 'f', 1)));

    TicketWorkspace *workspace = m_window->ticketWorkspace();
    int clickedScores = 0;
    for (int score : { 2, 5 }) {
        if (expected[std::size_t(score - 1)] == 0)
            continue;
        m_window->showTrends();
        QTRY_VERIFY(csat->isVisible());
        QSignalSpy clicked(csat, &CsatDistributionChart::scoreClicked);
        const QPoint where = csat->barCenter(score);
        QVERIFY(!where.isNull());
        QTest::mouseMove(csat->viewport(), where);
        QTest::mouseClick(csat->viewport(), Qt::LeftButton, {}, where);
        QTRY_COMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().first().toInt(), score);
        const TicketFilter filter = workspace->model()->filter();
        QCOMPARE(filter.csatScores, QSet<int> { score });
        QCOMPARE(filter.teamId, std::optional<qint64>(team));
        QCOMPARE(workspaceCount(), expected[std::size_t(score - 1)]);
        auto *chip = workspace->filterBar()->findChild<QToolButton *>(QStringLiteral("csatChip"));
        QTRY_VERIFY(chip->isVisible());
        QVERIFY2(chip->text().contains(QString::number(score)), qPrintable(chip->text()));
        ++clickedScores;
    }
    QVERIFY(clickedScores >= 1);

    // Clearing the bar's filter drops the chip and the score.
    workspace->filterBar()->clear();
    QVERIFY(workspace->model()->filter().csatScores.isEmpty());
    QVERIFY(!workspace->filterBar()->findChild<QToolButton *>(QStringLiteral("csatChip"))->isVisible());
}

void TestTrendClickThrough::platformFilterNarrowsEveryPanel()
{
    const KpiPeriod january = KpiPeriod::month(2026, 1);
    showSubject(KpiScope::Center, 0, january);
    TrendsPanel *trends = m_window->trendsPanel();
    const qint64 allTickets = trends->heatMap()->total();
    const KpiSeriesResult all = trends->kpiChart()->series();
    QVERIFY(all.ok);

    // The platform with most tickets in the store's demo mix.
    QSqlQuery query(m_window->serviceContext().store().connection());
    QVERIFY(
        query.exec(QStringLiteral("SELECT platform FROM tickets GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1")));
    QVERIFY(query.next());
    const auto platform = Vocabulary::fromCode<Platform>(query.value(0).toString());
    QVERIFY(platform);
    selectPlatform(*platform);

    // The KPI series is KpiEngine's for that platform, period by period.
    const KpiSeriesResult narrowed = trends->kpiChart()->series();
    QVERIFY(narrowed.ok);
    QCOMPARE(narrowed.periods.size(), all.periods.size());
    KpiEngine engine(m_window->serviceContext().store().connection());
    bool differs = false;
    for (int i = 0; i < narrowed.periods.size(); ++i) {
        KpiQuery q;
        q.period = narrowed.periods.at(i);
        q.scope = KpiScope::Center;
        q.platform = platform;
        KpiReport report;
        QString error;
        QVERIFY2(engine.compute(q, &report, &error), qPrintable(error));
        QCOMPARE(report.results.size(), 1);
        const KpiFigure *want = report.results.first().figure(QStringLiteral("handled"));
        const KpiFigure *got = narrowed.points.at(i).figure(QStringLiteral("handled"));
        QVERIFY(want && got);
        QCOMPARE(got->n, want->n);
        QCOMPARE(got->value, want->value);
        differs = differs || got->n != all.points.at(i).figure(QStringLiteral("handled"))->n;
    }
    QVERIFY(differs);

    // The heat map counts only that platform, and its click-through carries it.
    WeekdayHourHeatMap *heatMap = trends->heatMap();
    QVERIFY(heatMap->total() > 0 && heatMap->total() < allTickets);
    const auto [from, to] = KpiJobs::instants(january, context().zone);
    query.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM tickets WHERE platform = ? AND created_at >= ? AND created_at < ?"));
    query.addBindValue(Vocabulary::code(*platform));
    query.addBindValue(from.toSecsSinceEpoch());
    query.addBindValue(to.toSecsSinceEpoch());
    QVERIFY(query.exec() && query.next());
    QCOMPARE(heatMap->total(), query.value(0).toLongLong());
    trends->findChild<QTabWidget *>(QStringLiteral("trendTabs"))->setCurrentWidget(heatMap);
    QTRY_VERIFY(heatMap->isVisible());
    int day = 1, hour = 0;
    for (int d = 1; d <= 7; ++d)
        for (int h = 0; h < 24; ++h)
            if (heatMap->counts()[std::size_t(d - 1)][std::size_t(h)]
                > heatMap->counts()[std::size_t(day - 1)][std::size_t(hour)]) {
                day = d;
                hour = h;
            }
    QTest::mouseClick(heatMap, Qt::LeftButton, {}, heatMap->cellCenter(day, hour));
    const TicketFilter filter = m_window->ticketWorkspace()->model()->filter();
    QCOMPARE(filter.platforms, QSet<Platform> { *platform });
    QCOMPARE(workspaceCount(), heatMap->counts()[std::size_t(day - 1)][std::size_t(hour)]);
}

void TestTrendClickThrough::targetLineIsTheStoredTarget()
{
    // An agent with a team: the team's standard for response SLA all month, and the agent's own
    // override from 15 January on.
    const KpiContext org = context();
    qint64 agentId = 0;
    qint64 teamId = 0;
    for (const Agent &agent : org.agents) {
        if (agent.teamId) {
            agentId = agent.id;
            teamId = *agent.teamId;
            break;
        }
    }
    QVERIFY(agentId > 0);
    TargetRepository targets(m_window->serviceContext().store().connection());
    Target standard;
    standard.kpi = QStringLiteral("sla_response");
    standard.teamId = teamId;
    standard.value = 0.8;
    standard.effectiveFrom = QDate(2025, 12, 1);
    standard.createdBy = QStringLiteral("lead");
    Target own = standard;
    own.teamId = 0;
    own.agentId = agentId;
    own.value = 0.93;
    own.effectiveFrom = QDate(2026, 1, 15);
    QString error;
    QVERIFY2(targets.add(&standard, &error), qPrintable(error));
    QVERIFY2(targets.add(&own, &error), qPrintable(error));

    TrendsPanel *trends = m_window->trendsPanel();
    auto *figure = trends->findChild<QComboBox *>(QStringLiteral("trendKpiComboBox"));
    figure->setCurrentIndex(figure->findData(QStringLiteral("sla_response")));
    auto *granularity = trends->findChild<QComboBox *>(QStringLiteral("granularityComboBox"));
    granularity->setCurrentIndex(granularity->findData(int(KpiGranularity::Week)));
    showSubject(KpiScope::Agent, agentId, KpiPeriod::month(2026, 1));
    KpiTrendChart *chart = trends->kpiChart();
    auto *note = trends->findChild<QLabel *>(QStringLiteral("trendTargetLabel"));
    QVERIFY(note);

    // One value per week, judged on the week's last day: it steps where the override starts.
    const QList<KpiPeriod> weeks = chart->series().periods;
    QVERIFY(weeks.size() >= 4);
    QCOMPARE(chart->targets().size(), weeks.size());
    bool stepped = false;
    for (int i = 0; i < weeks.size(); ++i) {
        const double want = weeks.at(i).last >= own.effectiveFrom ? own.value : standard.value;
        QVERIFY(chart->targets().at(i));
        QCOMPARE(*chart->targets().at(i), want);
        stepped = stepped || (i > 0 && *chart->targets().at(i) != *chart->targets().at(i - 1));
    }
    QVERIFY(stepped);
    const QString sla = QStringLiteral("sla_response");
    QCOMPARE(note->text(),
             TrendsPanel::tr("Target: %1")
                 .arg(KpiFormat::value(sla, standard.value) + QStringLiteral(" → ")
                      + KpiFormat::value(sla, own.value)));

    // The team itself has its standard throughout.
    showSubject(KpiScope::Team, teamId, KpiPeriod::month(2026, 1));
    for (const std::optional<double> &target : chart->targets())
        QCOMPARE(target, std::optional<double>(standard.value));
    QCOMPARE(note->text(), TrendsPanel::tr("Target: %1").arg(KpiFormat::value(sla, standard.value)));

    // Hiding the line leaves the note.
    auto *show = trends->findChild<QCheckBox *>(QStringLiteral("showTargetCheckBox"));
    QTest::mouseClick(show, Qt::LeftButton, {}, QPoint(8, show->height() / 2));
    QVERIFY(!show->isChecked());
    QVERIFY(chart->targets().isEmpty());
    QTest::mouseClick(show, Qt::LeftButton, {}, QPoint(8, show->height() / 2));
    QVERIFY(show->isChecked());
    QCOMPARE(chart->targets().size(), weeks.size());

    // A KPI without any target: no line, and the panel says so.
    figure->setCurrentIndex(figure->findData(QStringLiteral("handled")));
    QVERIFY(chart->targets().isEmpty());
    QVERIFY2(note->text().startsWith(TrendsPanel::tr("No target set for %1").section(QLatin1Char('%'), 0, 0)),
             qPrintable(note->text()));

    // A KPI the ranking profile scores but with no stored target for this agent or team: the line
    // is the profile's own target, which is what the agent's score is computed against (FRT 300 s).
    figure->setCurrentIndex(figure->findData(QStringLiteral("frt_median")));
    QCOMPARE(chart->targets().size(), weeks.size());
    for (const std::optional<double> &target : chart->targets())
        QCOMPARE(target, std::optional<double>(300));

    // The center takes the ranking profile's target (response SLA 90%).
    figure->setCurrentIndex(figure->findData(QStringLiteral("sla_response")));
    showSubject(KpiScope::Center, 0, KpiPeriod::month(2026, 1));
    QCOMPARE(chart->targets().size(), weeks.size());
    for (const std::optional<double> &target : chart->targets())
        QCOMPARE(target, std::optional<double>(0.9));
}

QTEST_MAIN(TestTrendClickThrough)
#include "TestTrendClickThrough.moc"
