#include "QaFlowFixture.h"

#include "qa/store/QaDisputeRepository.h"
#include "scoring/store/AuditLogRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

/** The dispute flow on a real store: raise, the deadline and overlap rules, decisions and their audit. */
class TestQaDisputes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void raiseSetsDeadlineAndHistory();
    void raiseRefusals();
    void oneOpenDisputePerCriterion();
    void acceptAmendsAndAudits();
    void partialAcceptUsesLeadValues();
    void rejectChangesNothing();
    void decisionRefusals();
    void withdrawByRaiserOnly();
    void listFiltersNewestFirst();
    void disputableReviewsInWindow();

private:
    QaDispute dispute(qint64 review, qint64 criterion, qint64 at) const;
    QList<AuditEntry> audit(qint64 review);
    double score(qint64 review);

    QaFlowFixture m_fx;
    static constexpr qint64 kSubmitted = 1704500000;
};

void TestQaDisputes::init()
{
    QString error;
    QVERIFY2(m_fx.open(&error), qPrintable(error));
}

void TestQaDisputes::cleanup()
{
    m_fx.close();
}

QaDispute TestQaDisputes::dispute(qint64 review, qint64 criterion, qint64 at) const
{
    QaDispute d;
    d.reviewId = review;
    d.criterionId = criterion;
    d.reasonCode = QStringLiteral("misread_transcript");
    d.text = QStringLiteral("客户自己提供了地址，不是泄露");
    d.raisedBy = QStringLiteral("wang");
    d.raisedAt = at;
    return d;
}

QList<AuditEntry> TestQaDisputes::audit(qint64 review)
{
    QList<AuditEntry> entries;
    QString error;
    if (!AuditLogRepository(m_fx.db).forEntity(QStringLiteral("qa_review"), QString::number(review), &entries,
                                               &error))
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    return entries;
}

double TestQaDisputes::score(qint64 review)
{
    QaReview stored;
    QString error;
    if (!QaReviewRepository(m_fx.db).load(review, &stored, &error) || !stored.score)
        QTest::qFail("no score", __FILE__, __LINE__);
    return stored.score.value_or(-1);
}

void TestQaDisputes::raiseSetsDeadlineAndHistory()
{
    const qint64 review = m_fx.submitted(1, m_fx.answers({ { QStringLiteral("privacy"), 0 } }), kSubmitted);
    QaDispute d = dispute(review, m_fx.criterion("privacy"), kSubmitted + 3600);
    QString error;
    QaDisputeRepository disputes(m_fx.db);
    QVERIFY2(disputes.raise(&d, 5, &error), qPrintable(error));
    QVERIFY(d.id > 0);
    QCOMPARE(d.deadline, kSubmitted + 5 * QaFlowFixture::kDay);

    QaDispute stored;
    QVERIFY(disputes.load(d.id, &stored, &error));
    QCOMPARE(stored.state, QaDispute::State::Open);
    QCOMPARE(stored.criterionId, m_fx.criterion("privacy"));
    QCOMPARE(stored.text, d.text);
    QList<QaDisputeEvent> events;
    QVERIFY(disputes.history(d.id, &events, &error));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().state, QaDispute::State::Open);
    QCOMPARE(events.first().actor, QStringLiteral("wang"));

    // Exactly on the deadline is still in time.
    const qint64 other = m_fx.submitted(2, m_fx.answers(), kSubmitted);
    QaDispute last = dispute(other, 0, kSubmitted + 5 * QaFlowFixture::kDay);
    QVERIFY2(disputes.raise(&last, 5, &error), qPrintable(error));
}

