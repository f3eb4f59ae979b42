#include "ImportFieldCatalog.h"

#include "domain/Vocabulary.h"

using namespace Qt::StringLiterals;

namespace {

#define L(text) QT_TRANSLATE_NOOP("ImportFieldCatalog", text)

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
        spec("external_id", T::Identifier, L("Ticket id"),
             L("The ticket's id in the source system; the key for re-imports"), true),
        spec("platform", T::Enum, L("Platform"), L("taobao, jd, pdd, douyin or own"), true, "platform"),
        spec("channel", T::Enum, L("Channel"), L("chat, phone, email, social or form"), true, "channel"),
        spec("type", T::Enum, L("Ticket type"),
             L("consultation, complaint, return, exchange, repair, refund or logistics"), true, "type"),
        spec("category", T::Enum, L("Category"),
             L("The underlying problem: product, service, logistics or other"), true, "category"),
        spec("status", T::Enum, L("Status"), L("new, open, pending, escalated, resolved or closed"), true,
             "status"),
        spec("priority", T::Enum, L("Priority"), L("low, normal, high or urgent"), false, "priority"),
        spec("tier", T::Enum, L("Tier"), L("L1, L2 or L3"), false, "tier"),
        spec("agent", T::Text, L("Agent"), L("The name of the agent who handled the ticket")),
        spec("team", T::Text, L("Team"), L("The team that handled the ticket")),
        spec("customer_ref", T::Text, L("Customer reference"), L("A masked customer reference")),
        spec("order_id", T::Identifier, L("Order id"), L("The order the ticket is about")),
        spec("order_amount", T::Money, L("Order amount"), L("Order value; converted to cents")),
        spec("refund_amount", T::Money, L("Refund amount"), L("Refunded value; converted to cents")),
        spec("created_at", T::DateTime, L("Created at"), L("When the customer raised the ticket"), true),
        spec("first_response_at", T::DateTime, L("First response at"), L("When an agent first answered")),
        spec("resolved_at", T::DateTime, L("Resolved at"), L("When the ticket was resolved")),
        spec("closed_at", T::DateTime, L("Closed at"), L("When the ticket was closed")),
        spec("reopen_count", T::Integer, L("Reopen count"), L("How often the ticket was reopened")),
        spec("escalated", T::Boolean, L("Escalated"), L("Whether the ticket was escalated")),
        spec("handle_seconds", T::Duration, L("Handle time"), L("Time the agent spent on the ticket")),
        spec("csat_score", T::Score, L("CSAT score"), L("Survey answer, 1 to 5")),
        spec("csat_answered_at", T::DateTime, L("CSAT answered at"), L("When the survey was answered")),
        spec("csat_comment", T::Text, L("CSAT comment"), L("The customer's remark in the survey")),
        spec("is_inquiry", T::Boolean, L("Inquiry"), L("A pre-sales consultation about buying")),
        spec("converted", T::Boolean, L("Converted"), L("The inquiry led to a payment")),
        spec("tags", T::Text, L("Tags"), L("Free tags, comma-separated")),
        spec("about_agent", T::Text, L("Complaint about agent"),
             L("For complaints: the agent the complaint names")),
        spec("agent.external_id", T::Identifier, L("Agent id"),
             L("The agent's id in the source; defaults to the agent name")),
        spec("agent.supervisor", T::Text, L("Agent's supervisor"), L("Builds the team structure")),
        spec("agent.manager", T::Text, L("Agent's manager"), L("Builds the team structure")),
        spec("agent.department", T::Text, L("Agent's department"),
             L("Department code; empty = customer service")),
        spec("agent.tier", T::Enum, L("Agent's tier"), L("L1, L2 or L3"), false, "tier"),
        spec("agent.shift", T::Enum, L("Agent's shift"), L("morning, afternoon, evening, night or split"),
             false, "shift"),
        spec("agent.hire_date", T::Date, L("Agent's hire date"), L("The agent's first day")),
        spec("agent.tenure_bucket", T::Text, L("Agent's tenure bucket"),
             L("The source's tenure label, kept as written")),
        spec("agent.tenure_days", T::Integer, L("Agent's tenure in days"),
             L("Lower bound of the tenure; estimates the hire date")),
        spec("agent.account", T::Text, L("Agent's platform account"),
             L("The agent's account (子账号) on the ticket's platform")),
    };
}

