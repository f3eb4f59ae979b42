#include "qa/AutoQaRunner.h"
#include "qa/QaQueueModel.h"
#include "qa/ReassignDialog.h"
#include "qa/ReviewerWorkspace.h"
#include "qa/ScorecardPanel.h"
#include "qa/TranscriptModel.h"
#include "qa/store/QaAutoFlagRepository.h"
#include "qa/store/QaSampleRepository.h"
#include "qa/store/ScorecardTemplateRepository.h"
#include "services/ServiceContext.h"
#include "support/TestStores.h"

#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

/**
 * The QA reviewer workspace on a real store: a draw assigns two conversations to a reviewer, who
 * scores and submits one with the keyboard alone; the transcript highlights the long customer wait;
 * submitting with unanswered criteria is refused; auto-QA flags mark their messages, list above the
 * transcript (a click shows the message; stale flags say so) and pre-fill the mapped criteria of a
 * fresh review; the highlight uses the auto-QA wait limit, so every highlighted reply carries the
 * "long customer wait" flag, and a legend names the limit; a conversation flagged while its ticket
 * was open is rechecked when opened after the ticket closed; "Reassign…" moves an item to another reviewer
 * with a reason, never to the agent.
 */
class TestReviewerWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void queueShowsAssignedItemsWithDueDates();
    void queueFiltersByDueAndStatus();
    void queueColumnsStartUncut();
    void administratorSeesEveryReviewersItems();
    void scoresAndSubmitsWithKeyboardAlone();
    void longCustomerWaitIsHighlighted();
    void submitWithUnansweredCriteriaIsRefused();
    void autoQaFlagsAreMarkedAndListed();
    void staleFlagsSaySo();
    void highlightFollowsTheAutoQaWaitLimit();
    void flagsFollowTheTicketStatusWhenOpened();
    void flagsPrefillMappedCriteria();
    void reassignMovesTheItemWithItsReason();
    void reassignFromTheContextMenuRespectsTheCap();

private:
    /** A forbidden phrase in 700's first agent reply, then auto-QA over the whole store. */
    void runAutoQa();
    /** Waits for the reassignment dialog after clicking the button or the menu. */
    ReassignDialog *waitForReassignDialog();
    void exec(const QString &sql);
    /** Shows the workspace, waits for the queue and opens its first row with the keyboard. */
    void openFirstItem();
    QVariant scalar(const QString &sql) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ServiceContext> m_context;
    std::unique_ptr<ReviewerWorkspace> m_workspace;
    qint64 m_firstItemId = 0;
};

namespace {

/** "criterion=value" per answer ("=N/A" for N/A), to compare answers in one message. */
QStringList describe(const QList<ScorecardAnswer> &answers)
{
    QStringList out;
    for (const ScorecardAnswer &answer : answers)
        out.append(QStringLiteral("%1=%2")
                       .arg(answer.criterionId)
                       .arg(answer.value ? QString::number(*answer.value) : QStringLiteral("N/A")));
    return out;
}

} // namespace

// 2024-03-05 09:00 UTC, in the drawn week 2024-03-04 .. 2024-03-10.
constexpr qint64 T0 = 1709629200;

void TestReviewerWorkspace::exec(const QString &sql)
{
    QSqlQuery query(m_store->connection());
    QVERIFY2(query.exec(sql), qPrintable(query.lastError().text() + QStringLiteral(": ") + sql));
}

