#include "qa/store/QaSampleRepository.h"
#include "support/TestStores.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/** A sampling draw through the store: candidates of a week, saved draw reproduced from its seed,
 * reassignment. */
class TestQaSampling : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void candidatesOfAPeriod();
    void savedDrawReproducesFromItsSeed();
    void reassignmentIsCheckedAndRecorded();

private:
    bool exec(const QString &sql, QString *error = nullptr);
    StoredSampleDraw drawAndSave();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QSqlDatabase m_db;
};

void TestQaSampling::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = TestStores::createStore(*m_dir, QStringLiteral("sampling.sqlite"));
    QVERIFY(m_store);
    m_db = m_store->connection();
    QStringList setup = {
        QStringLiteral("INSERT INTO departments (id, code, name) VALUES (91, 'qa-test', 'QA test')"),
        QStringLiteral("INSERT INTO teams (id, department_id, name, tier) VALUES (91, 91, 'A', 'L1')"),
        // Agent 7 was hired two weeks before the sampled week, agent 8 years ago.
        QStringLiteral(
            "INSERT INTO agents (id, name, team_id, tier, shift, hire_date) VALUES "
            "(7, '王芳', 91, 'L1', 'morning', '2024-02-20'), (8, '李强', 91, 'L1', 'morning', '2020-05-01')"),
        // Reviewers: user 1 is agent 8, user 2 is no agent, user 3 is agent 7; user 4 is disabled.
        QStringLiteral(
            "INSERT INTO users (id, login, display_name, role, agent_id, created_at, disabled) VALUES "
            "(1, 'li', '李强', 'qa_reviewer', 8, 0, 0), (2, 'qa', 'QA', 'qa_reviewer', NULL, 0, 0), "
            "(3, 'wang', '王芳', 'team_lead', 7, 0, 0), (4, 'old', 'Old', 'qa_reviewer', NULL, 0, 1)"),
    };
    // Ten tickets per agent in the week of 2024-03-04 (Monday, 1709510400 UTC), one conversation each;
    // ticket i: CSAT i % 5 + 1, a complaint when i % 4 == 0, 2000 s handling when i % 3 == 0.
    // One more conversation on 2024-03-11 lies outside the week.
    for (int agent : { 7, 8 }) {
        for (int i = 0; i < 10; ++i) {
            const int id = agent * 100 + i;
            setup.append(QStringLiteral(
                             "INSERT INTO tickets (id, source_system, external_id, platform, channel, type, "
                             "category, status, tier, agent_id, created_at, csat_score, handle_seconds) "
                             "VALUES (%1, 'test', 't%1', 'taobao', 'chat', '%2', 'product', 'resolved', "
                             "'L1', %3, %4, %5, %6)")
                             .arg(id)
                             .arg(i % 4 == 0 ? QStringLiteral("complaint") : QStringLiteral("consultation"))
                             .arg(agent)
                             .arg(1709510400 + i * 3600)
                             .arg(i % 5 + 1)
                             .arg(i % 3 == 0 ? 2000 : 300));
            setup.append(
                QStringLiteral("INSERT INTO conversations (id, ticket_id, started_at) VALUES (%1, %1, %2)")
                    .arg(id)
                    .arg(1709510400 + i * 3600));
        }
    }
    setup.append(QStringLiteral(
        "INSERT INTO tickets (id, source_system, external_id, platform, channel, type, category, "
        "status, tier, agent_id, created_at) VALUES (999, 'test', 't999', 'taobao', 'chat', "
        "'consultation', 'product', 'resolved', 'L1', 7, 1710115200)"));
    setup.append(QStringLiteral(
        "INSERT INTO conversations (id, ticket_id, started_at) VALUES (999, 999, 1710115200)"));
    setup.append(
        QStringLiteral("INSERT INTO qa_auto_flags (conversation_id, rule, detail, created_at) VALUES "
                       "(805, 'forbidden_phrase', '不知道', 0)"));
    for (const QString &sql : std::as_const(setup)) {
        QString error;
        QVERIFY2(exec(sql, &error), qPrintable(error + QStringLiteral("\n") + sql));
    }
}

void TestQaSampling::cleanup()
{
    m_db = {};
    m_store.reset();
    m_dir.reset();
}

