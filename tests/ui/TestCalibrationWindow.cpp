#include "MainWindow.h"
#include "qa/CalibrationComparisonPanel.h"
#include "qa/CalibrationScoringPanel.h"
#include "qa/CalibrationSessionDialog.h"
#include "qa/CalibrationStatistics.h"
#include "qa/CalibrationWindow.h"
#include "qa/ScorecardPanel.h"
#include "qa/ScorecardScorer.h"
#include "qa/TranscriptModel.h"
#include "qa/store/QaAutoFlagRepository.h"
#include "qa/store/ScorecardTemplateRepository.h"
#include "services/ServiceContext.h"
#include "support/TestStores.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

/**
 * The calibration window on a real store, driven as people would: the lead creates a session in
 * the dialog (two conversations, two reviewers, after a refusal for one reviewer), each reviewer
 * scores their own blind drafts with the scorecard's buttons and submits, the lead sets the
 * references and closes the session, and the comparison shows the α and deviations that
 * CalibrationStatistics computes from the same answers. Reviewer A never sees B's scores while open.
 */
class TestCalibrationWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fullSessionThroughTheWindow();
    void reviewerCannotCloseAnotherOnesSession();
    void overlappingReloadsKeepTheScoringPanel();
    void menuOpensOneWindow();

private:
    void exec(const QString &sql);
    QVariant scalar(const QString &sql) const;
    std::unique_ptr<CalibrationWindow> openWindow(const ServiceContext &context);
    /** Creates the session through the dialog of window, as the lead would; sets id on success. */
    void createSessionThroughDialog(CalibrationWindow *window, qint64 *id);
    void clickRow(CalibrationWindow *window, int row);
    /** Opens the session's scoring panel (Drafts or Reference) with the window's button. */
    void openScoring(CalibrationWindow *window, const char *button);
    /** Clicks each criterion's value (top of its scale, or the override) and then the button. */
    void scoreAll(CalibrationScoringPanel *panel, const QHash<QString, int> &overrides, const char *button);
    /** The answers scoreAll gives, on the 0–100 scale CalibrationStatistics uses. */
    QList<CalibrationRating> ratings(qint64 conversation, qint64 reviewer,
                                     const QHash<QString, int> &overrides) const;
    void screenshot(QWidget *widget, const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ServiceContext> m_lead;
    std::unique_ptr<ServiceContext> m_reviewerA;
    std::unique_ptr<ServiceContext> m_reviewerB;
    ScorecardTemplate m_template;
};

namespace {

constexpr qint64 T0 = 1709629200; // 2024-03-05 09:00 UTC
constexpr qint64 ReviewerA = 2;
constexpr qint64 ReviewerB = 3;

template<typename T> T *find(QWidget *parent, const char *name)
{
    auto *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no widget %s", name);
    return widget;
}

} // namespace

void TestCalibrationWindow::exec(const QString &sql)
{
    QSqlQuery query(m_store->connection());
    QVERIFY2(query.exec(sql), qPrintable(query.lastError().text() + QStringLiteral(": ") + sql));
}

