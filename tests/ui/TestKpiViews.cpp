#include "DemoWindowFixture.h"
#include "MainWindow.h"
#include "kpi/AgentKpiTableModel.h"
#include "kpi/AgentsKpiPanel.h"
#include "kpi/BeforeAfterView.h"
#include "kpi/KpiContext.h"
#include "kpi/KpiEngine.h"
#include "kpi/KpiFormat.h"
#include "kpi/KpiQueryBar.h"
#include "kpi/KpiTrendChart.h"
#include "kpi/TrendsPanel.h"
#include "kpi/WeekdayHourHeatMap.h"
#include "scoring/RankingService.h"
#include "tickets/TicketTableModel.h"
#include "tickets/TicketWorkspace.h"

#include <QBarCategoryAxis>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolTip>

/**
 * GUI tests of the KPI views on a small demo store: the agents table shows KpiEngine's numbers,
 * a chart point opens exactly the tickets behind it, the heat map counts what SQL counts, and the
 * before/after view flags only real changes.
 */
class TestKpiViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void agentsTableMatchesEngine();
    void periodChangeUpdatesTable();
    void rankColumnsShowTheRanking();
    void chartPointOpensItsTickets();
    void clippedWeeksAreMarkedAndPointsExplainThemselves();
    void heatMapMatchesDirectCount();
    void beforeAfterFlagsOnlyRealChanges();
    void beforeAfterComparesWhenFirstShown();

private:
    static KpiQuery agentsOf(const KpiPeriod &period);
    KpiReport engineReport(const KpiQuery &query) const;
    void showMonth(int year, int month);
    AgentsKpiPanel *panel() const { return m_window->agentsKpiPanel(); }

    DemoWindowFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

void TestKpiViews::initTestCase()
{
    DemoDataOptions options;
    options.agents = 12;
    options.days = 62;
    options.tickets = 4000;
    options.seed = 7;
    options.endDate = QDate(2026, 1, 31);
    options.conversationShare = 0.2;
    m_fixture.generate("TestKpiViews", options);
}

void TestKpiViews::init()
{
    m_window = m_fixture.openWindow(QSize(1500, 900));
    QVERIFY(m_window);
}

void TestKpiViews::cleanup()
{
    m_window.reset();
}

KpiQuery TestKpiViews::agentsOf(const KpiPeriod &period)
{
    KpiQuery query;
    query.period = period;
    query.scope = KpiScope::Agent;
    return query;
}

KpiReport TestKpiViews::engineReport(const KpiQuery &query) const
{
    KpiEngine engine(m_window->serviceContext().store().connection());
    KpiReport report;
    QString error;
    if (!engine.compute(query, &report, &error))
        qWarning("engine: %s", qPrintable(error));
    return report;
}

void TestKpiViews::showMonth(int year, int month)
{
    QSignalSpy shown(panel(), &AgentsKpiPanel::resultsShown);
    m_window->showAgentsKpi();
    panel()->queryBar()->setPeriod(KpiPeriod::month(year, month));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty()
                                 && panel()->model()->report().period.first == QDate(year, month, 1)
                                 && !panel()->isBusy(),
                             20000);
}

