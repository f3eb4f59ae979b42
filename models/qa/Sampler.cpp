#include "Sampler.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <random>

namespace {

const QList<SampleStratum> &allStrata()
{
    static const QList<SampleStratum> strata
        = { SampleStratum::Random,       SampleStratum::LowCsat,    SampleStratum::Complaint,
            SampleStratum::LongHandling, SampleStratum::AutoQaFlag, SampleStratum::NewHire };
    return strata;
}

/** A uniform integer in [0, bound): rejection on the raw 64-bit output, the same on every platform. */
quint64 boundedRandom(std::mt19937_64 &generator, quint64 bound)
{
    const quint64 limit = std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % bound;
    quint64 value = generator();
    while (value >= limit)
        value = generator();
    return value % bound;
}

/** splitmix64: spreads (seed, agent) into a well-mixed per-agent seed. */
quint64 mix(quint64 value)
{
    value += 0x9E3779B97F4A7C15ULL;
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}

QString stratumName(SampleStratum stratum)
{
    switch (stratum) {
    case SampleStratum::Random:
        return Sampler::tr("Random");
    case SampleStratum::LowCsat:
        return Sampler::tr("Low CSAT");
    case SampleStratum::Complaint:
        return Sampler::tr("Complaints");
    case SampleStratum::LongHandling:
        return Sampler::tr("Long handling");
    case SampleStratum::AutoQaFlag:
        return Sampler::tr("Auto-QA flags");
    case SampleStratum::NewHire:
        return Sampler::tr("New hires");
    }
    return {};
}

} // namespace

QString SamplingRule::stratumCode(SampleStratum stratum)
{
    switch (stratum) {
    case SampleStratum::Random:
        return QStringLiteral("random");
    case SampleStratum::LowCsat:
        return QStringLiteral("low_csat");
    case SampleStratum::Complaint:
        return QStringLiteral("complaint");
    case SampleStratum::LongHandling:
        return QStringLiteral("long_handling");
    case SampleStratum::AutoQaFlag:
        return QStringLiteral("auto_qa_flag");
    case SampleStratum::NewHire:
        return QStringLiteral("new_hire");
    }
    return {};
}

bool SamplingRule::stratumFromCode(const QString &code, SampleStratum *stratum)
{
    for (SampleStratum candidate : allStrata()) {
        if (stratumCode(candidate) == code) {
            *stratum = candidate;
            return true;
        }
    }
    return false;
}

bool SamplingRule::matches(const SampleCandidate &candidate, SampleStratum stratum) const
{
    switch (stratum) {
    case SampleStratum::Random:
        return true;
    case SampleStratum::LowCsat:
        return candidate.csat && *candidate.csat <= lowCsatAtMost;
    case SampleStratum::Complaint:
        return candidate.complaint;
    case SampleStratum::LongHandling:
        return candidate.handleSeconds >= longHandlingSeconds;
    case SampleStratum::AutoQaFlag:
        return candidate.autoQaFlag;
    case SampleStratum::NewHire:
        return candidate.newHire;
    }
    return false;
}

QString SamplingRule::validationError() const
{
    if (perAgent < 1)
        return tr("A sampling rule draws at least one conversation per agent.");
    int quotas = 0;
    QList<SampleStratum> seen;
    for (const StratumQuota &quota : strata) {
        if (quota.stratum == SampleStratum::Random || seen.contains(quota.stratum))
            return tr("Each over-sampled group can appear once in a sampling rule.");
        if (quota.perAgent < 1)
            return tr("An over-sampled group takes at least one conversation per agent.");
        seen.append(quota.stratum);
        quotas += quota.perAgent;
    }
    if (quotas > perAgent)
        return tr("The over-sampled groups take %1 conversations per agent, more than the %2 the rule draws.")
            .arg(quotas)
            .arg(perAgent);
    if (workloadCap < 0)
        return tr("The workload cap cannot be negative.");
    return {};
}