QVariant TestReviewerWorkspace::scalar(const QString &sql) const
{
    QSqlQuery query(m_store->connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

void TestReviewerWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = TestStores::createStore(*m_dir, QStringLiteral("review.sqlite"));
    QVERIFY(m_store);
    exec(QStringLiteral("INSERT INTO departments (id, code, name) VALUES (91, 'qa-ui', 'QA UI')"));
    exec(
        QStringLiteral("INSERT INTO teams (id, department_id, name, tier) VALUES (91, 91, 'Refunds', 'L1')"));
    exec(QStringLiteral("INSERT INTO agents (id, name, team_id, tier, shift, hire_date) VALUES "
                        "(7, 'Wang Fang', 91, 'L1', 'morning', '2020-02-20')"));
    exec(QStringLiteral(
        "INSERT INTO users (id, login, display_name, role, agent_id, created_at, disabled) VALUES "
        "(5, 'reviewer', 'Reviewer', 'qa_reviewer', NULL, 0, 0), "
        "(6, 'other', 'Other', 'qa_reviewer', NULL, 0, 0), "
        "(8, 'wangfang', 'Wang Fang (agent)', 'qa_reviewer', 7, 0, 0)"));
    for (int i = 0; i < 3; ++i) {
        const int id = 700 + i;
        exec(QStringLiteral("INSERT INTO tickets (id, source_system, external_id, platform, channel, type, "
                            "category, status, tier, agent_id, created_at) VALUES (%1, 'test', 't%1', "
                            "'taobao', 'chat', 'consultation', 'product', 'resolved', 'L1', 7, %2)")
                 .arg(id)
                 .arg(T0 + i * 3600));
        exec(QStringLiteral("INSERT INTO conversations (id, ticket_id, started_at) VALUES (%1, %1, %2)")
                 .arg(id)
                 .arg(T0 + i * 3600));
    }
    // Conversation 700: a 60 s wait, then two customer messages answered after 15 minutes (900 s,
    // counted from the first unanswered one), then a system note.
    exec(QStringLiteral(
             "INSERT INTO messages (conversation_id, seq, speaker, sent_at, text) VALUES "
             "(700, 1, 'customer', %1, 'Where is my refund?'), (700, 2, 'agent', %2, 'Let me check.'), "
             "(700, 3, 'customer', %3, 'Hello?'), (700, 4, 'customer', %4, 'Anyone there?'), "
             "(700, 5, 'agent', %5, 'Sorry, the refund was sent today.'), (700, 6, 'system', %6, 'Closed')")
             .arg(T0)
             .arg(T0 + 60)
             .arg(T0 + 120)
             .arg(T0 + 400)
             .arg(T0 + 1020)
             .arg(T0 + 1100));
    exec(QStringLiteral("INSERT INTO messages (conversation_id, seq, speaker, sent_at, text) VALUES "
                        "(701, 1, 'customer', %1, 'Hi'), (701, 2, 'agent', %2, 'Hello!')")
             .arg(T0 + 3600)
             .arg(T0 + 3630));

    // A draw of the week: 700 and 701 to the reviewer, 702 to someone else.
    StoredSampleDraw draw;
    draw.rule.name = QStringLiteral("weekly");
    draw.rule.perAgent = 3;
    draw.seed = 42;
    draw.first = QDate(2024, 3, 4);
    draw.last = QDate(2024, 3, 10);
    draw.createdBy = QStringLiteral("lead");
    draw.createdAt = T0 + 86400 * 6;
    draw.items = { { 700, 7, SampleStratum::Random, 5 },
                   { 701, 7, SampleStratum::Random, 5 },
                   { 702, 7, SampleStratum::Random, 6 } };
    QString error;
    QVERIFY2(QaSampleRepository(m_store->connection()).save(&draw, {}, &error), qPrintable(error));
    m_firstItemId
        = scalar(QStringLiteral("SELECT id FROM qa_sample_items WHERE conversation_id = 700")).toLongLong();
    QVERIFY(m_firstItemId > 0);

    m_context = std::make_unique<ServiceContext>(
        *m_store, ActingUser { 5, QStringLiteral("reviewer"), Role::QaReviewer });
    m_workspace = std::make_unique<ReviewerWorkspace>(*m_context);
    m_workspace->resize(1600, 1000);
    m_workspace->queueModel()->setToday(QDate(2024, 3, 12));
}

void TestReviewerWorkspace::cleanup()
{
    m_workspace.reset();
    m_context.reset();
    m_store.reset();
    m_dir.reset();
}

void TestReviewerWorkspace::openFirstItem()
{
    m_workspace->show();
    QApplication::setActiveWindow(m_workspace.get());
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
    m_workspace->reload();
    QTRY_COMPARE(m_workspace->queueView()->model()->rowCount(), 2);
    QTableView *queue = m_workspace->queueView();
    queue->setFocus();
    QTest::keyClick(queue, Qt::Key_Home);
    QTRY_VERIFY(m_workspace->isIdle() && m_workspace->scorecardPanel()->scorecard().criterionCount() > 0);
    QTest::keyClick(queue, Qt::Key_Return);
    QVERIFY(m_workspace->scorecardPanel()->hasFocus());
}

void TestReviewerWorkspace::queueShowsAssignedItemsWithDueDates()
{
    exec(QStringLiteral("INSERT INTO store_settings (key, value) VALUES ('qa_review_due_days', '5')"));
    m_workspace->reload();
    QTRY_COMPARE(m_workspace->queueModel()->items().size(), 2); // 702 belongs to another reviewer
    for (const QaQueueItem &item : m_workspace->queueModel()->items()) {
        QCOMPARE(item.reviewerId, qint64(5));
        QCOMPARE(item.due, QDate(2024, 3, 15)); // period end + 5 days
        QCOMPARE(item.status, QaQueueItem::Status::ToDo);
        QCOMPARE(item.teamName, QStringLiteral("Refunds"));
    }
}

void TestReviewerWorkspace::queueFiltersByDueAndStatus()
{
    m_workspace->show();
    m_workspace->reload();
    QAbstractItemModel *shown = m_workspace->queueView()->model();
    QTRY_COMPARE(shown->rowCount(), 2);
    // Due 2024-03-13 (period end + the default 3 days); "today" is pinned at 2024-03-12.
    auto *due = m_workspace->findChild<QComboBox *>(QStringLiteral("dueFilter"));
    QVERIFY(due);
    QTest::keyClick(due, Qt::Key_Down); // Overdue
    QCOMPARE(shown->rowCount(), 0);
    QTest::keyClick(due, Qt::Key_Down); // due within 2 days
    QCOMPARE(shown->rowCount(), 2);
    m_workspace->queueModel()->setToday(QDate(2024, 3, 14));
    QTest::keyClick(due, Qt::Key_Up); // Overdue, now that the due date has passed
    QCOMPARE(shown->rowCount(), 2);
    auto *status = m_workspace->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    QVERIFY(status);
    QTest::keyClick(status, Qt::Key_Down); // Not submitted: to do or draft
    QCOMPARE(status->currentText(), QStringLiteral("Not submitted"));
    QCOMPARE(shown->rowCount(), 2);
    QTest::keyClick(status, Qt::Key_Down); // To do
    QCOMPARE(shown->rowCount(), 2);
    QTest::keyClick(status, Qt::Key_Down); // Draft
    QCOMPARE(shown->rowCount(), 0);

    // A saved draft stays "not submitted"; once submitted it leaves that filter.
    QTest::keyClick(status, Qt::Key_Up);
    QTest::keyClick(status, Qt::Key_Up); // Not submitted
    QCOMPARE(shown->rowCount(), 2);
    QApplication::setActiveWindow(m_workspace.get());
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
    QTableView *queue = m_workspace->queueView();
    queue->setFocus();
    QTest::keyClick(queue, Qt::Key_Home);
    QTRY_VERIFY(m_workspace->isIdle() && m_workspace->scorecardPanel()->scorecard().criterionCount() > 0);
    QTest::keyClick(queue, Qt::Key_Return);
    ScorecardPanel *panel = m_workspace->scorecardPanel();
    for (int key :
         { Qt::Key_P, Qt::Key_4, Qt::Key_5, Qt::Key_2, Qt::Key_N, Qt::Key_P, Qt::Key_1, Qt::Key_P }) {
        QTest::keyClick(panel, Qt::Key(key));
        QTest::keyClick(panel, Qt::Key_J);
    }
    QVERIFY(panel->result().complete());
    QTest::keyClick(panel, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(m_workspace->currentReviewId() != 0 && m_workspace->isIdle());
    QCOMPARE(shown->rowCount(), 2);
    QSignalSpy submitted(m_workspace.get(), &ReviewerWorkspace::submitted);
    QTest::keyClick(panel, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(submitted.size(), 1);
    QTRY_COMPARE(shown->rowCount(), 1);
}

void TestReviewerWorkspace::queueColumnsStartUncut()
{
    // A laptop-sized window: the splitter's first share (a quarter) would cut off status and score.
    m_workspace->resize(1200, 700);
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
    auto *splitter = m_workspace->findChild<QSplitter *>(QStringLiteral("reviewSplitter"));
    QVERIFY(splitter);
    const int before = splitter->sizes().at(0);
    m_workspace->reload();
    QTableView *queue = m_workspace->queueView();
    QTRY_COMPARE(queue->model()->rowCount(), 2);
    QVERIFY2(splitter->sizes().at(0) > before,
             qPrintable(QStringLiteral("%1 → %2").arg(before).arg(splitter->sizes().at(0))));
    QTRY_VERIFY(queue->horizontalHeader()->length() <= queue->viewport()->width()); // every column in view
    const int last = queue->model()->columnCount() - 1;
    const QAbstractItemView *rows = queue; // QTableView hides sizeHintForColumn
    QVERIFY(queue->columnWidth(last) >= rows->sizeHintForColumn(last));

    // The reviewer's own splitter position survives a reload.
    splitter->setSizes({ 150, 425, 425 });
    const int chosen = splitter->sizes().at(0);
    m_workspace->reload();
    QVERIFY(QTest::qWaitFor([this] { return m_workspace->isIdle(); }));
    QCOMPARE(splitter->sizes().at(0), chosen);
}

void TestReviewerWorkspace::administratorSeesEveryReviewersItems()
{
    m_workspace.reset();
    m_context
        = std::make_unique<ServiceContext>(*m_store, ActingUser::localOperator(QStringLiteral("admin")));
    m_workspace = std::make_unique<ReviewerWorkspace>(*m_context);
    m_workspace->show();
    m_workspace->reload();
    QAbstractItemModel *shown = m_workspace->queueView()->model();
    QTRY_COMPARE(shown->rowCount(), 3);
    auto *reviewer = m_workspace->findChild<QComboBox *>(QStringLiteral("reviewerFilter"));
    QVERIFY(reviewer && reviewer->isVisible());
    QCOMPARE(reviewer->count(), 3); // all, Other, Reviewer
    QTest::keyClick(reviewer, Qt::Key_Down); // "Other" sorts first
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, QaQueueModel::ReviewerColumn).data().toString(), QStringLiteral("Other"));
}

void TestReviewerWorkspace::scoresAndSubmitsWithKeyboardAlone()
{
    openFirstItem();
    ScorecardPanel *panel = m_workspace->scorecardPanel();
    const ScorecardTemplate scorecard = panel->scorecard();
    QCOMPARE(scorecard.criterionCount(), 8);
    QCOMPARE(panel->currentCriterion(), 0);

    // The default template in order: greeting (pass/fail), attitude (1–5), communication (1–5),
    // problem solving (0–3), product knowledge (pass/fail, N/A), process (pass/fail),
    // timeliness (0–2), privacy (pass/fail, critical).
    const QList<int> keys
        = { Qt::Key_P, Qt::Key_4, Qt::Key_5, Qt::Key_2, Qt::Key_N, Qt::Key_F, Qt::Key_1, Qt::Key_P };
    for (int i = 0; i < keys.size(); ++i) {
        QCOMPARE(panel->currentCriterion(), i);
        QTest::keyClick(panel, Qt::Key(keys.at(i)));
        if (i == 5) { // a comment on the failed process criterion
            QTest::keyClick(panel, Qt::Key_C);
            QWidget *comment = QApplication::focusWidget();
            QVERIFY(qobject_cast<QLineEdit *>(comment));
            QTest::keyClicks(comment, QStringLiteral("no refund note"));
            QTest::keyClick(comment, Qt::Key_Return);
            QVERIFY(panel->hasFocus());
        }
        QTest::keyClick(panel, Qt::Key_J);
    }
    QVERIFY(panel->result().complete());

    // What the scorer makes of exactly these answers.
    auto id = [&](const char *key) {
        return scorecard.findCriterionByKey(QLatin1String(key))->id;
    };
    const QList<ScorecardAnswer> expectedAnswers = {
        ScorecardAnswer::of(id("greeting"), 1),
        ScorecardAnswer::of(id("attitude"), 4),
        ScorecardAnswer::of(id("communication"), 5),
        ScorecardAnswer::of(id("problem_solving"), 2),
        ScorecardAnswer::na(id("product_knowledge")),
        ScorecardAnswer::of(id("process_compliance"), 0),
        ScorecardAnswer::of(id("response_timeliness"), 1),
        ScorecardAnswer::of(id("privacy"), 1),
    };
    ScorecardResult expected;
    QString error;
    QVERIFY2(ScorecardScorer::score(scorecard, expectedAnswers, &expected, &error), qPrintable(error));
    QVERIFY(expected.score);
    QVERIFY(*expected.score > 0 && *expected.score < 100);

    QTest::keyClick(panel, Qt::Key_S, Qt::ControlModifier); // a draft first
    QTRY_VERIFY(m_workspace->currentReviewId() != 0 && m_workspace->isIdle());
    const qint64 reviewId = m_workspace->currentReviewId();
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM qa_reviews WHERE id = %1").arg(reviewId)).toString(),
             QStringLiteral("draft"));

    QTest::keyClick(panel, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(
        scalar(QStringLiteral("SELECT status FROM qa_reviews WHERE id = %1").arg(reviewId)).toString(),
        QStringLiteral("submitted"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM qa_reviews")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT sample_item_id FROM qa_reviews WHERE id = %1").arg(reviewId))
                 .toLongLong(),
             m_firstItemId);
    QCOMPARE(
        scalar(QStringLiteral("SELECT reviewer_id FROM qa_reviews WHERE id = %1").arg(reviewId)).toLongLong(),
        qint64(5));
    QCOMPARE(scalar(QStringLiteral("SELECT score FROM qa_reviews WHERE id = %1").arg(reviewId)).toDouble(),
             *expected.score);
    QCOMPARE(
        scalar(QStringLiteral("SELECT comment FROM qa_answers WHERE review_id = %1 AND criterion_id = %2")
                   .arg(reviewId)
                   .arg(id("process_compliance")))
            .toString(),
        QStringLiteral("no refund note"));
    QCOMPARE(
        scalar(
            QStringLiteral("SELECT count(*) FROM qa_answers WHERE review_id = %1 AND na = 1").arg(reviewId))
            .toInt(),
        1);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'submit_review' AND entity = "
                              "'qa_review' AND entity_key = '%1' AND actor = 'reviewer'")
                   .arg(reviewId))
            .toInt(),
        1);
    QTRY_COMPARE(m_workspace->queueModel()->items().at(0).status, QaQueueItem::Status::Submitted);
    QVERIFY(panel->isReadOnly());
    QVERIFY(!m_workspace->findChild<QPushButton *>(QStringLiteral("reassignButton"))->isEnabled());

    // Ctrl+N moves on to the next conversation.
    QTest::keyClick(panel, Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(m_workspace->isIdle() && !panel->isReadOnly());
    QCOMPARE(m_workspace->transcriptModel()->rowCount(), 2);
}

