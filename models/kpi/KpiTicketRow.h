#pragma once

#include "domain/Vocabulary.h"

#include <QByteArray>
#include <QtGlobal>

/**
 * The fields of one ticket the KPIs read, in the shape the KPI reader streams them: epoch seconds
 * (-1 = has not happened), ids (0 = none), so millions of rows cost no QVariant or QDateTime.
 */
struct KpiTicketRow
{
    qint64 id = 0;
    qint64 agentId = 0;
    qint64 teamId = 0;
    Platform platform = Platform::Taobao;
    TicketType type = TicketType::Consultation;
    Priority priority = Priority::Normal;
    bool resolved = false; // status resolved or closed
    qint64 createdAt = 0;
    qint64 firstResponseAt = -1;
    qint64 resolvedAt = -1;
    qint64 firstResponseDueAt = -1;
    int reopenCount = 0;
    bool escalated = false;
    qint64 handleSeconds = -1;
    qint64 slaPolicyId = 0;
    int csatScore = 0; // 0 = no survey answer
    QByteArray sourceSystem;
    bool isInquiry = false;
    bool converted = false;
    // Complaints only: the agent the complaint is attributed to (about_agent, else the agent of the
    // latest earlier ticket on the same order), 0 = no one. The reader resolves it in SQL.
    qint64 attributedAgentId = 0;
};