void TestQaDisputes::raiseRefusals()
{
    QaDisputeRepository disputes(m_fx.db);
    QString error;
    const qint64 review = m_fx.submitted(1, m_fx.answers(), kSubmitted);

    QaDispute late = dispute(review, 0, kSubmitted + 7 * QaFlowFixture::kDay + 1);
    QVERIFY(!disputes.raise(&late, QaDisputeRepository::DefaultWindowDays, &error));
    QVERIFY2(error.contains(QLatin1String("window")), qPrintable(error));

    QaDispute badReason = dispute(review, 0, kSubmitted + 10);
    badReason.reasonCode = QStringLiteral("unfair");
    QVERIFY(!disputes.raise(&badReason, 7, &error));
    QaDispute noText = dispute(review, 0, kSubmitted + 10);
    noText.text = QStringLiteral("  ");
    QVERIFY(!disputes.raise(&noText, 7, &error));
    QaDispute foreign = dispute(review, 999, kSubmitted + 10);
    QVERIFY(!disputes.raise(&foreign, 7, &error));

    // A draft cannot be disputed.
    QaReview draft;
    draft.conversationId = 2;
    draft.agentId = 7;
    draft.reviewerId = 2;
    draft.templateVersionId = 1;
    draft.createdAt = kSubmitted;
    QVERIFY(QaReviewRepository(m_fx.db).create(&draft, &error));
    QaDispute onDraft = dispute(draft.id, 0, kSubmitted + 10);
    QVERIFY(!disputes.raise(&onDraft, 7, &error));
    QVERIFY2(error.contains(QLatin1String("draft")), qPrintable(error));

    QList<QaDispute> stored;
    QVERIFY(disputes.forReview(review, &stored, &error));
    QVERIFY(stored.isEmpty());
}

void TestQaDisputes::oneOpenDisputePerCriterion()
{
    QaDisputeRepository disputes(m_fx.db);
    QString error;
    const qint64 review = m_fx.submitted(1, m_fx.answers({ { QStringLiteral("attitude"), 2 } }), kSubmitted);
    QaDispute first = dispute(review, m_fx.criterion("attitude"), kSubmitted + 10);
    QVERIFY2(disputes.raise(&first, 7, &error), qPrintable(error));
    QaDispute same = dispute(review, m_fx.criterion("attitude"), kSubmitted + 20);
    QVERIFY(!disputes.raise(&same, 7, &error));
    QVERIFY2(error.contains(QString::number(first.id)), qPrintable(error));
    QaDispute whole = dispute(review, 0, kSubmitted + 20);
    QVERIFY(!disputes.raise(&whole, 7, &error)); // covers attitude too
    QaDispute otherCriterion = dispute(review, m_fx.criterion("greeting"), kSubmitted + 20);
    QVERIFY2(disputes.raise(&otherCriterion, 7, &error), qPrintable(error));

    // Once decided, the criterion can be disputed again (new evidence).
    QVERIFY2(disputes.decide(first.id, QaDispute::State::Rejected, {}, QStringLiteral("评分正确"),
                             QStringLiteral("lead"), kSubmitted + 100, &error),
             qPrintable(error));
    QVERIFY2(disputes.raise(&same, 7, &error), qPrintable(error));
    QList<QaDispute> all;
    QVERIFY(disputes.forReview(review, &all, &error));
    QCOMPARE(all.size(), 3);
}

void TestQaDisputes::acceptAmendsAndAudits()
{
    const qint64 review = m_fx.submitted(1, m_fx.answers({ { QStringLiteral("privacy"), 0 } }), kSubmitted);
    QCOMPARE(score(review), 0.0); // the critical privacy fail zeroes the review
    QaDisputeRepository disputes(m_fx.db);
    QString error;
    QaDispute d = dispute(review, m_fx.criterion("privacy"), kSubmitted + 10);
    QVERIFY(disputes.raise(&d, 7, &error));
    QVERIFY2(disputes.decide(
                 d.id, QaDispute::State::Accepted, { ScorecardAnswer::of(m_fx.criterion("privacy"), 1) },
                 QStringLiteral("地址由客户本人发出"), QStringLiteral("lead"), kSubmitted + 500, &error),
             qPrintable(error));
    QCOMPARE(score(review), 100.0);

    const QList<AuditEntry> entries = audit(review);
    QCOMPARE(entries.size(), 2); // submit, then the dispute's amendment
    const AuditEntry &amend = entries.last();
    QCOMPARE(amend.action, QStringLiteral("amend_review"));
    QCOMPARE(amend.actor, QStringLiteral("lead"));
    QCOMPARE(amend.at, kSubmitted + 500);
    QVERIFY2(amend.reason.contains(QStringLiteral("Dispute %1").arg(d.id)), qPrintable(amend.reason));
    QCOMPARE(
        QJsonDocument::fromJson(amend.beforeJson.toUtf8()).object().value(QStringLiteral("score")).toDouble(),
        0.0);
    QCOMPARE(
        QJsonDocument::fromJson(amend.afterJson.toUtf8()).object().value(QStringLiteral("score")).toDouble(),
        100.0);

    QaDispute stored;
    QVERIFY(disputes.load(d.id, &stored, &error));
    QCOMPARE(stored.state, QaDispute::State::Accepted);
    QCOMPARE(stored.decidedBy, QStringLiteral("lead"));
    QCOMPARE(stored.decidedAt, kSubmitted + 500);
    QList<QaDisputeEvent> events;
    QVERIFY(disputes.history(d.id, &events, &error));
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.last().state, QaDispute::State::Accepted);
    QCOMPARE(events.last().note, QStringLiteral("地址由客户本人发出"));

    // History is append-only even in SQL.
    QSqlQuery query(m_fx.db);
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM qa_dispute_history WHERE dispute_id = %1").arg(d.id)));
}

