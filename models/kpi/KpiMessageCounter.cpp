#include "KpiMessageCounter.h"

#include "KpiRuleSet.h"

#include <QHash>

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
}

KpiMessageCounts KpiMessageCounter::count(const QList<Message> &messages, const KpiRuleSet &rules,
                                          const QTimeZone &zone)
{
    KpiMessageCounts counts;
    const qint64 sessionGap = qint64(rules.sessionGapMinutes) * 60;
    std::optional<qint64> lastMessageAt; // the previous customer or agent message (not auto, not system)
    std::optional<qint64> waitingSince; // the first unanswered customer message of this session
    QHash<QDate, int> slowByDay;
    for (const Message &message : messages) {
        const qint64 at = message.sentAt.toSecsSinceEpoch();
        switch (message.speaker) {
        case Speaker::System:
            break;
        case Speaker::Bot:
            ++counts.autoReplies;
            break;
        case Speaker::Customer:
            ++counts.customerMessages;
            if (!lastMessageAt || at - *lastMessageAt > sessionGap) {
                ++counts.sessions;
                waitingSince = at; // the silence before a new session is not response time
            } else if (!waitingSince) {
                waitingSince = at;
            }
            lastMessageAt = at;
            break;
        case Speaker::Agent:
            if (!rules.autoReplyMarker.isEmpty() && message.text.startsWith(rules.autoReplyMarker)) {
                ++counts.autoReplies;
                break;
            }
            ++counts.agentMessages;
            if (waitingSince) {
                const qint64 wait = std::max<qint64>(0, at - *waitingSince);
                ++counts.replies;
                counts.replySeconds += wait;
                if (wait > rules.slowResponseSeconds) {
                    ++counts.slowReplies;
                    const QDate day = message.sentAt.toTimeZone(zone).date();
                    if (++slowByDay[day] == rules.slowResponseFlagCount)
                        ++counts.slowReceptions;
                }
                waitingSince.reset();
            }
            lastMessageAt = at;
            break;
        }
    }
    return counts;
}
