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
 * Threading: use it on the thread that owns the connection.
 */
class QaReviewRepository
{
    Q_DECLARE_TR_FUNCTIONS(QaReviewRepository)

public:
    explicit QaReviewRepository(QSqlDatabase db);

    /** Stores review as a draft and sets its id. The template version becomes immutable. */
    bool create(QaReview *review, QString *error);
    bool load(qint64 id, QaReview *out, QString *error) const;
    bool answers(qint64 reviewId, QList<ScorecardAnswer> *out, QString *error) const;

    /** Replaces (or adds) the given answers of a draft. */
    bool saveDraft(qint64 reviewId, const QList<ScorecardAnswer> &answers, QString *error);
    /** Scores a draft whose every criterion is answered and marks it submitted; audited. */
    bool submit(qint64 reviewId, const QString &actor, qint64 now, QString *error);
    /** Changes answers of a submitted review and re-scores it; audited with reason. */
    bool amend(qint64 reviewId, const QList<ScorecardAnswer> &answers, const QString &actor, qint64 now,
               const QString &reason, QString *error);

private:
    bool writeAnswers(qint64 reviewId, const QList<ScorecardAnswer> &answers, QString *error);
    bool scoreOf(const QaReview &review, ScorecardResult *result, QString *error) const;
    QByteArray snapshotJson(const QaReview &review, const QList<ScorecardAnswer> &answers) const;

    QSqlDatabase m_db;
};
