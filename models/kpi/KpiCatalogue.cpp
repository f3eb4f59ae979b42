#include "KpiCatalogue.h"

QString KpiDefinition::displayName() const
{
    return QCoreApplication::translate("KpiCatalogue", name);
}

const QList<KpiDefinition> &KpiCatalogue::all()
{
    using S = KpiSampleKind;
    using B = KpiBetter;
    static const QList<KpiDefinition> catalogue = {
        { "handled",
          QT_TRANSLATE_NOOP("KpiCatalogue", "Handled volume"),
          QT_TRANSLATE_NOOP("KpiCatalogue", "Tickets assigned to the agent created in the period"),
          B::Higher,
          S::None,
          false,
          false,
          { QStringLiteral("handled") } },
        { "per_capita",
          QT_TRANSLATE_NOOP("KpiCatalogue", "Per-capita volume"),
          QT_TRANSLATE_NOOP("KpiCatalogue", "Handled ÷ agents active in the period"),
          B::Higher,
          S::People,
          false,
          true,
          { QStringLiteral("per_capita") } },
        { "frt",
          QT_TRANSLATE_NOOP("KpiCatalogue", "First response time"),
          QT_TRANSLATE_NOOP("KpiCatalogue",
                            "Service-hour seconds from created to first response, over answered tickets"),
          B::Lower,
          S::Tickets,
          false,
          false,
          { QStringLiteral("frt_mean"), QStringLiteral("frt_median"), QStringLiteral("frt_p90") } },
        { "sla_response",
          QT_TRANSLATE_NOOP("KpiCatalogue", "Response SLA"),
          QT_TRANSLATE_NOOP("KpiCatalogue",
                            "Share of tickets answered by their due time; unanswered and past due is "
                            "missed, unanswered and not yet due is left out"),
          B::Higher,
          S::Tickets,
          true,
          false,
          { QStringLiteral("sla_response") } },
        { "resolution_rate",
          QT_TRANSLATE_NOOP("KpiCatalogue", "Resolution rate"),
          QT_TRANSLATE_NOOP("KpiCatalogue", "Share of handled tickets resolved or closed"),
          B::Higher,
          S::Tickets,
          true,
          false,
          { QStringLiteral("resolution_rate") } },
        { "resolution_time",
          QT_TRANSLATE_NOOP("KpiCatalogue", "Resolution time"),
          QT_TRANSLATE_NOOP("KpiCatalogue", "Median seconds from created to resolved, over resolved tickets"),
          B::Lower,
          S::Tickets,
          false,
          false,
          { QStringLiteral("resolution_time") } },
        { "fcr",
          QT_TRANSLATE_NOOP("KpiCatalogue", "First contact resolution"),
          QT_TRANSLATE_NOOP("KpiCatalogue", "Share of resolved tickets never reopened and never escalated"),
          B::Higher,
          S::Tickets,
          true,
          false,
          { QStringLiteral("fcr") } },
        { "reopen_rate",
          QT_TRANSLATE_NOOP("KpiCatalogue", "Reopen rate"),
          QT_TRANSLATE_NOOP("KpiCatalogue", "Share of resolved tickets reopened at least once"),
          B::Lower,
          S::Tickets,
          true,
          false,
          { QStringLiteral("reopen_rate") } },
        { "csat",
          QT_TRANSLATE_NOOP("KpiCatalogue", "Satisfaction"),
          QT_TRANSLATE_NOOP("KpiCatalogue",
                            "Share of answered surveys in the top box (4 or 5 of 5); also the "
                            "mean score"),
          B::Higher,
          S::Surveys,
          true,
          false,
          { QStringLiteral("csat"), QStringLiteral("csat_mean") } },
        { "complaint_rate",
          QT_TRANSLATE_NOOP("KpiCatalogue", "Complaint rate"),
          QT_TRANSLATE_NOOP("KpiCatalogue",
                            "Complaints made in the period attributed to the agent ÷ handled"),
          B::Lower,
          S::Tickets,
          true,
          false,
          { QStringLiteral("complaint_rate") } },
        { "escalation_rate",
          QT_TRANSLATE_NOOP("KpiCatalogue", "Escalation rate"),
          QT_TRANSLATE_NOOP("KpiCatalogue", "Share of handled tickets escalated"),
          B::Lower,
          S::Tickets,
          true,
          false,
          { QStringLiteral("escalation_rate") } },
        { "conversion",
          QT_TRANSLATE_NOOP("KpiCatalogue", "Inquiry conversion"),
          QT_TRANSLATE_NOOP("KpiCatalogue", "Share of inquiries that converted to payment"),
          B::Higher,
          S::Tickets,
          true,
          false,
          { QStringLiteral("conversion") } },
        { "aht",
          QT_TRANSLATE_NOOP("KpiCatalogue", "Average handle time"),
          QT_TRANSLATE_NOOP("KpiCatalogue", "Mean handle seconds"),
          B::Lower,
          S::Tickets,
          false,
          false,
          { QStringLiteral("aht") } },
        { "qa_score",
          QT_TRANSLATE_NOOP("KpiCatalogue", "QA score"),
          QT_TRANSLATE_NOOP("KpiCatalogue", "Mean score of submitted QA reviews in the period"),
          B::Higher,
          S::Reviews,
          false,
          false,
          { QStringLiteral("qa_score") } },
        { "training_completion",
          QT_TRANSLATE_NOOP("KpiCatalogue", "Training completion"),
          QT_TRANSLATE_NOOP("KpiCatalogue", "Completed ÷ assigned required courses due in the period"),
          B::Higher,
          S::People,
          true,
          false,
          { QStringLiteral("training_completion") } },
        { "attrition",
          QT_TRANSLATE_NOOP("KpiCatalogue", "Attrition"),
          QT_TRANSLATE_NOOP("KpiCatalogue", "Agents who left in the period ÷ average headcount"),
          B::Lower,
          S::People,
          true,
          true,
          { QStringLiteral("attrition") } },
        // The Chinese platform metrics, counted from conversations under the message-level rules
        // (KpiMessageCounter); their samples are messages, replies and customer-days, held to the
        // ticket minimum like the other per-ticket figures.
        { "answer_ratio",
          QT_TRANSLATE_NOOP("KpiCatalogue", "Answer ratio"),
          QT_TRANSLATE_NOOP("KpiCatalogue",
                            "Agent messages ÷ customer messages; auto-replies and bot messages are not "
                            "agent messages"),
          B::Higher,
          S::Tickets,
          false,
          false,
          { QStringLiteral("answer_ratio") } },
        { "reply_time",
          QT_TRANSLATE_NOOP("KpiCatalogue", "Average reply time"),
          QT_TRANSLATE_NOOP("KpiCatalogue",
                            "Mean seconds a customer waited for an agent reply, over replies in sessions "
                            "started inside the platform's service window"),
          B::Lower,
          S::Tickets,
          false,
          false,
          { QStringLiteral("reply_time") } },
        { "slow_reception_rate",
          QT_TRANSLATE_NOOP("KpiCatalogue", "Slow reception rate"),
          QT_TRANSLATE_NOOP("KpiCatalogue",
                            "Customer-days with the flagged number of slow replies ÷ customer-days received"),
          B::Lower,
          S::Tickets,
          true,
          false,
          { QStringLiteral("slow_reception_rate") } },
        { "receptions",
          QT_TRANSLATE_NOOP("KpiCatalogue", "Customers received"),
          QT_TRANSLATE_NOOP("KpiCatalogue", "Customer-days with at least one customer message"),
          B::Higher,
          S::None,
          false,
          false,
          { QStringLiteral("receptions") } },
    };
    return catalogue;
}

const KpiDefinition *KpiCatalogue::find(const QString &key)
{
    for (const KpiDefinition &definition : all()) {
        if (key == QLatin1StringView(definition.key))
            return &definition;
    }
    return nullptr;
}

QStringList KpiCatalogue::figureKeys()
{
    QStringList keys;
    for (const KpiDefinition &definition : all())
        keys += definition.figureKeys;
    return keys;
}

QString KpiCatalogue::kpiOf(const QString &figureKey)
{
    for (const KpiDefinition &definition : all()) {
        if (definition.figureKeys.contains(figureKey))
            return QString::fromLatin1(definition.key);
    }
    return {};
}
