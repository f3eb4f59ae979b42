#include "MainWindow.h"
#include "kpi/KpiEngine.h"
#include "qa/CoachingDialog.h"
#include "qa/QaFlowFixture.h"
#include "qa/QaResultsCharts.h"
#include "qa/QaResultsTableModel.h"
#include "qa/QaResultsView.h"
#include "qa/ReviewerWorkspace.h"
#include "qa/store/QaCoachingRepository.h"
#include "services/ServiceContext.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

/**
 * The QA results view and the coaching dialog, offscreen on a real store with submitted reviews
 * (QaFlowFixture): the table's QA score and n are the KPI engine's for the same subjects and period,
 * clicking a row draws its criteria worst first and its weekly trend with n on hover, and "Coach…"
 * records a session with its linked reviews and KPI target, listed with the target's status.
 */
class TestQaResultsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tableMatchesTheKpiEngine();
    void clickingARowFillsCriteriaAndTrend();
    void coachingFromTheSelectedAgent();
    void mainWindowTabAndMenu();

private:
    /** Shows 2024-01-01..2024-01-14 at scope (combo index) and waits for the table. */
    void showPeriod(int scopeIndex);
    int rowOf(qint64 id) const; // view row of a subject, -1 when absent
    void clickRow(int viewRow);
    template<typename T> T *find(QWidget *parent, const char *name) const
    {
        T *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }

    QaFlowFixture m_fx;
    std::unique_ptr<ServiceContext> m_context;
    std::unique_ptr<QaResultsView> m_view;
    QHash<qint64, QList<qint64>> m_reviewsOf; // agent → review ids
};

void TestQaResultsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestQaResultsView::init()
{
    QString error;
    QVERIFY2(m_fx.open(&error), qPrintable(error));
    // Agent 7 (team 91): 100, 85 (attitude 1 of 5), 0 (privacy leaked: critical) in the week of
    // 2024-01-01, 90 (no greeting) in the next. Agent 8 (team 91): 100. Agent 9 (team 92): 85.
    const qint64 at = 1705500000;
    m_reviewsOf[7] = { m_fx.submitted(1, m_fx.answers(), at),
                       m_fx.submitted(2, m_fx.answers({ { QStringLiteral("attitude"), 1 } }), at),
                       m_fx.submitted(3, m_fx.answers({ { QStringLiteral("privacy"), 0 } }), at),
                       m_fx.submitted(8, m_fx.answers({ { QStringLiteral("greeting"), 0 } }), at) };
    m_reviewsOf[8] = { m_fx.submitted(4, m_fx.answers(), at) };
    m_reviewsOf[9] = { m_fx.submitted(6,
                                      m_fx.answers({ { QStringLiteral("problem_solving"), 1 },
                                                     { QStringLiteral("response_timeliness"), 1 } }),
                                      at) };
    m_context
        = std::make_unique<ServiceContext>(m_fx.store(), ActingUser::localOperator(QStringLiteral("lead")));
    m_view = std::make_unique<QaResultsView>(*m_context);
    m_view->resize(1300, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestQaResultsView::cleanup()
{
    m_view.reset(); // waits for its workers (and closes the dialogs it parents)
    m_context.reset();
    m_fx.close();
}

void TestQaResultsView::showPeriod(int scopeIndex)
{
    QSignalSpy shown(m_view.get(), &QaResultsView::resultsShown);
    find<QComboBox>(m_view.get(), "qaPeriodKindComboBox")->setCurrentIndex(QaResultsView::Range);
    find<QDateEdit>(m_view.get(), "qaFromDateEdit")->setDate(QDate(2024, 1, 1));
    find<QDateEdit>(m_view.get(), "qaToDateEdit")->setDate(QDate(2024, 1, 14));
    find<QComboBox>(m_view.get(), "qaScopeComboBox")->setCurrentIndex(scopeIndex);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isBusy() && !shown.isEmpty(), 20000);
    QCOMPARE(m_view->period().first, QDate(2024, 1, 1));
    QCOMPARE(m_view->period().last, QDate(2024, 1, 14));
}

int TestQaResultsView::rowOf(qint64 id) const
{
    const QAbstractItemModel *proxy = m_view->tableView()->model();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex source
            = qobject_cast<const QSortFilterProxyModel *>(proxy)->mapToSource(proxy->index(row, 0));
        if (m_view->model()->rowAt(source.row())->id == id)
            return row;
    }
    return -1;
}

