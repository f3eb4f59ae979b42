#pragma once

#include "qa/store/QaCoachingRepository.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class ServiceContext;

/** What the coaching dialog shows for one agent: reviews to link and the sessions held so far. */
struct CoachingAgentData
{
    bool ok = false;
    QString error;
    qint64 agentId = 0;
    QList<QaCoachableReview> reviews; // most recent first
    QList<QaCoachingSession> sessions; // most recent first
    QList<QaCoachingProgress> progress; // one per session
};

/**
 * "Coaching" (辅导): records a coaching session with an agent — the reviews it discussed (chosen
 * from the agent's recent submitted reviews), what was agreed and an optional KPI target (catalogue
 * KPI, value in its unit, due date) — and lists the agent's sessions with where each target stands:
 * due (with the value so far), met or missed, judged by the KPI engine over held day..due date.
 * Opened from "QA → Coaching…" and from "Coach…" in the QA results. Modeless; store work runs on
 * worker threads (runStoreTask). Threading: the UI thread.
 */
class CoachingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CoachingDialog(const ServiceContext &context, QWidget *parent = nullptr);

    /** The parent's open coaching dialog (or a new one), raised and showing agentId when not 0. */
    static CoachingDialog *open(const ServiceContext &context, QWidget *parent, qint64 agentId = 0);

    /** Shows agentId once the agent list has loaded (at once if it has). */
    void selectAgent(qint64 agentId);
    qint64 agentId() const;
    const CoachingAgentData &agentData() const { return m_data; }
    /** The status column's text for a session's progress (also what tests compare). */
    static QString statusText(const QaCoachingSession &session, const QaCoachingProgress &progress);

signals:
    /** The agent list is loaded. */
    void agentsLoaded();
    /** The selected agent's reviews and sessions are shown. */
    void agentShown();
    void sessionSaved(qint64 sessionId);

private:
    void loadAgents();
    void loadAgent();
    void showAgent(quint64 generation, const CoachingAgentData &loaded);
    void updateTargetUnit();
    void save();
    bool collect(QaCoachingSession *session, QString *error) const;

    const ServiceContext &m_context;
    QComboBox *m_agent = nullptr;
    QLineEdit *m_coach = nullptr;
    QDateEdit *m_held = nullptr;
    QListWidget *m_reviews = nullptr;
    QPlainTextEdit *m_agreed = nullptr;
    QGroupBox *m_target = nullptr;
    QComboBox *m_kpi = nullptr;
    QDoubleSpinBox *m_value = nullptr;
    QDateEdit *m_due = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
    QTreeWidget *m_sessions = nullptr;
    CoachingAgentData m_data;
    qint64 m_wantedAgent = 0;
    bool m_agentsLoaded = false;
    quint64 m_generation = 0;
};