void TestQaDisputes::partialAcceptUsesLeadValues()
{
    // Attitude 1 of 5 earns 0 of 15: 85. The agent asks for 5; the lead gives 3 (7.5 of 15): 92.5.
    const qint64 review = m_fx.submitted(1, m_fx.answers({ { QStringLiteral("attitude"), 1 } }), kSubmitted);
    QCOMPARE(score(review), 85.0);
    QaDisputeRepository disputes(m_fx.db);
    QString error;
    QaDispute d = dispute(review, 0, kSubmitted + 10);
    d.reasonCode = QStringLiteral("guidance_unclear");
    QVERIFY(disputes.raise(&d, 7, &error));
    QVERIFY2(disputes.decide(d.id, QaDispute::State::PartiallyAccepted,
                             { ScorecardAnswer::of(m_fx.criterion("attitude"), 3) },
                             QStringLiteral("语气偏冷，给 3 分"), QStringLiteral("lead"), kSubmitted + 600,
                             &error),
             qPrintable(error));
    QCOMPARE(score(review), 92.5);
    QaDispute stored;
    QVERIFY(disputes.load(d.id, &stored, &error));
    QCOMPARE(stored.state, QaDispute::State::PartiallyAccepted);
    QCOMPARE(audit(review).size(), 2);
}

void TestQaDisputes::rejectChangesNothing()
{
    const qint64 review = m_fx.submitted(1, m_fx.answers({ { QStringLiteral("attitude"), 1 } }), kSubmitted);
    QaDisputeRepository disputes(m_fx.db);
    QString error;
    QaDispute d = dispute(review, m_fx.criterion("attitude"), kSubmitted + 10);
    QVERIFY(disputes.raise(&d, 7, &error));
    QVERIFY2(disputes.decide(d.id, QaDispute::State::Rejected, {}, QStringLiteral("录音显示态度恶劣"),
                             QStringLiteral("lead"), kSubmitted + 700, &error),
             qPrintable(error));
    QCOMPARE(score(review), 85.0);
    QCOMPARE(audit(review).size(), 1); // the submission only
    QaDispute stored;
    QVERIFY(disputes.load(d.id, &stored, &error));
    QCOMPARE(stored.state, QaDispute::State::Rejected);
    QList<QaDisputeEvent> events;
    QVERIFY(disputes.history(d.id, &events, &error));
    QCOMPARE(events.size(), 2);
}

void TestQaDisputes::decisionRefusals()
{
    const qint64 review = m_fx.submitted(1, m_fx.answers({ { QStringLiteral("attitude"), 1 } }), kSubmitted);
    QaDisputeRepository disputes(m_fx.db);
    QString error;
    QaDispute d = dispute(review, m_fx.criterion("attitude"), kSubmitted + 10);
    QVERIFY(disputes.raise(&d, 7, &error));
    // A criterion dispute changes that criterion only; acceptance needs answers; a decision needs text.
    QVERIFY(!disputes.decide(d.id, QaDispute::State::Accepted,
                             { ScorecardAnswer::of(m_fx.criterion("greeting"), 0) }, QStringLiteral("x"),
                             QStringLiteral("lead"), kSubmitted + 20, &error));
    QVERIFY(!disputes.decide(d.id, QaDispute::State::Accepted, {}, QStringLiteral("x"),
                             QStringLiteral("lead"), kSubmitted + 20, &error));
    QVERIFY(!disputes.decide(d.id, QaDispute::State::Rejected, {}, QStringLiteral(" "),
                             QStringLiteral("lead"), kSubmitted + 20, &error));
    QVERIFY(!disputes.decide(d.id, QaDispute::State::Open, {}, QStringLiteral("x"), QStringLiteral("lead"),
                             kSubmitted + 20, &error));
    // Whoever raised the dispute cannot decide it.
    QVERIFY(!disputes.decide(d.id, QaDispute::State::Rejected, {}, QStringLiteral("x"), d.raisedBy,
                             kSubmitted + 20, &error));
    QVERIFY2(error.contains(d.raisedBy), qPrintable(error));
    // An answer off the scale fails inside amend and rolls the whole decision back.
    QVERIFY(!disputes.decide(d.id, QaDispute::State::Accepted,
                             { ScorecardAnswer::of(m_fx.criterion("attitude"), 9) }, QStringLiteral("x"),
                             QStringLiteral("lead"), kSubmitted + 20, &error));
    QaDispute stored;
    QVERIFY(disputes.load(d.id, &stored, &error));
    QCOMPARE(stored.state, QaDispute::State::Open);
    QCOMPARE(score(review), 85.0);
    QCOMPARE(audit(review).size(), 1);
    // A decided dispute stays decided.
    QVERIFY(disputes.decide(d.id, QaDispute::State::Rejected, {}, QStringLiteral("维持"),
                            QStringLiteral("lead"), kSubmitted + 30, &error));
    QVERIFY(!disputes.decide(d.id, QaDispute::State::Accepted,
                             { ScorecardAnswer::of(m_fx.criterion("attitude"), 5) }, QStringLiteral("x"),
                             QStringLiteral("lead"), kSubmitted + 40, &error));
    QCOMPARE(score(review), 85.0);
}