void TestReviewerWorkspace::longCustomerWaitIsHighlighted()
{
    openFirstItem();
    TranscriptModel *transcript = m_workspace->transcriptModel();
    QVERIFY(m_workspace->transcriptView()->model() == transcript);
    QCOMPARE(transcript->rowCount(), 6);
    QList<int> longRows;
    for (int row = 0; row < transcript->rowCount(); ++row) {
        if (transcript->index(row).data(TranscriptModel::LongWaitRole).toBool())
            longRows.append(row);
    }
    QCOMPARE(longRows, QList<int>({ 4 })); // the reply after 15 minutes; the 60 s one is not long
    const QModelIndex slow = transcript->index(4);
    QCOMPARE(slow.data(TranscriptModel::WaitSecondsRole).toLongLong(), qint64(900));
    QVERIFY(slow.data(Qt::BackgroundRole).isValid());
    QVERIFY(slow.data().toString().contains(QStringLiteral("Sorry, the refund was sent today.")));
    QVERIFY(!transcript->index(1).data(Qt::BackgroundRole).isValid());
    QCOMPARE(transcript->index(1).data(TranscriptModel::WaitSecondsRole).toLongLong(), qint64(60));
    QCOMPARE(transcript->index(0).data(TranscriptModel::SpeakerRole).toInt(), int(Speaker::Customer));
    QVERIFY(transcript->index(0).data(Qt::ForegroundRole) != transcript->index(1).data(Qt::ForegroundRole));
}

