#pragma once

#include "domain/Conversation.h"

#include <QTimeZone>

struct KpiRuleSet;

/**
 * What the message-level counting rules (PRODUCT.md "Counting rules are data") make of
 * conversations: the base of the platform metrics 答问比 (agent ÷ customer messages), response time
 * per reply and 慢响应 (slow receptions). Mergeable, so per-conversation counts can be summed into an
 * agent's day like the ticket counts.
 */
struct KpiMessageCounts
{
    qint64 customerMessages = 0;
    qint64 agentMessages = 0; // written by the agent: auto-replies and bot messages are not
    qint64 autoReplies = 0; // agent messages starting with the rule set's marker, and bot messages
    qint64 sessions = 0; // a customer silence longer than the session gap starts a new one
    qint64 replies = 0; // agent replies ending a customer wait
    qint64 replySeconds = 0; // the sum of those waits
    qint64 slowReplies = 0; // replies later than the slow-response limit
    qint64 slowReceptions = 0; // customer-days with at least the flag count of slow replies

    void merge(const KpiMessageCounts &other);
    bool operator==(const KpiMessageCounts &other) const = default;
};

/**
 * Applies the message-level rules to one conversation's messages (in sending order):
 * - an agent message starting with the auto-reply marker, and any bot message, neither answers the
 *   customer nor counts as an agent message; system messages are ignored;
 * - a customer wait runs from the first unanswered customer message of the current session to the
 *   next agent message; a customer message that follows more than the session gap of silence starts
 *   a new session, and the silence before it is not response time;
 * - a reply later than slowResponseSeconds is slow; a customer (conversation) with at least
 *   slowResponseFlagCount slow replies on one local day is one slow reception that day.
 */
class KpiMessageCounter
{
public:
    static KpiMessageCounts count(const QList<Message> &messages, const KpiRuleSet &rules,
                                  const QTimeZone &zone);
};
