#include "demo/DemoDataGenerator.h"
#include "demo/DemoQaSynthesizer.h"
#include "qa/ScorecardScorer.h"
#include "qa/store/QaCalibrationRepository.h"
#include "qa/store/QaDisputeRepository.h"
#include "qa/store/QaQueueRepository.h"
#include "qa/store/ScorecardTemplateRepository.h"
#include "store/Store.h"
#include "support/TestStores.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

namespace {

// A Friday: the last full week with three days after it is Monday 9 – Sunday 15 November 2026.
const QDate EndDate(2026, 11, 20);

DemoDataOptions qaOptions()
{
    DemoDataOptions options;
    options.agents = 14;
    options.days = 30;
    options.seed = 42;
    options.endDate = EndDate;
    return options;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning() << "query failed" << sql << query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

QByteArray digest(const QSqlDatabase &db, const QString &sql)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return {};
    const int columns = query.record().count();
    while (query.next()) {
        for (int i = 0; i < columns; ++i) {
            hash.addData(query.value(i).toString().toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        }
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return hash.result();
}

/** The end of the demo range: midnight after EndDate in the team's zone. */
qint64 asOf()
{
    return QDateTime(EndDate.addDays(1), QTime(0, 0), QTimeZone("Asia/Shanghai")).toSecsSinceEpoch();
}

qint64 utcDay(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

} // namespace

/** The demo generator's QA week: sampled reviews, disputes and a calibration session. */
class TestDemoQaData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sampledWeek_data();
    void sampledWeek();
    void reviewsForMostAgentsOfTheWeek();
    void oneReviewerHasFallenBehind();
    void nobodyReviewsThemselves();
    void scoresAreTheScorersAndPlausible();
    void disputesInEveryState();
    void calibrationSessionIsClosedWithReference();
    void sameSeedSameQaRows();
    void shortRangeHasNoQa();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QSqlDatabase m_db;
    DemoDataSummary m_summary;
};

void TestDemoQaData::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = TestStores::createDemoStore(m_dir, qaOptions(), QStringLiteral("qa.sqlite"), &m_summary);
    QVERIFY(m_store);
    m_db = m_store->connection();
}

void TestDemoQaData::sampledWeek_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QDate>("sunday");
    QTest::newRow("friday") << QDate(2026, 10, 22) << QDate(2026, 11, 20) << QDate(2026, 11, 15);
    QTest::newRow("sunday") << QDate(2026, 10, 22) << QDate(2026, 11, 22) << QDate(2026, 11, 15);
    QTest::newRow("wednesday, three days after")
        << QDate(2026, 10, 22) << QDate(2026, 11, 18) << QDate(2026, 11, 15);
    QTest::newRow("tuesday, two days after")
        << QDate(2026, 10, 22) << QDate(2026, 11, 17) << QDate(2026, 11, 8);
    QTest::newRow("week starts before the range") << QDate(2026, 11, 3) << QDate(2026, 11, 17) << QDate();
    QTest::newRow("week starts on the first day")
        << QDate(2026, 11, 2) << QDate(2026, 11, 17) << QDate(2026, 11, 8);
}

void TestDemoQaData::sampledWeek()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QDate, sunday);
    QCOMPARE(DemoQaSynthesizer::sampledWeekLast(first, last), sunday);
}