void TestKpiViews::agentsTableMatchesEngine()
{
    showMonth(2026, 1);
    const AgentKpiTableModel *model = panel()->model();
    const KpiReport expected = engineReport(agentsOf(KpiPeriod::month(2026, 1)));
    QCOMPARE(model->rowCount(), int(expected.results.size()));
    QVERIFY(model->rowCount() >= 10);
    QCOMPARE(model->report().ruleSetVersion, expected.ruleSetVersion);
    for (int row = 0; row < model->rowCount(); ++row) {
        const KpiResult &want = expected.results.at(row);
        QCOMPARE(model->index(row, AgentKpiTableModel::NameColumn).data().toString(), want.name);
        for (const KpiFigure &figure : want.figures) {
            const QModelIndex cell = model->index(row, model->columnOf(figure.key));
            // A KPI the profile scores shows its score after the value ("92.1% · 87").
            const QString text = cell.data().toString();
            QVERIFY2(text == KpiFormat::cell(figure)
                         || (cell.data(AgentKpiTableModel::ScoreRole).isValid()
                             && text.startsWith(KpiFormat::cell(figure) + QStringLiteral(" · "))),
                     qPrintable(text));
            if (figure.isShown())
                QCOMPARE(cell.data(AgentKpiTableModel::SortRole).toDouble(), *figure.value);
            QCOMPARE(cell.data(AgentKpiTableModel::StatusRole).toInt(), int(figure.status));
            QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QString::number(figure.n)));
        }
    }
    // Sorting by a KPI column sorts numbers, not text.
    auto *view = panel()->tableView();
    const int handled = model->columnOf(QStringLiteral("handled"));
    view->sortByColumn(handled, Qt::DescendingOrder);
    for (int row = 1; row < view->model()->rowCount(); ++row)
        QVERIFY(view->model()->index(row - 1, handled).data(AgentKpiTableModel::SortRole).toDouble()
                >= view->model()->index(row, handled).data(AgentKpiTableModel::SortRole).toDouble());
}

void TestKpiViews::periodChangeUpdatesTable()
{
    showMonth(2026, 1);
    showMonth(2025, 12);
    const KpiReport expected = engineReport(agentsOf(KpiPeriod::month(2025, 12)));
    const AgentKpiTableModel *model = panel()->model();
    QCOMPARE(model->report().period.first, QDate(2025, 12, 1));
    QCOMPARE(model->report().period.last, QDate(2025, 12, 31));
    const int handled = model->columnOf(QStringLiteral("handled"));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, handled).data(AgentKpiTableModel::SortRole).toDouble(),
                 *expected.results.at(row).figure(QStringLiteral("handled"))->value);
}

void TestKpiViews::rankColumnsShowTheRanking()
{
    // The same ranking `teamlens ranking` prints: the store's profile, across the center.
    showMonth(2026, 1);
    RankingRequest request;
    request.period = KpiPeriod::month(2026, 1);
    Ranking ranking;
    QString error;
    QVERIFY2(
        RankingService(m_window->serviceContext().store().connection()).compute(request, &ranking, &error),
        qPrintable(error));
    QHash<qint64, RankedAgent> expected;
    for (const RankedAgent &agent : std::as_const(ranking.agents))
        expected.insert(agent.agentId, agent);

    const AgentKpiTableModel *model = panel()->model();
    int ranked = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 id
            = model->index(row, AgentKpiTableModel::NameColumn).data(AgentKpiTableModel::IdRole).toLongLong();
        QVERIFY2(expected.contains(id), qPrintable(QString::number(id)));
        const RankedAgent &want = expected.value(id);
        const QString rank = model->index(row, AgentKpiTableModel::RankColumn).data().toString();
        if (!want.isRanked()) {
            QCOMPARE(rank, QStringLiteral("–"));
            continue;
        }
        ++ranked;
        QVERIFY2(rank.endsWith(QString::number(want.centerRank)), qPrintable(rank));
        QCOMPARE(rank.startsWith(QStringLiteral("N")), want.cohort == RankingCohort::Onboarding);
        QVERIFY(want.composite);
        QCOMPARE(model->index(row, AgentKpiTableModel::CompositeColumn)
                     .data(AgentKpiTableModel::SortRole)
                     .toDouble(),
                 *want.composite);
    }
    QVERIFY(ranked >= 5);

    // Cells are coloured against the agent's target where the profile scores the KPI.
    const int slaColumn = model->columnOf(QStringLiteral("sla_response"));
    int checked = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex cell = model->index(row, slaColumn);
        const RankedAgent &agent = expected.value(
            model->index(row, AgentKpiTableModel::NameColumn).data(AgentKpiTableModel::IdRole).toLongLong());
        const KpiScore *score = agent.kpi(QStringLiteral("sla_response"));
        if (!score || !score->target || !score->value
            || cell.data(AgentKpiTableModel::StatusRole).toInt() != int(KpiFigureStatus::Ok))
            continue;
        const int want = *score->value > *score->target ? 1 : *score->value < *score->target ? -1 : 0;
        QCOMPARE(cell.data(AgentKpiTableModel::ComparisonRole).toInt(), want);
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Target:")));
        ++checked;
    }
    QVERIFY(checked >= 5);

    // Sorting by rank puts rank 1 of the regular cohort first.
    auto *view = panel()->tableView();
    view->sortByColumn(AgentKpiTableModel::RankColumn, Qt::AscendingOrder);
    QCOMPARE(view->model()->index(0, AgentKpiTableModel::RankColumn).data().toString(), QStringLiteral("1"));
}

