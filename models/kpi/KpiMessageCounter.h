#pragma once

#include "domain/Conversation.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <optional>

class KpiDayClock;
struct KpiRuleSet;

/**
 * What the message-level counting rules (PRODUCT.md "Counting rules are data") make of
 * conversations: the base of the platform metrics 答问比 (agent ÷ customer messages), response time
 * per reply, 慢响应 (slow receptions) and 接待人数 (receptions). Mergeable, so per-conversation counts
 * are summed into an agent's day (kpi_agent_day) like the ticket counts.
 */
struct KpiMessageCounts
{
    qint64 customerMessages = 0;
    qint64 agentMessages = 0; // written by the agent: auto-replies and bot messages are not
    qint64 autoReplies = 0; // agent messages starting with the rule set's marker, and bot messages
    qint64 sessions = 0; // a customer silence longer than the session gap starts a new one
    qint64 replies = 0; // agent replies ending a customer wait in a scored session
    qint64 replySeconds = 0; // the sum of those waits
    qint64 slowReplies = 0; // replies later than the slow-response limit
    qint64 slowReceptions = 0; // customer-days with at least the flag count of slow replies
    qint64 receptions = 0; // customer-days with a customer message (接待人数)
    qint64 overLimitReplies = 0; // replies later than the platform's reply limit (PDD: 1 h)

    void merge(const KpiMessageCounts &other);
    bool isEmpty() const { return *this == KpiMessageCounts(); }
    bool operator==(const KpiMessageCounts &other) const = default;
};

/**
 * Applies the message-level rules to one conversation at a time, messages fed in sending order:
 * - an agent message starting with the auto-reply marker, and any bot message, neither answers the
 *   customer nor counts as an agent message; system messages are ignored;
 * - a customer wait runs from the first unanswered customer message of the current session to the
 *   next agent message; a customer message that follows more than the session gap of silence starts
 *   a new session, and the silence before it is not response time;
 * - platform service windows apply by session start: replies in a session that started outside
 *   the platform's scored window (JD 09:00–23:00) are not response time (no reply, slow or
 *   over-limit count); the messages and the session still count;
 * - a reply later than slowResponseSeconds is slow; a customer (conversation) with at least
 *   slowResponseFlagCount slow replies on one local day is one slow reception that day;
 * - a reply later than the platform window's replyLimitSeconds (PDD: 3600) is over the limit;
 * - each local day with a customer message is one reception (the conversation is the customer).
 *
 * Streaming: the aggregate builder feeds millions of messages without building Message objects.
 * Threading: one counter per thread (it holds the current conversation's state).
 */
class KpiMessageCounter
{
public:
    /** The clock turns instants into local days and minutes of the team's zone. */
    KpiMessageCounter(const KpiRuleSet &rules, KpiDayClock &clock);

    /** Starts a conversation of a ticket on `platform` (nullopt: no service window applies). */
    void begin(std::optional<Platform> platform);
    /** The next message; autoReply says an agent message starts with the marker (isAutoReply). */
    void add(Speaker speaker, qint64 sentAt, bool autoReply);
    /** The counts of the conversation since begin(). */
    const KpiMessageCounts &counts() const { return m_counts; }

    /** Whether an agent message's text starts with the rule set's auto-reply marker. */
    static bool isAutoReply(const QString &text, const KpiRuleSet &rules);

    /** One conversation's messages (in sending order) counted in one go. */
    static KpiMessageCounts count(const QList<Message> &messages, const KpiRuleSet &rules,
                                  const QTimeZone &zone, std::optional<Platform> platform = std::nullopt);

private:
    const KpiRuleSet &m_rules;
    KpiDayClock &m_clock;
    qint64 m_sessionGap = 0;
    int m_windowStart = 0; // the platform's scored window, local minutes [start, end)
    int m_windowEnd = 1440;
    qint64 m_replyLimit = 0; // 0 = none
    KpiMessageCounts m_counts;
    std::optional<qint64> m_lastMessageAt; // the previous customer or agent message (not auto, not system)
    std::optional<qint64> m_waitingSince; // the first unanswered customer message of this session
    bool m_sessionScored = true; // the current session started inside the service window
    QHash<qint64, int> m_slowByDay; // local Julian day → slow replies that day
    QSet<qint64> m_customerDays;
};
