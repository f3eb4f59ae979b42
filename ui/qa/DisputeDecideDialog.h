#pragma once

#include "qa/store/QaDisputeRepository.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class ScorecardPanel;
class ServiceContext;

/**
 * A QA lead's decision on an open dispute: Accept (set the disputed criterion's new answer, or the
 * answers of a whole-review dispute), Partially accept (edit the answers to what the lead grants)
 * or Reject (the answers stay); the decision text is required. The scorecard shows the review's
 * stored answers with the disputed criterion current, and the score before → after follows every
 * change live (ScorecardScorer through ScorecardPanel). Only the changed answers are sent;
 * QaDisputeRepository::decide refuses what does not fit (another criterion on a criterion dispute)
 * and its message is shown.
 *
 * Threading: UI thread; the decision is stored on a worker (runStoreTask).
 */
class DisputeDecideDialog : public QDialog
{
    Q_OBJECT

public:
    DisputeDecideDialog(const ServiceContext &context, const QaDisputeRow &dispute,
                        const ScorecardTemplate &tmpl, const QList<ScorecardAnswer> &answers,
                        QWidget *parent = nullptr);

    ScorecardPanel *scorecardPanel() const { return m_scorecard; }
    QString scoreText() const;
    QString statusText() const;
    bool isBusy() const { return m_busy; }
    /** The answers that differ from the stored ones. */
    QList<ScorecardAnswer> changedAnswers() const;

signals:
    void decided(qint64 disputeId);

private:
    QaDispute::State outcome() const;
    void outcomeChanged();
    void updateScore();
    void decide();
    void showStatus(const QString &text, bool problem);

    const ServiceContext &m_context;
    const QaDisputeRow m_dispute;
    const ScorecardTemplate m_template;
    const QList<ScorecardAnswer> m_stored;
    std::optional<double> m_storedScore;
    bool m_busy = false;
    QRadioButton *m_accept = nullptr;
    QRadioButton *m_partial = nullptr;
    QRadioButton *m_reject = nullptr;
    QButtonGroup *m_outcomes = nullptr;
    ScorecardPanel *m_scorecard = nullptr;
    QLabel *m_score = nullptr;
    QPlainTextEdit *m_decision = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_decide = nullptr;
};
