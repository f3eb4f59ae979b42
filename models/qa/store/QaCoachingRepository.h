#pragma once

#include "kpi/KpiPeriod.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <optional>

/** A coaching session (辅导) with an agent, as stored in qa_coaching_sessions and qa_coaching_reviews. */
struct QaCoachingSession
{
    qint64 id = 0;
    qint64 agentId = 0;
    QString coach;
    qint64 heldAt = 0;
    QString agreedText; // what the agent and the coach agreed
    QList<qint64> reviewIds; // the agent's reviews it discussed
    QString kpi; // a KpiCatalogue key ("qa_score"); empty = no target
    std::optional<double> kpiTarget;
    QDate dueDate; // set with kpi
    qint64 createdAt = 0;
    bool hasTarget() const { return !kpi.isEmpty(); }
};

/** A submitted regular review of an agent that a coaching session can discuss. */
struct QaCoachableReview
{
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 conversationStartedAt = 0;
    qint64 submittedAt = 0;
    double score = 0;
};

/** Where a session's KPI target stands on a given day. */
struct QaCoachingProgress
{
    enum class State {
        NoTarget,
        Due, // the due date has not passed: value is the progress so far
        Met, // past due and the value over [held day, due date] reaches the target
        Missed, // past due and it does not
        NoData, // past due, but the KPI has no value for the agent over that span
    };
    State state = State::NoTarget;
    KpiPeriod period; // held day .. min(due date, today), in the team's zone
    QString figureKey; // the KPI's first figure ("frt" → "frt_mean"), in its stored unit
    std::optional<double> value;
    qint64 n = 0;
    bool insufficient = false; // below the rule set's minimum: judged all the same, but say so
};

/**
 * Coaching sessions: linked to the agent's own reviews, with the agreed text and an optional KPI
 * target (catalogue key, value, due date) that progress views follow. Threading: use it on the
 * thread that owns the connection.
 */
class QaCoachingRepository
{
    Q_DECLARE_TR_FUNCTIONS(QaCoachingRepository)

public:
    explicit QaCoachingRepository(QSqlDatabase db);

    /** Stores session and its review links; sets its id. A target needs a catalogue KPI, a value
     *  and a due date; every linked review must be of the session's agent. */
    bool create(QaCoachingSession *session, QString *error);
    /** The agent's sessions, most recent first, with their linked reviews. */
    bool forAgent(qint64 agentId, QList<QaCoachingSession> *out, QString *error) const;
    /** The agent's latest submitted regular reviews (by conversation start), at most limit. */
    bool recentReviews(qint64 agentId, int limit, QList<QaCoachableReview> *out, QString *error) const;
    /** The session's target on `today`, from the KPI engine for the agent over [held day, due date]
     *  (up to today while it is due). Reads tickets: not for the UI thread on a big store. */
    bool progress(const QaCoachingSession &session, const QDate &today, QaCoachingProgress *out,
                  QString *error) const;

private:
    QSqlDatabase m_db;
};
