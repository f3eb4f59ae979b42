#pragma once

#include "qa/CalibrationStatistics.h"
#include "qa/ScorecardScorer.h"
#include "qa/store/QaReviewRepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>

/** A calibration session (校准) as stored in qa_calibration_sessions and its conversations. */
struct QaCalibrationSession
{
    qint64 id = 0;
    QString name;
    qint64 templateVersionId = 0;
    QString createdBy;
    qint64 createdAt = 0;
    qint64 closedAt = 0; // 0 = open: reviewers see only their own reviews
    QList<qint64> conversationIds;
    QList<qint64> reviewerIds; // users rows; each gets a blind draft per conversation
    bool isOpen() const { return closedAt == 0; }
};

/**
 * Calibration sessions: several reviewers score the same conversations with one template version,
 * blind. Creating a session creates one calibration draft per reviewer and conversation (that is
 * where the reviewers are recorded; kind 'calibration' keeps them out of every QA score). While the
 * session is open the read methods that take a viewer return only the viewer's own reviews; the
 * comparison is refused until the session is closed, since it shows every reviewer's ratings.
 * The comparison feeds CalibrationStatistics with ratings on the common 0–100 scale.
 *
 * Threading: use it on the thread that owns the connection.
 */
class QaCalibrationRepository
{
    Q_DECLARE_TR_FUNCTIONS(QaCalibrationRepository)

public:
    explicit QaCalibrationRepository(QSqlDatabase db);

    /** Stores session with its conversations and the reviewers' drafts; sets its id. Needs at least
     *  one conversation and two reviewers, none of whom handled one of the conversations. */
    bool create(QaCalibrationSession *session, QString *error);
    bool load(qint64 id, QaCalibrationSession *out, QString *error) const;

    /** The session's reviews viewer may see: their own while open, everyone's once closed. */
    bool reviewsFor(qint64 sessionId, qint64 viewerId, QList<QaReview> *out, QString *error) const;
    /** The answers of one of the session's reviews, under the same blind rule. */
    bool answersFor(qint64 sessionId, qint64 reviewId, qint64 viewerId, QList<ScorecardAnswer> *out,
                    QString *error) const;

    /** Sets (replaces) the agreed answers for one of the session's conversations. */
    bool setReference(qint64 sessionId, qint64 conversationId, const QList<ScorecardAnswer> &answers,
                      QString *error);
    bool close(qint64 sessionId, qint64 now, QString *error);

    /** α, per-criterion disagreement and reviewer deviation over the submitted reviews; closed only. */
    bool comparison(qint64 sessionId, CalibrationSummary *out, QString *error) const;

private:
    bool reviews(qint64 sessionId, qint64 onlyReviewer, QList<QaReview> *out, QString *error) const;

    QSqlDatabase m_db;
};
