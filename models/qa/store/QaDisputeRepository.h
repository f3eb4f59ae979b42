#pragma once

#include "qa/ScorecardScorer.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

/** A dispute (申诉) of a whole review (criterionId 0) or of one of its criteria, as in qa_disputes. */
struct QaDispute
{
    enum class State { Open, Accepted, PartiallyAccepted, Rejected, Withdrawn };

    qint64 id = 0;
    qint64 reviewId = 0;
    qint64 criterionId = 0; // 0 = the whole review
    QString reasonCode; // one of QaDisputeRepository::reasonCodes()
    QString text;
    QString raisedBy;
    qint64 raisedAt = 0;
    qint64 deadline = 0; // set by raise(): the review's submission + the dispute window
    State state = State::Open;
    QString decision; // the lead's explanation
    QString decidedBy;
    qint64 decidedAt = 0;
};

/** One row of a dispute's append-only history (qa_dispute_history). */
struct QaDisputeEvent
{
    qint64 at = 0;
    QString actor;
    QaDispute::State state = QaDispute::State::Open;
    QString note;
};

/**
 * The dispute flow (PRODUCT.md "QA scorecards"): an agent raises a dispute on a submitted regular
 * review, or one criterion of it, with a reason code and text before the deadline (submission +
 * the window); a QA lead accepts, partially accepts or rejects it. Accepting changes the answers
 * through QaReviewRepository::amend, so the score change and its audit_log entry commit together
 * with the decision; rejecting changes nothing. Each state change appends a history row.
 * At most one open dispute covers a criterion: a whole-review dispute covers all of them.
 *
 * Threading: use it on the thread that owns the connection.
 */
class QaDisputeRepository
{
    Q_DECLARE_TR_FUNCTIONS(QaDisputeRepository)

public:
    static constexpr int DefaultWindowDays = 7;

    explicit QaDisputeRepository(QSqlDatabase db);

    /** The fixed reason codes qa_disputes accepts. */
    static QStringList reasonCodes();
    static QString stateCode(QaDispute::State state);

    /** Stores dispute (reviewId, criterionId, reasonCode, text, raisedBy, raisedAt) as open, sets its
     *  id and deadline. Refused on a draft or calibration review, after the deadline, for a
     *  criterion not on the review, or while another open dispute covers the same criterion. */
    bool raise(QaDispute *dispute, int windowDays, QString *error);

    /** A lead's decision. Accepted and PartiallyAccepted need the changed answers (only the disputed
     *  criterion for a criterion dispute), which re-score the review, audited with the decision as
     *  the reason; Rejected needs none and changes nothing. decision text is required. */
    bool decide(qint64 disputeId, QaDispute::State outcome, const QList<ScorecardAnswer> &changedAnswers,
                const QString &decision, const QString &actor, qint64 now, QString *error);

    bool load(qint64 id, QaDispute *out, QString *error) const;
    /** The review's disputes, oldest first. */
    bool forReview(qint64 reviewId, QList<QaDispute> *out, QString *error) const;
    /** The dispute's history, oldest first. */
    bool history(qint64 disputeId, QList<QaDisputeEvent> *out, QString *error) const;

private:
    bool appendHistory(qint64 disputeId, qint64 at, const QString &actor, QaDispute::State state,
                       const QString &note, QString *error);

    QSqlDatabase m_db;
};