bool TestQaSampling::exec(const QString &sql, QString *error)
{
    QSqlQuery query(m_db);
    const bool ok = query.exec(sql);
    if (!ok && error)
        *error = query.lastError().text();
    return ok;
}

void TestQaSampling::candidatesOfAPeriod()
{
    QList<SampleCandidate> candidates;
    QString error;
    QVERIFY2(
        QaSampleRepository(m_db).candidates(QDate(2024, 3, 4), QDate(2024, 3, 10), 90, &candidates, &error),
        qPrintable(error));
    QCOMPARE(candidates.size(), 20); // not conversation 999, a week later
    const SampleCandidate &first = candidates.first();
    QCOMPARE(first.conversationId, 700);
    QCOMPARE(first.agentId, 7);
    QCOMPARE(*first.csat, 1);
    QVERIFY(first.complaint);
    QCOMPARE(first.handleSeconds, 2000);
    QVERIFY(first.newHire);
    QVERIFY(!first.autoQaFlag);
    const SampleCandidate &flagged = candidates.at(15);
    QCOMPARE(flagged.conversationId, 805);
    QVERIFY(flagged.autoQaFlag);
    QVERIFY(!flagged.newHire);
    QVERIFY(!flagged.complaint);
}

StoredSampleDraw TestQaSampling::drawAndSave()
{
    QaSampleRepository repository(m_db);
    QString error;
    StoredSampleDraw draw;
    draw.rule.name = QStringLiteral("Weekly");
    draw.rule.perAgent = 4;
    draw.rule.strata = { { SampleStratum::LowCsat, 1 }, { SampleStratum::AutoQaFlag, 1 } };
    draw.rule.workloadCap = 4;
    draw.seed = 0xFEDCBA9876543210ULL; // above 2^63: stored through the signed column unchanged
    draw.first = QDate(2024, 3, 4);
    draw.last = QDate(2024, 3, 10);
    draw.createdBy = QStringLiteral("lead");
    draw.createdAt = 1710200000;
    QList<SampleCandidate> candidates;
    if (!repository.candidates(draw.first, draw.last, 90, &candidates, &error))
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    const SampleDrawResult result = Sampler::draw(draw.rule, candidates, draw.seed);
    draw.items = result.items;
    QList<SampleReviewer> reviewers;
    if (!repository.reviewers(&reviewers, &error))
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    Sampler::assign(&draw.items, &reviewers, draw.rule.workloadCap);
    if (!repository.save(&draw, result.explanations, &error))
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    return draw;
}

