#include "Vocabulary.h"

#include <QCoreApplication>

// Display names are marked with QT_TRANSLATE_NOOP so lupdate collects them under one context.
// Terms must stay in the enum's declaration order: the enum value indexes the table.

const std::array<VocabularyTerm, 5> VocabularyTerms<Platform>::terms = { {
    { "taobao", QT_TRANSLATE_NOOP("Vocabulary", "Taobao/Tmall") },
    { "jd", QT_TRANSLATE_NOOP("Vocabulary", "JD") },
    { "pdd", QT_TRANSLATE_NOOP("Vocabulary", "Pinduoduo") },
    { "douyin", QT_TRANSLATE_NOOP("Vocabulary", "Douyin") },
    { "own", QT_TRANSLATE_NOOP("Vocabulary", "Own shop") },
} };

const std::array<VocabularyTerm, 5> VocabularyTerms<Channel>::terms = { {
    { "chat", QT_TRANSLATE_NOOP("Vocabulary", "Online chat") },
    { "phone", QT_TRANSLATE_NOOP("Vocabulary", "Phone") },
    { "email", QT_TRANSLATE_NOOP("Vocabulary", "Email") },
    { "social", QT_TRANSLATE_NOOP("Vocabulary", "Social media") },
    { "form", QT_TRANSLATE_NOOP("Vocabulary", "Web form") },
} };

const std::array<VocabularyTerm, 7> VocabularyTerms<TicketType>::terms = { {
    { "consultation", QT_TRANSLATE_NOOP("Vocabulary", "Consultation") },
    { "complaint", QT_TRANSLATE_NOOP("Vocabulary", "Complaint") },
    { "return", QT_TRANSLATE_NOOP("Vocabulary", "Return") },
    { "exchange", QT_TRANSLATE_NOOP("Vocabulary", "Exchange") },
    { "repair", QT_TRANSLATE_NOOP("Vocabulary", "Repair") },
    { "refund", QT_TRANSLATE_NOOP("Vocabulary", "Refund") },
    { "logistics", QT_TRANSLATE_NOOP("Vocabulary", "Logistics inquiry") },
} };

const std::array<VocabularyTerm, 4> VocabularyTerms<Category>::terms = { {
    { "product", QT_TRANSLATE_NOOP("Vocabulary", "Product issue") },
    { "service", QT_TRANSLATE_NOOP("Vocabulary", "Service issue") },
    { "logistics", QT_TRANSLATE_NOOP("Vocabulary", "Logistics issue") },
    { "other", QT_TRANSLATE_NOOP("Vocabulary", "Other") },
} };

const std::array<VocabularyTerm, 6> VocabularyTerms<TicketStatus>::terms = { {
    { "new", QT_TRANSLATE_NOOP("Vocabulary", "New") },
    { "open", QT_TRANSLATE_NOOP("Vocabulary", "Open") },
    { "pending", QT_TRANSLATE_NOOP("Vocabulary", "Pending customer") },
    { "escalated", QT_TRANSLATE_NOOP("Vocabulary", "Escalated") },
    { "resolved", QT_TRANSLATE_NOOP("Vocabulary", "Resolved") },
    { "closed", QT_TRANSLATE_NOOP("Vocabulary", "Closed") },
} };

const std::array<VocabularyTerm, 4> VocabularyTerms<Priority>::terms = { {
    { "low", QT_TRANSLATE_NOOP("Vocabulary", "Low") },
    { "normal", QT_TRANSLATE_NOOP("Vocabulary", "Normal") },
    { "high", QT_TRANSLATE_NOOP("Vocabulary", "High") },
    { "urgent", QT_TRANSLATE_NOOP("Vocabulary", "Urgent") },
} };

const std::array<VocabularyTerm, 3> VocabularyTerms<Tier>::terms = { {
    { "L1", QT_TRANSLATE_NOOP("Vocabulary", "L1 first contact") },
    { "L2", QT_TRANSLATE_NOOP("Vocabulary", "L2 technical") },
    { "L3", QT_TRANSLATE_NOOP("Vocabulary", "L3 complaints and after-sales") },
} };

const std::array<VocabularyTerm, 4> VocabularyTerms<Speaker>::terms = { {
    { "customer", QT_TRANSLATE_NOOP("Vocabulary", "Customer") },
    { "agent", QT_TRANSLATE_NOOP("Vocabulary", "Agent") },
    { "bot", QT_TRANSLATE_NOOP("Vocabulary", "Bot") },
    { "system", QT_TRANSLATE_NOOP("Vocabulary", "System") },
} };

const std::array<VocabularyTerm, 2> VocabularyTerms<AgentStatus>::terms = { {
    { "active", QT_TRANSLATE_NOOP("Vocabulary", "Active") },
    { "left", QT_TRANSLATE_NOOP("Vocabulary", "Left") },
} };

const std::array<VocabularyTerm, 5> VocabularyTerms<Shift>::terms = { {
    { "morning", QT_TRANSLATE_NOOP("Vocabulary", "Morning") },
    { "afternoon", QT_TRANSLATE_NOOP("Vocabulary", "Afternoon") },
    { "evening", QT_TRANSLATE_NOOP("Vocabulary", "Evening") },
    { "night", QT_TRANSLATE_NOOP("Vocabulary", "Night") },
    { "split", QT_TRANSLATE_NOOP("Vocabulary", "Split") },
} };

QString Vocabulary::translateTerm(const char *displayName)
{
    return QCoreApplication::translate("Vocabulary", displayName);
}
