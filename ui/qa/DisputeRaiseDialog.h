#pragma once

#include "qa/Scorecard.h"
#include "qa/store/QaDisputeRepository.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class ServiceContext;

/**
 * Raises a dispute (申诉) for the signed-in user: pick a submitted regular review still inside its
 * dispute window (newest first, with agent and score), the whole review or one of its criteria (with
 * the answer it got), a reason code and the text; the deadline is shown. QaDisputeRepository::raise
 * decides; a refusal is shown as its message and the dialog stays open.
 *
 * Threading: UI thread; the review list, the chosen review's scorecard and the raise run on workers
 * (runStoreTask).
 */
class DisputeRaiseDialog : public QDialog
{
    Q_OBJECT

public:
    DisputeRaiseDialog(const ServiceContext &context, qint64 now, QWidget *parent = nullptr);

    QString statusText() const;
    bool isBusy() const { return m_busy > 0; }

signals:
    /** The reviews (and the first one's scorecard) are shown. */
    void loaded();
    /** A chosen review's criteria are shown. */
    void reviewLoaded();
    void raised(qint64 disputeId);

private:
    void loadReview();
    void raise();
    void updateButtons();
    void showStatus(const QString &text, bool problem);

    const ServiceContext &m_context;
    const qint64 m_now;
    int m_busy = 0;
    qint64 m_loadedReview = 0;
    QList<QaDisputableReview> m_reviews;
    QComboBox *m_review = nullptr;
    QComboBox *m_criterion = nullptr;
    QComboBox *m_reason = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_deadline = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_raise = nullptr;
};