void TestReviewerWorkspace::submitWithUnansweredCriteriaIsRefused()
{
    openFirstItem();
    ScorecardPanel *panel = m_workspace->scorecardPanel();
    QTest::keyClick(panel, Qt::Key_P);
    QTest::keyClick(panel, Qt::Key_J);
    QTest::keyClick(panel, Qt::Key_9); // off the 1–5 scale: ignored
    QCOMPARE(panel->answers().size(), 1);
    QTest::keyClick(panel, Qt::Key_Return, Qt::ControlModifier);
    auto *message = m_workspace->findChild<QLabel *>(QStringLiteral("reviewMessage"));
    QVERIFY(message);
    const ScorecardCriterion *attitude = panel->scorecard().findCriterionByKey(QStringLiteral("attitude"));
    QVERIFY(message->text().contains(ScorecardPanel::criterionTitle(*attitude)));
    QVERIFY(message->text().contains(QStringLiteral("7")));
    QTest::qWait(100);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM qa_reviews WHERE status = 'submitted'")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'submit_review'")).toInt(),
             0);
}

void TestReviewerWorkspace::runAutoQa()
{
    exec(QStringLiteral(
        "UPDATE messages SET text = 'I don''t know, let me check.' WHERE conversation_id = 700 "
        "AND seq = 2"));
    AutoQaRunSummary summary;
    QString error;
    QVERIFY2(AutoQaRunner::run(m_store->connection(), AutoQaRunOptions {}, &summary, &error),
             qPrintable(error));
    QCOMPARE(summary.conversations, qint64(3));
}

