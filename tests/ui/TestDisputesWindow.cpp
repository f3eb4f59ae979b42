#include "qa/DisputeDecideDialog.h"
#include "qa/DisputeRaiseDialog.h"
#include "qa/DisputeTableModel.h"
#include "qa/DisputesWindow.h"
#include "qa/ScorecardPanel.h"
#include "qa/TranscriptModel.h"
#include "qa/store/QaAutoFlagRepository.h"
#include "qa/store/QaDisputeRepository.h"
#include "qa/store/QaReviewRepository.h"
#include "qa/store/ScorecardTemplateRepository.h"
#include "scoring/store/AuditLogRepository.h"
#include "services/ServiceContext.h"
#include "support/TestStores.h"

#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFrame>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

/**
 * The disputes window on a real store, driven through its widgets offscreen: a criterion dispute
 * raised through the dialog and partially accepted with a changed score (stored score, history and
 * audit_log follow); a rejection changes nothing; a withdrawn dispute cannot be decided; the raise
 * dialog shows the model's refusal; overdue disputes filter and show in red.
 */
class TestDisputesWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void raiseCriterionDisputeAndPartiallyAccept();
    void rejectChangesNothing();
    void withdrawnDisputeCannotBeDecided();
    void raiseRefusalShowsModelMessage();
    void overdueFilterAndColour();

private:
    void exec(const QString &sql);
    QVariant scalar(const QString &sql) const;
    /** A submitted review of conversation 800 + n with attitude at the given value (others full). */
    qint64 submittedReview(int n, int attitude, qint64 submittedAt);
    qint64 raiseDirectly(qint64 review, qint64 criterion, qint64 at,
                         const QString &raisedBy = QStringLiteral("lead"));
    void openWindow();
    /** Clicks the table row of dispute id and waits for its detail. */
    void selectDispute(qint64 id);
    template<typename Dialog> Dialog *waitForDialog();
    void saveScreenshot(QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ServiceContext> m_context;
    std::unique_ptr<DisputesWindow> m_window;
    ScorecardTemplate m_template;
    qint64 m_now = 0;
};

void TestDisputesWindow::exec(const QString &sql)
{
    QSqlQuery query(m_store->connection());
    QVERIFY2(query.exec(sql), qPrintable(query.lastError().text() + QStringLiteral(": ") + sql));
}

