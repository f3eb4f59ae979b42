#include "qa/store/QaReviewRepository.h"
#include "qa/store/ScorecardTemplateRepository.h"
#include "scoring/store/AuditLogRepository.h"
#include "support/TestStores.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/** The QA tables through the application's migration path: schema, default template, versions, reviews. */
class TestQaStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void defaultTemplateIsSeeded();
    void defaultTemplateScores();
    void checksRefuseBadRows();
    void editOfUnusedVersionIsInPlace();
    void editOfUsedVersionCreatesNewVersion();
    void usedVersionIsImmutableInSql();
    void answersMustBelongToTheVersion();
    void submitScoresAndAudits();
    void submitNeedsEveryAnswer();
    void amendIsAuditedWithReason();
    void calibrationReviewNeedsSession();
    void sampleItemNeverToTheAgent();
    void disputeHistoryIsAppendOnly();

private:
    bool exec(const QString &sql, QString *error = nullptr);
    qint64 newReview(qint64 versionId, qint64 conversationId = 1);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QSqlDatabase m_db;
};

void TestQaStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = TestStores::createStore(*m_dir, QStringLiteral("qa.sqlite"));
    QVERIFY(m_store);
    m_db = m_store->connection();
    // One team, two agents (7 and 8), a reviewer user who is agent 8, a QA user who is no agent,
    // and two conversations handled by agent 7.
    const QStringList setup = {
        QStringLiteral("INSERT INTO departments (id, code, name) VALUES (91, 'qa-test', 'QA test')"),
        QStringLiteral("INSERT INTO teams (id, department_id, name, tier) VALUES (91, 91, 'A', 'L1')"),
        QStringLiteral(
            "INSERT INTO agents (id, name, team_id, tier, shift, hire_date) VALUES "
            "(7, '王芳', 91, 'L1', 'morning', '2024-01-02'), (8, '李强', 91, 'L1', 'morning', '2023-05-01')"),
        QStringLiteral("INSERT INTO users (id, login, display_name, role, agent_id, created_at) VALUES "
                       "(1, 'li', '李强', 'qa_reviewer', 8, 0), (2, 'qa', 'QA', 'qa_reviewer', NULL, 0), "
                       "(3, 'wang', '王芳', 'qa_reviewer', 7, 0)"),
        QStringLiteral(
            "INSERT INTO tickets (id, source_system, external_id, platform, channel, type, category, "
            "status, tier, agent_id, created_at) VALUES (1, 'test', 't1', 'taobao', 'chat', "
            "'consultation', 'product', 'resolved', 'L1', 7, 1700000000)"),
        QStringLiteral("INSERT INTO conversations (id, ticket_id, started_at) VALUES (1, 1, 1700000000), "
                       "(2, 1, 1700000100)"),
    };
    for (const QString &sql : setup) {
        QString error;
        QVERIFY2(exec(sql, &error), qPrintable(error + QStringLiteral("\n") + sql));
    }
}

void TestQaStore::cleanup()
{
    m_db = {};
    m_store.reset();
    m_dir.reset();
}

bool TestQaStore::exec(const QString &sql, QString *error)
{
    QSqlQuery query(m_db);
    const bool ok = query.exec(sql);
    if (!ok && error)
        *error = query.lastError().text();
    return ok;
}

qint64 TestQaStore::newReview(qint64 versionId, qint64 conversationId)
{
    QaReview review;
    review.conversationId = conversationId;
    review.agentId = 7;
    review.reviewerId = 2;
    review.templateVersionId = versionId;
    review.createdAt = 1700001000;
    QString error;
    if (!QaReviewRepository(m_db).create(&review, &error))
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    return review.id;
}