void TestReviewerWorkspace::autoQaFlagsAreMarkedAndListed()
{
    runAutoQa();
    // 700: "I don't know" and no greeting in the first reply (seq 2); a 900 s wait and no closing at
    // the last reply (seq 5).
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM qa_auto_flags WHERE conversation_id = 700")).toInt(),
             4);
    openFirstItem();
    TranscriptModel *transcript = m_workspace->transcriptModel();
    QCOMPARE(transcript->rowCount(), 6);
    const QModelIndex first = transcript->index(1);
    QCOMPARE(first.data(TranscriptModel::FlagRulesRole).toStringList(),
             QStringList({ QStringLiteral("forbidden_phrase"), QStringLiteral("missing_greeting") }));
    QVERIFY(first.data(Qt::DecorationRole).isValid());
    QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("“I don't know”")));
    QVERIFY(first.data().toString().contains(QStringLiteral("Auto-QA: No greeting")));
    const QModelIndex last = transcript->index(4);
    QCOMPARE(last.data(TranscriptModel::FlagRulesRole).toStringList(),
             QStringList({ QStringLiteral("customer_wait"), QStringLiteral("missing_closing") }));
    QVERIFY(last.data(Qt::ToolTipRole).toString().contains(QStringLiteral("900 s")));
    for (int row : { 0, 2, 3, 5 }) {
        QVERIFY(!transcript->index(row).data(Qt::DecorationRole).isValid());
        QVERIFY(transcript->index(row).data(TranscriptModel::FlagRulesRole).toStringList().isEmpty());
    }

    auto *strip = m_workspace->findChild<QWidget *>(QStringLiteral("autoQaFlagStrip"));
    QVERIFY(strip && strip->isVisible());
    auto *summary = m_workspace->findChild<QLabel *>(QStringLiteral("autoQaFlagSummary"));
    QVERIFY(summary->text().startsWith(QStringLiteral("4 auto-QA flag"))); // "flags" once translated
    QVERIFY(!m_workspace->findChild<QLabel *>(QStringLiteral("autoQaFlagsStale"))->isVisible());
    QStringList names;
    for (int i = 0; i < 4; ++i) {
        auto *button = strip->findChild<QToolButton *>(QStringLiteral("autoQaFlag_%1").arg(i));
        QVERIFY(button && button->isVisible());
        names.append(button->text());
    }
    QCOMPARE(names,
             QStringList({ QStringLiteral("forbidden phrase"), QStringLiteral("long customer wait"),
                           QStringLiteral("missing greeting"), QStringLiteral("missing closing") }));

    // A short transcript view, so the flagged message starts out of sight; clicking its flag shows it.
    QListView *view = m_workspace->transcriptView();
    view->setFixedHeight(90);
    view->scrollToTop();
    QTest::qWait(50);
    QVERIFY(!view->viewport()->rect().contains(view->visualRect(last).center()));
    QTest::mouseClick(strip->findChild<QToolButton *>(QStringLiteral("autoQaFlag_3")), Qt::LeftButton);
    QCOMPARE(view->currentIndex().row(), 4);
    QTRY_VERIFY(view->viewport()->rect().contains(view->visualRect(last).center()));
    QTest::mouseClick(strip->findChild<QToolButton *>(QStringLiteral("autoQaFlag_0")), Qt::LeftButton);
    QCOMPARE(view->currentIndex().row(), 1);
    QTRY_VERIFY(view->viewport()->rect().contains(view->visualRect(first).center()));

    // 701 greets, answers at once but never closes: one flag.
    QTest::keyClick(m_workspace->queueView(), Qt::Key_Down);
    QTRY_VERIFY(m_workspace->isIdle() && transcript->rowCount() == 2);
    QVERIFY(summary->text().startsWith(QStringLiteral("1 auto-QA flag")));
    QCOMPARE(transcript->index(1).data(TranscriptModel::FlagRulesRole).toStringList(),
             QStringList({ QStringLiteral("missing_closing") }));
}