QVariant TestDisputesWindow::scalar(const QString &sql) const
{
    QSqlQuery query(m_store->connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

void TestDisputesWindow::init()
{
    // The window works with the wall clock (deadlines, overdue), so the data is placed around it.
    m_now = QDateTime::currentSecsSinceEpoch();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = TestStores::createStore(*m_dir, QStringLiteral("disputes.sqlite"));
    QVERIFY(m_store);
    exec(QStringLiteral("INSERT INTO departments (id, code, name) VALUES (91, 'qa-ui', 'QA UI')"));
    exec(QStringLiteral("INSERT INTO teams (id, department_id, name, tier) VALUES (91, 91, 'Refunds', 'L1'), "
                        "(92, 91, 'Returns', 'L1')"));
    exec(QStringLiteral("INSERT INTO agents (id, name, team_id, tier, shift, hire_date) VALUES "
                        "(7, 'Wang Fang', 91, 'L1', 'morning', '2020-02-20'), "
                        "(8, 'Li Qiang', 92, 'L1', 'morning', '2020-02-20')"));
    exec(QStringLiteral("INSERT INTO users (id, login, display_name, role, agent_id, created_at) VALUES "
                        "(5, 'reviewer', 'Reviewer', 'qa_reviewer', NULL, 0), "
                        "(6, 'lead', 'Lead', 'team_lead', NULL, 0), "
                        "(9, 'qalead', 'QA lead', 'team_lead', NULL, 0)"));
    for (int i = 0; i < 4; ++i) {
        const int id = 800 + i;
        const qint64 start = m_now - 12 * 86400 + i * 3600;
        exec(QStringLiteral("INSERT INTO tickets (id, source_system, external_id, platform, channel, type, "
                            "category, status, tier, agent_id, created_at) VALUES (%1, 'test', 't%1', "
                            "'taobao', 'chat', 'consultation', 'product', 'resolved', 'L1', %2, %3)")
                 .arg(id)
                 .arg(i == 3 ? 8 : 7)
                 .arg(start));
        exec(QStringLiteral("INSERT INTO conversations (id, ticket_id, started_at) VALUES (%1, %1, %2)")
                 .arg(id)
                 .arg(start));
        exec(QStringLiteral("INSERT INTO messages (conversation_id, seq, speaker, sent_at, text) VALUES "
                            "(%1, 1, 'customer', %2, 'Where is my refund?'), "
                            "(%1, 2, 'agent', %3, 'It was sent today, sorry for the wait.')")
                 .arg(id)
                 .arg(start)
                 .arg(start + 400));
    }
    QString error;
    QVERIFY2(ScorecardTemplateRepository(m_store->connection()).load(1, &m_template, &error),
             qPrintable(error));
    // The acting user raises, decides and withdraws here; the model checks who may withdraw.
    m_context = std::make_unique<ServiceContext>(*m_store,
                                                 ActingUser { 6, QStringLiteral("lead"), Role::TeamLead });
}

void TestDisputesWindow::cleanup()
{
    m_window.reset();
    m_context.reset();
    m_store.reset();
    m_dir.reset();
}

qint64 TestDisputesWindow::submittedReview(int n, int attitude, qint64 submittedAt)
{
    QaReview review;
    review.conversationId = 800 + n;
    review.agentId = n == 3 ? 8 : 7;
    review.reviewerId = 5;
    review.templateVersionId = m_template.versionId;
    review.createdAt = submittedAt - 60;
    QList<ScorecardAnswer> answers;
    for (const ScorecardSection &section : m_template.sections) {
        for (const ScorecardCriterion &criterion : section.criteria)
            answers.append(ScorecardAnswer::of(
                criterion.id, criterion.key == QLatin1String("attitude") ? attitude : criterion.maxValue()));
    }
    QString error;
    QaReviewRepository reviews(m_store->connection());
    if (!reviews.create(&review, &error) || !reviews.saveDraft(review.id, answers, &error)
        || !reviews.submit(review.id, QStringLiteral("reviewer"), submittedAt, &error)) {
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return 0;
    }
    return review.id;
}

qint64 TestDisputesWindow::raiseDirectly(qint64 review, qint64 criterion, qint64 at, const QString &raisedBy)
{
    QaDispute dispute;
    dispute.reviewId = review;
    dispute.criterionId = criterion;
    dispute.reasonCode = QStringLiteral("guidance_unclear");
    dispute.text = QStringLiteral("The guidance does not say this is rude.");
    dispute.raisedBy = raisedBy;
    dispute.raisedAt = at;
    QString error;
    if (!QaDisputeRepository(m_store->connection())
             .raise(&dispute, QaDisputeRepository::DefaultWindowDays, &error))
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    return dispute.id;
}

void TestDisputesWindow::openWindow()
{
    m_window = std::make_unique<DisputesWindow>(*m_context);
    QSignalSpy loaded(m_window.get(), &DisputesWindow::listLoaded);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(loaded.count() > 0 || loaded.wait());
    QTRY_VERIFY(m_window->isIdle());
}

void TestDisputesWindow::selectDispute(qint64 id)
{
    const int row = m_window->disputesModel()->rowOf(id);
    QVERIFY(row >= 0);
    QTableView *view = m_window->disputesView();
    const QRect cell = view->visualRect(view->model()->index(row, DisputeTableModel::Agent));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_COMPARE(m_window->shownDisputeId(), id);
    QTRY_VERIFY(m_window->isIdle());
}

template<typename Dialog> Dialog *TestDisputesWindow::waitForDialog()
{
    Dialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        dialog = m_window->findChild<Dialog *>();
        return dialog && dialog->isVisible();
    });
    return shown ? dialog : nullptr; // the caller QVERIFYs it
}

