#pragma once

#include "qa/ScorecardScorer.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

/** A QA review (质检记录) as stored in qa_reviews. */
struct QaReview
{
    enum class Status { Draft, Submitted };
    enum class Kind { Regular, Calibration }; // calibration reviews never count in an agent's QA score

    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 agentId = 0;
    qint64 reviewerId = 0; // a users row
    qint64 templateVersionId = 0;
    Status status = Status::Draft;
    Kind kind = Kind::Regular;
    qint64 calibrationSessionId = 0; // Calibration only
    qint64 sampleItemId = 0; // 0 = not from a sampling draw
    std::optional<double> score; // set when submitted
    qint64 createdAt = 0;
    qint64 submittedAt = 0;
};

/**
 * SQL for reviews and their answers (qa_reviews, qa_answers). A draft's answers are saved freely;
 * submitting scores the review with ScorecardScorer and records it; changing a submitted review's
 * answers (a dispute decision) re-scores it, and both write audit_log in the same savepoint, so a
 * score and its audit entry commit together (PRODUCT.md: every score change is audited).
 *
 * Blind calibration (校准): while a calibration review's session is open, only its reviewer may see
 * what it says, and QaCalibrationRepository is where the viewer is known. So the public reads by id
 * are guarded here, at the data, rather than in each caller: load() withholds such a review's score
 * and answers() refuses it. The reviewer reads their own through QaCalibrationRepository::reviewsFor
 * and answersFor, which check the viewer first. Once the session is closed its drafts are frozen:
 * saveDraft() and submit() refuse them (the comparison has been shown; a late score would change it).
 * Regular reviews are not affected; the queue (QaQueueRepository) never lists calibration reviews.
 *
 * Threading: use it on the thread that owns the connection.
 */
class QaReviewRepository
{
    Q_DECLARE_TR_FUNCTIONS(QaReviewRepository)

public:
    explicit QaReviewRepository(QSqlDatabase db);

    /** Stores review as a draft and sets its id. The template version becomes immutable. */
    bool create(QaReview *review, QString *error);
    /** The review; an open calibration session's review comes without its score (blind). */
    bool load(qint64 id, QaReview *out, QString *error) const;
    /** The review's answers; refused for a review of an open calibration session (blind). */
    bool answers(qint64 reviewId, QList<ScorecardAnswer> *out, QString *error) const;

    /** Replaces (or adds) the given answers of a draft. */
    bool saveDraft(qint64 reviewId, const QList<ScorecardAnswer> &answers, QString *error);
    /** Scores a draft whose every criterion is answered and marks it submitted; audited. */
    bool submit(qint64 reviewId, const QString &actor, qint64 now, QString *error);
    /** Changes answers of a submitted review and re-scores it; audited with reason. */
    bool amend(qint64 reviewId, const QList<ScorecardAnswer> &answers, const QString &actor, qint64 now,
               const QString &reason, QString *error);

private:
    // QaCalibrationRepository applies the blind rule with the viewer in hand, then reads unguarded.
    friend class QaCalibrationRepository;

    enum class Calibration { None, Open, Closed };
    /** load() without the blind rule; session tells whether the review belongs to an open one. */
    bool loadStored(qint64 id, QaReview *out, Calibration *session, QString *error) const;
    /** answers() without the blind rule. */
    bool storedAnswers(qint64 reviewId, QList<ScorecardAnswer> *out, QString *error) const;
    /** Refuses a draft whose calibration session is closed. */
    static bool changeable(const QaReview &review, Calibration session, QString *error);
    bool writeAnswers(qint64 reviewId, const QList<ScorecardAnswer> &answers, QString *error);
    bool scoreOf(const QaReview &review, ScorecardResult *result, QString *error) const;
    QByteArray snapshotJson(const QaReview &review, const QList<ScorecardAnswer> &answers) const;

    QSqlDatabase m_db;
};