void TestKpiViews::chartPointOpensItsTickets()
{
    // The busiest agent of January, by week.
    const KpiReport january = engineReport(agentsOf(KpiPeriod::month(2026, 1)));
    QVERIFY(!january.results.isEmpty());
    const KpiResult *agent = &january.results.first();
    for (const KpiResult &candidate : january.results)
        if (*candidate.figure(QStringLiteral("handled"))->value
            > *agent->figure(QStringLiteral("handled"))->value)
            agent = &candidate;

    TrendsPanel *trends = m_window->trendsPanel();
    m_window->showTrends();
    QSignalSpy refreshed(trends, &TrendsPanel::refreshed);
    trends->findChild<QComboBox *>(QStringLiteral("trendKpiComboBox"))->setCurrentIndex(0); // handled
    trends->setSubject(KpiScope::Agent, agent->id, KpiPeriod::month(2026, 1));
    refreshed.clear(); // only answers to this subject count from here (older ones are dropped)
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 30000);
    KpiTrendChart *chart = trends->kpiChart();
    QTRY_VERIFY(chart->periodCount() >= 4);

    // Click the second week's point.
    const int index = 1;
    QSignalSpy clicked(chart, &KpiTrendChart::pointClicked);
    const QPoint where = chart->pointPosition(index);
    QVERIFY(!where.isNull());
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, where);
    QTRY_COMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().first().toInt(), index);

    // The workspace shows that agent's tickets of that week, and as many as the KPI counted.
    TicketTableModel *tickets = m_window->ticketWorkspace()->model();
    const KpiPeriod week = KpiTrendPeriods::split(KpiPeriod::month(2026, 1), KpiGranularity::Week).at(index);
    const TicketFilter filter = tickets->filter();
    QCOMPARE(filter.agentId, std::optional<qint64>(agent->id));
    // The week's days are the team's (the store's time zone), not the workstation's.
    KpiContext context;
    QString error;
    QVERIFY2(KpiContext::load(m_window->serviceContext().store().connection(), &context, &error),
             qPrintable(error));
    QCOMPARE(filter.createdFrom, QDateTime(week.first, QTime(0, 0), context.zone).toUTC());
    QCOMPARE(filter.createdTo, QDateTime(week.last.addDays(1), QTime(0, 0), context.zone).toUTC());
    QTRY_VERIFY(tickets->isCountKnown());
    const KpiReport weekReport = engineReport(agentsOf(week));
    qint64 handled = -1;
    for (const KpiResult &result : weekReport.results)
        if (result.id == agent->id)
            handled = result.figure(QStringLiteral("handled"))->n;
    QVERIFY(handled > 0);
    QCOMPARE(tickets->totalCount(), handled);
    QCOMPARE(m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->currentWidget(),
             m_window->ticketWorkspace());
}