void TestDisputesWindow::saveScreenshot(QWidget *widget, const QString &name)
{
    // Set TEAMLENS_SCREENSHOT_DIR to look at what the test drove.
    const QString dir = qEnvironmentVariable("TEAMLENS_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

void TestDisputesWindow::raiseCriterionDisputeAndPartiallyAccept()
{
    const qint64 review = submittedReview(0, 1, m_now - 3600); // attitude 1 of 5: 85
    AutoQaSettings settings = AutoQaSettings::defaults();
    settings.customerWaitSeconds = 240; // the transcript highlights waits over the auto-QA limit
    QString settingsError;
    QVERIFY2(QaAutoFlagRepository(m_store->connection()).saveSettings(settings, &settingsError),
             qPrintable(settingsError));
    openWindow();
    QCOMPARE(m_window->disputesModel()->rowCount(), 0);

    // Raise: the review, its attitude criterion, a reason and the text.
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("raiseDisputeAction")),
                      Qt::LeftButton);
    auto *raise = waitForDialog<DisputeRaiseDialog>();
    QVERIFY(raise);
    auto *criteria = raise->findChild<QComboBox *>(QStringLiteral("disputeCriterionCombo"));
    QTRY_VERIFY(criteria->count() == 1 + m_template.criterionCount() && !raise->isBusy());
    auto *reviews = raise->findChild<QComboBox *>(QStringLiteral("disputeReviewCombo"));
    QCOMPARE(reviews->count(), 1);
    QCOMPARE(reviews->currentData().toLongLong(), review);
    QVERIFY(raise->findChild<QLabel *>(QStringLiteral("disputeDeadlineLabel"))
                ->text()
                .contains(QDateTime::fromSecsSinceEpoch(m_now - 3600 + 7 * 86400)
                              .toString(QStringLiteral("yyyy-MM-dd"))));
    auto *raiseButton = raise->findChild<QPushButton *>(QStringLiteral("raiseDisputeButton"));
    QVERIFY(!raiseButton->isEnabled()); // no text yet
    criteria->setFocus();
    QTest::keyClick(criteria, Qt::Key_Down); // greeting
    QTest::keyClick(criteria, Qt::Key_Down); // attitude
    QCOMPARE(criteria->currentData().toLongLong(),
             m_template.findCriterionByKey(QStringLiteral("attitude"))->id);
    QVERIFY2(criteria->currentText().contains(QStringLiteral("1/5")), qPrintable(criteria->currentText()));
    auto *reason = raise->findChild<QComboBox *>(QStringLiteral("disputeReasonCombo"));
    reason->setFocus();
    QTest::keyClick(reason, Qt::Key_Down);
    QCOMPARE(reason->currentData().toString(), QStringLiteral("guidance_unclear"));
    QTest::keyClicks(raise->findChild<QPlainTextEdit *>(QStringLiteral("disputeTextEdit")),
                     QStringLiteral("I apologised twice; 1 of 5 is too harsh."));
    QVERIFY(raiseButton->isEnabled());
    saveScreenshot(raise, QStringLiteral("dispute-raise.png"));
    QTest::mouseClick(raiseButton, Qt::LeftButton);
    QTRY_COMPARE(m_window->disputesModel()->rowCount(), 1);
    const qint64 id = m_window->disputesModel()->rows().first().dispute.id;
    QCOMPARE(
        scalar(QStringLiteral("SELECT state || ':' || criterion_id || ':' || raised_by FROM qa_disputes"))
            .toString(),
        QStringLiteral("open:%1:lead").arg(m_template.findCriterionByKey(QStringLiteral("attitude"))->id));
    QTRY_COMPARE(m_window->shownDisputeId(), id); // the new dispute is selected
    QTRY_VERIFY(m_window->isIdle());

    // The detail: transcript, the scorecard framing attitude, the text and one history row.
    QCOMPARE(m_window->transcriptModel()->rowCount(), 2);
    QCOMPARE(m_window->transcriptModel()->longWaitSeconds(), qint64(240));
    auto *legend = m_window->findChild<QLabel *>(QStringLiteral("transcriptLegend"));
    QVERIFY(legend && legend->text().contains(QStringLiteral("over 240 s, the auto-QA customer-wait limit")));
    QCOMPARE(m_window->scorecardPanel()->currentCriterion(), 1);
    QVERIFY(m_window->scorecardPanel()->isReadOnly());
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("disputeText"))
                ->text()
                .contains(QStringLiteral("too harsh")));
    QCOMPARE(m_window->historyTable()->rowCount(), 1);
    QCOMPARE(m_window->scoreChangesTable()->rowCount(), 1); // the submission
    const QModelIndex stateCell = m_window->disputesModel()->index(0, DisputeTableModel::State);
    QCOMPARE(stateCell.data().toString(), DisputeTableModel::stateLabel(QaDispute::State::Open));

    // Whoever raised a dispute cannot decide it: another lead opens the window.
    auto *decideAction = m_window->findChild<QPushButton *>(QStringLiteral("decideDisputeAction"));
    QVERIFY(!decideAction->isEnabled());
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("withdrawDisputeAction"))->isEnabled());
    QString error;
    QVERIFY(!QaDisputeRepository(m_store->connection())
                 .decide(id, QaDispute::State::Rejected, {}, QStringLiteral("mine"), QStringLiteral("lead"),
                         m_now, &error));
    QVERIFY2(error.contains(QLatin1String("cannot also decide")), qPrintable(error));
    m_window.reset();
    m_context = std::make_unique<ServiceContext>(*m_store,
                                                 ActingUser { 9, QStringLiteral("qalead"), Role::TeamLead });
    openWindow();
    selectDispute(id);
    QSignalSpy detail(m_window.get(), &DisputesWindow::detailLoaded);

    // Decide: partially accept, attitude 1 → 3 (7.5 of 15 points): 85 → 92.5.
    decideAction = m_window->findChild<QPushButton *>(QStringLiteral("decideDisputeAction"));
    QVERIFY(decideAction->isEnabled());
    QTest::mouseClick(decideAction, Qt::LeftButton);
    auto *decide = waitForDialog<DisputeDecideDialog>();
    QVERIFY(decide);
    QVERIFY(decide->scorecardPanel()->isReadOnly()); // Reject is the default
    QTest::mouseClick(decide->findChild<QRadioButton *>(QStringLiteral("partialRadio")), Qt::LeftButton);
    QVERIFY(!decide->scorecardPanel()->isReadOnly());
    QCOMPARE(decide->scorecardPanel()->currentCriterion(), 1);
    auto *attitude = decide->scorecardPanel()->findChild<QFrame *>(QStringLiteral("criterion_attitude"));
    QVERIFY(attitude);
    QToolButton *three = nullptr;
    for (QToolButton *button : attitude->findChildren<QToolButton *>()) {
        if (button->text() == QLatin1String("3"))
            three = button;
    }
    QVERIFY(three);
    QTest::mouseClick(three, Qt::LeftButton);
    QVERIFY2(decide->scoreText().contains(QStringLiteral("85.0 → 92.5")), qPrintable(decide->scoreText()));
    auto *decideButton = decide->findChild<QPushButton *>(QStringLiteral("decideButton"));
    QTest::mouseClick(decideButton, Qt::LeftButton); // no decision text yet
    QVERIFY2(decide->statusText().contains(QStringLiteral("decision")), qPrintable(decide->statusText()));
    QVERIFY(decide->isVisible());
    QTest::keyClicks(decide->findChild<QPlainTextEdit *>(QStringLiteral("decisionTextEdit")),
                     QStringLiteral("Tone was flat but polite: 3."));
    saveScreenshot(decide, QStringLiteral("dispute-decide.png"));
    detail.clear();
    QTest::mouseClick(decideButton, Qt::LeftButton);
    QVERIFY(detail.wait());
    QTRY_VERIFY(m_window->isIdle());
    QTRY_COMPARE(m_window->shownDisputeId(), id);

    // The stored score changed, the history has two rows, audit_log has before and after.
    QCOMPARE(scalar(QStringLiteral("SELECT score FROM qa_reviews WHERE id = %1").arg(review)).toDouble(),
             92.5);
    QCOMPARE(scalar(QStringLiteral("SELECT state FROM qa_disputes WHERE id = %1").arg(id)).toString(),
             QStringLiteral("partially_accepted"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM qa_dispute_history WHERE dispute_id = %1").arg(id))
                 .toInt(),
             2);
    QList<AuditEntry> audit;
    QVERIFY(AuditLogRepository(m_store->connection())
                .forEntity(QStringLiteral("qa_review"), QString::number(review), &audit, &error));
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.last().actor, QStringLiteral("qalead"));
    QCOMPARE(QJsonDocument::fromJson(audit.last().beforeJson.toUtf8())
                 .object()
                 .value(QStringLiteral("score"))
                 .toDouble(),
             85.0);
    QCOMPARE(QJsonDocument::fromJson(audit.last().afterJson.toUtf8())
                 .object()
                 .value(QStringLiteral("score"))
                 .toDouble(),
             92.5);

    // ... and the window shows all of it.
    QCOMPARE(m_window->historyTable()->rowCount(), 2);
    QCOMPARE(m_window->historyTable()->item(1, 2)->text(),
             DisputeTableModel::stateLabel(QaDispute::State::PartiallyAccepted));
    QCOMPARE(m_window->historyTable()->item(1, 3)->text(), QStringLiteral("Tone was flat but polite: 3."));
    QCOMPARE(m_window->scoreChangesTable()->rowCount(), 2);
    QCOMPARE(m_window->scoreChangesTable()->item(1, 2)->text(), QStringLiteral("85.0 → 92.5"));
    QVERIFY(m_window->disputesModel()
                ->index(0, DisputeTableModel::Review)
                .data()
                .toString()
                .contains(QStringLiteral("92.5")));
    QVERIFY(!decideAction->isEnabled());
    m_window->resize(1500, 950);
    saveScreenshot(m_window.get(), QStringLiteral("disputes-window.png"));
}

