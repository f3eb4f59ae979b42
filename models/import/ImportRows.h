#pragma once

#include "ImportIssue.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

/*
 * Typed rows produced by RecordMapper from one source record, already parsed and checked
 * against the vocabulary. Strings hold stored codes ("phone", "L1"); times are UTC epoch
 * seconds; money is cents. An empty QString or an unset optional means "no value in the file".
 * The writer (models/store/ImportWriter) stores them; it never parses text.
 */

/** Where a row came from, for outcomes and the reject file. */
struct ImportRowOrigin
{
    qint64 row = 0;  // 1-based data record number
    qint64 line = 0; // physical line / spreadsheet row where it starts
};

/** An agent as a source row describes it (an agents file, or the agent columns of a ticket). */
struct ImportAgentFields
{
    QString name;          // as the source writes it; the lookup key when externalId is empty
    QString externalId;    // stable id in the source system (defaults to the name)
    QString englishName;
    QString team;          // team name; created under `department` when missing
    QString supervisor;    // builds the team structure: supervisor's team under the manager's
    QString manager;
    QString department;    // department code (customer_service, …); empty = customer_service
    QString tier;          // L1/L2/L3; empty = L1
    QString shift;         // morning/…; empty = morning
    QString tenureBucket;  // the source's label, kept as written (">90", "On Job Training")
    std::optional<int> tenureDays; // lower bound of the bucket; estimates the hire date
    std::optional<QDate> hireDate;
    std::optional<QDate> leftDate;
    QString status;        // active/left; empty = active
    QString mentor;        // another agent's name
    QMap<QString, QString> accounts; // platform code → account name (子账号)

    bool isEmpty() const { return name.isEmpty() && externalId.isEmpty(); }
};

struct ImportTicketRow
{
    ImportRowOrigin origin;
    QString externalId;
    QString platform, channel, type, category, priority, status, tier;
    ImportAgentFields agent; // agent.name empty = no agent
    QString team;
    QString customerRef, orderId;
    std::optional<qint64> orderAmountCents, refundAmountCents;
    qint64 createdAt = 0;
    std::optional<qint64> firstResponseAt, resolvedAt, closedAt;
    std::optional<int> reopenCount;
    std::optional<bool> escalated;
    std::optional<qint64> handleSeconds;
    std::optional<int> csatScore;
    std::optional<qint64> csatAnsweredAt;
    QString csatComment;
    std::optional<bool> isInquiry, converted;
    QString tags;
    QString aboutAgent;      // complaints: the agent the complaint is about (name)

    // Computed by ImportRunner from the store's SLA policies, never mapped from the file.
    qint64 slaPolicyId = 0;  // 0 = no policy matched
    std::optional<qint64> firstResponseDueAt, resolutionDueAt;
};

struct ImportAgentRow
{
    ImportRowOrigin origin;
    ImportAgentFields agent;
};

struct ImportMessageRow
{
    ImportRowOrigin origin;
    QString conversationKey;  // groups messages; for ReplyChain filled in by the writer
    QString messageKey;       // ReplyChain: this message's id
    QString replyToKey;       // ReplyChain: the message it answers (empty for a root)
    QString ticketExternalId; // link to a ticket of the same source; empty = one ticket per conversation
    QString speaker;
    std::optional<qint64> sentAt;
    QString text;
    int position = 0;         // order within the row (ConversationPerRow) or file order
};

struct ImportCsatRow
{
    ImportRowOrigin origin;
    QString ticketExternalId;
    int csatScore = 0;
    std::optional<qint64> csatAnsweredAt;
    QString csatComment;
};

/** RecordMapper's answer for one source record. */
struct MappedRecord
{
    enum class State {
        Ok,       // the typed row for the profile's kind is filled
        Rejected, // issues say why (one per bad field)
        Skipped,  // excluded by the profile's row filter; not an error
    };

    State state = State::Ok;
    QList<ImportIssue> issues;
    ImportTicketRow ticket;
    ImportAgentRow agent;
    QList<ImportMessageRow> messages; // one, or a whole conversation for ConversationPerRow
    ImportCsatRow csat;
};