void TestDemoQaData::reviewsForMostAgentsOfTheWeek()
{
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM qa_sample_draws")), 1);
    QSqlQuery draw(m_db);
    QVERIFY(draw.exec(QStringLiteral("SELECT period_first, period_last, created_by FROM qa_sample_draws")));
    QVERIFY(draw.next());
    QCOMPARE(draw.value(0).toString(), QStringLiteral("2026-11-09"));
    QCOMPARE(draw.value(1).toString(), QStringLiteral("2026-11-15"));
    QCOMPARE(draw.value(2).toString(), QStringLiteral("qa.chen")); // the demo's QA lead

    // Every submitted regular review is of a conversation of that week, on an item of the draw.
    const qint64 reviews = scalar(
        m_db,
        QStringLiteral("SELECT COUNT(*) FROM qa_reviews WHERE kind = 'regular' AND status = 'submitted'"));
    QCOMPARE(reviews, qint64(m_summary.qaReviews));
    QCOMPARE(scalar(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM qa_reviews r JOIN conversations c ON c.id = "
                                   "r.conversation_id JOIN qa_sample_items i ON i.id = r.sample_item_id "
                                   "AND i.conversation_id = r.conversation_id WHERE r.kind = 'regular' "
                                   "AND r.status = 'submitted' AND c.started_at >= %1 AND c.started_at < "
                                   "%2")
                        .arg(utcDay(QDate(2026, 11, 9)))
                        .arg(utcDay(QDate(2026, 11, 16)))),
             reviews);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM qa_sample_items WHERE reviewer_id IS NULL")),
             0);

    // Most agents who had conversations that week have several reviews, none more than the quota.
    const qint64 active = scalar(
        m_db,
        QStringLiteral("SELECT COUNT(DISTINCT t.agent_id) FROM conversations c JOIN tickets t ON t.id = "
                       "c.ticket_id WHERE c.started_at >= %1 AND c.started_at < %2")
            .arg(utcDay(QDate(2026, 11, 9)))
            .arg(utcDay(QDate(2026, 11, 16))));
    const qint64 withSeveral = scalar(
        m_db,
        QStringLiteral("SELECT COUNT(*) FROM (SELECT agent_id FROM qa_reviews WHERE kind = 'regular' "
                       "GROUP BY agent_id HAVING COUNT(*) >= 3)"));
    QVERIFY2(active >= 12, qPrintable(QString::number(active)));
    QVERIFY2(withSeveral * 10 >= active * 8,
             qPrintable(QStringLiteral("%1 of %2").arg(withSeveral).arg(active)));
    QCOMPARE(scalar(m_db,
                    QStringLiteral("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM qa_reviews WHERE kind "
                                   "= 'regular' GROUP BY agent_id)")),
             qint64(DemoQaSynthesizer::ReviewsPerAgent));

    // Reviewed on the working days after the week, before the range ends.
    QCOMPARE(scalar(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM qa_reviews WHERE submitted_at < %1 OR "
                                   "submitted_at >= %2 OR created_at > submitted_at")
                        .arg(QDateTime(QDate(2026, 11, 16), QTime(0, 0), QTimeZone("Asia/Shanghai"))
                                 .toSecsSinceEpoch())
                        .arg(asOf())),
             0);
}

void TestDemoQaData::oneReviewerHasFallenBehind()
{
    QString error;
    QList<QaQueueItem> queue;
    QVERIFY2(QaQueueRepository(m_db).items(0, &queue, &error), qPrintable(error));
    QHash<QaQueueItem::Status, int> byStatus;
    QSet<qint64> behind;
    for (const QaQueueItem &item : std::as_const(queue)) {
        ++byStatus[item.status];
        if (item.status != QaQueueItem::Status::Submitted)
            behind.insert(item.reviewerId);
    }
    // Open work: one reviewer's, one draft, the rest not started; everything else submitted.
    QCOMPARE(m_summary.qaOpenItems, byStatus.value(QaQueueItem::Status::ToDo) + 1);
    QCOMPARE(byStatus.value(QaQueueItem::Status::Draft), 1);
    QVERIFY2(byStatus.value(QaQueueItem::Status::ToDo) >= 2,
             qPrintable(QString::number(byStatus.value(QaQueueItem::Status::ToDo))));
    QCOMPARE(byStatus.value(QaQueueItem::Status::Submitted), m_summary.qaReviews);
    QCOMPARE(behind.size(), 1);
    // They are a reviewer, not the lead, and the queue lists their open items before anything submitted.
    QCOMPARE(scalar(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM users WHERE id = %1 AND role = 'qa_reviewer'")
                        .arg(*behind.cbegin())),
             1);
    for (qsizetype i = 0; i < queue.size(); ++i)
        QCOMPARE(queue.at(i).status == QaQueueItem::Status::Submitted, i >= m_summary.qaOpenItems);

    // The draft is half answered, so it has no score, and it is not submitted.
    QSqlQuery draft(m_db);
    QVERIFY(draft.exec(QStringLiteral("SELECT r.id, r.score, r.submitted_at, (SELECT COUNT(*) FROM "
                                      "qa_answers a WHERE a.review_id = r.id) FROM qa_reviews r "
                                      "WHERE r.status = 'draft'")));
    QVERIFY(draft.next());
    QVERIFY(draft.value(1).isNull());
    QVERIFY(draft.value(2).isNull());
    ScorecardTemplate tmpl;
    QVERIFY2(ScorecardTemplateRepository(m_db).latest(QStringLiteral("Default"), &tmpl, &error),
             qPrintable(error));
    qsizetype criteria = 0;
    for (const ScorecardSection &section : std::as_const(tmpl.sections))
        criteria += section.criteria.size();
    QCOMPARE(draft.value(3).toLongLong(), criteria / 2);
    QVERIFY(!draft.next());
}