void TestDisputesWindow::rejectChangesNothing()
{
    const qint64 review = submittedReview(1, 1, m_now - 7200);
    const qint64 id = raiseDirectly(review, m_template.findCriterionByKey(QStringLiteral("attitude"))->id,
                                    m_now - 600, QStringLiteral("wang"));
    openWindow();
    selectDispute(id);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("decideDisputeAction")),
                      Qt::LeftButton);
    auto *decide = waitForDialog<DisputeDecideDialog>();
    QVERIFY(decide);
    // Editing under Partially accept, then switching to Reject, puts the stored answers back.
    QTest::mouseClick(decide->findChild<QRadioButton *>(QStringLiteral("partialRadio")), Qt::LeftButton);
    decide->scorecardPanel()->setFocus();
    QTest::keyClick(decide->scorecardPanel(), Qt::Key_5); // attitude is current: 5 of 5
    QVERIFY2(decide->scoreText().contains(QStringLiteral("85.0 → 100.0")), qPrintable(decide->scoreText()));
    QTest::mouseClick(decide->findChild<QRadioButton *>(QStringLiteral("rejectRadio")), Qt::LeftButton);
    QVERIFY2(decide->scoreText().contains(QStringLiteral("85.0 → 85.0")), qPrintable(decide->scoreText()));
    QVERIFY(decide->changedAnswers().isEmpty());
    QTest::keyClicks(decide->findChild<QPlainTextEdit *>(QStringLiteral("decisionTextEdit")),
                     QStringLiteral("The transcript shows the rude reply."));
    QSignalSpy decided(decide, &DisputeDecideDialog::decided);
    QTest::mouseClick(decide->findChild<QPushButton *>(QStringLiteral("decideButton")), Qt::LeftButton);
    QVERIFY(decided.wait());
    QTRY_VERIFY(m_window->isIdle() && m_window->shownDisputeId() == id);

    QCOMPARE(scalar(QStringLiteral("SELECT score FROM qa_reviews WHERE id = %1").arg(review)).toDouble(),
             85.0);
    QCOMPARE(scalar(QStringLiteral("SELECT state FROM qa_disputes WHERE id = %1").arg(id)).toString(),
             QStringLiteral("rejected"));
    QCOMPARE(scalar(QStringLiteral(
                        "SELECT count(*) FROM audit_log WHERE entity = 'qa_review' AND entity_key = '%1'")
                        .arg(review))
                 .toInt(),
             1);
    QCOMPARE(m_window->historyTable()->rowCount(), 2);
    QCOMPARE(m_window->scoreChangesTable()->rowCount(), 1);
}