void TestQaStore::defaultTemplateIsSeeded()
{
    ScorecardTemplate tmpl;
    QString error;
    QVERIFY2(ScorecardTemplateRepository(m_db).latest(QStringLiteral("Default"), &tmpl, &error),
             qPrintable(error));
    QCOMPARE(tmpl.version, 1);
    QVERIFY2(tmpl.validationError().isEmpty(), qPrintable(tmpl.validationError()));
    QCOMPARE(tmpl.criterionCount(), 8);
    QCOMPARE(tmpl.totalPoints(), 100.0);
    const QStringList zh
        = { QStringLiteral("礼貌用语"),     QStringLiteral("服务态度"),       QStringLiteral("沟通技巧"),
            QStringLiteral("问题解决能力"), QStringLiteral("产品知识准确性"), QStringLiteral("流程规范"),
            QStringLiteral("响应及时性"),   QStringLiteral("信息保密") };
    QStringList seen;
    for (const ScorecardSection &section : std::as_const(tmpl.sections)) {
        for (const ScorecardCriterion &criterion : section.criteria) {
            seen.append(criterion.titleZh);
            QVERIFY(!criterion.titleEn.isEmpty());
            QVERIFY(!criterion.guidanceZh.isEmpty());
            QVERIFY(!criterion.guidanceEn.isEmpty());
            QCOMPARE(criterion.critical == CriticalLevel::None, criterion.key != QLatin1String("privacy"));
        }
    }
    QCOMPARE(seen, zh);
    const ScorecardCriterion *privacy = tmpl.findCriterionByKey(QStringLiteral("privacy"));
    QVERIFY(privacy);
    QCOMPARE(privacy->critical, CriticalLevel::Review);
    QCOMPARE(privacy->titleEn, QStringLiteral("Privacy and confidentiality"));
}

void TestQaStore::defaultTemplateScores()
{
    ScorecardTemplate tmpl;
    QString error;
    QVERIFY(ScorecardTemplateRepository(m_db).latest(QStringLiteral("Default"), &tmpl, &error));
    QList<ScorecardAnswer> answers;
    for (const ScorecardSection &section : std::as_const(tmpl.sections)) {
        for (const ScorecardCriterion &criterion : section.criteria)
            answers.append(ScorecardAnswer::of(criterion.id, criterion.maxValue()));
    }
    ScorecardResult result;
    QVERIFY2(ScorecardScorer::score(tmpl, answers, &result, &error), qPrintable(error));
    QCOMPARE(*result.score, 100.0);
    // Leaking customer data fails the review however good the rest was.
    const qint64 privacyId = tmpl.findCriterionByKey(QStringLiteral("privacy"))->id;
    for (ScorecardAnswer &answer : answers) {
        if (answer.criterionId == privacyId)
            answer.value = 0;
    }
    QVERIFY(ScorecardScorer::score(tmpl, answers, &result, &error));
    QVERIFY(result.reviewCriticalFail);
    QCOMPARE(*result.score, 0.0);
}

void TestQaStore::checksRefuseBadRows()
{
    // Scale codes, zero_to_n without its N, answers that are both N/A and a value.
    QVERIFY(!exec(
        QStringLiteral("INSERT INTO qa_criteria (section_id, position, key, title_zh, title_en, points, "
                       "scale) VALUES (1, 9, 'x', 'x', 'x', 5, 'one_to_ten')")));
    QVERIFY(!exec(
        QStringLiteral("INSERT INTO qa_criteria (section_id, position, key, title_zh, title_en, points, "
                       "scale) VALUES (1, 9, 'x', 'x', 'x', 5, 'zero_to_n')")));
    QVERIFY(!exec(
        QStringLiteral("INSERT INTO qa_criteria (section_id, position, key, title_zh, title_en, points, "
                       "scale, critical) VALUES (1, 9, 'x', 'x', 'x', 5, 'pass_fail_na', 'team')")));
    QVERIFY(
        exec(QStringLiteral("INSERT INTO qa_criteria (section_id, position, key, title_zh, title_en, points, "
                            "scale, scale_max) VALUES (1, 9, 'x', 'x', 'x', 5, 'zero_to_n', 3)")));
    const qint64 review = newReview(1);
    QVERIFY(!exec(
        QStringLiteral("INSERT INTO qa_answers (review_id, criterion_id, value, na) VALUES (%1, 1, 1, 1)")
            .arg(review)));
    // A submitted review carries its submission time; a reassignment carries a reason.
    QVERIFY(!exec(QStringLiteral("UPDATE qa_reviews SET status = 'submitted' WHERE id = %1").arg(review)));
    QVERIFY(!exec(QStringLiteral(
        "INSERT INTO qa_sample_draws (id, rule_json, seed, period_first, period_last, "
        "created_by, created_at) VALUES (1, '{}', 1, '2024-02-01', '2024-01-01', 'lead', 0)")));
}

