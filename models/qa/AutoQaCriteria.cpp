#include "AutoQaCriteria.h"

#include <algorithm>

QList<AutoQaCriterionLink> AutoQaCriteria::defaultLinks()
{
    return {
        { AutoQaRule::ForbiddenPhrase, QStringLiteral("greeting") },
        { AutoQaRule::MissingGreeting, QStringLiteral("greeting") },
        { AutoQaRule::MissingClosing, QStringLiteral("greeting") },
        { AutoQaRule::CustomerWait, QStringLiteral("response_timeliness") },
    };
}

bool AutoQaCriteria::ruleFromCode(const QString &code, AutoQaRule *rule)
{
    for (AutoQaRule candidate : { AutoQaRule::ForbiddenPhrase, AutoQaRule::CustomerWait,
                                  AutoQaRule::MissingGreeting, AutoQaRule::MissingClosing }) {
        if (AutoQa::ruleCode(candidate) == code) {
            *rule = candidate;
            return true;
        }
    }
    return false;
}

QList<AutoQaSuggestion> AutoQaCriteria::suggest(const ScorecardTemplate &scorecard,
                                                const QStringList &flagRules,
                                                const QList<AutoQaCriterionLink> &links)
{
    QList<AutoQaSuggestion> suggestions;
    for (const ScorecardSection &section : scorecard.sections) {
        for (const ScorecardCriterion &criterion : section.criteria) {
            AutoQaSuggestion suggestion { criterion.id, criterion.key, 0, {} };
            for (const QString &code : flagRules) {
                AutoQaRule rule;
                if (!ruleFromCode(code, &rule))
                    continue;
                const bool linked
                    = std::any_of(links.cbegin(), links.cend(), [&](const AutoQaCriterionLink &link) {
                          return link.rule == rule && link.criterionKey == criterion.key;
                      });
                if (linked)
                    suggestion.rules.append(code);
            }
            if (suggestion.rules.isEmpty())
                continue;
            const int flags = int(suggestion.rules.size());
            suggestion.value = criterion.scale == ScaleKind::PassFailNa
                ? 0
                : std::max(criterion.minValue(), criterion.maxValue() - flags);
            suggestions.append(suggestion);
        }
    }
    return suggestions;
}