void TestDisputesWindow::withdrawnDisputeCannotBeDecided()
{
    const qint64 review = submittedReview(1, 1, m_now - 7200);
    const qint64 id = raiseDirectly(review, 0, m_now - 600);
    openWindow();
    selectDispute(id);
    auto *withdraw = m_window->findChild<QPushButton *>(QStringLiteral("withdrawDisputeAction"));
    auto *decideAction = m_window->findChild<QPushButton *>(QStringLiteral("decideDisputeAction"));
    QVERIFY(withdraw->isEnabled());
    QTest::mouseClick(withdraw, Qt::LeftButton);
    QTRY_COMPARE(scalar(QStringLiteral("SELECT state FROM qa_disputes WHERE id = %1").arg(id)).toString(),
                 QStringLiteral("withdrawn"));
    QTRY_VERIFY(m_window->isIdle() && m_window->shownDisputeId() == id);
    QCOMPARE(m_window->historyTable()->rowCount(), 2);
    QCOMPARE(m_window->historyTable()->item(1, 1)->text(), QStringLiteral("lead"));
    QVERIFY(!decideAction->isEnabled());
    QVERIFY(!withdraw->isEnabled());
    QTest::mouseClick(decideAction, Qt::LeftButton);
    QTest::qWait(50);
    QVERIFY(!m_window->findChild<DisputeDecideDialog *>());
    // Not through the store either.
    QString error;
    QVERIFY(!QaDisputeRepository(m_store->connection())
                 .decide(id, QaDispute::State::Rejected, {}, QStringLiteral("x"), QStringLiteral("lead"),
                         m_now, &error));
    QCOMPARE(scalar(QStringLiteral("SELECT score FROM qa_reviews WHERE id = %1").arg(review)).toDouble(),
             85.0);

    // Somebody else's open dispute shows no Withdraw.
    exec(QStringLiteral(
             "INSERT INTO qa_disputes (review_id, reason_code, text, raised_by, raised_at, deadline) "
             "VALUES (%1, 'other', 'mine', 'wang', %2, %3)")
             .arg(review)
             .arg(m_now - 60)
             .arg(m_now + 86400));
    const qint64 other = scalar(QStringLiteral("SELECT max(id) FROM qa_disputes")).toLongLong();
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("refreshDisputes")), Qt::LeftButton);
    QTRY_COMPARE(m_window->disputesModel()->rowCount(), 2);
    selectDispute(other);
    QVERIFY(decideAction->isEnabled());
    QVERIFY(!withdraw->isEnabled());
}

