#pragma once

#include "qa/AutoQa.h"
#include "qa/Scorecard.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/** Which scorecard criterion (by its stable key) an auto-QA rule speaks to. */
struct AutoQaCriterionLink
{
    AutoQaRule rule = AutoQaRule::ForbiddenPhrase;
    QString criterionKey;
};

/** A suggested answer for one criterion, made from the conversation's auto-QA flags. */
struct AutoQaSuggestion
{
    qint64 criterionId = 0;
    QString criterionKey;
    int value = 0; // on the criterion's scale
    QStringList rules; // AutoQa::ruleCode of each flag behind it, in flag order (repeats kept)
};

/**
 * How auto-QA flags pre-fill a fresh review (PRODUCT.md "QA scorecards"). The mapping is data, kept
 * next to the rules so a rule and the criterion it feeds change together. defaultLinks() fits the
 * shipped default template (007_qa.sql):
 * - forbidden phrase → "greeting" (礼貌用语, "polite wording throughout");
 * - missing greeting, missing closing → "greeting" too (its guidance asks for both);
 * - customer wait → "response_timeliness" (响应及时性).
 * A template without a linked key gets no suggestion for that rule.
 *
 * The suggested value: fail on a pass/fail criterion; on a scaled one, one step below the top per
 * flag, never below the lowest value (two long waits on 0–2 timeliness suggest 0). Flags only ever
 * suggest a lower answer: the absence of a flag is no evidence the criterion was met, so clean
 * criteria are left to the reviewer. Pure; safe from any thread.
 */
class AutoQaCriteria
{
    Q_DECLARE_TR_FUNCTIONS(AutoQaCriteria)

public:
    static QList<AutoQaCriterionLink> defaultLinks();
    /** The rule with this qa_auto_flags code, or false for an unknown code. */
    static bool ruleFromCode(const QString &code, AutoQaRule *rule);

    /** One suggestion per linked criterion that has flags, in template order. */
    static QList<AutoQaSuggestion> suggest(const ScorecardTemplate &scorecard, const QStringList &flagRules,
                                           const QList<AutoQaCriterionLink> &links = defaultLinks());
};