void TestReviewerWorkspace::staleFlagsSaySo()
{
    openFirstItem();
    auto *summary = m_workspace->findChild<QLabel *>(QStringLiteral("autoQaFlagSummary"));
    QCOMPARE(summary->text(), QStringLiteral("Auto-QA has not checked this store yet."));
    m_workspace->hide();

    runAutoQa();
    AutoQaSettings settings = AutoQaSettings::defaults();
    settings.customerWaitSeconds = 1200; // the 900 s wait is no longer long
    QString error;
    QVERIFY2(QaAutoFlagRepository(m_store->connection()).saveSettings(settings, &error), qPrintable(error));
    m_workspace = std::make_unique<ReviewerWorkspace>(*m_context);
    m_workspace->resize(1600, 1000);
    openFirstItem();
    auto *stale = m_workspace->findChild<QLabel *>(QStringLiteral("autoQaFlagsStale"));
    QVERIFY(stale && stale->isVisible());
    QVERIFY(stale->text().contains(QStringLiteral("Out of date")));
    QVERIFY(m_workspace->findChild<QLabel *>(QStringLiteral("autoQaFlagSummary"))
                ->text()
                .startsWith(QStringLiteral("4 auto-QA flag")));
}

void TestReviewerWorkspace::highlightFollowsTheAutoQaWaitLimit()
{
    // 50 s: both of 700's waits (60 s and 900 s) are over the limit, for the flags and the highlight.
    AutoQaSettings settings = AutoQaSettings::defaults();
    settings.customerWaitSeconds = 50;
    QString error;
    QVERIFY2(QaAutoFlagRepository(m_store->connection()).saveSettings(settings, &error), qPrintable(error));
    runAutoQa();
    openFirstItem();
    TranscriptModel *transcript = m_workspace->transcriptModel();
    QCOMPARE(transcript->rowCount(), 6);
    QCOMPARE(transcript->longWaitSeconds(), qint64(50));
    QList<int> highlighted;
    QList<int> waitFlagged;
    for (int row = 0; row < transcript->rowCount(); ++row) {
        const QModelIndex index = transcript->index(row);
        if (index.data(TranscriptModel::LongWaitRole).toBool())
            highlighted.append(row);
        if (index.data(TranscriptModel::FlagRulesRole)
                .toStringList()
                .contains(QStringLiteral("customer_wait")))
            waitFlagged.append(row);
    }
    QCOMPARE(highlighted, QList<int>({ 1, 4 }));
    QCOMPARE(waitFlagged, highlighted);
    QVERIFY2(transcript->index(1).data().toString().contains(QStringLiteral("(auto-QA limit 50 s)")),
             qPrintable(transcript->index(1).data().toString()));

    auto *legend = m_workspace->findChild<QLabel *>(QStringLiteral("transcriptLegend"));
    QVERIFY(legend && legend->isVisible());
    QVERIFY2(legend->text().contains(QStringLiteral("over 50 s, the auto-QA customer-wait limit")),
             qPrintable(legend->text()));
    QVERIFY(legend->toolTip().contains(QStringLiteral("long customer wait")));

    // With the shipped limit (180 s) the 60 s reply is neither flagged nor highlighted, and the
    // legend says so; before this change the transcript highlighted every wait over 120 s.
    m_workspace->hide();
    QVERIFY2(QaAutoFlagRepository(m_store->connection()).saveSettings(AutoQaSettings::defaults(), &error),
             qPrintable(error));
    runAutoQa();
    exec(
        QStringLiteral("UPDATE messages SET sent_at = sent_at - 90 WHERE conversation_id = 700 AND seq = 1"));
    AutoQaRunSummary summary;
    QVERIFY2(AutoQaRunner::run(m_store->connection(), AutoQaRunOptions {}, &summary, &error),
             qPrintable(error));
    m_workspace = std::make_unique<ReviewerWorkspace>(*m_context);
    m_workspace->resize(1600, 1000);
    // No transcript yet, so no legend: the model would only know the default limit.
    legend = m_workspace->findChild<QLabel *>(QStringLiteral("transcriptLegend"));
    QVERIFY(legend && !legend->isVisibleTo(m_workspace.get()));
    openFirstItem();
    QVERIFY(legend->isVisibleTo(m_workspace.get()));
    transcript = m_workspace->transcriptModel();
    QCOMPARE(transcript->index(1).data(TranscriptModel::WaitSecondsRole).toLongLong(), qint64(150));
    QVERIFY(!transcript->index(1).data(TranscriptModel::LongWaitRole).toBool()); // 150 s: over 120, under 180
    QVERIFY(!transcript->index(1)
                 .data(TranscriptModel::FlagRulesRole)
                 .toStringList()
                 .contains(QStringLiteral("customer_wait")));
    QVERIFY(transcript->index(4).data(TranscriptModel::LongWaitRole).toBool());
    QVERIFY(legend->text().contains(QStringLiteral("over 180 s")));
}

void TestReviewerWorkspace::flagsFollowTheTicketStatusWhenOpened()
{
    // Checked while 700's ticket was open: its closing is not judged yet.
    exec(QStringLiteral("UPDATE tickets SET status = 'open' WHERE id = 700"));
    runAutoQa();
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM qa_auto_flags WHERE conversation_id = 700 AND "
                                   "rule = 'missing_closing'"))
                 .toInt(),
             0);
    // The ticket closes; no auto-QA run follows. Opening the conversation rechecks it.
    exec(QStringLiteral("UPDATE tickets SET status = 'closed' WHERE id = 700"));
    openFirstItem();
    TranscriptModel *transcript = m_workspace->transcriptModel();
    QCOMPARE(transcript->index(4).data(TranscriptModel::FlagRulesRole).toStringList(),
             QStringList({ QStringLiteral("customer_wait"), QStringLiteral("missing_closing") }));
    auto *summary = m_workspace->findChild<QLabel *>(QStringLiteral("autoQaFlagSummary"));
    QVERIFY(summary->text().startsWith(QStringLiteral("4 auto-QA flag")));
    QVERIFY(!m_workspace->findChild<QLabel *>(QStringLiteral("autoQaFlagsStale"))->isVisible());
    QCOMPARE(
        scalar(QStringLiteral("SELECT ticket_ended FROM qa_auto_checks WHERE conversation_id = 700")).toInt(),
        1);
}