void TestQaStore::editOfUnusedVersionIsInPlace()
{
    ScorecardTemplateRepository repository(m_db);
    ScorecardTemplate tmpl;
    QString error;
    QVERIFY(repository.latest(QStringLiteral("Default"), &tmpl, &error));
    tmpl.sections[0].criteria[0].guidanceEn = QStringLiteral("Greets within the first reply.");
    bool added = true;
    QVERIFY2(repository.save(&tmpl, &error, &added), qPrintable(error));
    QVERIFY(!added);
    QCOMPARE(tmpl.version, 1);
    QCOMPARE(tmpl.versionId, 1);
    ScorecardTemplate again;
    QVERIFY(repository.load(1, &again, &error));
    QCOMPARE(again.sections[0].criteria[0].guidanceEn, QStringLiteral("Greets within the first reply."));
    QCOMPARE(again.criterionCount(), 8);
}

void TestQaStore::editOfUsedVersionCreatesNewVersion()
{
    const qint64 review = newReview(1);
    QVERIFY(review > 0);
    ScorecardTemplateRepository repository(m_db);
    bool used = false;
    QString error;
    QVERIFY(repository.isUsed(1, &used, &error));
    QVERIFY(used);

    ScorecardTemplate tmpl;
    QVERIFY(repository.load(1, &tmpl, &error));
    tmpl.sections[0].criteria[0].points = 5;
    tmpl.sections[1].criteria[2].points = 20;
    bool added = false;
    QVERIFY2(repository.save(&tmpl, &error, &added), qPrintable(error));
    QVERIFY(added);
    QCOMPARE(tmpl.version, 2);
    QVERIFY(tmpl.versionId != 1);
    QCOMPARE(tmpl.sections[0].criteria[0].points, 5.0);

    // The review keeps the version it was scored on, unchanged.
    ScorecardTemplate original;
    QVERIFY(repository.load(1, &original, &error));
    QCOMPARE(original.sections[0].criteria[0].points, 10.0);
    QaReview stored;
    QVERIFY(QaReviewRepository(m_db).load(review, &stored, &error));
    QCOMPARE(stored.templateVersionId, 1);
    ScorecardTemplate latest;
    QVERIFY(repository.latest(QStringLiteral("Default"), &latest, &error));
    QCOMPARE(latest.version, 2);

    // A new template starts at version 1.
    ScorecardTemplate fresh = tmpl;
    fresh.templateId = 0;
    fresh.versionId = 0;
    fresh.name = QStringLiteral("Complaints");
    QVERIFY2(repository.save(&fresh, &error, &added), qPrintable(error));
    QCOMPARE(fresh.version, 1);
    QVERIFY(fresh.templateId != tmpl.templateId);

    // A second template of the same name is refused and leaves the caller's copy unsaved.
    ScorecardTemplate clash = fresh;
    clash.templateId = 0;
    clash.versionId = 0;
    QVERIFY(!repository.save(&clash, &error));
    QCOMPARE(clash.templateId, 0);
    QCOMPARE(clash.versionId, 0);
}