QByteArray SamplingRule::toJson() const
{
    QJsonArray quotas;
    for (const StratumQuota &quota : strata)
        quotas.append(QJsonObject { { QStringLiteral("stratum"), stratumCode(quota.stratum) },
                                    { QStringLiteral("per_agent"), quota.perAgent } });
    const QJsonObject object { { QStringLiteral("name"), name },
                               { QStringLiteral("per_agent"), perAgent },
                               { QStringLiteral("strata"), quotas },
                               { QStringLiteral("low_csat_at_most"), lowCsatAtMost },
                               { QStringLiteral("long_handling_seconds"), longHandlingSeconds },
                               { QStringLiteral("workload_cap"), workloadCap } };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool SamplingRule::fromJson(const QByteArray &json, SamplingRule *rule, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = tr("The sampling rule is not valid JSON: %1.").arg(parseError.errorString());
        return false;
    }
    const QJsonObject object = document.object();
    SamplingRule parsed;
    parsed.name = object.value(QStringLiteral("name")).toString();
    parsed.perAgent = object.value(QStringLiteral("per_agent")).toInt(parsed.perAgent);
    parsed.lowCsatAtMost = object.value(QStringLiteral("low_csat_at_most")).toInt(parsed.lowCsatAtMost);
    parsed.longHandlingSeconds
        = object.value(QStringLiteral("long_handling_seconds")).toInteger(parsed.longHandlingSeconds);
    parsed.workloadCap = object.value(QStringLiteral("workload_cap")).toInt(parsed.workloadCap);
    const QJsonArray quotas = object.value(QStringLiteral("strata")).toArray();
    for (const QJsonValue &value : quotas) {
        StratumQuota quota;
        const QString code = value.toObject().value(QStringLiteral("stratum")).toString();
        if (!stratumFromCode(code, &quota.stratum)) {
            *error = tr("The sampling rule names an unknown group \"%1\".").arg(code);
            return false;
        }
        quota.perAgent = value.toObject().value(QStringLiteral("per_agent")).toInt();
        parsed.strata.append(quota);
    }
    if (const QString invalid = parsed.validationError(); !invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    *rule = parsed;
    return true;
}

SampleDrawResult Sampler::draw(const SamplingRule &rule, QList<SampleCandidate> candidates, quint64 seed)
{
    SampleDrawResult result;
    result.seed = seed;
    // The stable order that makes the draw independent of how the caller listed the candidates.
    std::sort(candidates.begin(), candidates.end(), [](const SampleCandidate &a, const SampleCandidate &b) {
        return a.agentId != b.agentId ? a.agentId < b.agentId : a.conversationId < b.conversationId;
    });
    candidates.erase(std::unique(candidates.begin(), candidates.end(),
                                 [](const SampleCandidate &a, const SampleCandidate &b) {
                                     return a.agentId == b.agentId && a.conversationId == b.conversationId;
                                 }),
                     candidates.end());

    QList<SampleStratum> order;
    QList<int> quotas;
    for (const StratumQuota &quota : rule.strata) {
        order.append(quota.stratum);
        quotas.append(quota.perAgent);
    }
    int strataTotal = 0;
    for (int quota : std::as_const(quotas))
        strataTotal += quota;
    order.append(SampleStratum::Random);
    quotas.append(std::max(0, rule.perAgent - strataTotal));

    QList<StratumExplanation> explanations;
    for (qsizetype s = 0; s < order.size(); ++s) {
        StratumExplanation explanation;
        explanation.stratum = order.at(s);
        explanation.quotaPerAgent = quotas.at(s);
        explanations.append(explanation);
    }

    qsizetype begin = 0;
    while (begin < candidates.size()) {
        const qint64 agentId = candidates.at(begin).agentId;
        qsizetype end = begin;
        while (end < candidates.size() && candidates.at(end).agentId == agentId)
            ++end;

        std::mt19937_64 generator(mix(seed ^ mix(quint64(agentId))));
        QList<bool> taken(end - begin, false);
        int drawnForAgent = 0;
        for (qsizetype s = 0; s < order.size(); ++s) {
            const SampleStratum stratum = order.at(s);
            QList<qsizetype> eligible;
            for (qsizetype i = begin; i < end; ++i) {
                if (!rule.matches(candidates.at(i), stratum))
                    continue;
                ++explanations[s].eligible;
                if (!taken.at(i - begin))
                    eligible.append(i);
            }
            // Random fills whatever the strata left of N, including quota an agent could not meet.
            const int want = stratum == SampleStratum::Random
                ? rule.perAgent - drawnForAgent
                : std::min(quotas.at(s), rule.perAgent - drawnForAgent);
            if (want <= 0)
                continue;
            if (eligible.size() < want)
                ++explanations[s].agentsShort;
            // A partial Fisher–Yates shuffle: the first `take` positions are a uniform random choice.
            const qsizetype take = std::min<qsizetype>(want, eligible.size());
            for (qsizetype k = 0; k < take; ++k) {
                const qsizetype pick = k + qsizetype(boundedRandom(generator, quint64(eligible.size() - k)));
                std::swap(eligible[k], eligible[pick]);
                const SampleCandidate &chosen = candidates.at(eligible.at(k));
                taken[eligible.at(k) - begin] = true;
                result.items.append({ chosen.conversationId, chosen.agentId, stratum, 0 });
            }
            drawnForAgent += int(take);
            explanations[s].drawn += int(take);
        }
        begin = end;
    }

    for (StratumExplanation &explanation : explanations) {
        if (explanation.stratum == SampleStratum::Random) {
            explanation.text
                = tr("%1: %2 drawn at random among the %3 conversations to make up %4 per agent.")
                      .arg(stratumName(explanation.stratum))
                      .arg(explanation.drawn)
                      .arg(explanation.eligible)
                      .arg(rule.perAgent);
        } else {
            explanation.text = tr("%1: %2 drawn of %3 eligible (over-sampled, up to %4 per agent).")
                                   .arg(stratumName(explanation.stratum))
                                   .arg(explanation.drawn)
                                   .arg(explanation.eligible)
                                   .arg(explanation.quotaPerAgent);
        }
        if (explanation.agentsShort > 0)
            explanation.text += QLatin1Char(' ')
                + tr("%n agent(s) had fewer eligible conversations than that.", nullptr,
                     explanation.agentsShort);
    }
    result.explanations = explanations;
    return result;
}

int Sampler::assign(QList<SampledItem> *items, QList<SampleReviewer> *reviewers, int workloadCap)
{
    // The turn order: whoever took an item goes to the back. Among the reviewers allowed to take an
    // item, the one with the fewest reviews wins and the turn order breaks ties, so with equal loads
    // and nobody excluded this is plain round robin, and a reviewer skipped because the item is their
    // own keeps their turn for the next one instead of falling behind.
    QList<qsizetype> turn;
    for (qsizetype i = 0; i < reviewers->size(); ++i)
        turn.append(i);
    int unassigned = 0;
    for (SampledItem &item : *items) {
        if (item.reviewerId != 0)
            continue;
        qsizetype chosen = -1;
        for (qsizetype position = 0; position < turn.size(); ++position) {
            const SampleReviewer &reviewer = reviewers->at(turn.at(position));
            if (reviewer.agentId != 0 && reviewer.agentId == item.agentId)
                continue;
            if (workloadCap > 0 && reviewer.load >= workloadCap)
                continue;
            if (chosen < 0 || reviewer.load < reviewers->at(turn.at(chosen)).load)
                chosen = position;
        }
        if (chosen < 0) {
            ++unassigned;
            continue;
        }
        SampleReviewer &reviewer = (*reviewers)[turn.at(chosen)];
        item.reviewerId = reviewer.userId;
        ++reviewer.load;
        turn.append(turn.takeAt(chosen));
    }
    return unassigned;
}

QString Sampler::reassignmentError(const SampledItem &item, const SampleReviewer &to, int workloadCap,
                                   const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return tr("Say why the conversation is reassigned.");
    if (to.agentId != 0 && to.agentId == item.agentId)
        return tr("A conversation cannot be reviewed by the agent who handled it.");
    if (to.userId == item.reviewerId)
        return tr("The conversation is already assigned to this reviewer.");
    if (workloadCap > 0 && to.load >= workloadCap)
        return tr("This reviewer already has %1 reviews, the workload cap.").arg(workloadCap);
    return {};
}
