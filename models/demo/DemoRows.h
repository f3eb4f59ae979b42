#pragma once

#include "domain/Vocabulary.h"

#include <QByteArray>
#include <QString>

/**
 * A generated ticket in the shape the bulk writer stores it: epoch seconds (-1 = not happened),
 * cents (-1 = none), ids (0 = none) and UTF-8 text, so millions of rows cost no QVariant or
 * QDateTime traffic.
 */
struct DemoTicketRow
{
    qint64 id = 0;
    QByteArray externalId;
    Platform platform = Platform::Taobao;
    Channel channel = Channel::Chat;
    TicketType type = TicketType::Consultation;
    Category category = Category::Other;
    Priority priority = Priority::Normal;
    TicketStatus status = TicketStatus::New;
    Tier tier = Tier::L1;
    qint64 agentId = 0;
    qint64 teamId = 0;
    QByteArray customerRef;
    QByteArray orderId;
    qint64 orderAmountCents = -1;
    qint64 refundAmountCents = -1;
    qint64 createdAt = 0;
    qint64 firstResponseAt = -1;
    qint64 resolvedAt = -1;
    qint64 closedAt = -1;
    int reopenCount = 0;
    bool escalated = false;
    qint64 handleSeconds = -1;
    qint64 slaPolicyId = 0;
    qint64 firstResponseDueAt = -1;
    qint64 resolutionDueAt = -1;
    int csatScore = 0; // 0 = no answer
    qint64 csatAnsweredAt = -1;
    bool isInquiry = false;
    bool converted = false;
    qint64 aboutAgentId = 0;
    QByteArray tags; // comma-separated, empty = none
};

/** A generated conversation message. */
struct DemoMessageRow
{
    Speaker speaker = Speaker::Customer;
    qint64 sentAt = 0;
    QByteArray text; // UTF-8
};

/** A QA staff member (users row with the qa_reviewer or team_lead role) the demo's reviews are by. */
struct DemoQaStaff
{
    qint64 userId = 0;
    QString login;
    QString displayName;
    bool lead = false; // team_lead: decides disputes and runs calibration
    qint64 agentId = 0; // users.agent_id, 0 = not an agent
};
