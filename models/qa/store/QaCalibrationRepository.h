#pragma once

#include "qa/CalibrationStatistics.h"
#include "qa/ScorecardScorer.h"
#include "qa/store/QaReviewRepository.h"
#include "services/ActingUser.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
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

/** A row of the calibration window's session list: counts only, never anyone's scores. */
struct QaCalibrationSessionRow
{
    qint64 id = 0;
    QString name;
    QString templateName;
    int templateVersion = 0;
    QString createdBy;
    qint64 createdAt = 0;
    qint64 closedAt = 0;
    int conversations = 0;
    int reviewers = 0;
    int submitted = 0; // submitted reviews
    int reviews = 0; // reviews in all (conversations × reviewers)
};

/** Something a new session can be made of: a template version, a reviewer, an agent, a conversation. */
struct QaCalibrationChoice
{
    qint64 id = 0;
    QString label; // template "name v3", reviewer or agent name
    qint64 agentId = 0; // reviewer: the agent they are (0 = none); conversation: who handled it
    QString agentName; // conversation only
    qint64 startedAt = 0; // conversation only, UTC seconds
};

/** Which conversations the new-session dialog offers: by agent, start day (UTC) and text. */
struct QaCalibrationConversationFilter
{
    qint64 agentId = 0; // 0 = any agent
    QDate first;
    QDate last;
    QString search; // in the ticket's external id or a message's text; empty = any
    int limit = 200;
};

/**
 * Calibration sessions: several reviewers score the same conversations with one template version,
 * blind. Creating a session creates one calibration draft per reviewer and conversation (that is
 * where the reviewers are recorded; kind 'calibration' keeps them out of every QA score). While the
 * session is open the read methods that take a viewer return only the viewer's own reviews; the
 * comparison is refused until the session is closed, since it shows every reviewer's ratings.
 * QaReviewRepository's own reads by id keep the same rule (see there), so no other path shows an
 * open session's reviews. The comparison feeds CalibrationStatistics with ratings on the common
 * 0–100 scale. A session is closed by whoever created it or by a QA lead, which in this model's
 * roles (PRODUCT.md "Users, roles and privacy") is a team lead or an administrator.
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

    /** Sets (replaces) the agreed answers for one of the session's conversations. Only while the
     *  session is open, and only by whoever may close it (mayClose): once closed, the comparison
     *  the reviewers were shown must not shift under them. */
    bool setReference(qint64 sessionId, qint64 conversationId, const QList<ScorecardAnswer> &answers,
                      const ActingUser &actor, QString *error);
    /** Closes the session: ends the blind phase and freezes its drafts. Only its creator (by login)
     *  or a QA lead (canLead) may. */
    bool close(qint64 sessionId, const ActingUser &actor, qint64 now, QString *error);
    /** Whether actor may close session. */
    static bool mayClose(const QaCalibrationSession &session, const ActingUser &actor);
    /** A QA lead: the roles that decide on QA for a team (team lead, administrator). */
    static bool canLead(const ActingUser &actor);

    /** Every session, newest first, with counts for the session list. */
    bool sessions(QList<QaCalibrationSessionRow> *out, QString *error) const;
    /** The reference answers set for one of the session's conversations (empty = none yet). */
    bool references(qint64 sessionId, qint64 conversationId, QList<ScorecardAnswer> *out,
                    QString *error) const;
    /** The display names of the session's reviewers by users id. */
    bool reviewerNames(qint64 sessionId, QHash<qint64, QString> *out, QString *error) const;

    /** Template versions, newest template version first. */
    bool templateChoices(QList<QaCalibrationChoice> *out, QString *error) const;
    /** Active users who review (qa_reviewer, team_lead, as sampling does), by name. */
    bool reviewerChoices(QList<QaCalibrationChoice> *out, QString *error) const;
    /** Agents by name, for the conversation filter. */
    bool agentChoices(QList<QaCalibrationChoice> *out, QString *error) const;
    /** Conversations with an agent matching filter, newest first, at most filter.limit. */
    bool conversationChoices(const QaCalibrationConversationFilter &filter, QList<QaCalibrationChoice> *out,
                             QString *error) const;

    /** α, per-criterion disagreement and reviewer deviation over the submitted reviews; closed only. */
    bool comparison(qint64 sessionId, CalibrationSummary *out, QString *error) const;

private:
    bool reviews(qint64 sessionId, qint64 onlyReviewer, QList<QaReview> *out, QString *error) const;

    QSqlDatabase m_db;
};
