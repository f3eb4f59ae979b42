#include "ImportWriterChecks.h"

#include "domain/Vocabulary.h"

namespace ImportWriterDetail {

namespace {

template<typename E> bool isCodeOf(const Value &value)
{
    // Compared as the UTF-8 bytes they are, without decoding each into a string.
    return value.kind == Value::Text && Vocabulary::fromCode<E>(QUtf8StringView(value.text)).has_value();
}

/** An optional code: empty means the writer's default, which is valid. */
template<typename E> bool isEmptyOrCodeOf(const QString &code)
{
    return code.isEmpty() || Vocabulary::fromCode<E>(code).has_value();
}

bool isAtLeast(const Value &value, qint64 minimum)
{
    return value.kind != Value::Int || value.number >= minimum;
}

} // namespace

const char *violatedTicketCheck(const TicketValues &values)
{
    // The column enumerators share their names with the vocabulary's enums, hence the qualification.
    using C = TicketColumn;
    if (!isCodeOf<::Platform>(values[C::Platform]))
        return "platform";
    if (!isCodeOf<::Channel>(values[C::Channel]))
        return "channel";
    if (!isCodeOf<TicketType>(values[C::Type]))
        return "type";
    if (!isCodeOf<::Category>(values[C::Category]))
        return "category";
    if (!isCodeOf<::Priority>(values[C::Priority]))
        return "priority";
    if (!isCodeOf<TicketStatus>(values[C::Status]))
        return "status";
    if (!isCodeOf<::Tier>(values[C::Tier]))
        return "tier";
    if (!isAtLeast(values[C::ReopenCount], 0))
        return "reopen_count";
    if (!isAtLeast(values[C::HandleSeconds], 0))
        return "handle_seconds";
    const Value &csat = values[C::CsatScore];
    if (csat.kind == Value::Int && (csat.number < 1 || csat.number > 5))
        return "csat_score";
    return nullptr;
}

const char *violatedAgentCheck(const ImportAgentFields &agent)
{
    if (!isEmptyOrCodeOf<::Tier>(agent.tier))
        return "tier";
    if (!isEmptyOrCodeOf<Shift>(agent.shift))
        return "shift";
    if (!isEmptyOrCodeOf<AgentStatus>(agent.status))
        return "status";
    return nullptr;
}

const char *violatedMessageCheck(const ImportMessageRow &message)
{
    return Vocabulary::fromCode<Speaker>(message.speaker) ? nullptr : "speaker";
}

} // namespace ImportWriterDetail