void TestQaDisputes::withdrawByRaiserOnly()
{
    const qint64 review = m_fx.submitted(1, m_fx.answers({ { QStringLiteral("attitude"), 1 } }), kSubmitted);
    QaDisputeRepository disputes(m_fx.db);
    QString error;
    QaDispute d = dispute(review, m_fx.criterion("attitude"), kSubmitted + 10);
    QVERIFY(disputes.raise(&d, 7, &error));

    QVERIFY(!disputes.withdraw(d.id, QStringLiteral("lead"), kSubmitted + 20, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("wang")), qPrintable(error));
    QVERIFY2(
        disputes.withdraw(d.id, QStringLiteral("wang"), kSubmitted + 30, QStringLiteral("看错了"), &error),
        qPrintable(error));

    QaDispute stored;
    QVERIFY(disputes.load(d.id, &stored, &error));
    QCOMPARE(stored.state, QaDispute::State::Withdrawn);
    QCOMPARE(stored.decidedAt, qint64(0)); // nobody decided it
    QList<QaDisputeEvent> events;
    QVERIFY(disputes.history(d.id, &events, &error));
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.last().state, QaDispute::State::Withdrawn);
    QCOMPARE(events.last().actor, QStringLiteral("wang"));
    QCOMPARE(events.last().at, kSubmitted + 30);
    QCOMPARE(events.last().note, QStringLiteral("看错了"));

    // Withdrawn is final: neither withdrawn again nor decided; the score never moved.
    QVERIFY(!disputes.withdraw(d.id, QStringLiteral("wang"), kSubmitted + 40, {}, &error));
    QVERIFY(!disputes.decide(d.id, QaDispute::State::Accepted,
                             { ScorecardAnswer::of(m_fx.criterion("attitude"), 5) }, QStringLiteral("x"),
                             QStringLiteral("lead"), kSubmitted + 50, &error));
    QCOMPARE(score(review), 85.0);
    QCOMPARE(audit(review).size(), 1);
    // The criterion is free to dispute again.
    QaDispute again = dispute(review, m_fx.criterion("attitude"), kSubmitted + 60);
    QVERIFY2(disputes.raise(&again, 7, &error), qPrintable(error));
}

