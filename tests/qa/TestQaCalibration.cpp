#include "QaFlowFixture.h"

#include "qa/store/QaCalibrationRepository.h"
#include "qa/store/QaQueueRepository.h"

/** Calibration sessions on a real store: creation, the blind rule, references and the comparison. */
class TestQaCalibration : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createMakesBlindDrafts();
    void createRefusals();
    void blindUntilClosed();
    void comparisonAfterClose();
    void blindOnEveryReadById();
    void closedSessionFreezesDrafts();
    void closeOnlyByCreatorOrLead();

private:
    QaCalibrationSession session() const;
    void score(qint64 sessionId, qint64 reviewer, const QList<ScorecardAnswer> &given);

    /** The session's creator, signed in as a plain reviewer. */
    static ActingUser creator() { return { 0, QStringLiteral("lead"), Role::QaReviewer }; }

    QaFlowFixture m_fx;
    static constexpr qint64 kNow = 1705000000;
};

void TestQaCalibration::init()
{
    QString error;
    QVERIFY2(m_fx.open(&error), qPrintable(error));
}

void TestQaCalibration::cleanup()
{
    m_fx.close();
}

QaCalibrationSession TestQaCalibration::session() const
{
    QaCalibrationSession s;
    s.name = QStringLiteral("一月校准");
    s.templateVersionId = m_fx.tmpl.versionId;
    s.createdBy = QStringLiteral("lead");
    s.createdAt = kNow;
    s.conversationIds = { 1, 2 };
    s.reviewerIds = { 2, 3, 4 };
    return s;
}

/** Reviewer fills and submits each of their drafts in the session with the same answers. */
void TestQaCalibration::score(qint64 sessionId, qint64 reviewer, const QList<ScorecardAnswer> &given)
{
    QaCalibrationRepository calibration(m_fx.db);
    QaReviewRepository reviews(m_fx.db);
    QList<QaReview> own;
    QString error;
    QVERIFY2(calibration.reviewsFor(sessionId, reviewer, &own, &error), qPrintable(error));
    QCOMPARE(own.size(), 2);
    for (const QaReview &review : std::as_const(own)) {
        QCOMPARE(review.reviewerId, reviewer);
        QVERIFY2(reviews.saveDraft(review.id, given, &error), qPrintable(error));
        QVERIFY2(reviews.submit(review.id, QStringLiteral("r%1").arg(reviewer), kNow + 100, &error),
                 qPrintable(error));
    }
}

void TestQaCalibration::createMakesBlindDrafts()
{
    QaCalibrationSession s = session();
    s.reviewerIds.append(3); // a duplicate is one reviewer
    QString error;
    QaCalibrationRepository calibration(m_fx.db);
    QVERIFY2(calibration.create(&s, &error), qPrintable(error));
    QVERIFY(s.id > 0);

    QaCalibrationSession stored;
    QVERIFY(calibration.load(s.id, &stored, &error));
    QCOMPARE(stored.name, QStringLiteral("一月校准"));
    QCOMPARE(stored.conversationIds, (QList<qint64> { 1, 2 }));
    QCOMPARE(stored.reviewerIds, (QList<qint64> { 2, 3, 4 }));
    QVERIFY(stored.isOpen());

    QSqlQuery query(m_fx.db);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), SUM(kind = 'calibration'), SUM(status = 'draft'), "
                                      "SUM(agent_id = 7) FROM qa_reviews WHERE calibration_session_id = %1")
                           .arg(s.id)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 6);
    QCOMPARE(query.value(1).toInt(), 6);
    QCOMPARE(query.value(2).toInt(), 6);
    QCOMPARE(query.value(3).toInt(), 6);
}

