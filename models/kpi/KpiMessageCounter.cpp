#include "KpiMessageCounter.h"

#include "KpiDayClock.h"
#include "KpiRuleSet.h"

void KpiMessageCounts::merge(const KpiMessageCounts &other)
{
    customerMessages += other.customerMessages;
    agentMessages += other.agentMessages;
    autoReplies += other.autoReplies;
    sessions += other.sessions;
    replies += other.replies;
    replySeconds += other.replySeconds;
    slowReplies += other.slowReplies;
    slowReceptions += other.slowReceptions;
    receptions += other.receptions;
    overLimitReplies += other.overLimitReplies;
}

KpiMessageCounter::KpiMessageCounter(const KpiRuleSet &rules, KpiDayClock &clock)
    : m_rules(rules)
    , m_clock(clock)
    , m_sessionGap(qint64(rules.sessionGapMinutes) * 60)
{
}

void KpiMessageCounter::begin(std::optional<Platform> platform)
{
    const KpiRuleSet::ServiceWindow *window = platform ? m_rules.serviceWindow(*platform) : nullptr;
    m_windowStart = window ? window->startMinute : 0;
    m_windowEnd = window ? window->endMinute : 1440;
    m_replyLimit = window ? window->replyLimitSeconds : 0;
    m_counts = {};
    m_lastMessageAt.reset();
    m_waitingSince.reset();
    m_sessionScored = true;
    m_slowByDay.clear();
    m_customerDays.clear();
}

bool KpiMessageCounter::isAutoReply(const QString &text, const KpiRuleSet &rules)
{
    return !rules.autoReplyMarker.isEmpty() && text.startsWith(rules.autoReplyMarker);
}

void KpiMessageCounter::add(Speaker speaker, qint64 at, bool autoReply)
{
    switch (speaker) {
    case Speaker::System:
        break;
    case Speaker::Bot:
        ++m_counts.autoReplies;
        break;
    case Speaker::Customer: {
        ++m_counts.customerMessages;
        const qint64 day = m_clock.dayOf(at);
        if (!m_customerDays.contains(day)) {
            m_customerDays.insert(day);
            ++m_counts.receptions;
        }
        if (!m_lastMessageAt || at - *m_lastMessageAt > m_sessionGap) {
            ++m_counts.sessions;
            m_waitingSince = at; // the silence before a new session is not response time
            const int minute = m_clock.minuteOfDay(at);
            m_sessionScored = minute >= m_windowStart && minute < m_windowEnd;
        } else if (!m_waitingSince) {
            m_waitingSince = at;
        }
        m_lastMessageAt = at;
        break;
    }
    case Speaker::Agent:
        if (autoReply) {
            ++m_counts.autoReplies;
            break;
        }
        ++m_counts.agentMessages;
        if (m_waitingSince && m_sessionScored) {
            const qint64 wait = std::max<qint64>(0, at - *m_waitingSince);
            ++m_counts.replies;
            m_counts.replySeconds += wait;
            if (wait > m_rules.slowResponseSeconds) {
                ++m_counts.slowReplies;
                if (++m_slowByDay[m_clock.dayOf(at)] == m_rules.slowResponseFlagCount)
                    ++m_counts.slowReceptions;
            }
            if (m_replyLimit > 0 && wait > m_replyLimit)
                ++m_counts.overLimitReplies;
        }
        m_waitingSince.reset();
        m_lastMessageAt = at;
        break;
    }
}

KpiMessageCounts KpiMessageCounter::count(const QList<Message> &messages, const KpiRuleSet &rules,
                                          const QTimeZone &zone, std::optional<Platform> platform)
{
    KpiDayClock clock(zone);
    KpiMessageCounter counter(rules, clock);
    counter.begin(platform);
    for (const Message &message : messages)
        counter.add(message.speaker, message.sentAt.toSecsSinceEpoch(),
                    message.speaker == Speaker::Agent && isAutoReply(message.text, rules));
    return counter.counts();
}
