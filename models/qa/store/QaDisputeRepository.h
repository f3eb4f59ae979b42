#pragma once

#include "qa/ScorecardScorer.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

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

/** What QaDisputeRepository::list() returns: a dispute with what its table row shows. */
struct QaDisputeRow
{
    QaDispute dispute;
    qint64 agentId = 0;
    QString agentName;
    qint64 teamId = 0; // 0 = the agent has no team
    QString teamName;
    qint64 conversationId = 0;
    std::optional<double> reviewScore; // the review's score now (after any accepted dispute)
    QString criterionTitleZh; // empty for a whole-review dispute
    QString criterionTitleEn;
};

/** Which disputes QaDisputeRepository::list() returns; every field left at its default lets all through. */
struct QaDisputeFilter
{
    QList<QaDispute::State> states; // empty = any state
    qint64 agentId = 0;
    qint64 teamId = 0;
    bool overdueOnly = false; // open and past the deadline at now
    qint64 now = 0; // for overdueOnly
    qint64 raisedFrom = 0; // raised_at >= raisedFrom when > 0
    qint64 raisedUntil = 0; // raised_at < raisedUntil when > 0
    int limit = 1000; // newest first, so the cut drops the oldest
};

/** A submitted regular review still open to dispute, for picking one to dispute. */
struct QaDisputableReview
{
    qint64 reviewId = 0;
    qint64 conversationId = 0;
    qint64 agentId = 0;
    QString agentName;
    std::optional<double> score;
    qint64 submittedAt = 0;
    qint64 deadline = 0;
};

/**
 * The dispute flow (PRODUCT.md "QA scorecards"): an agent raises a dispute on a submitted regular
 * review, or one criterion of it, with a reason code and text before the deadline (submission +
 * the window); a QA lead accepts, partially accepts or rejects it. Accepting changes the answers
 * through QaReviewRepository::amend, so the score change and its audit_log entry commit together
 * with the decision; rejecting changes nothing. Each state change appends a history row.
 * At most one open dispute covers a criterion: a whole-review dispute covers all of them. Whoever
 * raised an open dispute may withdraw it; that changes no score either.
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
     *  the reason; Rejected needs none and changes nothing. decision text is required; the actor
     *  must not be whoever raised the dispute. */
    bool decide(qint64 disputeId, QaDispute::State outcome, const QList<ScorecardAnswer> &changedAnswers,
                const QString &decision, const QString &actor, qint64 now, QString *error);

    /** Withdraws an open dispute. Only its raiser may (matched on the login stored in raised_by): a
     *  dispute is the agent's claim, so nobody else takes it back for them; a lead rejects instead.
     *  Appends a history row with note (may be empty); the answers stay as they are. */
    bool withdraw(qint64 disputeId, const QString &actor, qint64 now, const QString &note, QString *error);

    bool load(qint64 id, QaDispute *out, QString *error) const;
    /** Disputes matching filter, newest raised first, with agent, team, review score and criterion
     *  titles. Uses idx_qa_disputes_open for overdueOnly; other filters scan qa_disputes, which
     *  stays small (a few per reviewed conversation). */
    bool list(const QaDisputeFilter &filter, QList<QaDisputeRow> *out, QString *error) const;
    /** Submitted regular reviews whose dispute window (windowDays) is still open at now, newest
     *  first, at most limit. */
    bool disputableReviews(qint64 now, int windowDays, int limit, QList<QaDisputableReview> *out,
                           QString *error) const;
    /** The review's disputes, oldest first. */
    bool forReview(qint64 reviewId, QList<QaDispute> *out, QString *error) const;
    /** The dispute's history, oldest first. */
    bool history(qint64 disputeId, QList<QaDisputeEvent> *out, QString *error) const;

private:
    bool appendHistory(qint64 disputeId, qint64 at, const QString &actor, QaDispute::State state,
                       const QString &note, QString *error);

    QSqlDatabase m_db;
};