void TestQaResultsView::clickRow(int viewRow)
{
    QTableView *table = m_view->tableView();
    const QRect rect = table->visualRect(table->model()->index(viewRow, QaResultsTableModel::NameColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

/** The KPI engine's qa_score figure of id for the period, or fails. */
static KpiFigure engineQaScore(QSqlDatabase db, KpiScope scope, qint64 id)
{
    KpiQuery query;
    query.period = KpiPeriod::range(QDate(2024, 1, 1), QDate(2024, 1, 14));
    query.scope = scope;
    KpiReport report;
    QString error;
    if (!KpiEngine(db).compute(query, &report, &error))
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    for (const KpiResult &result : std::as_const(report.results)) {
        if (result.id == id)
            return *result.figure(QStringLiteral("qa_score"));
    }
    QTest::qFail("no such subject", __FILE__, __LINE__);
    return {};
}

void TestQaResultsView::tableMatchesTheKpiEngine()
{
    showPeriod(0); // agents
    QTableView *table = m_view->tableView();
    const QAbstractItemModel *model = table->model();
    const struct
    {
        qint64 agent;
        int n;
        double score;
        double gap;
        QString critical;
    } expected[] = {
        { 7, 4, 275.0 / 4.0, 275.0 / 4.0 - 75.0, QStringLiteral("25.0% (1 of 4)") },
        { 8, 1, 100.0, 25.0, QStringLiteral("0.0% (0 of 1)") },
        { 9, 1, 85.0, 0.0, QStringLiteral("0.0% (0 of 1)") },
    };
    for (const auto &row : expected) {
        const int viewRow = rowOf(row.agent);
        QVERIFY(viewRow >= 0);
        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model->data(model->index(viewRow, column), role);
        };
        const KpiFigure engine = engineQaScore(m_fx.db, KpiScope::Agent, row.agent);
        QCOMPARE(cell(QaResultsTableModel::ReviewsColumn).toString(), QString::number(row.n));
        QCOMPARE(engine.n, qint64(row.n));
        QCOMPARE(cell(QaResultsTableModel::ScoreColumn, QaResultsTableModel::SortRole).toDouble(),
                 *engine.value);
        QCOMPARE(*engine.value, row.score);
        // One review is far below the rule set's minimum: the score says so.
        QCOMPARE(engine.status, KpiFigureStatus::Insufficient);
        QVERIFY2(cell(QaResultsTableModel::ScoreColumn).toString().contains(QLatin1String("insufficient")),
                 qPrintable(cell(QaResultsTableModel::ScoreColumn).toString()));
        QCOMPARE(cell(QaResultsTableModel::CriticalColumn).toString(), row.critical);
        QCOMPARE(cell(QaResultsTableModel::GapColumn, QaResultsTableModel::SortRole).toDouble(), row.gap);
        QCOMPARE(cell(QaResultsTableModel::TeamColumn).toString(),
                 row.agent == 9 ? QStringLiteral("B") : QStringLiteral("A"));
    }

    showPeriod(1); // teams
    QVERIFY(table->isColumnHidden(QaResultsTableModel::TeamColumn));
    for (const auto &[team, n] : { std::pair { qint64(91), 5 }, std::pair { qint64(92), 1 } }) {
        const int viewRow = rowOf(team);
        QVERIFY(viewRow >= 0);
        const KpiFigure engine = engineQaScore(m_fx.db, KpiScope::Team, team);
        QCOMPARE(model->data(model->index(viewRow, QaResultsTableModel::ReviewsColumn)).toString(),
                 QString::number(n));
        QCOMPARE(engine.n, qint64(n));
        QCOMPARE(
            model
                ->data(model->index(viewRow, QaResultsTableModel::ScoreColumn), QaResultsTableModel::SortRole)
                .toDouble(),
            *engine.value);
    }
    showPeriod(2); // the center
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->data(model->index(0, QaResultsTableModel::ScoreColumn), QaResultsTableModel::SortRole)
                 .toDouble(),
             *engineQaScore(m_fx.db, KpiScope::Center, 0).value);
    QCOMPARE(model->data(model->index(0, QaResultsTableModel::ReviewsColumn)).toString(),
             QStringLiteral("6"));
}

void TestQaResultsView::clickingARowFillsCriteriaAndTrend()
{
    showPeriod(0);
    QVERIFY(m_view->criterionChart()->shown().isEmpty());
    auto *coach = find<QPushButton>(m_view.get(), "qaCoachButton");
    QVERIFY(!coach->isEnabled());

    QSignalSpy trend(m_view.get(), &QaResultsView::trendShown);
    clickRow(rowOf(7));
    QVERIFY(m_view->selectedRow());
    QCOMPARE(m_view->selectedRow()->id, qint64(7));
    QVERIFY(coach->isEnabled());

    // By criterion, worst first: greeting, attitude and privacy at 75, the other five at 100.
    const QList<QaCriterionMean> &criteria = m_view->criterionChart()->shown();
    QCOMPARE(criteria.size(), 8);
    QCOMPARE(criteria[0].key, QStringLiteral("greeting"));
    QCOMPARE(criteria[0].mean, 75.0);
    QCOMPARE(criteria[1].key, QStringLiteral("attitude"));
    QCOMPARE(criteria[2].key, QStringLiteral("privacy"));
    QCOMPARE(criteria[3].mean, 100.0);
    // The chart draws them: the last category (the top bar) is the worst one.
    const auto bars = m_view->criterionChart()->chart()->series();
    QCOMPARE(bars.size(), 1);
    auto *series = qobject_cast<QHorizontalBarSeries *>(bars.first());
    QVERIFY(series);
    QCOMPARE(series->barSets().first()->count(), 8);
    QCOMPARE(series->barSets().first()->at(7), 75.0);
    auto *axis
        = qobject_cast<QBarCategoryAxis *>(m_view->criterionChart()->chart()->axes(Qt::Vertical).first());
    QVERIFY(axis);
    QCOMPARE(axis->categories().last(), QStringLiteral("Greeting and courtesy (n = 4)"));

    // The weekly trend: the two weeks with reviews, n on hover.
    QTRY_VERIFY_WITH_TIMEOUT(!trend.isEmpty(), 20000);
    QaResultsTrendChart *chart = m_view->trendChart();
    QCOMPARE(chart->weeks().size(), 2);
    QCOMPARE(chart->weeks()[0].weekStart, QDate(2024, 1, 1));
    QCOMPARE(chart->weeks()[0].n, 3);
    QCOMPARE(chart->weeks()[0].meanScore, 185.0 / 3.0);
    QCOMPARE(chart->weeks()[1].n, 1);
    QCOMPARE(chart->weeks()[1].meanScore, 90.0);
    auto *line = qobject_cast<QLineSeries *>(chart->chart()->series().first());
    QVERIFY(line);
    QCOMPARE(line->count(), 2);
    const QPoint point = chart->pointPosition(0);
    QVERIFY(chart->viewport()->rect().contains(point));
    // Walk onto the point the way a mouse does: the scene sees hover only from moves.
    for (int dy = 30; dy >= 0; dy -= 3) {
        const QPointF at = point + QPoint(0, dy);
        QMouseEvent move(QEvent::MouseMove, at, chart->viewport()->mapToGlobal(at), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(chart->viewport(), &move);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!chart->hoverText().isEmpty(), 5000);
    QCOMPARE(chart->hoverText(), chart->pointText(0));
    QVERIFY2(chart->hoverText().contains(QLatin1String("n = 3")), qPrintable(chart->hoverText()));

    // Another row replaces both.
    QSignalSpy again(m_view.get(), &QaResultsView::trendShown);
    clickRow(rowOf(9));
    QCOMPARE(m_view->criterionChart()->shown().first().key, QStringLiteral("problem_solving"));
    QTRY_VERIFY_WITH_TIMEOUT(!again.isEmpty(), 20000);
    QCOMPARE(m_view->trendChart()->weeks().size(), 1);
    QCOMPARE(m_view->trendChart()->weeks()[0].meanScore, 85.0);
}

void TestQaResultsView::coachingFromTheSelectedAgent()
{
    showPeriod(0);
    clickRow(rowOf(7));
    QTest::mouseClick(find<QPushButton>(m_view.get(), "qaCoachButton"), Qt::LeftButton);
    auto *dialog = m_view->findChild<CoachingDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->agentData().agentId == 7, 20000);
    QCOMPARE(dialog->agentId(), qint64(7));

    // The agent's four submitted reviews, latest conversation first; tick the two latest.
    auto *reviews = find<QListWidget>(dialog, "coachingReviewList");
    QCOMPARE(reviews->count(), 4);
    QVERIFY(reviews->item(0)->text().contains(QLatin1String("conversation 8")));
    reviews->setFocus();
    for (int row : { 0, 1 }) {
        reviews->setCurrentRow(row);
        QTest::keyClick(reviews, Qt::Key_Space);
        QCOMPARE(reviews->item(row)->checkState(), Qt::Checked);
    }
    find<QDateEdit>(dialog, "coachingHeldDateEdit")->setDate(QDate(2024, 1, 1));
    QTest::keyClicks(find<QPlainTextEdit>(dialog, "coachingAgreedEdit"),
                     QStringLiteral("Greet every customer"));
    auto *target = find<QGroupBox>(dialog, "coachingTargetGroup");
    target->setFocus();
    QTest::keyClick(target, Qt::Key_Space);
    QVERIFY(target->isChecked());
    auto *kpi = find<QComboBox>(dialog, "coachingKpiComboBox");
    QCOMPARE(kpi->currentData().toString(), QStringLiteral("qa_score"));
    auto *value = find<QDoubleSpinBox>(dialog, "coachingTargetSpinBox");
    value->selectAll();
    QTest::keyClicks(value, QStringLiteral("80"));
    QCOMPARE(value->value(), 80.0);
    find<QDateEdit>(dialog, "coachingDueDateEdit")->setDate(QDate(2024, 1, 14));

    QSignalSpy saved(dialog, &CoachingDialog::sessionSaved);
    QSignalSpy shown(dialog, &CoachingDialog::agentShown);
    QTest::mouseClick(find<QPushButton>(dialog, "coachingSaveButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);

    // Stored with its links and target.
    QList<QaCoachingSession> sessions;
    QString error;
    QVERIFY2(QaCoachingRepository(m_fx.db).forAgent(7, &sessions, &error), qPrintable(error));
    QCOMPARE(sessions.size(), 1);
    const QaCoachingSession &session = sessions.first();
    QCOMPARE(session.id, saved.first().first().toLongLong());
    QCOMPARE(session.coach, QStringLiteral("lead"));
    QCOMPARE(session.agreedText, QStringLiteral("Greet every customer"));
    QList<qint64> linked = { m_reviewsOf[7][3], m_reviewsOf[7][2] }; // conversations 8 and 3
    std::sort(linked.begin(), linked.end());
    QCOMPARE(session.reviewIds, linked);
    QCOMPARE(session.kpi, QStringLiteral("qa_score"));
    QCOMPARE(*session.kpiTarget, 80.0);
    QCOMPARE(session.dueDate, QDate(2024, 1, 14));

    // Listed with the target's status: past due, 68.75 over 01-01..01-14 misses 80.
    auto *tree = find<QTreeWidget>(dialog, "coachingSessionsTree");
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("2024-01-01"));
    QCOMPARE(tree->topLevelItem(0)->text(4), QStringLiteral("2"));
    QCOMPARE(tree->topLevelItem(0)->text(5), QStringLiteral("Greet every customer"));
    QVERIFY2(tree->topLevelItem(0)->text(2).contains(QLatin1String("2024-01-14")),
             qPrintable(tree->topLevelItem(0)->text(2)));
    const QString status = tree->topLevelItem(0)->text(3);
    QVERIFY2(status.startsWith(QLatin1String("Missed")) && status.contains(QLatin1String("n = 4")),
             qPrintable(status));
    QCOMPARE(dialog->agentData().progress.first().state, QaCoachingProgress::State::Missed);

    // Nothing to record refuses to save.
    QTest::mouseClick(find<QPushButton>(dialog, "coachingSaveButton"), Qt::LeftButton);
    QVERIFY(!find<QLabel>(dialog, "coachingMessageLabel")->text().isEmpty());
    QVERIFY2(QaCoachingRepository(m_fx.db).forAgent(7, &sessions, &error), qPrintable(error));
    QCOMPARE(sessions.size(), 1);
}

void TestQaResultsView::mainWindowTabAndMenu()
{
    m_view.reset();
    m_context.reset();
    m_fx.close();
    QTemporaryDir dir;
    auto store = TestStores::createStore(dir);
    QVERIFY(store);
    MainWindow window(std::move(store), ActingUser::localOperator(QStringLiteral("lead")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    QVERIFY(tabs);
    const int review = tabs->indexOf(window.reviewerWorkspace());
    QCOMPARE(tabs->indexOf(window.qaResultsView()), review + 1);
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget(), window.qaResultsView());
    QTRY_VERIFY_WITH_TIMEOUT(!window.qaResultsView()->isBusy(), 20000);
    auto *coaching = window.findChild<QAction *>(QStringLiteral("coachingAction"));
    QVERIFY(coaching);
    coaching->trigger();
    coaching->trigger(); // the open dialog comes to the front instead of a second one
    QCOMPARE(window.findChildren<CoachingDialog *>().size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<CoachingDialog *>()->isVisible(), 5000);
}

QTEST_MAIN(TestQaResultsView)
#include "TestQaResultsView.moc"
