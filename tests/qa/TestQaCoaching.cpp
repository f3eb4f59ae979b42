#include "QaFlowFixture.h"

#include "kpi/KpiEngine.h"
#include "qa/store/QaCoachingRepository.h"

/** Coaching sessions on a real store: linked reviews, the optional KPI target, listing per agent,
 *  the reviews a session can discuss, and where a target stands (due, met, missed) by the KPI engine. */
class TestQaCoaching : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createAndListPerAgent();
    void refusals();
    void recentReviews();
    void targetProgress();

private:
    QaFlowFixture m_fx;
};

void TestQaCoaching::init()
{
    QString error;
    QVERIFY2(m_fx.open(&error), qPrintable(error));
}

void TestQaCoaching::cleanup()
{
    m_fx.close();
}

void TestQaCoaching::createAndListPerAgent()
{
    const qint64 first = m_fx.submitted(1, m_fx.answers({ { QStringLiteral("attitude"), 2 } }), 1704500000);
    const qint64 second = m_fx.submitted(2, m_fx.answers({ { QStringLiteral("greeting"), 0 } }), 1704500000);
    QaCoachingRepository coaching(m_fx.db);
    QString error;

    QaCoachingSession withTarget;
    withTarget.agentId = 7;
    withTarget.coach = QStringLiteral("组长");
    withTarget.heldAt = 1704600000;
    withTarget.agreedText = QStringLiteral("开场必须问候；语气放缓");
    withTarget.reviewIds = { second, first };
    withTarget.kpi = QStringLiteral("qa_score");
    withTarget.kpiTarget = 90;
    withTarget.dueDate = QDate(2024, 2, 29);
    withTarget.createdAt = 1704600000;
    QVERIFY2(coaching.create(&withTarget, &error), qPrintable(error));
    QVERIFY(withTarget.id > 0);

    QaCoachingSession plain;
    plain.agentId = 7;
    plain.coach = QStringLiteral("组长");
    plain.heldAt = 1704700000;
    plain.agreedText = QStringLiteral("跟进");
    plain.createdAt = 1704700000;
    QVERIFY2(coaching.create(&plain, &error), qPrintable(error));

    QList<QaCoachingSession> sessions;
    QVERIFY(coaching.forAgent(7, &sessions, &error));
    QCOMPARE(sessions.size(), 2);
    QCOMPARE(sessions[0].id, plain.id); // most recent first
    QVERIFY(!sessions[0].hasTarget());
    QVERIFY(sessions[0].reviewIds.isEmpty());
    QCOMPARE(sessions[1].reviewIds, (QList<qint64> { first, second }));
    QCOMPARE(sessions[1].kpi, QStringLiteral("qa_score"));
    QCOMPARE(*sessions[1].kpiTarget, 90.0);
    QCOMPARE(sessions[1].dueDate, QDate(2024, 2, 29));
    QCOMPARE(sessions[1].agreedText, QStringLiteral("开场必须问候；语气放缓"));
    QVERIFY(coaching.forAgent(8, &sessions, &error));
    QVERIFY(sessions.isEmpty());
}

void TestQaCoaching::refusals()
{
    const qint64 ofAgent8 = m_fx.submitted(4, m_fx.answers(), 1704500000);
    QaCoachingRepository coaching(m_fx.db);
    QString error;
    QaCoachingSession base;
    base.agentId = 7;
    base.coach = QStringLiteral("组长");
    base.heldAt = 1704600000;
    base.createdAt = 1704600000;

    QaCoachingSession unknownKpi = base;
    unknownKpi.kpi = QStringLiteral("happiness");
    unknownKpi.kpiTarget = 1;
    unknownKpi.dueDate = QDate(2024, 2, 1);
    QVERIFY(!coaching.create(&unknownKpi, &error));
    QaCoachingSession noDue = base;
    noDue.kpi = QStringLiteral("csat");
    noDue.kpiTarget = 0.9;
    QVERIFY(!coaching.create(&noDue, &error));
    QaCoachingSession targetWithoutKpi = base;
    targetWithoutKpi.kpiTarget = 0.9;
    QVERIFY(!coaching.create(&targetWithoutKpi, &error));
    QaCoachingSession otherAgentsReview = base;
    otherAgentsReview.reviewIds = { ofAgent8 };
    QVERIFY(!coaching.create(&otherAgentsReview, &error));
    QVERIFY2(error.contains(QLatin1String("another agent")), qPrintable(error));

    QList<QaCoachingSession> sessions;
    QVERIFY(coaching.forAgent(7, &sessions, &error));
    QVERIFY(sessions.isEmpty()); // the refused link rolled its session back too
}

