#include "QaFlowFixture.h"

#include "qa/store/QaCoachingRepository.h"

/** Coaching sessions on a real store: linked reviews, the optional KPI target, listing per agent. */
class TestQaCoaching : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createAndListPerAgent();
    void refusals();

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

QTEST_GUILESS_MAIN(TestQaCoaching)
#include "TestQaCoaching.moc"