void TestDisputesWindow::raiseRefusalShowsModelMessage()
{
    const qint64 review = submittedReview(0, 1, m_now - 3600);
    const qint64 open = raiseDirectly(review, 0, m_now - 600); // covers every criterion
    openWindow();
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("raiseDisputeAction")),
                      Qt::LeftButton);
    auto *raise = waitForDialog<DisputeRaiseDialog>();
    QVERIFY(raise);
    auto *criteria = raise->findChild<QComboBox *>(QStringLiteral("disputeCriterionCombo"));
    QTRY_VERIFY(criteria->count() > 1 && !raise->isBusy());
    criteria->setFocus();
    QTest::keyClick(criteria, Qt::Key_Down);
    QTest::keyClicks(raise->findChild<QPlainTextEdit *>(QStringLiteral("disputeTextEdit")),
                     QStringLiteral("again"));
    QTest::mouseClick(raise->findChild<QPushButton *>(QStringLiteral("raiseDisputeButton")), Qt::LeftButton);
    QTRY_VERIFY(!raise->isBusy() && raise->statusText().contains(QString::number(open)));
    QVERIFY2(raise->statusText().contains(QStringLiteral("still open")), qPrintable(raise->statusText()));
    QVERIFY(raise->isVisible());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM qa_disputes")).toInt(), 1);
}