void TestDemoQaData::nobodyReviewsThemselves()
{
    // The demo's QA staff: a lead and reviewers who are no agents, so nobody can review themselves;
    // the review's agent is the conversation's.
    QCOMPARE(scalar(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM users WHERE role IN ('qa_reviewer', "
                                   "'team_lead')")),
             4);
    QCOMPARE(scalar(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM qa_reviews r JOIN users u ON u.id = "
                                   "r.reviewer_id WHERE u.agent_id IS r.agent_id")),
             0);
    QCOMPARE(scalar(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM qa_reviews r JOIN conversations c ON c.id = "
                                   "r.conversation_id JOIN tickets t ON t.id = c.ticket_id WHERE "
                                   "t.agent_id IS NOT r.agent_id")),
             0);
    // Every reviewer took a share.
    QCOMPARE(scalar(m_db,
                    QStringLiteral("SELECT COUNT(DISTINCT reviewer_id) FROM qa_reviews WHERE kind = "
                                   "'regular'")),
             4);
}

void TestDemoQaData::scoresAreTheScorersAndPlausible()
{
    ScorecardTemplate tmpl;
    QString error;
    QVERIFY2(ScorecardTemplateRepository(m_db).latest(QStringLiteral("Default"), &tmpl, &error),
             qPrintable(error));
    const qint64 privacy = tmpl.findCriterionByKey(QStringLiteral("privacy"))->id;

    QSqlQuery reviews(m_db);
    QVERIFY(reviews.exec(QStringLiteral(
        "SELECT id, template_version_id, score, kind FROM qa_reviews WHERE status = 'submitted'")));
    int checked = 0;
    int regular = 0;
    int perfect = 0;
    int criticalFails = 0;
    double sum = 0;
    while (reviews.next()) {
        QCOMPARE(reviews.value(1).toLongLong(), tmpl.versionId);
        QSqlQuery stored(m_db);
        stored.prepare(QStringLiteral("SELECT criterion_id, value FROM qa_answers WHERE review_id = ?"));
        stored.addBindValue(reviews.value(0));
        QVERIFY(stored.exec());
        QList<ScorecardAnswer> answers;
        bool leaked = false;
        while (stored.next()) {
            const qint64 criterion = stored.value(0).toLongLong();
            if (stored.value(1).isNull()) {
                answers.append(ScorecardAnswer::na(criterion));
            } else {
                answers.append(ScorecardAnswer::of(criterion, stored.value(1).toInt()));
                leaked = leaked || (criterion == privacy && stored.value(1).toInt() == 0);
            }
        }
        ScorecardResult result;
        QVERIFY2(ScorecardScorer::score(tmpl, answers, &result, &error), qPrintable(error));
        QVERIFY(result.complete());
        QVERIFY(result.score.has_value());
        QVERIFY(!reviews.value(2).isNull());
        QCOMPARE(reviews.value(2).toDouble(), *result.score);
        ++checked;
        if (reviews.value(3).toString() == QLatin1String("regular")) {
            ++regular;
            sum += *result.score;
            perfect += *result.score == 100.0 ? 1 : 0;
            if (leaked) {
                QCOMPARE(*result.score, 0.0);
                ++criticalFails;
            }
        }
    }
    QVERIFY(regular > 40);
    QCOMPARE(checked, regular + 16); // four reviewers × four calibration conversations
    // Most reviews pass well, some lose points, a few fail the critical criterion.
    const double mean = sum / regular;
    QVERIFY2(mean > 70 && mean < 95, qPrintable(QString::number(mean)));
    QVERIFY2(perfect > 0 && perfect < regular / 2, qPrintable(QString::number(perfect)));
    QVERIFY2(criticalFails >= 1 && criticalFails * 10 < regular, qPrintable(QString::number(criticalFails)));

    // Every submission is in the audit log, by the reviewer's login.
    QCOMPARE(scalar(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log a JOIN qa_reviews r ON a.entity_key = "
                                   "CAST(r.id AS TEXT) JOIN users u ON u.id = r.reviewer_id WHERE "
                                   "a.action = 'submit_review' AND a.actor = u.login AND a.at = "
                                   "r.submitted_at")),
             qint64(checked));
}