void TestKpiViews::clippedWeeksAreMarkedAndPointsExplainThemselves()
{
    // January 2026 by week: Thursday 1 – Sunday 4 and Monday 26 – Saturday 31 are cut short.
    TrendsPanel *trends = m_window->trendsPanel();
    m_window->showTrends();
    QSignalSpy refreshed(trends, &TrendsPanel::refreshed);
    trends->findChild<QComboBox *>(QStringLiteral("trendKpiComboBox"))->setCurrentIndex(0); // handled
    trends->setSubject(KpiScope::Center, 0, KpiPeriod::month(2026, 1));
    refreshed.clear();
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 30000);
    KpiTrendChart *chart = trends->kpiChart();
    QTRY_COMPARE(chart->periodCount(), 5);
    const auto axes = chart->chart()->axes(Qt::Horizontal);
    QCOMPARE(axes.size(), 1);
    auto *x = qobject_cast<QBarCategoryAxis *>(axes.first());
    QVERIFY(x);
    QCOMPARE(x->categories(),
             QStringList({ QStringLiteral("01-01*"), QStringLiteral("01-05"), QStringLiteral("01-12"),
                           QStringLiteral("01-19"), QStringLiteral("01-26*") }));
    QVERIFY2(x->titleText().contains(QStringLiteral("part of the week")), qPrintable(x->titleText()));

    // The first point names its four days, and its value and sample size are the engine's.
    const QString key = QStringLiteral("handled");
    KpiQuery center;
    center.period = KpiPeriod::range(QDate(2026, 1, 1), QDate(2026, 1, 4));
    center.scope = KpiScope::Center;
    const KpiReport report = engineReport(center);
    QCOMPARE(report.results.size(), 1);
    const KpiFigure *handled = report.results.first().figure(key);
    QVERIFY(handled && handled->isShown() && handled->n > 0);
    const QString tip = chart->pointToolTip(0, key);
    QVERIFY2(tip.contains(QStringLiteral("2026-01-01 – 2026-01-04 (4 of the week's 7 days)")),
             qPrintable(tip));
    QVERIFY2(
        tip.contains(
            QStringLiteral("%1 (n = %2)").arg(KpiFormat::cell(*handled), QLocale().toString(handled->n))),
        qPrintable(tip));
    QVERIFY2(!chart->pointToolTip(1, key).contains(QStringLiteral("of the week's")),
             qPrintable(chart->pointToolTip(1, key)));

    // Hovering the point shows that text.
    QTest::mouseMove(chart->viewport(), chart->pointPosition(0));
    QTRY_COMPARE(QToolTip::text(), tip);
}

void TestKpiViews::heatMapMatchesDirectCount()
{
    TrendsPanel *trends = m_window->trendsPanel();
    m_window->showTrends();
    QSignalSpy refreshed(trends, &TrendsPanel::refreshed);
    const KpiPeriod range = KpiPeriod::range(QDate(2026, 1, 5), QDate(2026, 1, 25));
    trends->setSubject(KpiScope::Center, 0, range);
    refreshed.clear();
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 30000);

    KpiContext context;
    QString error;
    QSqlDatabase db = m_window->serviceContext().store().connection();
    QVERIFY2(KpiContext::load(db, &context, &error), qPrintable(error));
    WeekdayHourHeatMap::Counts expected {};
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT created_at FROM tickets WHERE created_at >= ? AND created_at < ?"));
    query.addBindValue(QDateTime(range.first, QTime(0, 0), context.zone).toSecsSinceEpoch());
    query.addBindValue(QDateTime(range.last.addDays(1), QTime(0, 0), context.zone).toSecsSinceEpoch());
    QVERIFY(query.exec());
    qint64 total = 0;
    while (query.next()) {
        const QDateTime local = QDateTime::fromSecsSinceEpoch(query.value(0).toLongLong(), context.zone);
        ++expected[std::size_t(local.date().dayOfWeek() - 1)][std::size_t(local.time().hour())];
        ++total;
    }
    QVERIFY(total > 500);
    QTRY_COMPARE(trends->heatMap()->total(), total);
    QVERIFY(trends->heatMap()->counts() == expected);
}