void TestDisputesWindow::overdueFilterAndColour()
{
    // Submitted 10 days ago, disputed the next day: the 7-day deadline passed 3 days ago.
    const qint64 old = submittedReview(2, 1, m_now - 10 * 86400);
    const qint64 late = raiseDirectly(old, 0, m_now - 9 * 86400);
    const qint64 fresh = raiseDirectly(submittedReview(3, 1, m_now - 3600), 0, m_now - 60);
    openWindow();
    QCOMPARE(m_window->disputesModel()->rowCount(), 2);
    QCOMPARE(m_window->disputesModel()->rows().first().dispute.id, fresh); // newest first
    const int lateRow = m_window->disputesModel()->rowOf(late);
    const QModelIndex deadline = m_window->disputesModel()->index(lateRow, DisputeTableModel::Deadline);
    QVERIFY(deadline.data(DisputeTableModel::OverdueRole).toBool());
    QCOMPARE(deadline.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xc6, 0x28, 0x28));
    QVERIFY(!m_window->disputesModel()
                 ->index(0, DisputeTableModel::Deadline)
                 .data(DisputeTableModel::OverdueRole)
                 .toBool());

    QSignalSpy loaded(m_window.get(), &DisputesWindow::listLoaded);
    QTest::mouseClick(m_window->findChild<QCheckBox *>(QStringLiteral("disputeOverdueOnly")), Qt::LeftButton);
    QVERIFY(loaded.wait());
    QCOMPARE(m_window->disputesModel()->rowCount(), 1);
    QCOMPARE(m_window->disputesModel()->rows().first().dispute.id, late);
    QTest::mouseClick(m_window->findChild<QCheckBox *>(QStringLiteral("disputeOverdueOnly")), Qt::LeftButton);
    QVERIFY(loaded.wait());
    QCOMPARE(m_window->disputesModel()->rowCount(), 2);

    // The team filter: Li Qiang (Returns) has the fresh one.
    auto *team = m_window->findChild<QComboBox *>(QStringLiteral("disputeTeamFilter"));
    QTRY_COMPARE(team->count(), 3);
    team->setFocus();
    QTest::keyClick(team, Qt::Key_End); // Returns
    QVERIFY(loaded.wait());
    QCOMPARE(m_window->disputesModel()->rowCount(), 1);
    QCOMPARE(m_window->disputesModel()->rows().first().dispute.id, fresh);
}

QTEST_MAIN(TestDisputesWindow)
#include "TestDisputesWindow.moc"