void TestQaStore::usedVersionIsImmutableInSql()
{
    newReview(1);
    QString error;
    QVERIFY(!exec(QStringLiteral("UPDATE qa_criteria SET points = 1 WHERE id = 1"), &error));
    QVERIFY2(error.contains(QLatin1String("save a new version")), qPrintable(error));
    QVERIFY(!exec(QStringLiteral("DELETE FROM qa_criteria WHERE id = 1")));
    QVERIFY(!exec(QStringLiteral("UPDATE qa_sections SET title_en = 'x' WHERE id = 1")));
    QVERIFY(!exec(QStringLiteral("INSERT INTO qa_sections (version_id, position, title_zh, title_en) VALUES "
                                 "(1, 9, 'x', 'x')")));
    QVERIFY(!exec(QStringLiteral("DELETE FROM qa_template_versions WHERE id = 1")));
    QVERIFY(!exec(QStringLiteral("UPDATE qa_template_versions SET version = 5 WHERE id = 1")));
    ScorecardTemplateRepository repository(m_db);
    ScorecardTemplate tmpl;
    QVERIFY(repository.load(1, &tmpl, &error));
    QCOMPARE(tmpl.criterionCount(), 8);
}

void TestQaStore::answersMustBelongToTheVersion()
{
    ScorecardTemplateRepository repository(m_db);
    ScorecardTemplate tmpl;
    QString error;
    QVERIFY(repository.load(1, &tmpl, &error));
    tmpl.versionId = 0; // save as version 2
    QVERIFY(repository.save(&tmpl, &error));
    const qint64 review = newReview(1);
    const qint64 foreignCriterion = tmpl.sections[0].criteria[0].id;
    QVERIFY(
        !QaReviewRepository(m_db).saveDraft(review, { ScorecardAnswer::of(foreignCriterion, 1) }, &error));
    QVERIFY2(error.contains(QLatin1String("not part of the review")), qPrintable(error));
}

void TestQaStore::submitScoresAndAudits()
{
    const qint64 review = newReview(1);
    ScorecardTemplate tmpl;
    QString error;
    QVERIFY(ScorecardTemplateRepository(m_db).load(1, &tmpl, &error));
    // Everything top marks except attitude 4 of 5 (15 × 3/4 = 11.25) and product knowledge N/A
    // (15 points leave the total): 85 − 3.75 = 81.25 of 85.
    QList<ScorecardAnswer> answers;
    for (const ScorecardSection &section : std::as_const(tmpl.sections)) {
        for (const ScorecardCriterion &criterion : section.criteria) {
            if (criterion.key == QLatin1String("attitude"))
                answers.append(ScorecardAnswer::of(criterion.id, 4));
            else if (criterion.key == QLatin1String("product_knowledge"))
                answers.append(ScorecardAnswer::na(criterion.id));
            else
                answers.append(ScorecardAnswer::of(criterion.id, criterion.maxValue()));
        }
    }
    answers[0].comment = QStringLiteral("亲，您好 — greeted properly");
    QaReviewRepository reviews(m_db);
    QVERIFY2(reviews.saveDraft(review, answers, &error), qPrintable(error));
    QVERIFY2(reviews.submit(review, QStringLiteral("qa"), 1700002000, &error), qPrintable(error));

    QaReview stored;
    QVERIFY(reviews.load(review, &stored, &error));
    QCOMPARE(stored.status, QaReview::Status::Submitted);
    QCOMPARE(stored.submittedAt, 1700002000);
    QVERIFY(stored.score);
    QCOMPARE(*stored.score, 81.25 / 85.0 * 100.0);
    QList<ScorecardAnswer> back;
    QVERIFY(reviews.answers(review, &back, &error));
    QCOMPARE(back.size(), 8);
    QCOMPARE(back.first().comment, QStringLiteral("亲，您好 — greeted properly"));

    QList<AuditEntry> audit;
    QVERIFY(AuditLogRepository(m_db).forEntity(QStringLiteral("qa_review"), QString::number(review), &audit,
                                               &error));
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().action, QStringLiteral("submit_review"));
    const QJsonObject after = QJsonDocument::fromJson(audit.first().afterJson.toUtf8()).object();
    QCOMPARE(after.value(QStringLiteral("score")).toDouble(), *stored.score);

    // A submitted review's answers no longer change as a draft.
    QVERIFY(!reviews.saveDraft(review, { ScorecardAnswer::of(answers[0].criterionId, 0) }, &error));
    QVERIFY(!reviews.submit(review, QStringLiteral("qa"), 1700002001, &error));
}