void TestDemoQaData::disputesInEveryState()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("SELECT state, COUNT(*) FROM qa_disputes GROUP BY state")));
    QHash<QString, int> states;
    while (query.next())
        states.insert(query.value(0).toString(), query.value(1).toInt());
    QCOMPARE(states.value(QStringLiteral("open")), 3);
    QCOMPARE(states.value(QStringLiteral("accepted")), 2);
    QCOMPARE(states.value(QStringLiteral("partially_accepted")), 1);
    QCOMPARE(states.value(QStringLiteral("rejected")), 2);
    QCOMPARE(states.value(QStringLiteral("withdrawn")), 1);
    QCOMPARE(m_summary.qaDisputes, 9);

    QList<QaDisputeRow> rows;
    QString error;
    QVERIFY2(QaDisputeRepository(m_db).list({}, &rows, &error), qPrintable(error));
    QCOMPARE(rows.size(), 9);
    for (const QaDisputeRow &row : std::as_const(rows)) {
        const QaDispute &dispute = row.dispute;
        // Raised by the reviewed agent, inside the window, before the range ends.
        QCOMPARE(dispute.raisedBy, row.agentName);
        QVERIFY(dispute.raisedAt <= dispute.deadline);
        QVERIFY(dispute.raisedAt < asOf());
        QList<QaDisputeEvent> history;
        QVERIFY2(QaDisputeRepository(m_db).history(dispute.id, &history, &error), qPrintable(error));
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.first().state, QaDispute::State::Open);
        QCOMPARE(history.first().actor, dispute.raisedBy);
        QCOMPARE(history.first().at, dispute.raisedAt);
        const qint64 amendments = scalar(
            m_db,
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'amend_review' AND entity_key = "
                           "'%1' AND reason LIKE 'Dispute %2 %'")
                .arg(dispute.reviewId)
                .arg(dispute.id));
        switch (dispute.state) {
        case QaDispute::State::Open:
            QCOMPARE(history.size(), 1);
            QVERIFY(dispute.deadline > asOf()); // still open to a decision when the demo ends
            QCOMPARE(amendments, 0);
            break;
        case QaDispute::State::Withdrawn:
            QCOMPARE(history.size(), 2);
            QCOMPARE(history.last().actor, dispute.raisedBy);
            QCOMPARE(amendments, 0);
            break;
        case QaDispute::State::Rejected:
        case QaDispute::State::Accepted:
        case QaDispute::State::PartiallyAccepted: {
            QCOMPARE(history.size(), 2);
            QCOMPARE(history.last().state, dispute.state);
            QCOMPARE(history.last().actor, dispute.decidedBy);
            QCOMPARE(dispute.decidedBy, QStringLiteral("qa.chen"));
            QVERIFY(dispute.decidedBy != dispute.raisedBy);
            QVERIFY(dispute.decidedAt > dispute.raisedAt && dispute.decidedAt < asOf());
            if (dispute.state == QaDispute::State::Rejected) {
                QCOMPARE(amendments, 0);
                break;
            }
            // Overturned: the score went up, and the audit log holds before and after.
            QCOMPARE(amendments, 1);
            QSqlQuery audit(m_db);
            QVERIFY(
                audit.exec(QStringLiteral("SELECT json_extract(before_json, '$.score'), "
                                          "json_extract(after_json, '$.score') FROM audit_log WHERE action "
                                          "= 'amend_review' AND entity_key = '%1'")
                               .arg(dispute.reviewId)));
            QVERIFY(audit.next());
            QVERIFY2(
                audit.value(1).toDouble() > audit.value(0).toDouble(),
                qPrintable(audit.value(0).toString() + QStringLiteral(" → ") + audit.value(1).toString()));
            QVERIFY(row.reviewScore.has_value());
            QCOMPARE(*row.reviewScore, audit.value(1).toDouble());
            break;
        }
        }
    }
}