void TestQaCalibration::createRefusals()
{
    QaCalibrationRepository calibration(m_fx.db);
    QString error;
    QaCalibrationSession oneReviewer = session();
    oneReviewer.reviewerIds = { 2 };
    QVERIFY(!calibration.create(&oneReviewer, &error));
    QaCalibrationSession noConversation = session();
    noConversation.conversationIds.clear();
    QVERIFY(!calibration.create(&noConversation, &error));
    // User 1 is agent 8, who handled conversation 4: never calibrate on yourself.
    QaCalibrationSession self = session();
    self.conversationIds = { 1, 4 };
    self.reviewerIds = { 1, 2 };
    QVERIFY(!calibration.create(&self, &error));
    QVERIFY2(error.contains(QLatin1String("handled conversation 4")), qPrintable(error));
    // Nothing half-written stays behind.
    QSqlQuery query(m_fx.db);
    QVERIFY(query.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM qa_calibration_sessions) + "
                                      "(SELECT COUNT(*) FROM qa_reviews)")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestQaCalibration::blindUntilClosed()
{
    QaCalibrationSession s = session();
    QaCalibrationRepository calibration(m_fx.db);
    QString error;
    QVERIFY(calibration.create(&s, &error));
    score(s.id, 2, m_fx.answers());

    QList<QaReview> seen;
    QVERIFY(calibration.reviewsFor(s.id, 3, &seen, &error));
    QCOMPARE(seen.size(), 2);
    for (const QaReview &review : std::as_const(seen))
        QCOMPARE(review.reviewerId, 3);
    QList<QaReview> ofTwo;
    QVERIFY(calibration.reviewsFor(s.id, 2, &ofTwo, &error));
    QList<ScorecardAnswer> answers;
    QVERIFY(!calibration.answersFor(s.id, ofTwo.first().id, 3, &answers, &error));
    QVERIFY2(error.contains(QLatin1String("blind")), qPrintable(error));
    QVERIFY2(calibration.answersFor(s.id, ofTwo.first().id, 2, &answers, &error), qPrintable(error));
    QCOMPARE(answers.size(), 8);
    CalibrationSummary summary;
    QVERIFY(!calibration.comparison(s.id, &summary, &error));

    QVERIFY2(calibration.close(s.id, creator(), kNow + 1000, &error), qPrintable(error));
    QVERIFY(!calibration.close(s.id, creator(), kNow + 2000, &error));
    QVERIFY(calibration.reviewsFor(s.id, 3, &seen, &error));
    QCOMPARE(seen.size(), 6);
    QVERIFY2(calibration.answersFor(s.id, ofTwo.first().id, 3, &answers, &error), qPrintable(error));
    QCOMPARE(answers.size(), 8);
}