void TestQaStore::submitNeedsEveryAnswer()
{
    const qint64 review = newReview(1);
    QString error;
    QaReviewRepository reviews(m_db);
    QVERIFY(reviews.saveDraft(review, { ScorecardAnswer::of(1, 1) }, &error));
    QVERIFY(!reviews.submit(review, QStringLiteral("qa"), 1700002000, &error));
    QVERIFY2(error.contains(QLatin1String("7")), qPrintable(error));
    QaReview stored;
    QVERIFY(reviews.load(review, &stored, &error));
    QCOMPARE(stored.status, QaReview::Status::Draft);
}

void TestQaStore::amendIsAuditedWithReason()
{
    const qint64 review = newReview(1);
    ScorecardTemplate tmpl;
    QString error;
    QVERIFY(ScorecardTemplateRepository(m_db).load(1, &tmpl, &error));
    QList<ScorecardAnswer> answers;
    for (const ScorecardSection &section : std::as_const(tmpl.sections)) {
        for (const ScorecardCriterion &criterion : section.criteria)
            answers.append(ScorecardAnswer::of(criterion.id, criterion.maxValue()));
    }
    const qint64 privacy = tmpl.findCriterionByKey(QStringLiteral("privacy"))->id;
    for (ScorecardAnswer &answer : answers) {
        if (answer.criterionId == privacy)
            answer.value = 0;
    }
    QaReviewRepository reviews(m_db);
    QVERIFY(reviews.saveDraft(review, answers, &error));
    QVERIFY(reviews.submit(review, QStringLiteral("reviewer"), 1700002000, &error));
    QaReview stored;
    QVERIFY(reviews.load(review, &stored, &error));
    QCOMPARE(*stored.score, 0.0);

    // The dispute is accepted: the "leak" was the customer's own order number.
    QVERIFY(!reviews.amend(review, { ScorecardAnswer::of(privacy, 1) }, QStringLiteral("lead"), 1700003000,
                           QString(), &error));
    QVERIFY2(reviews.amend(review, { ScorecardAnswer::of(privacy, 1) }, QStringLiteral("lead"), 1700003000,
                           QStringLiteral("dispute 1 accepted"), &error),
             qPrintable(error));
    QVERIFY(reviews.load(review, &stored, &error));
    QCOMPARE(*stored.score, 100.0);
    QList<AuditEntry> audit;
    QVERIFY(AuditLogRepository(m_db).forEntity(QStringLiteral("qa_review"), QString::number(review), &audit,
                                               &error));
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.last().action, QStringLiteral("amend_review"));
    QCOMPARE(audit.last().actor, QStringLiteral("lead"));
    QCOMPARE(audit.last().reason, QStringLiteral("dispute 1 accepted"));
    const QJsonObject before = QJsonDocument::fromJson(audit.last().beforeJson.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(audit.last().afterJson.toUtf8()).object();
    QCOMPARE(before.value(QStringLiteral("score")).toDouble(), 0.0);
    QCOMPARE(after.value(QStringLiteral("score")).toDouble(), 100.0);
    QCOMPARE(before.value(QStringLiteral("answers")).toObject().value(QString::number(privacy)).toInt(), 0);
    QCOMPARE(after.value(QStringLiteral("answers")).toObject().value(QString::number(privacy)).toInt(), 1);

    // An invalid amendment changes nothing and audits nothing.
    QVERIFY(!reviews.amend(review, { ScorecardAnswer::of(privacy, 7) }, QStringLiteral("lead"), 1700003100,
                           QStringLiteral("typo"), &error));
    QVERIFY(reviews.load(review, &stored, &error));
    QCOMPARE(*stored.score, 100.0);
    audit.clear();
    QVERIFY(AuditLogRepository(m_db).forEntity(QStringLiteral("qa_review"), QString::number(review), &audit,
                                               &error));
    QCOMPARE(audit.size(), 2);
}