void TestReviewerWorkspace::flagsPrefillMappedCriteria()
{
    runAutoQa();
    openFirstItem();
    ScorecardPanel *panel = m_workspace->scorecardPanel();
    const ScorecardTemplate scorecard = panel->scorecard();
    const qint64 greeting = scorecard.findCriterionByKey(QStringLiteral("greeting"))->id;
    const qint64 timeliness = scorecard.findCriterionByKey(QStringLiteral("response_timeliness"))->id;
    // Forbidden phrase, missing greeting and closing → courtesy fails; one long wait → timeliness 1 of 2.
    QCOMPARE(describe(panel->answers()),
             describe({ ScorecardAnswer::of(greeting, 0), ScorecardAnswer::of(timeliness, 1) }));
    QCOMPARE(panel->pendingSuggestionKeys(),
             QStringList({ QStringLiteral("greeting"), QStringLiteral("response_timeliness") }));
    auto *mark = panel->findChild<QLabel *>(QStringLiteral("suggestion_greeting"));
    QVERIFY(mark && mark->isVisible());
    QVERIFY(mark->text().contains(QStringLiteral("Suggested by auto-QA")));
    QVERIFY(mark->text().contains(QStringLiteral("forbidden phrase")));
    QVERIFY(mark->text().contains(QStringLiteral("missing closing")));
    QVERIFY(panel->findChild<QToolButton *>(QStringLiteral("value_greeting_0"))->isChecked());
    QVERIFY(panel->findChild<QToolButton *>(QStringLiteral("value_response_timeliness_1"))->isChecked());
    QVERIFY(!panel->findChild<QLabel *>(QStringLiteral("suggestion_attitude"))->isVisible());
    QCOMPARE(panel->currentCriterion(), 0); // the first suggestion, for the reviewer to confirm
    // Nothing is stored before the reviewer saves.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM qa_reviews")).toInt(), 0);

    // The reviewer overrules courtesy (the rudeness was a quote) and accepts timeliness as suggested.
    QTest::keyClick(panel, Qt::Key_P);
    QVERIFY(!mark->isVisible());
    QCOMPARE(panel->pendingSuggestionKeys(), QStringList({ QStringLiteral("response_timeliness") }));
    QTest::mouseClick(panel->findChild<QToolButton *>(QStringLiteral("value_response_timeliness_1")),
                      Qt::LeftButton);
    QVERIFY(panel->pendingSuggestionKeys().isEmpty());
    QTest::keyClick(panel, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(m_workspace->currentReviewId() != 0 && m_workspace->isIdle());
    const qint64 reviewId = m_workspace->currentReviewId();
    auto answer = [&](qint64 criterion) {
        return scalar(
            QStringLiteral("SELECT value FROM qa_answers WHERE review_id = %1 AND criterion_id = %2")
                .arg(reviewId)
                .arg(criterion));
    };
    QCOMPARE(answer(greeting).toInt(), 1);
    QCOMPARE(answer(timeliness).toInt(), 1);
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM qa_answers WHERE review_id = %1").arg(reviewId)).toInt(),
        2);

    // Reopened, the draft shows the reviewer's answers and suggests nothing over them.
    QTest::keyClick(m_workspace->queueView(), Qt::Key_Down);
    QTRY_VERIFY(m_workspace->isIdle() && m_workspace->transcriptModel()->rowCount() == 2);
    QTest::keyClick(m_workspace->queueView(), Qt::Key_Up);
    QTRY_VERIFY(m_workspace->isIdle() && m_workspace->transcriptModel()->rowCount() == 6);
    QVERIFY(panel->pendingSuggestionKeys().isEmpty());
    QCOMPARE(describe(panel->answers()),
             describe({ ScorecardAnswer::of(greeting, 1), ScorecardAnswer::of(timeliness, 1) }));
}

ReassignDialog *TestReviewerWorkspace::waitForReassignDialog()
{
    ReassignDialog *dialog = nullptr;
    [&] {
        QTRY_VERIFY((dialog = m_workspace->findChild<ReassignDialog *>()) && dialog->isVisible());
    }();
    return dialog;
}