QVariant TestCalibrationWindow::scalar(const QString &sql) const
{
    QSqlQuery query(m_store->connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

void TestCalibrationWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = TestStores::createStore(*m_dir, QStringLiteral("calibration.sqlite"));
    QVERIFY(m_store);
    exec(QStringLiteral("INSERT INTO departments (id, code, name) VALUES (91, 'cal', 'Calibration')"));
    exec(
        QStringLiteral("INSERT INTO teams (id, department_id, name, tier) VALUES (91, 91, 'Refunds', 'L1')"));
    exec(QStringLiteral("INSERT INTO agents (id, name, team_id, tier, shift, hire_date) VALUES "
                        "(7, 'Wang Fang', 91, 'L1', 'morning', '2020-02-20'), "
                        "(8, 'Li Qiang', 91, 'L1', 'morning', '2021-02-20')"));
    exec(QStringLiteral("INSERT INTO users (id, login, display_name, role, agent_id, created_at) VALUES "
                        "(1, 'lead', 'Lead Liu', 'team_lead', NULL, 0), "
                        "(2, 'qa_a', 'Reviewer A', 'qa_reviewer', NULL, 0), "
                        "(3, 'qa_b', 'Reviewer B', 'qa_reviewer', NULL, 0)"));
    // Conversations 701–703 by Wang Fang, 704 by Li Qiang, one a day from 2024-03-05.
    for (int i = 0; i < 4; ++i) {
        const int id = 701 + i;
        const qint64 start = T0 + i * 86400;
        exec(QStringLiteral("INSERT INTO tickets (id, source_system, external_id, platform, channel, type, "
                            "category, status, tier, agent_id, created_at) VALUES (%1, 'test', 'T-%1', "
                            "'taobao', 'chat', 'consultation', 'product', 'resolved', 'L1', %2, %3)")
                 .arg(id)
                 .arg(i < 3 ? 7 : 8)
                 .arg(start));
        exec(QStringLiteral("INSERT INTO conversations (id, ticket_id, started_at) VALUES (%1, %1, %2)")
                 .arg(id)
                 .arg(start));
        exec(QStringLiteral("INSERT INTO messages (conversation_id, seq, speaker, sent_at, text) VALUES "
                            "(%1, 1, 'customer', %2, 'Where is my refund for order %1?'), "
                            "(%1, 2, 'agent', %3, 'It was sent this morning.')")
                 .arg(id)
                 .arg(start)
                 .arg(start + 45));
    }
    QString error;
    QVERIFY2(ScorecardTemplateRepository(m_store->connection()).load(1, &m_template, &error),
             qPrintable(error));
    m_lead = std::make_unique<ServiceContext>(*m_store,
                                              ActingUser { 1, QStringLiteral("lead"), Role::TeamLead });
    m_reviewerA = std::make_unique<ServiceContext>(
        *m_store, ActingUser { ReviewerA, QStringLiteral("qa_a"), Role::QaReviewer });
    m_reviewerB = std::make_unique<ServiceContext>(
        *m_store, ActingUser { ReviewerB, QStringLiteral("qa_b"), Role::QaReviewer });
}

void TestCalibrationWindow::cleanup()
{
    m_lead.reset();
    m_reviewerA.reset();
    m_reviewerB.reset();
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<CalibrationWindow> TestCalibrationWindow::openWindow(const ServiceContext &context)
{
    auto window = std::make_unique<CalibrationWindow>(context);
    window->resize(1500, 950);
    window->show();
    QSignalSpy loaded(window.get(), &CalibrationWindow::sessionsLoaded);
    if (!QTest::qWaitForWindowExposed(window.get()) || (loaded.isEmpty() && !loaded.wait(5000)))
        qWarning("the calibration window did not load");
    return window;
}

void TestCalibrationWindow::clickRow(CalibrationWindow *window, int row)
{
    QTableWidget *table = window->sessionTable();
    QVERIFY(row < table->rowCount());
    const QRect rect = table->visualItemRect(table->item(row, CalibrationWindow::NameColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(table->currentRow(), row);
}

void TestCalibrationWindow::createSessionThroughDialog(CalibrationWindow *window, qint64 *id)
{
    *id = 0;
    QTest::mouseClick(find<QPushButton>(window, "newSessionButton"), Qt::LeftButton);
    auto *dialog = window->findChild<CalibrationSessionDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible() && !dialog->isBusy(), 5000);
    auto *reviewers = find<QListWidget>(dialog, "reviewerListWidget");
    QTRY_COMPARE(reviewers->count(), 3); // the lead and both QA reviewers

    QTest::keyClicks(find<QLineEdit>(dialog, "sessionNameEdit"), QStringLiteral("March refunds"));
    // Wang Fang's conversations in the first week of March that mention a refund.
    auto *agent = find<QComboBox>(dialog, "agentFilterComboBox");
    agent->setCurrentIndex(agent->findText(QStringLiteral("Wang Fang")));
    find<QDateEdit>(dialog, "fromDateEdit")->setDate(QDate(2024, 3, 1));
    find<QDateEdit>(dialog, "toDateEdit")->setDate(QDate(2024, 3, 6));
    QTest::keyClicks(find<QLineEdit>(dialog, "conversationSearchEdit"), QStringLiteral("refund"));
    QSignalSpy found(dialog, &CalibrationSessionDialog::conversationsFound);
    QTest::mouseClick(find<QPushButton>(dialog, "findConversationsButton"), Qt::LeftButton);
    QVERIFY(found.wait(5000));
    auto *conversations = find<QListWidget>(dialog, "conversationListWidget");
    // 701 and 702 started on 5 and 6 March; 703 is later, 704 is Li Qiang's.
    QCOMPARE(conversations->count(), 2);
    auto toggle = [](QListWidget *list, int row) {
        list->setCurrentRow(row);
        QTest::keyClick(list, Qt::Key_Space); // the delegate ticks a checkable item on Space
    };
    toggle(conversations, 0);
    toggle(conversations, 1);
    for (int row = 0; row < reviewers->count(); ++row) {
        if (reviewers->item(row)->text() == QLatin1String("Reviewer A"))
            toggle(reviewers, row);
    }
    // One reviewer is not a calibration: the model's refusal is shown, the dialog stays.
    QTest::mouseClick(find<QPushButton>(dialog, "createSessionButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !dialog->isBusy() && dialog->statusText().contains(QLatin1String("two reviewers")), 5000);
    QVERIFY(dialog->isVisible());
    for (int row = 0; row < reviewers->count(); ++row) {
        if (reviewers->item(row)->text() == QLatin1String("Reviewer B"))
            toggle(reviewers, row);
    }
    screenshot(dialog, QStringLiteral("calibration-new-session.png"));
    QSignalSpy created(dialog, &CalibrationSessionDialog::sessionCreated);
    QSignalSpy reloaded(window, &CalibrationWindow::sessionsLoaded);
    QTest::mouseClick(find<QPushButton>(dialog, "createSessionButton"), Qt::LeftButton);
    QVERIFY(created.wait(5000)); // the dialog closes and deletes itself after this
    QVERIFY(!reloaded.isEmpty() || reloaded.wait(5000));
    *id = created.first().first().toLongLong();
}

void TestCalibrationWindow::openScoring(CalibrationWindow *window, const char *button)
{
    CalibrationScoringPanel *panel = window->scoringPanel();
    QSignalSpy loaded(panel, &CalibrationScoringPanel::itemsLoaded);
    QTest::mouseClick(find<QPushButton>(window, button), Qt::LeftButton);
    QVERIFY(loaded.wait(5000));
    QTRY_VERIFY_WITH_TIMEOUT(panel->isIdle(), 5000);
    QVERIFY(panel->isVisible());
}

void TestCalibrationWindow::scoreAll(CalibrationScoringPanel *panel, const QHash<QString, int> &overrides,
                                     const char *button)
{
    QListWidget *items = panel->itemList();
    for (int row = 0; row < items->count(); ++row) {
        const QRect rect = items->visualItemRect(items->item(row));
        QTest::mouseClick(items->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_VERIFY_WITH_TIMEOUT(panel->isIdle() && items->currentRow() == row, 5000);
        for (const ScorecardSection &section : m_template.sections) {
            for (const ScorecardCriterion &criterion : section.criteria) {
                const int value = overrides.value(criterion.key, criterion.maxValue());
                auto *valueButton = panel->findChild<QToolButton *>(
                    QStringLiteral("value_%1_%2").arg(criterion.key).arg(value));
                QVERIFY2(valueButton, qPrintable(criterion.key));
                QTest::mouseClick(valueButton, Qt::LeftButton);
                QVERIFY(valueButton->isChecked());
            }
        }
        QVERIFY(panel->scorecardPanel()->unansweredTitles().isEmpty());
        QSignalSpy done(panel,
                        qstrcmp(button, "calibrationSubmitButton") == 0 ? &CalibrationScoringPanel::submitted
                                                                        : &CalibrationScoringPanel::saved);
        QTest::mouseClick(panel->findChild<QPushButton *>(QString::fromLatin1(button)), Qt::LeftButton);
        QVERIFY2(done.wait(5000), qPrintable(panel->messageText()));
    }
}

QList<CalibrationRating> TestCalibrationWindow::ratings(qint64 conversation, qint64 reviewer,
                                                        const QHash<QString, int> &overrides) const
{
    QList<CalibrationRating> out;
    for (const ScorecardSection &section : m_template.sections) {
        for (const ScorecardCriterion &criterion : section.criteria) {
            const auto share = ScorecardScorer::fraction(
                criterion,
                ScorecardAnswer::of(criterion.id, overrides.value(criterion.key, criterion.maxValue())));
            CalibrationRating rating;
            rating.conversationId = conversation;
            rating.criterionKey = criterion.key;
            rating.reviewerId = reviewer;
            if (share)
                rating.value = *share * 100.0;
            out.append(rating);
        }
    }
    return out;
}

void TestCalibrationWindow::screenshot(QWidget *widget, const QString &name) const
{
    // Only when asked: TEAMLENS_SCREENSHOT_DIR=/some/dir ctest -R TestCalibrationWindow
    const QString dir = qEnvironmentVariable("TEAMLENS_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name));
}

void TestCalibrationWindow::fullSessionThroughTheWindow()
{
    // The transcript highlights waits over the auto-QA limit, as the reviewer workspace does.
    AutoQaSettings settings = AutoQaSettings::defaults();
    settings.customerWaitSeconds = 240;
    QString error;
    QVERIFY2(QaAutoFlagRepository(m_store->connection()).saveSettings(settings, &error), qPrintable(error));
    auto lead = openWindow(*m_lead);
    QCOMPARE(lead->sessionTable()->rowCount(), 0);
    qint64 sessionId = 0;
    createSessionThroughDialog(lead.get(), &sessionId);
    QVERIFY(sessionId > 0);
    QCOMPARE(lead->sessionTable()->rowCount(), 1);
    QCOMPARE(lead->currentSessionId(), sessionId);
    QCOMPARE(lead->sessionTable()->item(0, CalibrationWindow::ConversationsColumn)->text(),
             QStringLiteral("2"));
    QCOMPARE(lead->sessionTable()->item(0, CalibrationWindow::ReviewersColumn)->text(), QStringLiteral("2"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM qa_reviews WHERE calibration_session_id = %1 AND "
                                   "kind = 'calibration' AND reviewer_id IN (2, 3) AND conversation_id IN "
                                   "(701, 702)")
                        .arg(sessionId))
                 .toInt(),
             4);
    QCOMPARE(
        scalar(QStringLiteral("SELECT created_by FROM qa_calibration_sessions WHERE id = %1").arg(sessionId))
            .toString(),
        QStringLiteral("lead"));

    // Reviewer A scores everything at the top; B gives attitude 3 of 5 on both conversations.
    const QHash<QString, int> bOverrides { { QStringLiteral("attitude"), 3 } };
    auto windowA = openWindow(*m_reviewerA);
    clickRow(windowA.get(), 0);
    QVERIFY(!find<QPushButton>(windowA.get(), "closeSessionButton")->isEnabled()); // not A's session
    openScoring(windowA.get(), "scoreDraftsButton");
    const QList<qint64> listedA = windowA->scoringPanel()->listedReviewIds();
    QCOMPARE(listedA.size(), 2);
    QCOMPARE(windowA->scoringPanel()->transcriptModel()->longWaitSeconds(), qint64(240));
    auto *legend = windowA->scoringPanel()->findChild<QLabel *>(QStringLiteral("transcriptLegend"));
    QVERIFY(legend && legend->text().contains(QStringLiteral("over 240 s, the auto-QA customer-wait limit")));
    for (const qint64 id : listedA)
        QCOMPARE(
            scalar(QStringLiteral("SELECT reviewer_id FROM qa_reviews WHERE id = %1").arg(id)).toLongLong(),
            ReviewerA);
    scoreAll(windowA->scoringPanel(), {}, "calibrationSubmitButton");
    screenshot(windowA.get(), QStringLiteral("calibration-scoring.png"));

    auto windowB = openWindow(*m_reviewerB);
    clickRow(windowB.get(), 0);
    openScoring(windowB.get(), "scoreDraftsButton");
    const QList<qint64> listedB = windowB->scoringPanel()->listedReviewIds();
    QCOMPARE(listedB.size(), 2);
    for (const qint64 id : listedB) {
        QVERIFY(!listedA.contains(id));
        QCOMPARE(
            scalar(QStringLiteral("SELECT reviewer_id FROM qa_reviews WHERE id = %1").arg(id)).toLongLong(),
            ReviewerB);
    }
    // Blind: A has submitted, yet B's window shows B's own empty draft, not A's answers, and the
    // list offers no comparison while the session is open.
    QCOMPARE(windowB->scoringPanel()->scorecardPanel()->answers().size(), 0);
    QVERIFY(!windowB->comparisonPanel()->isVisible());
    scoreAll(windowB->scoringPanel(), bOverrides, "calibrationSubmitButton");

    // A's window, refreshed, shows progress counts only: still not B's drafts nor scores.
    QSignalSpy reloadedA(windowA.get(), &CalibrationWindow::sessionsLoaded);
    QTest::mouseClick(find<QPushButton>(windowA.get(), "refreshSessionsButton"), Qt::LeftButton);
    QVERIFY(reloadedA.wait(5000));
    QCOMPARE(windowA->sessionTable()->item(0, CalibrationWindow::SubmittedColumn)->text(),
             QStringLiteral("4 of 4"));
    QCOMPARE(windowA->scoringPanel()->listedReviewIds(), listedA);
    QVERIFY(!windowA->comparisonPanel()->isVisible());

    // The lead sets the references (top marks) and closes the session.
    QSignalSpy reloadedLead(lead.get(), &CalibrationWindow::sessionsLoaded);
    QTest::mouseClick(find<QPushButton>(lead.get(), "refreshSessionsButton"), Qt::LeftButton);
    QVERIFY(reloadedLead.wait(5000));
    clickRow(lead.get(), 0);
    openScoring(lead.get(), "setReferencesButton");
    QCOMPARE(lead->scoringPanel()->itemList()->count(), 2);
    scoreAll(lead->scoringPanel(), {}, "calibrationSaveReferenceButton");
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM qa_calibration_references WHERE session_id = %1")
                        .arg(sessionId))
                 .toInt(),
             2 * m_template.criterionCount());
    QSignalSpy shown(lead.get(), &CalibrationWindow::comparisonShown);
    QTest::mouseClick(find<QPushButton>(lead.get(), "closeSessionButton"), Qt::LeftButton);
    QVERIFY2(shown.wait(5000), qPrintable(lead->messageText()));
    QVERIFY(lead->comparisonPanel()->isVisible());

    // What the comparison shows equals CalibrationStatistics on the answers the widgets gave.
    QList<CalibrationRating> all;
    QList<CalibrationReference> references;
    for (const qint64 conversation : { 701, 702 }) {
        all += ratings(conversation, ReviewerA, {});
        all += ratings(conversation, ReviewerB, bOverrides);
        for (const CalibrationRating &top : ratings(conversation, 0, {}))
            references.append({ conversation, top.criterionKey, top.value });
    }
    const CalibrationSummary expected = CalibrationStatistics::summarise(all, references);
    QVERIFY(expected.alpha);
    QVERIFY(*expected.alpha < 0.667); // one criterion split on every conversation: poor
    CalibrationComparisonPanel *comparison = lead->comparisonPanel();
    QVERIFY2(
        comparison->alphaLabel()->text().endsWith(CalibrationComparisonPanel::formatAlpha(expected.alpha)),
        qPrintable(comparison->alphaLabel()->text()));
    QVERIFY(comparison->readingLabel()->text().startsWith(QLatin1String("Poor agreement")));
    QTableWidget *criteria = comparison->criteriaTable();
    QCOMPARE(criteria->rowCount(), m_template.criterionCount());
    QCOMPARE(
        criteria->item(0, CalibrationComparisonPanel::CriterionTitleColumn)->data(Qt::UserRole).toString(),
        QStringLiteral("attitude")); // worst first
    QCOMPARE(criteria->item(0, CalibrationComparisonPanel::CriterionRangeColumn)->text(),
             CalibrationComparisonPanel::formatPoints(50.0, false));
    QTableWidget *reviewers = comparison->reviewersTable();
    QCOMPARE(reviewers->rowCount(), 2);
    QCOMPARE(expected.reviewers.size(), 2);
    for (int row = 0; row < 2; ++row) {
        const ReviewerDeviation &deviation = expected.reviewers.at(row);
        QCOMPARE(reviewers->item(row, CalibrationComparisonPanel::ReviewerNameColumn)
                     ->data(Qt::UserRole)
                     .toLongLong(),
                 deviation.reviewerId);
        QCOMPARE(reviewers->item(row, CalibrationComparisonPanel::ReviewerDeviationColumn)->text(),
                 CalibrationComparisonPanel::formatPoints(deviation.meanAbsolute, false));
        QCOMPARE(reviewers->item(row, CalibrationComparisonPanel::ReviewerLeniencyColumn)
                     ->data(Qt::UserRole)
                     .toDouble(),
                 deviation.meanSigned);
        QVERIFY(reviewers->item(row, CalibrationComparisonPanel::ReviewerLeniencyColumn)
                    ->text()
                    .startsWith(CalibrationComparisonPanel::formatPoints(deviation.meanSigned, true)));
    }
    QCOMPARE(reviewers->item(1, CalibrationComparisonPanel::ReviewerNameColumn)->text(),
             QStringLiteral("Reviewer B"));
    QVERIFY(expected.reviewers.at(1).meanSigned < 0);
    QVERIFY(find<QLabel>(lead.get(), "calibrationNote")->text().contains(QLatin1String("never count")));
    QVERIFY(!find<QPushButton>(lead.get(), "closeSessionButton")->isEnabled());
    screenshot(lead.get(), QStringLiteral("calibration-comparison.png"));

    // Closed: A's drafts are read-only now and the comparison is open to A too.
    QSignalSpy shownA(windowA.get(), &CalibrationWindow::comparisonShown);
    QTest::mouseClick(find<QPushButton>(windowA.get(), "refreshSessionsButton"), Qt::LeftButton);
    QVERIFY(shownA.wait(5000));
    QVERIFY(!find<QPushButton>(windowA.get(), "scoreDraftsButton")->isEnabled());
}

void TestCalibrationWindow::reviewerCannotCloseAnotherOnesSession()
{
    auto lead = openWindow(*m_lead);
    qint64 sessionId = 0;
    createSessionThroughDialog(lead.get(), &sessionId);
    QVERIFY(sessionId > 0);
    auto windowA = openWindow(*m_reviewerA);
    clickRow(windowA.get(), 0);
    QVERIFY(find<QPushButton>(windowA.get(), "scoreDraftsButton")->isEnabled());
    QVERIFY(!find<QPushButton>(windowA.get(), "setReferencesButton")->isEnabled());
    QVERIFY(!find<QPushButton>(windowA.get(), "closeSessionButton")->isEnabled());
    // The button is only a hint: the model refuses too, and the window says so.
    QSignalSpy reloaded(windowA.get(), &CalibrationWindow::sessionsLoaded);
    windowA->closeSession();
    QTRY_VERIFY_WITH_TIMEOUT(windowA->messageText().contains(QLatin1String("QA lead")), 5000);
    QVERIFY(
        scalar(QStringLiteral("SELECT closed_at FROM qa_calibration_sessions WHERE id = %1").arg(sessionId))
            .isNull());
}

void TestCalibrationWindow::overlappingReloadsKeepTheScoringPanel()
{
    auto lead = openWindow(*m_lead);
    qint64 sessionId = 0;
    createSessionThroughDialog(lead.get(), &sessionId);
    QVERIFY(sessionId > 0);
    auto window = openWindow(*m_reviewerA);
    clickRow(window.get(), 0);
    openScoring(window.get(), "scoreDraftsButton");

    // Two reloads in flight at once, as when references are saved one after the other: neither
    // answer may take the reviewer out of the drafts they are scoring.
    QSignalSpy reloaded(window.get(), &CalibrationWindow::sessionsLoaded);
    auto *refresh = find<QPushButton>(window.get(), "refreshSessionsButton");
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 2, 5000);
    QCOMPARE(window->currentSessionId(), sessionId);
    QVERIFY(window->scoringPanel()->isVisible());
    QCOMPARE(window->scoringPanel()->listedReviewIds().size(), 2);
}

void TestCalibrationWindow::menuOpensOneWindow()
{
    m_lead.reset();
    m_reviewerA.reset();
    m_reviewerB.reset();
    const QString path = m_store->path();
    m_store.reset();
    StoreError error;
    auto store = TestStores::openStore(path, &error);
    QVERIFY2(store, qPrintable(error.message));
    MainWindow window(std::move(store), ActingUser::localOperator(QStringLiteral("lead")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("calibrationAction"));
    QVERIFY(action);
    action->trigger();
    action->trigger(); // the open window comes to the front instead of a second one
    QCOMPARE(window.findChildren<CalibrationWindow *>().size(), 1);
    QVERIFY(window.findChild<CalibrationWindow *>()->isVisible());
    QVERIFY(window.findChild<CalibrationWindow *>()->isWindow());
}

QTEST_MAIN(TestCalibrationWindow)
#include "TestCalibrationWindow.moc"