void TestDemoQaData::calibrationSessionIsClosedWithReference()
{
    QaCalibrationRepository calibration(m_db);
    QList<QaCalibrationSessionRow> sessions;
    QString error;
    QVERIFY2(calibration.sessions(&sessions, &error), qPrintable(error));
    QCOMPARE(sessions.size(), 1);
    const QaCalibrationSessionRow &row = sessions.first();
    QVERIFY(row.closedAt > 0 && row.closedAt < asOf());
    QVERIFY(row.reviewers >= 3 && row.reviewers <= 4);
    QVERIFY(row.conversations >= 3 && row.conversations <= 5);
    QCOMPARE(row.submitted, row.reviews);
    QCOMPARE(row.reviews, row.reviewers * row.conversations);

    QaCalibrationSession session;
    QVERIFY2(calibration.load(row.id, &session, &error), qPrintable(error));
    ScorecardTemplate tmpl;
    QVERIFY2(ScorecardTemplateRepository(m_db).load(session.templateVersionId, &tmpl, &error),
             qPrintable(error));
    for (const qint64 conversation : std::as_const(session.conversationIds)) {
        QList<ScorecardAnswer> reference;
        QVERIFY2(calibration.references(row.id, conversation, &reference, &error), qPrintable(error));
        QCOMPARE(reference.size(), tmpl.criterionCount());
        // Calibration conversations were not among the sampled ones, and no panel member handled them.
        QCOMPARE(scalar(m_db,
                        QStringLiteral("SELECT COUNT(*) FROM qa_reviews WHERE kind = 'regular' AND "
                                       "conversation_id = %1")
                            .arg(conversation)),
                 0);
    }

    CalibrationSummary summary;
    QVERIFY2(calibration.comparison(row.id, &summary, &error), qPrintable(error));
    QVERIFY(summary.alpha.has_value());
    QVERIFY2(*summary.alpha > 0.2 && *summary.alpha < 1.0, qPrintable(QString::number(*summary.alpha)));
    QCOMPARE(summary.reviewers.size(), row.reviewers);
    QVERIFY(!summary.criteria.isEmpty());
}

void TestDemoQaData::sameSeedSameQaRows()
{
    const auto again
        = TestStores::createDemoStore(m_dir, qaOptions(), QStringLiteral("again.sqlite"), &m_summary);
    QVERIFY(again);
    const QSqlDatabase other = again->connection();
    for (const QString &sql : {
             QStringLiteral("SELECT * FROM users ORDER BY id"),
             QStringLiteral("SELECT * FROM qa_sample_draws ORDER BY id"),
             QStringLiteral("SELECT * FROM qa_sample_items ORDER BY id"),
             QStringLiteral("SELECT * FROM qa_reviews ORDER BY id"),
             QStringLiteral("SELECT * FROM qa_answers ORDER BY review_id, criterion_id"),
             QStringLiteral("SELECT * FROM qa_disputes ORDER BY id"),
             QStringLiteral("SELECT * FROM qa_dispute_history ORDER BY id"),
             QStringLiteral("SELECT * FROM qa_calibration_sessions ORDER BY id"),
             QStringLiteral(
                 "SELECT * FROM qa_calibration_conversations ORDER BY session_id, conversation_id"),
             QStringLiteral("SELECT * FROM qa_calibration_references ORDER BY session_id, conversation_id, "
                            "criterion_id"),
             QStringLiteral("SELECT * FROM audit_log ORDER BY id"),
         }) {
        const QByteArray first = digest(m_db, sql);
        QVERIFY2(!first.isEmpty(), qPrintable(sql));
        QVERIFY2(digest(other, sql) == first, qPrintable(sql));
    }
    again->releaseThreadConnection();

    // Another seed draws other conversations.
    DemoDataOptions options = qaOptions();
    options.seed = 43;
    const auto different
        = TestStores::createDemoStore(m_dir, options, QStringLiteral("different.sqlite"), &m_summary);
    QVERIFY(different);
    const QString items = QStringLiteral("SELECT conversation_id FROM qa_sample_items ORDER BY id");
    QVERIFY(digest(different->connection(), items) != digest(m_db, items));
    different->releaseThreadConnection();
}

void TestDemoQaData::shortRangeHasNoQa()
{
    // Nine days ending on a Friday hold no full week with three days after it: no QA, no QA staff.
    DemoDataOptions options = qaOptions();
    options.days = 9;
    const auto store
        = TestStores::createDemoStore(m_dir, options, QStringLiteral("short.sqlite"), &m_summary);
    QVERIFY(store);
    const QSqlDatabase db = store->connection();
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets")) > 0);
    QCOMPARE(m_summary.qaReviews, 0);
    for (const char *table :
         { "qa_reviews", "qa_sample_draws", "qa_disputes", "qa_calibration_sessions", "users" })
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))), 0);
    store->releaseThreadConnection();
}

QTEST_GUILESS_MAIN(TestDemoQaData)
#include "TestDemoQaData.moc"