void TestQaStore::calibrationReviewNeedsSession()
{
    QaReview review;
    review.conversationId = 1;
    review.agentId = 7;
    review.reviewerId = 2;
    review.templateVersionId = 1;
    review.kind = QaReview::Kind::Calibration;
    QString error;
    QVERIFY(!QaReviewRepository(m_db).create(&review, &error));
    QVERIFY(
        exec(QStringLiteral("INSERT INTO qa_calibration_sessions (id, name, template_version_id, created_by, "
                            "created_at) VALUES (1, 'Week 3', 1, 'lead', 0)")));
    review.calibrationSessionId = 1;
    QVERIFY2(QaReviewRepository(m_db).create(&review, &error), qPrintable(error));
    // The same reviewer scores a conversation once per session.
    QaReview twice = review;
    QVERIFY(!QaReviewRepository(m_db).create(&twice, &error));
    // A session pins its version too.
    bool used = false;
    QVERIFY(ScorecardTemplateRepository(m_db).isUsed(1, &used, &error));
    QVERIFY(used);
}

void TestQaStore::sampleItemNeverToTheAgent()
{
    QVERIFY(exec(QStringLiteral(
        "INSERT INTO qa_sample_draws (id, rule_json, seed, period_first, period_last, "
        "created_by, created_at) VALUES (1, '{}', 42, '2024-01-01', '2024-01-07', 'lead', 0)")));
    QString error;
    // User 3 is agent 7, who handled the conversation.
    QVERIFY(!exec(QStringLiteral("INSERT INTO qa_sample_items (draw_id, conversation_id, agent_id, stratum, "
                                 "reviewer_id, assigned_at) VALUES (1, 1, 7, 'random', 3, 0)"),
                  &error));
    QVERIFY2(error.contains(QLatin1String("agent who handled")), qPrintable(error));
    QVERIFY(
        exec(QStringLiteral("INSERT INTO qa_sample_items (id, draw_id, conversation_id, agent_id, stratum, "
                            "reviewer_id, assigned_at) VALUES (1, 1, 1, 7, 'low_csat', 1, 0)")));
    QVERIFY(!exec(QStringLiteral("UPDATE qa_sample_items SET reviewer_id = 3 WHERE id = 1")));
    QVERIFY(!exec(
        QStringLiteral("INSERT INTO qa_sample_reassignments (item_id, from_reviewer_id, to_reviewer_id, "
                       "reason, by_user, at) VALUES (1, 1, 2, '  ', 'lead', 0)")));
    QVERIFY(
        exec(QStringLiteral("INSERT INTO qa_sample_reassignments (item_id, from_reviewer_id, to_reviewer_id, "
                            "reason, by_user, at) VALUES (1, 1, 2, 'on leave', 'lead', 0)")));
}

void TestQaStore::disputeHistoryIsAppendOnly()
{
    const qint64 review = newReview(1);
    // A decided dispute names who decided; a deadline before the dispute is refused.
    QVERIFY(
        !exec(QStringLiteral("INSERT INTO qa_disputes (review_id, reason_code, text, raised_by, raised_at, "
                             "deadline, state) VALUES (%1, 'other', 'x', 'wang', 10, 20, 'accepted')")
                  .arg(review)));
    QVERIFY(
        !exec(QStringLiteral("INSERT INTO qa_disputes (review_id, reason_code, text, raised_by, raised_at, "
                             "deadline) VALUES (%1, 'other', 'x', 'wang', 30, 20)")
                  .arg(review)));
    QVERIFY(exec(
        QStringLiteral("INSERT INTO qa_disputes (id, review_id, criterion_id, reason_code, text, raised_by, "
                       "raised_at, deadline) VALUES (1, %1, 8, 'misread_transcript', '订单号是客户自己的', "
                       "'wang', 10, 20)")
            .arg(review)));
    QVERIFY(exec(QStringLiteral(
        "INSERT INTO qa_dispute_history (dispute_id, at, actor, state) VALUES (1, 10, 'wang', 'open')")));
    QVERIFY(!exec(QStringLiteral("UPDATE qa_dispute_history SET actor = 'x'")));
    QVERIFY(!exec(QStringLiteral("DELETE FROM qa_dispute_history")));
}

QTEST_GUILESS_MAIN(TestQaStore)
#include "TestQaStore.moc"
