#include "TicketDetailPane.h"

#include "sla/SlaEvaluator.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString money(std::optional<qint64> cents)
{
    return cents ? QLocale().toString(double(*cents) / 100.0, 'f', 2) : QString();
}

// Amounts are optional: say only what the ticket has.
QString orderText(const Ticket &t)
{
    if (t.orderId.isEmpty())
        return TicketDetailPane::tr("None");
    if (t.orderAmountCents && t.refundAmountCents)
        return TicketDetailPane::tr("%1 (amount %2, refund %3)")
            .arg(t.orderId, money(t.orderAmountCents), money(t.refundAmountCents));
    if (t.orderAmountCents)
        return TicketDetailPane::tr("%1 (amount %2)").arg(t.orderId, money(t.orderAmountCents));
    return t.orderId;
}

QString speakerColor(Speaker speaker)
{
    switch (speaker) {
    case Speaker::Customer:
        return QStringLiteral("#1f5fa8");
    case Speaker::Agent:
        return QStringLiteral("#2e7d32");
    case Speaker::Bot:
        return QStringLiteral("#7b5ea7");
    case Speaker::System:
        return QStringLiteral("#6b6b6b");
    }
    return {};
}

QString slaText(const SlaClockState &state)
{
    const QString text = state.describe();
    if (state.outcome == SlaClockState::Outcome::Breached)
        return QStringLiteral("<span style=\"color:#c62828;font-weight:bold\">%1</span>")
            .arg(text.toHtmlEscaped());
    return text.toHtmlEscaped();
}

} // namespace