void TestQaSampling::savedDrawReproducesFromItsSeed()
{
    const StoredSampleDraw saved = drawAndSave();
    QVERIFY(saved.id > 0);
    QCOMPARE(saved.items.size(), 8);
    QaSampleRepository repository(m_db);
    StoredSampleDraw loaded;
    QString error;
    QVERIFY2(repository.load(saved.id, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.seed, 0xFEDCBA9876543210ULL);
    QCOMPARE(loaded.rule.toJson(), saved.rule.toJson());
    QCOMPARE(loaded.items.size(), 8);
    // Agent 8's flagged conversation 805 is the only one in its stratum, so the draw must hold it.
    bool has805 = false;
    for (const SampledItem &item : std::as_const(loaded.items)) {
        QVERIFY(item.reviewerId != 0);
        QVERIFY(!(item.agentId == 7 && item.reviewerId == 3));
        QVERIFY(!(item.agentId == 8 && item.reviewerId == 1));
        QVERIFY(item.reviewerId != 4); // disabled
        if (item.conversationId == 805) {
            has805 = true;
            QCOMPARE(item.stratum, SampleStratum::AutoQaFlag);
        }
    }
    QVERIFY(has805);

    // Anyone can re-run the draw from what was recorded and get the same conversations.
    QList<SampleCandidate> candidates;
    QVERIFY(repository.candidates(loaded.first, loaded.last, 90, &candidates, &error));
    const SampleDrawResult again = Sampler::draw(loaded.rule, candidates, loaded.seed);
    QCOMPARE(again.items.size(), loaded.items.size());
    for (qsizetype i = 0; i < again.items.size(); ++i) {
        QCOMPARE(again.items.at(i).conversationId, loaded.items.at(i).conversationId);
        QCOMPARE(again.items.at(i).stratum, loaded.items.at(i).stratum);
    }
    QSqlQuery explanation(m_db);
    QVERIFY(explanation.exec(
        QStringLiteral("SELECT explanation_json FROM qa_sample_draws WHERE id = %1").arg(saved.id)));
    QVERIFY(explanation.next());
    QVERIFY(explanation.value(0).toString().contains(QLatin1String("\"stratum\":\"auto_qa_flag\"")));
}

void TestQaSampling::reassignmentIsCheckedAndRecorded()
{
    drawAndSave();
    QSqlQuery query(m_db);
    // An item of agent 7's currently with user 2.
    QVERIFY(query.exec(QStringLiteral("SELECT id, reviewer_id FROM qa_sample_items WHERE agent_id = 7 AND "
                                      "reviewer_id = 2 ORDER BY id LIMIT 1")));
    QVERIFY(query.next());
    const qint64 item = query.value(0).toLongLong();
    query.finish();
    QaSampleRepository repository(m_db);
    QString error;
    QVERIFY(!repository.reassign(item, 1, QStringLiteral("  "), QStringLiteral("lead"), 1710300000, &error));
    QVERIFY(!repository.reassign(item, 3, QStringLiteral("on leave"), QStringLiteral("lead"), 1710300000,
                                 &error));
    QVERIFY2(error.contains(QLatin1String("agent who handled")), qPrintable(error));
    QVERIFY(!repository.reassign(item, 4, QStringLiteral("on leave"), QStringLiteral("lead"), 1710300000,
                                 &error));
    // Agent 7's four items went to users 1 and 2 (user 3 is agent 7), two each; agent 8's to 2 and 3.
    QList<SampleReviewer> reviewers;
    QVERIFY(repository.reviewers(&reviewers, &error));
    QCOMPARE(reviewers.size(), 3); // not the disabled user 4
    QCOMPARE(reviewers.at(0).userId, 1);
    QCOMPARE(reviewers.at(0).load, 2);
    QVERIFY2(
        repository.reassign(item, 1, QStringLiteral("on leave"), QStringLiteral("lead"), 1710300000, &error),
        qPrintable(error));
    QVERIFY(query.exec(
        QStringLiteral("SELECT reviewer_id, assigned_at FROM qa_sample_items WHERE id = %1").arg(item)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 1);
    QCOMPARE(query.value(1).toLongLong(), 1710300000);
    query.finish();
    QVERIFY(query.exec(QStringLiteral("SELECT from_reviewer_id, to_reviewer_id, reason, by_user FROM "
                                      "qa_sample_reassignments WHERE item_id = %1")
                           .arg(item)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 2);
    QCOMPARE(query.value(1).toLongLong(), 1);
    QCOMPARE(query.value(2).toString(), QStringLiteral("on leave"));
    QCOMPARE(query.value(3).toString(), QStringLiteral("lead"));
    QVERIFY(!query.next());
    query.finish();

    // User 1 now has 3 of the cap of 4: one more fits, the next is refused.
    QVERIFY(
        query.exec(QStringLiteral("SELECT id FROM qa_sample_items WHERE agent_id = 7 AND reviewer_id = 2")));
    QVERIFY(query.next());
    const qint64 second = query.value(0).toLongLong();
    // A fifth item of agent 7's (added by hand: the draw gave agent 7 only four).
    QVERIFY(
        query.exec(QStringLiteral("INSERT INTO qa_sample_items (draw_id, conversation_id, agent_id, stratum, "
                                  "reviewer_id, assigned_at) SELECT draw_id, 999, 7, 'random', 2, 0 FROM "
                                  "qa_sample_items WHERE id = %1 RETURNING id")
                       .arg(item)));
    QVERIFY(query.next());
    const qint64 third = query.value(0).toLongLong();
    query.finish();
    QVERIFY2(
        repository.reassign(second, 1, QStringLiteral("balance"), QStringLiteral("lead"), 1710300100, &error),
        qPrintable(error));
    QVERIFY(!repository.reassign(third, 1, QStringLiteral("balance"), QStringLiteral("lead"), 1710300200,
                                 &error));
    QVERIFY2(error.contains(QLatin1String("cap")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestQaSampling)
#include "TestQaSampling.moc"
