#include "ImportFieldCatalog.h"

#include "domain/Vocabulary.h"

using namespace Qt::StringLiterals;

namespace {

FieldSpec spec(const char *name, FieldType type, const char *label, const char *description,
               bool required = false, const char *vocabulary = "")
{
    FieldSpec s;
    s.name = QString::fromLatin1(name);
    s.type = type;
    s.required = required;
    s.vocabulary = QString::fromLatin1(vocabulary);
    s.label = label;
    s.description = description;
    return s;
}

QList<FieldSpec> ticketFields()
{
    using T = FieldType;
    return {
        spec("external_id", T::Identifier, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Ticket id"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog",
                               "The ticket's id in the source system; the key for re-imports"),
             true),
        spec("platform", T::Enum, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Platform"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "taobao, jd, pdd, douyin or own"), true, "platform"),
        spec("channel", T::Enum, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Channel"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "chat, phone, email, social or form"), true, "channel"),
        spec("type", T::Enum, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Ticket type"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog",
                               "consultation, complaint, return, exchange, repair, refund or logistics"),
             true, "type"),
        spec("category", T::Enum, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Category"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog",
                               "The underlying problem: product, service, logistics or other"),
             true, "category"),
        spec("status", T::Enum, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Status"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "new, open, pending, escalated, resolved or closed"),
             true, "status"),
        spec("priority", T::Enum, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Priority"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "low, normal, high or urgent"), false, "priority"),
        spec("tier", T::Enum, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Tier"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "L1, L2 or L3"), false, "tier"),
        spec("agent", T::Text, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Agent"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "The name of the agent who handled the ticket")),
        spec("team", T::Text, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Team"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "The team that handled the ticket")),
        spec("customer_ref", T::Text, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Customer reference"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "A masked customer reference")),
        spec("order_id", T::Identifier, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Order id"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "The order the ticket is about")),
        spec("order_amount", T::Money, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Order amount"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "Order value; converted to cents")),
        spec("refund_amount", T::Money, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Refund amount"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "Refunded value; converted to cents")),
        spec("created_at", T::DateTime, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Created at"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "When the customer raised the ticket"), true),
        spec("first_response_at", T::DateTime, QT_TRANSLATE_NOOP("ImportFieldCatalog", "First response at"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "When an agent first answered")),
        spec("resolved_at", T::DateTime, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Resolved at"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "When the ticket was resolved")),
        spec("closed_at", T::DateTime, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Closed at"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "When the ticket was closed")),
        spec("reopen_count", T::Integer, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Reopen count"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "How often the ticket was reopened")),
        spec("escalated", T::Boolean, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Escalated"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "Whether the ticket was escalated")),
        spec("handle_seconds", T::Duration, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Handle time"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "Time the agent spent on the ticket")),
        spec("csat_score", T::Score, QT_TRANSLATE_NOOP("ImportFieldCatalog", "CSAT score"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "Survey answer, 1 to 5")),
        spec("csat_answered_at", T::DateTime, QT_TRANSLATE_NOOP("ImportFieldCatalog", "CSAT answered at"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "When the survey was answered")),
        spec("csat_comment", T::Text, QT_TRANSLATE_NOOP("ImportFieldCatalog", "CSAT comment"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "The customer's remark in the survey")),
        spec("is_inquiry", T::Boolean, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Inquiry"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "A pre-sales consultation about buying")),
        spec("converted", T::Boolean, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Converted"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "The inquiry led to a payment")),
        spec("tags", T::Text, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Tags"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "Free tags, comma-separated")),
        spec("about_agent", T::Text, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Complaint about agent"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "For complaints: the agent the complaint names")),
        spec("agent.external_id", T::Identifier, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Agent id"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog",
                               "The agent's id in the source; defaults to the agent name")),
        spec("agent.supervisor", T::Text, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Agent's supervisor"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "Builds the team structure")),
        spec("agent.manager", T::Text, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Agent's manager"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "Builds the team structure")),
        spec("agent.department", T::Text, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Agent's department"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "Department code; empty = customer service")),
        spec("agent.tier", T::Enum, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Agent's tier"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "L1, L2 or L3"), false, "tier"),
        spec("agent.shift", T::Enum, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Agent's shift"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "morning, afternoon, evening, night or split"), false,
             "shift"),
        spec("agent.hire_date", T::Date, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Agent's hire date"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "The agent's first day")),
        spec("agent.tenure_bucket", T::Text, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Agent's tenure bucket"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "The source's tenure label, kept as written")),
        spec("agent.tenure_days", T::Integer,
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "Agent's tenure in days"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "Lower bound of the tenure; estimates the hire date")),
        spec(
            "agent.account", T::Text, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Agent's platform account"),
            QT_TRANSLATE_NOOP("ImportFieldCatalog", "The agent's account (子账号) on the ticket's platform")),
    };
}

QList<FieldSpec> agentFields()
{
    using T = FieldType;
    return {
        spec("external_id", T::Identifier, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Agent id"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "The agent's id in the source; defaults to the name")),
        spec("name", T::Text, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Name"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "The agent's name"), true),
        spec("english_name", T::Text, QT_TRANSLATE_NOOP("ImportFieldCatalog", "English name"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "The agent's English name")),
        spec("team", T::Text, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Team"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "Team name; created when missing")),
        spec("supervisor", T::Text, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Supervisor"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "Builds the team structure")),
        spec("manager", T::Text, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Manager"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "Builds the team structure")),
        spec("department", T::Text, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Department"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "Department code; empty = customer service")),
        spec("tier", T::Enum, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Tier"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "L1, L2 or L3"), false, "tier"),
        spec("shift", T::Enum, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Shift"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "morning, afternoon, evening, night or split"), false,
             "shift"),
        spec("hire_date", T::Date, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Hire date"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "The agent's first day")),
        spec("tenure_bucket", T::Text, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Tenure bucket"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "The source's tenure label, kept as written")),
        spec("tenure_days", T::Integer, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Tenure in days"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "Lower bound of the tenure; estimates the hire date")),
        spec("status", T::Enum, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Status"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "active or left"), false, "agent_status"),
        spec("left_date", T::Date, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Left date"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "The agent's last day")),
        spec("mentor", T::Text, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Mentor"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "Another agent's name")),
        spec("account.taobao", T::Text, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Taobao account"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "The agent's Taobao sub-account")),
        spec("account.jd", T::Text, QT_TRANSLATE_NOOP("ImportFieldCatalog", "JD account"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "The agent's JD sub-account")),
        spec("account.pdd", T::Text, QT_TRANSLATE_NOOP("ImportFieldCatalog", "PDD account"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "The agent's PDD sub-account")),
        spec("account.douyin", T::Text, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Douyin account"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "The agent's Douyin sub-account")),
        spec("account.own", T::Text, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Own shop account"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "The agent's account in the own shop")),
    };
}

QList<FieldSpec> messageFields()
{
    using T = FieldType;
    // Required-ness depends on the layout; ImportProfile::validate checks it per layout.
    return {
        spec("conversation_id", T::Identifier, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Conversation id"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "Groups the messages of one conversation")),
        spec("message_id", T::Identifier, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Message id"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "Reply chains: this message's id")),
        spec("reply_to", T::Identifier, QT_TRANSLATE_NOOP("ImportFieldCatalog", "In reply to"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "Reply chains: the id of the message this one answers")),
        spec(
            "ticket_external_id", T::Identifier, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Ticket id"),
            QT_TRANSLATE_NOOP("ImportFieldCatalog", "Links the conversation to a ticket of the same source")),
        spec("speaker", T::Enum, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Speaker"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "customer, agent, bot or system"), false, "speaker"),
        spec("sent_at", T::DateTime, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Sent at"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "When the message was sent"), true),
        spec("text", T::Text, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Text"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "The message text")),
        spec("ticket.platform", T::Enum, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Ticket platform"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "For conversations without a ticket link"), false,
             "platform"),
        spec("ticket.channel", T::Enum, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Ticket channel"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "For conversations without a ticket link"), false,
             "channel"),
        spec("ticket.type", T::Enum, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Ticket type"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "For conversations without a ticket link"), false,
             "type"),
        spec("ticket.category", T::Enum, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Ticket category"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "For conversations without a ticket link"), false,
             "category"),
        spec("ticket.status", T::Enum, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Ticket status"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "For conversations without a ticket link"), false,
             "status"),
        spec("ticket.tier", T::Enum, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Ticket tier"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "For conversations without a ticket link"), false,
             "tier"),
    };
}

QList<FieldSpec> csatFields()
{
    using T = FieldType;
    return {
        spec("ticket_external_id", T::Identifier, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Ticket id"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "The ticket the survey answers"), true),
        spec("csat_score", T::Score, QT_TRANSLATE_NOOP("ImportFieldCatalog", "CSAT score"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "Survey answer, 1 to 5"), true),
        spec("csat_answered_at", T::DateTime, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Answered at"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "When the survey was answered")),
        spec("csat_comment", T::Text, QT_TRANSLATE_NOOP("ImportFieldCatalog", "Comment"),
             QT_TRANSLATE_NOOP("ImportFieldCatalog", "The customer's remark")),
    };
}

#undef L

} // namespace

const QList<FieldSpec> &ImportFieldCatalog::fields(ImportKind kind)
{
    static const QList<FieldSpec> tickets = ticketFields();
    static const QList<FieldSpec> agents = agentFields();
    static const QList<FieldSpec> messages = messageFields();
    static const QList<FieldSpec> csat = csatFields();
    switch (kind) {
    case ImportKind::Tickets:
        return tickets;
    case ImportKind::Agents:
        return agents;
    case ImportKind::Messages:
        return messages;
    case ImportKind::Csat:
        return csat;
    }
    return tickets;
}

const FieldSpec *ImportFieldCatalog::find(ImportKind kind, const QString &name)
{
    for (const FieldSpec &spec : fields(kind)) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

QStringList ImportFieldCatalog::vocabularyCodes(const QString &vocabulary)
{
    if (vocabulary == "platform"_L1)
        return Vocabulary::allCodes<Platform>();
    if (vocabulary == "channel"_L1)
        return Vocabulary::allCodes<Channel>();
    if (vocabulary == "type"_L1)
        return Vocabulary::allCodes<TicketType>();
    if (vocabulary == "category"_L1)
        return Vocabulary::allCodes<Category>();
    if (vocabulary == "priority"_L1)
        return Vocabulary::allCodes<Priority>();
    if (vocabulary == "status"_L1)
        return Vocabulary::allCodes<TicketStatus>();
    if (vocabulary == "tier"_L1)
        return Vocabulary::allCodes<Tier>();
    if (vocabulary == "speaker"_L1)
        return Vocabulary::allCodes<Speaker>();
    if (vocabulary == "shift"_L1)
        return Vocabulary::allCodes<Shift>();
    if (vocabulary == "agent_status"_L1)
        return Vocabulary::allCodes<AgentStatus>();
    return {};
}

QString ImportFieldCatalog::translatedLabel(const FieldSpec &spec)
{
    return spec.label ? tr(spec.label) : spec.name;
}