void TestQaCoaching::recentReviews()
{
    const qint64 week1 = m_fx.submitted(1, m_fx.answers(), 1704500000);
    const qint64 week2 = m_fx.submitted(8, m_fx.answers({ { QStringLiteral("greeting"), 0 } }), 1705500000);
    m_fx.submitted(4, m_fx.answers(), 1704500000); // agent 8's
    QaReview draft; // a draft is nothing to discuss yet
    draft.conversationId = 2;
    draft.agentId = 7;
    draft.reviewerId = 3;
    draft.templateVersionId = 1;
    draft.createdAt = 1704500000;
    QString error;
    QVERIFY2(QaReviewRepository(m_fx.db).create(&draft, &error), qPrintable(error));

    QaCoachingRepository coaching(m_fx.db);
    QList<QaCoachableReview> reviews;
    QVERIFY2(coaching.recentReviews(7, 10, &reviews, &error), qPrintable(error));
    QCOMPARE(reviews.size(), 2);
    QCOMPARE(reviews[0].id, week2); // latest conversation first
    QCOMPARE(reviews[0].conversationId, qint64(8));
    QCOMPARE(reviews[0].score, 90.0);
    QCOMPARE(reviews[0].conversationStartedAt, QaFlowFixture::kConversationStart + 8 * QaFlowFixture::kDay);
    QCOMPARE(reviews[1].id, week1);
    QCOMPARE(reviews[1].score, 100.0);
    QVERIFY(coaching.recentReviews(7, 1, &reviews, &error));
    QCOMPARE(reviews.size(), 1);
    QCOMPARE(reviews[0].id, week2);
}

void TestQaCoaching::targetProgress()
{
    // Agent 7 scores 100 and 85 in the first week (conversations 1, 2) and 90 in the second (8).
    m_fx.submitted(1, m_fx.answers(), 1705500000);
    m_fx.submitted(2, m_fx.answers({ { QStringLiteral("attitude"), 1 } }), 1705500000);
    m_fx.submitted(8, m_fx.answers({ { QStringLiteral("greeting"), 0 } }), 1705500000);
    QaCoachingRepository coaching(m_fx.db);
    QString error;
    QaCoachingSession session;
    session.agentId = 7;
    session.coach = QStringLiteral("组长");
    session.heldAt = QaFlowFixture::kConversationStart; // 2024-01-01
    session.createdAt = session.heldAt;
    session.kpi = QStringLiteral("qa_score");
    session.kpiTarget = 90;
    session.dueDate = QDate(2024, 1, 14);

    QaCoachingProgress progress;
    // Past due: the mean over 01-01..01-14 is (100 + 85 + 90) / 3 ≥ 90.
    QVERIFY2(coaching.progress(session, QDate(2024, 3, 1), &progress, &error), qPrintable(error));
    QCOMPARE(progress.state, QaCoachingProgress::State::Met);
    QCOMPARE(progress.period.first, QDate(2024, 1, 1));
    QCOMPARE(progress.period.last, QDate(2024, 1, 14));
    QCOMPARE(progress.figureKey, QStringLiteral("qa_score"));
    QCOMPARE(progress.n, qint64(3));
    QCOMPARE(*progress.value, 275.0 / 3.0);
    QVERIFY(progress.insufficient); // 3 reviews are under the minimum, and the view says so

    // The same value as the engine reports for that agent and span.
    KpiEngine engine(m_fx.db);
    KpiReport report;
    KpiQuery query;
    query.period = KpiPeriod::range(QDate(2024, 1, 1), QDate(2024, 1, 14));
    QVERIFY2(engine.compute(query, &report, &error), qPrintable(error));
    bool found = false;
    for (const KpiResult &result : std::as_const(report.results)) {
        if (result.id == 7) {
            QCOMPARE(*result.figure(QStringLiteral("qa_score"))->value, *progress.value);
            found = true;
        }
    }
    QVERIFY(found);

    session.kpiTarget = 95;
    QVERIFY(coaching.progress(session, QDate(2024, 3, 1), &progress, &error));
    QCOMPARE(progress.state, QaCoachingProgress::State::Missed);

    // Still due on 01-05: the value so far covers the first week only.
    QVERIFY(coaching.progress(session, QDate(2024, 1, 5), &progress, &error));
    QCOMPARE(progress.state, QaCoachingProgress::State::Due);
    QCOMPARE(progress.period.last, QDate(2024, 1, 5));
    QCOMPARE(progress.n, qint64(2));
    QCOMPARE(*progress.value, 92.5);

    // Nothing to judge by: past due without a single review in the span.
    session.heldAt = QaFlowFixture::kConversationStart + 20 * QaFlowFixture::kDay;
    session.dueDate = QDate(2024, 1, 31);
    QVERIFY(coaching.progress(session, QDate(2024, 3, 1), &progress, &error));
    QCOMPARE(progress.state, QaCoachingProgress::State::NoData);
    QVERIFY(!progress.value);

    QaCoachingSession none;
    none.agentId = 7;
    QVERIFY(coaching.progress(none, QDate(2024, 3, 1), &progress, &error));
    QCOMPARE(progress.state, QaCoachingProgress::State::NoTarget);
}

QTEST_GUILESS_MAIN(TestQaCoaching)
#include "TestQaCoaching.moc"