void TestQaCalibration::comparisonAfterClose()
{
    QaCalibrationSession s = session();
    QaCalibrationRepository calibration(m_fx.db);
    QString error;
    QVERIFY(calibration.create(&s, &error));
    // Reviewer 2 and 4 give top marks; reviewer 3 gives attitude 3 of 5 (half its points) on both.
    score(s.id, 2, m_fx.answers());
    score(s.id, 3, m_fx.answers({ { QStringLiteral("attitude"), 3 } }));
    score(s.id, 4, m_fx.answers());
    for (const qint64 conversation : { 1, 2 })
        QVERIFY2(calibration.setReference(s.id, conversation, m_fx.answers(), creator(), &error),
                 qPrintable(error));
    QVERIFY(!calibration.setReference(s.id, 5, m_fx.answers(), creator(), &error)); // not in the session
    QVERIFY(!calibration.setReference(s.id, 1, { ScorecardAnswer::of(m_fx.criterion("attitude"), 7) },
                                      creator(), &error));
    // Only the creator or a lead sets references.
    const ActingUser reviewer { 3, QStringLiteral("qa2"), Role::QaReviewer };
    QVERIFY(!calibration.setReference(s.id, 1, m_fx.answers(), reviewer, &error));
    QVERIFY(calibration.close(s.id, creator(), kNow + 1000, &error));
    // A closed session's references are frozen, like its drafts.
    QVERIFY(!calibration.setReference(s.id, 1, m_fx.answers({ { QStringLiteral("attitude"), 3 } }), creator(),
                                      &error));
    QVERIFY2(error.contains(QLatin1String("closed")), qPrintable(error));

    CalibrationSummary summary;
    QVERIFY2(calibration.comparison(s.id, &summary, &error), qPrintable(error));
    QVERIFY(summary.alpha);
    QVERIFY(*summary.alpha < 1.0);
    QCOMPARE(summary.criteria.size(), 8);
    for (const CriterionDisagreement &criterion : std::as_const(summary.criteria)) {
        QCOMPARE(criterion.conversations, 2);
        const bool attitude = criterion.criterionKey == QLatin1String("attitude");
        QCOMPARE(criterion.split, attitude ? 2 : 0);
        QCOMPARE(criterion.meanRange, attitude ? 50.0 : 0.0);
    }
    QCOMPARE(summary.reviewers.size(), 3);
    // 16 ratings each against the reference; reviewer 3 is 50 points under on 2 of them: severe.
    QCOMPARE(summary.reviewers[0].reviewerId, 2);
    QCOMPARE(summary.reviewers[0].compared, 16);
    QCOMPARE(summary.reviewers[0].meanSigned, 0.0);
    QCOMPARE(summary.reviewers[1].reviewerId, 3);
    QCOMPARE(summary.reviewers[1].meanSigned, -100.0 / 16.0);
    QCOMPARE(summary.reviewers[1].meanAbsolute, 100.0 / 16.0);
}

