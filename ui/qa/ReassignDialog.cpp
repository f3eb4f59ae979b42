#include "ReassignDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

ReassignDialog::ReassignDialog(const QaQueueItem &item, const QList<QaReassignChoice> &choices,
                               int workloadCap, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reassignDialog"));
    setWindowTitle(tr("Reassign conversation %1").arg(item.conversationId));

    m_reviewer = new QComboBox(this);
    m_reviewer->setObjectName(QStringLiteral("reassignReviewer"));
    m_reviewer->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *model = qobject_cast<QStandardItemModel *>(m_reviewer->model());
    int firstEnabled = -1;
    for (const QaReassignChoice &choice : choices) {
        // Never the agent under review, and moving an item to where it is changes nothing.
        if ((choice.agentId != 0 && choice.agentId == item.agentId) || choice.userId == item.reviewerId)
            continue;
        const bool full = workloadCap > 0 && choice.load >= workloadCap;
        QString text = workloadCap > 0
            ? tr("%1 — %2 open of %3").arg(choice.name).arg(choice.load).arg(workloadCap)
            : tr("%1 — %2 open (no cap)").arg(choice.name).arg(choice.load);
        if (full)
            text += QStringLiteral(" · ") + tr("at the cap");
        m_reviewer->addItem(text, choice.userId);
        if (full && model)
            model->item(m_reviewer->count() - 1)->setEnabled(false);
        else if (firstEnabled < 0)
            firstEnabled = m_reviewer->count() - 1;
    }
    m_reviewer->setCurrentIndex(firstEnabled);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reassignReason"));
    m_reason->setPlaceholderText(tr("Required, e.g. reviewer on leave"));
    m_reason->setMinimumWidth(320);

    auto *about = new QLabel(tr("Agent: %1 · now with %2").arg(item.agentName, item.reviewerName), this);
    about->setWordWrap(true);
    auto *none = new QLabel(tr("No other reviewer can take this conversation."), this);
    none->setObjectName(QStringLiteral("reassignNoReviewer"));
    none->setStyleSheet(QStringLiteral("color: #c62828;"));
    none->setVisible(firstEnabled < 0);

    auto *form = new QFormLayout;
    form->addRow(tr("New reviewer:"), m_reviewer);
    form->addRow(tr("Reason:"), m_reason);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Reassign"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("reassignOk"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reviewer, &QComboBox::currentIndexChanged, this, &ReassignDialog::updateOk);
    connect(m_reason, &QLineEdit::textChanged, this, &ReassignDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(none);
    layout->addWidget(m_buttons);
    updateOk();
}

qint64 ReassignDialog::selectedUserId() const
{
    return m_reviewer->currentIndex() < 0 ? 0 : m_reviewer->currentData().toLongLong();
}

QString ReassignDialog::reason() const
{
    return m_reason->text().trimmed();
}

void ReassignDialog::updateOk()
{
    const auto *model = qobject_cast<const QStandardItemModel *>(m_reviewer->model());
    const int index = m_reviewer->currentIndex();
    const bool choosable = index >= 0 && (!model || model->item(index)->isEnabled());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(choosable && !reason().isEmpty());
}
