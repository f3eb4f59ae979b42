#pragma once

#include "Vocabulary.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * A ticket (工单) as PRODUCT.md's data model defines it. Times are UTC; an invalid QDateTime means
 * "has not happened". Money is held in cents so sums stay exact.
 */
struct Ticket
{
    qint64 id = 0;
    QString sourceSystem;
    QString externalId;
    Platform platform = Platform::Taobao;
    Channel channel = Channel::Chat;
    TicketType type = TicketType::Consultation;
    Category category = Category::Other;
    Priority priority = Priority::Normal;
    TicketStatus status = TicketStatus::New;
    Tier tier = Tier::L1;
    std::optional<qint64> agentId;
    std::optional<qint64> teamId;
    QString customerRef; // always masked (e.g. 138****1234); the store never holds the raw value
    QString orderId;
    std::optional<qint64> orderAmountCents;
    std::optional<qint64> refundAmountCents;
    QDateTime createdAt;
    QDateTime firstResponseAt;
    QDateTime resolvedAt;
    QDateTime closedAt;
    int reopenCount = 0;
    bool escalated = false;
    std::optional<int> handleSeconds;
    std::optional<qint64> slaPolicyId;
    QDateTime firstResponseDueAt;
    QDateTime resolutionDueAt;
    std::optional<int> csatScore; // 1–5 when the customer answered the survey
    bool isInquiry = false;
    bool converted = false;
    std::optional<qint64> aboutAgentId; // complaints: the agent the complaint is about
    QStringList tags;
};
