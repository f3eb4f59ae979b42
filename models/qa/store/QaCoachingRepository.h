#pragma once

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

private:
    QSqlDatabase m_db;
};