void TestQaDisputes::listFiltersNewestFirst()
{
    QaDisputeRepository disputes(m_fx.db);
    QString error;
    // Agent 7 (team 91) on conversation 1, agent 8 (team 91) on 4, agent 9 (team 92) on 6.
    const qint64 r1 = m_fx.submitted(1, m_fx.answers({ { QStringLiteral("attitude"), 1 } }), kSubmitted);
    const qint64 r4 = m_fx.submitted(4, m_fx.answers(), kSubmitted);
    const qint64 r6 = m_fx.submitted(6, m_fx.answers(), kSubmitted);
    QaDispute a = dispute(r1, m_fx.criterion("attitude"), kSubmitted + 100);
    QaDispute b = dispute(r4, 0, kSubmitted + 200);
    QaDispute c = dispute(r6, m_fx.criterion("greeting"), kSubmitted + 300);
    for (QaDispute *d : { &a, &b, &c })
        QVERIFY2(disputes.raise(d, 2, &error), qPrintable(error));
    QVERIFY(disputes.decide(b.id, QaDispute::State::Rejected, {}, QStringLiteral("维持"),
                            QStringLiteral("lead"), kSubmitted + 400, &error));

    QList<QaDisputeRow> rows;
    QVERIFY2(disputes.list({}, &rows, &error), qPrintable(error));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).dispute.id, c.id); // newest first
    QCOMPARE(rows.at(2).dispute.id, a.id);
    QCOMPARE(rows.at(2).agentName, QStringLiteral("王芳"));
    QCOMPARE(rows.at(2).teamName, QStringLiteral("A"));
    QCOMPARE(rows.at(2).conversationId, qint64(1));
    QCOMPARE(rows.at(2).reviewScore.value_or(-1), 85.0);
    QCOMPARE(rows.at(2).criterionTitleEn, QStringLiteral("Attitude"));
    QCOMPARE(rows.at(2).criterionTitleZh, QStringLiteral("服务态度"));
    QVERIFY(rows.at(1).criterionTitleEn.isEmpty()); // whole review
    QCOMPARE(rows.at(1).dispute.state, QaDispute::State::Rejected);

    QaDisputeFilter open;
    open.states = { QaDispute::State::Open };
    QVERIFY(disputes.list(open, &rows, &error));
    QCOMPARE(rows.size(), 2);
    QaDisputeFilter team;
    team.teamId = 92;
    QVERIFY(disputes.list(team, &rows, &error));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().dispute.id, c.id);
    QaDisputeFilter agent;
    agent.agentId = 8;
    QVERIFY(disputes.list(agent, &rows, &error));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().dispute.id, b.id);
    QaDisputeFilter range;
    range.raisedFrom = kSubmitted + 150;
    range.raisedUntil = kSubmitted + 300; // exclusive
    QVERIFY(disputes.list(range, &rows, &error));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().dispute.id, b.id);

    // Overdue: open past the 2-day deadline. Before it nothing is; after it the two open ones, not
    // the rejected one.
    QaDisputeFilter overdue;
    overdue.overdueOnly = true;
    overdue.now = kSubmitted + 2 * QaFlowFixture::kDay;
    QVERIFY(disputes.list(overdue, &rows, &error));
    QCOMPARE(rows.size(), 0);
    overdue.now += 1;
    QVERIFY(disputes.list(overdue, &rows, &error));
    QCOMPARE(rows.size(), 2);
    overdue.teamId = 91;
    QVERIFY(disputes.list(overdue, &rows, &error));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().dispute.id, a.id);

    QaDisputeFilter limited;
    limited.limit = 2;
    QVERIFY(disputes.list(limited, &rows, &error));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.last().dispute.id, b.id);
}

void TestQaDisputes::disputableReviewsInWindow()
{
    QaDisputeRepository disputes(m_fx.db);
    QString error;
    const qint64 old = m_fx.submitted(1, m_fx.answers(), kSubmitted - 8 * QaFlowFixture::kDay);
    const qint64 recent = m_fx.submitted(4, m_fx.answers({ { QStringLiteral("attitude"), 1 } }), kSubmitted);
    const qint64 newest = m_fx.submitted(6, m_fx.answers(), kSubmitted + 100);
    QaReview draft;
    draft.conversationId = 2;
    draft.agentId = 7;
    draft.reviewerId = 2;
    draft.templateVersionId = 1;
    draft.createdAt = kSubmitted;
    QVERIFY(QaReviewRepository(m_fx.db).create(&draft, &error));

    QList<QaDisputableReview> reviews;
    QVERIFY2(disputes.disputableReviews(kSubmitted + 200, 7, 50, &reviews, &error), qPrintable(error));
    QCOMPARE(reviews.size(), 2); // not the old one, not the draft
    QCOMPARE(reviews.at(0).reviewId, newest);
    QCOMPARE(reviews.at(1).reviewId, recent);
    QCOMPARE(reviews.at(1).agentName, QStringLiteral("李强"));
    QCOMPARE(reviews.at(1).score.value_or(-1), 85.0);
    QCOMPARE(reviews.at(1).deadline, kSubmitted + 7 * QaFlowFixture::kDay);
    QVERIFY(old > 0);
}

QTEST_GUILESS_MAIN(TestQaDisputes)
#include "TestQaDisputes.moc"