TicketDetailPane::TicketDetailPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("ticketDetailPane"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("ticketTitleLabel"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_fields = new QWidget(this);
    m_form = new QFormLayout(m_fields);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_status = addField(QStringLiteral("statusValueLabel"), tr("Status"));
    m_platform = addField(QStringLiteral("platformValueLabel"), tr("Platform / channel"));
    m_type = addField(QStringLiteral("typeValueLabel"), tr("Type / category"));
    m_priority = addField(QStringLiteral("priorityValueLabel"), tr("Priority / tier"));
    m_agent = addField(QStringLiteral("agentValueLabel"), tr("Agent / team"));
    m_order = addField(QStringLiteral("orderValueLabel"), tr("Order"));
    m_customer = addField(QStringLiteral("customerValueLabel"), tr("Customer"));
    m_created = addField(QStringLiteral("createdValueLabel"), tr("Created"));
    m_firstResponse = addField(QStringLiteral("firstResponseValueLabel"), tr("First response"));
    m_firstResponseSla = addField(QStringLiteral("firstResponseSlaValueLabel"), tr("Response SLA"));
    m_resolved = addField(QStringLiteral("resolvedValueLabel"), tr("Resolved"));
    m_resolutionSla = addField(QStringLiteral("resolutionSlaValueLabel"), tr("Resolution SLA"));
    m_csat = addField(QStringLiteral("csatValueLabel"), tr("CSAT"));
    m_flags = addField(QStringLiteral("flagsValueLabel"), tr("Handling"));
    layout->addWidget(m_fields);

    auto *transcriptLabel = new QLabel(tr("Conversation"), this);
    transcriptLabel->setFont(titleFont);
    layout->addWidget(transcriptLabel);
    m_transcript = new QTextBrowser(this);
    m_transcript->setObjectName(QStringLiteral("transcriptBrowser"));
    m_transcript->setOpenLinks(false);
    layout->addWidget(m_transcript, 1);
    showNothing();
}

QLabel *TicketDetailPane::addField(const QString &objectName, const QString &label)
{
    auto *value = new QLabel(m_fields);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    m_form->addRow(label, value);
    m_values.append(value);
    return value;
}

void TicketDetailPane::showNothing()
{
    m_ticketId = 0;
    m_title->setText(tr("No ticket selected"));
    for (QLabel *value : std::as_const(m_values))
        value->clear();
    m_fields->setEnabled(false);
    m_transcript->clear();
}

void TicketDetailPane::showLoading()
{
    m_title->setText(tr("Loading…"));
    m_fields->setEnabled(false);
}

void TicketDetailPane::showDetail(const TicketDetail &detail, const QDateTime &now)
{
    const Ticket &t = detail.ticket;
    m_ticketId = t.id;
    m_fields->setEnabled(true);
    m_title->setText(tr("Ticket %1").arg(t.externalId));
    m_status->setText(Vocabulary::displayName(t.status));
    m_platform->setText(
        tr("%1 / %2").arg(Vocabulary::displayName(t.platform), Vocabulary::displayName(t.channel)));
    m_type->setText(tr("%1 / %2").arg(Vocabulary::displayName(t.type), Vocabulary::displayName(t.category)));
    m_priority->setText(tr("%1 / %2").arg(Vocabulary::displayName(t.priority), Vocabulary::code(t.tier)));
    m_agent->setText(detail.agentName.isEmpty() && detail.teamName.isEmpty()
                         ? tr("Unassigned")
                         : tr("%1 / %2").arg(detail.agentName, detail.teamName));
    m_order->setText(orderText(t));
    m_customer->setText(t.customerRef);
    m_created->setText(localTime(t.createdAt));
    m_firstResponse->setText(t.firstResponseAt.isValid() ? localTime(t.firstResponseAt) : tr("Not yet"));
    m_firstResponseSla->setText(slaText(SlaEvaluator::firstResponse(t, now)));
    m_resolved->setText(t.resolvedAt.isValid() ? localTime(t.resolvedAt) : tr("Not yet"));
    m_resolutionSla->setText(slaText(SlaEvaluator::resolution(t, now)));
    m_csat->setText(t.csatScore ? tr("%1 of 5").arg(*t.csatScore) : tr("No answer"));
    QStringList flags;
    if (t.reopenCount > 0)
        flags.append(tr("reopened %n time(s)", nullptr, t.reopenCount));
    if (t.escalated)
        flags.append(tr("escalated"));
    if (t.handleSeconds)
        flags.append(tr("handled in %1").arg(SlaEvaluator::formatDuration(*t.handleSeconds)));
    if (!detail.aboutAgentName.isEmpty())
        flags.append(tr("complaint about %1").arg(detail.aboutAgentName));
    m_flags->setText(flags.isEmpty() ? tr("Not reopened, not escalated") : flags.join(QStringLiteral(", ")));
    m_transcript->setHtml(transcriptHtml(detail));
}

QString TicketDetailPane::transcriptHtml(const TicketDetail &detail) const
{
    if (detail.conversations.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(tr("No conversation recorded.").toHtmlEscaped());
    QString html;
    for (const Conversation &conversation : detail.conversations) {
        QDateTime waitingSince; // the first customer message not yet answered
        for (const Message &message : conversation.messages) {
            QString wait;
            if (message.speaker == Speaker::Customer && !waitingSince.isValid())
                waitingSince = message.sentAt;
            if (message.speaker == Speaker::Agent && waitingSince.isValid()) {
                const qint64 seconds = waitingSince.secsTo(message.sentAt);
                const QString text = tr("customer waited %1").arg(SlaEvaluator::formatDuration(seconds));
                wait = seconds > slowReplySeconds
                    ? QStringLiteral(
                          " <span style=\"background:#ffebee;color:#c62828;font-weight:bold\">%1</span>")
                          .arg(text.toHtmlEscaped())
                    : QStringLiteral(" <span style=\"color:#6b6b6b\">%1</span>").arg(text.toHtmlEscaped());
                waitingSince = {};
            }
            html += QStringLiteral("<p style=\"margin:4px 0\"><span style=\"color:#6b6b6b\">%1</span> "
                                   "<b style=\"color:%2\">%3</b>%4<br/>%5</p>")
                        .arg(message.sentAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm:ss")),
                             speakerColor(message.speaker),
                             Vocabulary::displayName(message.speaker).toHtmlEscaped(), wait,
                             message.text.toHtmlEscaped());
        }
        html += QStringLiteral("<hr/>");
    }
    return html;
}

QString TicketDetailPane::transcriptText() const
{
    return m_transcript->toPlainText();
}