void TestKpiViews::beforeAfterFlagsOnlyRealChanges()
{
    // A constructed case: response SLA 50% → 70% of 100 tickets (z ≈ 2.89, real); resolution
    // 50% → 55% of 100 (z ≈ 0.71, noise).
    const auto figure = [](const QString &key, double value, qint64 n) {
        KpiFigure f;
        f.key = key;
        f.kpi = key;
        f.value = value;
        f.n = n;
        return f;
    };
    KpiBeforeAfterResult result;
    result.ok = true;
    result.before = KpiPeriod::range(QDate(2026, 1, 1), QDate(2026, 1, 14));
    result.after = KpiPeriod::range(QDate(2026, 1, 15), QDate(2026, 1, 28));
    result.beforeResult.figures = { figure(QStringLiteral("sla_response"), 0.5, 100),
                                    figure(QStringLiteral("resolution_rate"), 0.5, 100) };
    result.afterResult.figures = { figure(QStringLiteral("sla_response"), 0.7, 100),
                                   figure(QStringLiteral("resolution_rate"), 0.55, 100) };
    BeforeAfterView view;
    view.setToday(QDate(2026, 3, 1)); // long after the after window: its tickets have settled
    view.setResult(result);
    auto *settling = view.findChild<QLabel *>(QStringLiteral("settlingNote"));
    QVERIFY(settling);
    QVERIFY(settling->isHidden());
    QTableWidget *table = view.table();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, BeforeAfterView::BeforeColumn)->text(),
             QStringLiteral("%1 (n = 100)").arg(KpiFormat::cell(result.beforeResult.figures.first())));
    QCOMPARE(table->item(0, BeforeAfterView::DifferenceColumn)->text(), QStringLiteral("+20.0 pp"));
    QCOMPARE(table->item(0, BeforeAfterView::KpiColumn)->data(Qt::UserRole).toString(),
             QStringLiteral("sla_response"));
    QCOMPARE(table->item(0, BeforeAfterView::NoiseColumn)->data(Qt::UserRole).toBool(), true);
    QVERIFY(table->item(0, BeforeAfterView::NoiseColumn)->text().contains(QStringLiteral("2.89")));
    QCOMPARE(table->item(1, BeforeAfterView::NoiseColumn)->data(Qt::UserRole).toBool(), false);

    // A drop that rounds to nothing has no sign; a real drop has the minus sign.
    result.afterResult.figures = { figure(QStringLiteral("sla_response"), 0.49996, 100),
                                   figure(QStringLiteral("resolution_rate"), 0.4, 100) };
    view.setToday(QDate(2026, 1, 30)); // two days after the after window ends
    view.setResult(result);
    QCOMPARE(table->item(0, BeforeAfterView::DifferenceColumn)->text(), QStringLiteral("0.0 pp"));
    QCOMPARE(table->item(1, BeforeAfterView::DifferenceColumn)->text(), QStringLiteral("−10.0 pp"));
    QVERIFY(!settling->isHidden());
    QVERIFY2(settling->text().contains(QStringLiteral("still settling")), qPrintable(settling->text()));
}

void TestKpiViews::beforeAfterComparesWhenFirstShown()
{
    TrendsPanel *trends = m_window->trendsPanel();
    m_window->showTrends();
    auto *view = trends->findChild<BeforeAfterView *>();
    QVERIFY(view);
    QCOMPARE(view->table()->rowCount(), 0);
    view->setToday(QDate(2026, 2, 1)); // the demo ends on 2026-01-31; the default change is 2026-01-04
    trends->findChild<QTabWidget *>(QStringLiteral("trendTabs"))->setCurrentWidget(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->table()->rowCount() > 5, 20000); // without pressing Compare
    QCOMPARE(view->date(), QDate(2026, 1, 4));
    // Its after window (4–31 January) reaches into the last week of the data.
    QVERIFY(!view->findChild<QLabel *>(QStringLiteral("settlingNote"))->isHidden());
}

QTEST_MAIN(TestKpiViews)
#include "TestKpiViews.moc"
