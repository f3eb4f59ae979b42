#pragma once

#include "qa/store/QaQueueRepository.h"
#include "qa/store/QaReassignRepository.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

/**
 * "Reassign…" for one sampled conversation in the reviewer queue: a reviewer combo listing each
 * active reviewer's open load against the draw's workload cap (the agent who handled the
 * conversation is never offered, and neither is its current reviewer; a reviewer at the cap is shown
 * but cannot be chosen) and a required reason. OK stays disabled until both are given. It only
 * collects the choice: the workspace writes it with QaSampleRepository::reassign on a worker.
 *
 * Threading: UI thread only; the choices are read before it opens.
 */
class ReassignDialog : public QDialog
{
    Q_OBJECT

public:
    ReassignDialog(const QaQueueItem &item, const QList<QaReassignChoice> &choices, int workloadCap,
                   QWidget *parent = nullptr);

    /** The chosen reviewer's users id, 0 when none can be chosen. */
    qint64 selectedUserId() const;
    QString reason() const;
    QComboBox *reviewerCombo() const { return m_reviewer; }

private:
    void updateOk();

    QComboBox *m_reviewer = nullptr;
    QLineEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