void TestQaCalibration::blindOnEveryReadById()
{
    QaCalibrationSession s = session();
    QaCalibrationRepository calibration(m_fx.db);
    QString error;
    QVERIFY(calibration.create(&s, &error));
    score(s.id, 2, m_fx.answers({ { QStringLiteral("attitude"), 2 } }));
    QList<QaReview> ofTwo;
    QVERIFY(calibration.reviewsFor(s.id, 2, &ofTwo, &error));
    const qint64 reviewId = ofTwo.first().id;

    // The plain reads by id know no viewer, so while the session is open they show nothing of it:
    // no answers, no score; only the metadata the session list needs (whose draft, which status).
    QaReviewRepository reviews(m_fx.db);
    QList<ScorecardAnswer> answers;
    QVERIFY(!reviews.answers(reviewId, &answers, &error));
    QVERIFY2(error.contains(QLatin1String("blind")), qPrintable(error));
    QVERIFY(answers.isEmpty());
    QaReview loaded;
    QVERIFY2(reviews.load(reviewId, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.status, QaReview::Status::Submitted);
    QVERIFY(!loaded.score);
    // Through the session, the reviewer sees their own score and answers.
    QCOMPARE(ofTwo.first().reviewerId, 2);
    QVERIFY(ofTwo.first().score);
    QVERIFY(*ofTwo.first().score < 100.0);

    // No reviewer's queue lists a calibration review: the queue is sampled work only.
    QaQueueRepository queue(m_fx.db);
    for (const qint64 reviewer : { 2, 3, 4, 0 }) {
        QList<QaQueueItem> items;
        QVERIFY2(queue.items(reviewer, &items, &error), qPrintable(error));
        for (const QaQueueItem &item : std::as_const(items))
            QVERIFY(item.reviewId != reviewId);
    }

    // Regular reviews are untouched by the rule.
    const qint64 regular = m_fx.submitted(3, m_fx.answers(), kNow);
    QVERIFY2(reviews.answers(regular, &answers, &error), qPrintable(error));
    QCOMPARE(answers.size(), 8);

    QVERIFY2(calibration.close(s.id, creator(), kNow + 1000, &error), qPrintable(error));
    QVERIFY2(reviews.answers(reviewId, &answers, &error), qPrintable(error));
    QCOMPARE(answers.size(), 8);
    QVERIFY2(reviews.load(reviewId, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.score, ofTwo.first().score);
}

void TestQaCalibration::closedSessionFreezesDrafts()
{
    QaCalibrationSession s = session();
    QaCalibrationRepository calibration(m_fx.db);
    QString error;
    QVERIFY(calibration.create(&s, &error));
    score(s.id, 2, m_fx.answers());
    QList<QaReview> ofThree;
    QVERIFY(calibration.reviewsFor(s.id, 3, &ofThree, &error));
    QaReviewRepository reviews(m_fx.db);
    const QList<ScorecardAnswer> half = m_fx.answers().mid(0, 4);
    QVERIFY2(reviews.saveDraft(ofThree.first().id, half, &error), qPrintable(error));
    QVERIFY2(calibration.close(s.id, creator(), kNow + 1000, &error), qPrintable(error));

    QVERIFY(!reviews.saveDraft(ofThree.first().id, m_fx.answers(), &error));
    QVERIFY2(error.contains(QLatin1String("closed")), qPrintable(error));
    QVERIFY(!reviews.submit(ofThree.first().id, QStringLiteral("qa2"), kNow + 2000, &error));
    QVERIFY2(error.contains(QLatin1String("closed")), qPrintable(error));
    QVERIFY(!reviews.saveDraft(ofThree.last().id, m_fx.answers(), &error));
    // Nothing moved: the half-done draft keeps its four answers and stays a draft.
    QList<ScorecardAnswer> kept;
    QVERIFY2(reviews.answers(ofThree.first().id, &kept, &error), qPrintable(error));
    QCOMPARE(kept.size(), 4);
    QaReview review;
    QVERIFY(reviews.load(ofThree.first().id, &review, &error));
    QCOMPARE(review.status, QaReview::Status::Draft);
    // A submitted calibration review cannot be amended after the session either.
    QList<QaReview> ofTwo;
    QVERIFY(calibration.reviewsFor(s.id, 2, &ofTwo, &error));
    QVERIFY(!reviews.amend(ofTwo.first().id, m_fx.answers(), QStringLiteral("lead"), kNow + 3000,
                           QStringLiteral("late"), &error));
}

void TestQaCalibration::closeOnlyByCreatorOrLead()
{
    QaCalibrationRepository calibration(m_fx.db);
    QString error;
    QaCalibrationSession first = session();
    QVERIFY(calibration.create(&first, &error));
    // A reviewer of the session who did not create it may not end the blind phase.
    const ActingUser reviewer { 3, QStringLiteral("qa2"), Role::QaReviewer };
    QVERIFY(!calibration.close(first.id, reviewer, kNow + 10, &error));
    QVERIFY2(error.contains(QLatin1String("lead")), qPrintable(error));
    QVERIFY(!calibration.close(first.id, { 0, QString(), Role::QaReviewer }, kNow + 10, &error));
    QaCalibrationSession stored;
    QVERIFY(calibration.load(first.id, &stored, &error));
    QVERIFY(stored.isOpen());
    QVERIFY(!QaCalibrationRepository::mayClose(stored, reviewer));
    QVERIFY(QaCalibrationRepository::mayClose(stored, creator()));
    QVERIFY2(calibration.close(first.id, creator(), kNow + 10, &error), qPrintable(error));

    // A team lead or an administrator closes any session.
    for (const Role role : { Role::TeamLead, Role::Administrator }) {
        QaCalibrationSession other = session();
        QVERIFY(calibration.create(&other, &error));
        QVERIFY2(calibration.close(other.id, { 0, QStringLiteral("boss"), role }, kNow + 20, &error),
                 qPrintable(error));
        QVERIFY(calibration.load(other.id, &stored, &error));
        QCOMPARE(stored.closedAt, kNow + 20);
    }
}

QTEST_GUILESS_MAIN(TestQaCalibration)
#include "TestQaCalibration.moc"
