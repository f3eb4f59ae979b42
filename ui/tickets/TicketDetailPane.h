#pragma once

#include "services/TicketService.h"

#include <QDateTime>
#include <QWidget>

class QFormLayout;
class QLabel;
class QTextBrowser;

/**
 * The selected ticket: its fields, where its first-response and resolution SLA clocks stand, and
 * the conversation transcript with speakers, times and the customer's wait before each agent
 * reply (waits longer than slowReplySeconds are highlighted). Shows what it is given; loading
 * happens elsewhere.
 */
class TicketDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit TicketDetailPane(QWidget *parent = nullptr);

    static constexpr qint64 slowReplySeconds = 120; // PRODUCT.md: a slow response, by default

    void showLoading();
    void showNothing();
    void showDetail(const TicketDetail &detail, const QDateTime &now = QDateTime::currentDateTimeUtc());

    qint64 ticketId() const { return m_ticketId; }
    QString transcriptText() const;

private:
    QLabel *addField(const QString &objectName, const QString &label);
    QString transcriptHtml(const TicketDetail &detail) const;

    QLabel *m_title = nullptr;
    QWidget *m_fields = nullptr;
    QFormLayout *m_form = nullptr;
    QTextBrowser *m_transcript = nullptr;
    qint64 m_ticketId = 0;
    QList<QLabel *> m_values;
    QLabel *m_status = nullptr;
    QLabel *m_platform = nullptr;
    QLabel *m_type = nullptr;
    QLabel *m_priority = nullptr;
    QLabel *m_agent = nullptr;
    QLabel *m_order = nullptr;
    QLabel *m_customer = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_firstResponse = nullptr;
    QLabel *m_firstResponseSla = nullptr;
    QLabel *m_resolved = nullptr;
    QLabel *m_resolutionSla = nullptr;
    QLabel *m_csat = nullptr;
    QLabel *m_flags = nullptr;
};
