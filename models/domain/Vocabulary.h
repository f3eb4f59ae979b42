#pragma once

#include <QAnyStringView>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

/*
 * The product's controlled vocabulary (PRODUCT.md "Vocabulary"): every enumeration has a stable
 * code stored in the database and used on the command line, and a translatable display name.
 * The code is the contract with stores and import files; never rename one.
 */

enum class Platform { Taobao, Jd, Pdd, Douyin, Own };
enum class Channel { Chat, Phone, Email, Social, Form };
enum class TicketType { Consultation, Complaint, Return, Exchange, Repair, Refund, Logistics };
enum class Category { Product, Service, Logistics, Other };
enum class TicketStatus { New, Open, Pending, Escalated, Resolved, Closed };
enum class Priority { Low, Normal, High, Urgent };
enum class Tier { L1, L2, L3 };
enum class Speaker { Customer, Agent, Bot, System };
enum class AgentStatus { Active, Left };
enum class Shift { Morning, Afternoon, Evening, Night, Split };

/** One entry of a vocabulary: the stored code and the untranslated display name. */
struct VocabularyTerm
{
    const char *code;
    const char *displayName;
};

template<typename E> struct VocabularyTerms;

#define TEAMLENS_DECLARE_TERMS(Enum, Count)                                                                  \
    template<> struct VocabularyTerms<Enum>                                                                  \
    {                                                                                                        \
        static const std::array<VocabularyTerm, Count> terms;                                                \
    };

TEAMLENS_DECLARE_TERMS(Platform, 5)
TEAMLENS_DECLARE_TERMS(Channel, 5)
TEAMLENS_DECLARE_TERMS(TicketType, 7)
TEAMLENS_DECLARE_TERMS(Category, 4)
TEAMLENS_DECLARE_TERMS(TicketStatus, 6)
TEAMLENS_DECLARE_TERMS(Priority, 4)
TEAMLENS_DECLARE_TERMS(Tier, 3)
TEAMLENS_DECLARE_TERMS(Speaker, 4)
TEAMLENS_DECLARE_TERMS(AgentStatus, 2)
TEAMLENS_DECLARE_TERMS(Shift, 5)

#undef TEAMLENS_DECLARE_TERMS

namespace Vocabulary {

/** Translates an untranslated display name from one of the term tables. */
QString translateTerm(const char *displayName);

template<typename E> QString code(E value)
{
    return QString::fromLatin1(VocabularyTerms<E>::terms.at(static_cast<std::size_t>(value)).code);
}

template<typename E> QString displayName(E value)
{
    return translateTerm(VocabularyTerms<E>::terms.at(static_cast<std::size_t>(value)).displayName);
}

/** The value whose stored code is code (UTF-16, Latin-1 or UTF-8 text alike); none for any other. */
template<typename E> std::optional<E> fromCode(QAnyStringView code)
{
    const auto &terms = VocabularyTerms<E>::terms;
    for (std::size_t i = 0; i < terms.size(); ++i) {
        if (code == QLatin1StringView(terms[i].code))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

/** Every value of an enumeration, in declaration order. */
template<typename E> QList<E> all()
{
    QList<E> values;
    for (std::size_t i = 0; i < VocabularyTerms<E>::terms.size(); ++i)
        values.append(static_cast<E>(i));
    return values;
}

template<typename E> QStringList allCodes()
{
    QStringList codes;
    for (const auto &term : VocabularyTerms<E>::terms)
        codes.append(QString::fromLatin1(term.code));
    return codes;
}

} // namespace Vocabulary