QList<FieldSpec> agentFields()
{
    using T = FieldType;
    return {
        spec("external_id", T::Identifier, L("Agent id"),
             L("The agent's id in the source; defaults to the name")),
        spec("name", T::Text, L("Name"), L("The agent's name"), true),
        spec("english_name", T::Text, L("English name"), L("The agent's English name")),
        spec("team", T::Text, L("Team"), L("Team name; created when missing")),
        spec("supervisor", T::Text, L("Supervisor"), L("Builds the team structure")),
        spec("manager", T::Text, L("Manager"), L("Builds the team structure")),
        spec("department", T::Text, L("Department"), L("Department code; empty = customer service")),
        spec("tier", T::Enum, L("Tier"), L("L1, L2 or L3"), false, "tier"),
        spec("shift", T::Enum, L("Shift"), L("morning, afternoon, evening, night or split"), false, "shift"),
        spec("hire_date", T::Date, L("Hire date"), L("The agent's first day")),
        spec("tenure_bucket", T::Text, L("Tenure bucket"), L("The source's tenure label, kept as written")),
        spec("tenure_days", T::Integer, L("Tenure in days"),
             L("Lower bound of the tenure; estimates the hire date")),
        spec("status", T::Enum, L("Status"), L("active or left"), false, "agent_status"),
        spec("left_date", T::Date, L("Left date"), L("The agent's last day")),
        spec("mentor", T::Text, L("Mentor"), L("Another agent's name")),
        spec("account.taobao", T::Text, L("Taobao account"), L("The agent's Taobao sub-account")),
        spec("account.jd", T::Text, L("JD account"), L("The agent's JD sub-account")),
        spec("account.pdd", T::Text, L("PDD account"), L("The agent's PDD sub-account")),
        spec("account.douyin", T::Text, L("Douyin account"), L("The agent's Douyin sub-account")),
        spec("account.own", T::Text, L("Own shop account"), L("The agent's account in the own shop")),
    };
}

QList<FieldSpec> messageFields()
{
    using T = FieldType;
    // Required-ness depends on the layout; ImportProfile::validate checks it per layout.
    return {
        spec("conversation_id", T::Identifier, L("Conversation id"),
             L("Groups the messages of one conversation")),
        spec("message_id", T::Identifier, L("Message id"), L("Reply chains: this message's id")),
        spec("reply_to", T::Identifier, L("In reply to"),
             L("Reply chains: the id of the message this one answers")),
        spec("ticket_external_id", T::Identifier, L("Ticket id"),
             L("Links the conversation to a ticket of the same source")),
        spec("speaker", T::Enum, L("Speaker"), L("customer, agent, bot or system"), false, "speaker"),
        spec("sent_at", T::DateTime, L("Sent at"), L("When the message was sent"), true),
        spec("text", T::Text, L("Text"), L("The message text")),
        spec("ticket.platform", T::Enum, L("Ticket platform"), L("For conversations without a ticket link"),
             false, "platform"),
        spec("ticket.channel", T::Enum, L("Ticket channel"), L("For conversations without a ticket link"),
             false, "channel"),
        spec("ticket.type", T::Enum, L("Ticket type"), L("For conversations without a ticket link"), false,
             "type"),
        spec("ticket.category", T::Enum, L("Ticket category"), L("For conversations without a ticket link"),
             false, "category"),
        spec("ticket.status", T::Enum, L("Ticket status"), L("For conversations without a ticket link"),
             false, "status"),
        spec("ticket.tier", T::Enum, L("Ticket tier"), L("For conversations without a ticket link"), false,
             "tier"),
    };
}

QList<FieldSpec> csatFields()
{
    using T = FieldType;
    return {
        spec("ticket_external_id", T::Identifier, L("Ticket id"), L("The ticket the survey answers"), true),
        spec("csat_score", T::Score, L("CSAT score"), L("Survey answer, 1 to 5"), true),
        spec("csat_answered_at", T::DateTime, L("Answered at"), L("When the survey was answered")),
        spec("csat_comment", T::Text, L("Comment"), L("The customer's remark")),
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