void TestReviewerWorkspace::reassignMovesTheItemWithItsReason()
{
    openFirstItem();
    auto *button = m_workspace->findChild<QPushButton *>(QStringLiteral("reassignButton"));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    ReassignDialog *dialog = waitForReassignDialog();
    QVERIFY(dialog);
    QComboBox *reviewer = dialog->reviewerCombo();
    // Not the agent (Wang Fang reviews too) and not the current reviewer: only Other, with its load.
    QCOMPARE(reviewer->count(), 1);
    QCOMPARE(reviewer->itemText(0), QStringLiteral("Other — 1 open (no cap)"));
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("reassignOk"));
    QVERIFY(ok && !ok->isEnabled()); // a reason is required
    auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("reassignReason"));
    QTest::keyClicks(reason, QStringLiteral("On leave this week"));
    QVERIFY(ok->isEnabled());
    QSignalSpy reassigned(m_workspace.get(), &ReviewerWorkspace::reassigned);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE(reassigned.size(), 1);
    QCOMPARE(reassigned.first().first().toString(), QString());

    QCOMPARE(
        scalar(QStringLiteral("SELECT reviewer_id FROM qa_sample_items WHERE id = %1").arg(m_firstItemId))
            .toLongLong(),
        qint64(6));
    QCOMPARE(
        scalar(QStringLiteral("SELECT from_reviewer_id || '>' || to_reviewer_id || ' ' || by_user || ': ' "
                              "|| reason FROM qa_sample_reassignments WHERE item_id = %1")
                   .arg(m_firstItemId))
            .toString(),
        QStringLiteral("5>6 reviewer: On leave this week"));
    // Gone from this reviewer's queue, and its panes are closed.
    QCOMPARE(m_workspace->queueView()->model()->rowCount(), 1);
    QCOMPARE(m_workspace->queueModel()->items().first().conversationId, qint64(701));
    QTRY_VERIFY(m_workspace->isIdle());

    // The administrator sees it with Other, and the history in the tooltip.
    m_workspace.reset();
    m_context
        = std::make_unique<ServiceContext>(*m_store, ActingUser::localOperator(QStringLiteral("admin")));
    m_workspace = std::make_unique<ReviewerWorkspace>(*m_context);
    m_workspace->show();
    m_workspace->reload();
    QTRY_COMPARE(m_workspace->queueModel()->rowCount(), 3);
    int row = -1;
    for (int i = 0; i < 3; ++i) {
        if (m_workspace->queueModel()->items().at(i).sampleItemId == m_firstItemId)
            row = i;
    }
    QVERIFY(row >= 0);
    QCOMPARE(m_workspace->queueModel()->items().at(row).reviewerName, QStringLiteral("Other"));
    const QString tip
        = m_workspace->queueModel()->index(row, QaQueueModel::AgentColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("reviewer: Reviewer → Other (On leave this week)")),
             qPrintable(tip));
    // Opened, the item says so above its transcript too.
    m_workspace->queueView()->setCurrentIndex(m_workspace->queueView()->model()->index(row, 0));
    auto *history = m_workspace->findChild<QLabel *>(QStringLiteral("reassignHistory"));
    QVERIFY(history && history->isVisible());
    QVERIFY(history->text().contains(QStringLiteral("On leave this week")));
    QVERIFY(m_workspace->queueModel()
                ->index(row == 0 ? 1 : 0, QaQueueModel::AgentColumn)
                .data(Qt::ToolTipRole)
                .isNull());
}

void TestReviewerWorkspace::reassignFromTheContextMenuRespectsTheCap()
{
    // A cap of 1 per reviewer: Other already has 702, so nobody can take 700.
    exec(QStringLiteral("UPDATE qa_sample_draws SET rule_json = json_set(rule_json, '$.workload_cap', 1)"));
    openFirstItem();
    QTableView *queue = m_workspace->queueView();
    auto openMenu = [&] {
        const QRect cell = queue->visualRect(queue->model()->index(0, QaQueueModel::AgentColumn));
        QContextMenuEvent event(QContextMenuEvent::Mouse, cell.center(),
                                queue->viewport()->mapToGlobal(cell.center()));
        QApplication::sendEvent(queue->viewport(), &event);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = m_workspace->findChild<QMenu *>(QStringLiteral("qaQueueMenu")))
                    && menu->isVisible());
        QCOMPARE(menu->actions().size(), 1);
        QCOMPARE(menu->actions().first()->text(), QStringLiteral("Reassign…"));
        QTest::keyClick(menu, Qt::Key_Down);
        QTest::keyClick(menu, Qt::Key_Return);
    };
    openMenu();
    ReassignDialog *dialog = waitForReassignDialog();
    QVERIFY(dialog);
    QComboBox *reviewer = dialog->reviewerCombo();
    QCOMPARE(reviewer->count(), 1);
    QCOMPARE(reviewer->itemText(0), QStringLiteral("Other — 1 open of 1 · at the cap"));
    QVERIFY(!qobject_cast<QStandardItemModel *>(reviewer->model())->item(0)->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("reassignNoReviewer"))->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("reassignReason")),
                     QStringLiteral("leave"));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("reassignOk"))->isEnabled());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_workspace->findChild<ReassignDialog *>());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM qa_sample_reassignments")).toInt(), 0);

    // With room under a cap of 2, the same way through the menu works.
    exec(QStringLiteral("UPDATE qa_sample_draws SET rule_json = json_set(rule_json, '$.workload_cap', 2)"));
    openMenu();
    dialog = waitForReassignDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->reviewerCombo()->itemText(0), QStringLiteral("Other — 1 open of 2"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("reassignReason")),
                     QStringLiteral("balance"));
    QSignalSpy reassigned(m_workspace.get(), &ReviewerWorkspace::reassigned);
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("reassignReason")), Qt::Key_Return);
    QTRY_COMPARE(reassigned.size(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT to_reviewer_id FROM qa_sample_reassignments")).toInt(), 6);
    QCOMPARE(m_workspace->queueView()->model()->rowCount(), 1);
}

QTEST_MAIN(TestReviewerWorkspace)
#include "TestReviewerWorkspace.moc"
