#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

/** Why a conversation was drawn: one of the over-sampled strata, or the plain random fill. */
enum class SampleStratum { Random, LowCsat, Complaint, LongHandling, AutoQaFlag, NewHire };

/** A conversation that may be drawn, with what the strata look at (read from the store by the caller). */
struct SampleCandidate
{
    qint64 conversationId = 0;
    qint64 agentId = 0;
    std::optional<int> csat; // 1–5, when the customer answered
    bool complaint = false; // the ticket's type is complaint
    qint64 handleSeconds = 0;
    bool autoQaFlag = false; // an auto-QA rule flagged the conversation
    bool newHire = false; // the agent is within the rule's new-hire window
};

/** How many conversations per agent a stratum takes before the random fill. */
struct StratumQuota
{
    SampleStratum stratum = SampleStratum::LowCsat;
    int perAgent = 1;
};

/**
 * A sampling rule (抽检规则): N conversations per agent per period, of which the strata take their
 * quotas first, in the order listed (the over-sampling); the rest is a uniform random draw from what
 * is left. A conversation is counted under the first stratum that drew it.
 */
struct SamplingRule
{
    Q_DECLARE_TR_FUNCTIONS(SamplingRule)

public:
    QString name;
    int perAgent = 5;
    QList<StratumQuota> strata;
    int lowCsatAtMost = 2; // CSAT at or below this is "low"
    qint64 longHandlingSeconds = 1800; // handle time at or above this is "long"
    int workloadCap = 0; // reviews per reviewer per draw; 0 = no cap

    QString validationError() const;
    QByteArray toJson() const;
    static bool fromJson(const QByteArray &json, SamplingRule *rule, QString *error);

    static QString stratumCode(SampleStratum stratum); // "random", "low_csat", …, as in qa_sample_items
    static bool stratumFromCode(const QString &code, SampleStratum *stratum);
    /** Whether a candidate belongs to a stratum under this rule (every candidate is in Random). */
    bool matches(const SampleCandidate &candidate, SampleStratum stratum) const;
};

struct SampledItem
{
    qint64 conversationId = 0;
    qint64 agentId = 0;
    SampleStratum stratum = SampleStratum::Random;
    qint64 reviewerId = 0; // 0 = not assigned
};

/** How many a stratum drew and why: its quota, how many conversations were eligible, who fell short. */
struct StratumExplanation
{
    SampleStratum stratum = SampleStratum::Random;
    int quotaPerAgent = 0; // for Random: what was left of N after the strata
    int eligible = 0; // candidates in the stratum, over all agents (before earlier strata took any)
    int drawn = 0;
    int agentsShort = 0; // agents with fewer eligible conversations left than the quota
    QString text; // a translated sentence for the draw's explanation panel
};

struct SampleDrawResult
{
    quint64 seed = 0;
    QList<SampledItem> items; // by agent, then in the order drawn
    QList<StratumExplanation> explanations; // the rule's strata in order, then Random
};

/** A reviewer who can take sampled conversations. agentId is the reviewer's own agent (users.agent_id), 0 if
 * none. */
struct SampleReviewer
{
    qint64 userId = 0;
    qint64 agentId = 0;
    int load = 0; // reviews already assigned (counts against the cap)
};

/**
 * Draws a QA sample (抽检) and assigns it, pure. The draw is reproducible: the same rule, the same
 * candidates (in any order) and the same seed give the same items, because candidates are ordered
 * by agent and conversation id and each agent gets its own std::mt19937_64 seeded from the draw seed
 * and the agent id (so one agent's draw does not shift when another agent's conversations change).
 * Bounded integers come from the generator's raw output by rejection, not std::uniform_int_distribution,
 * whose algorithm differs between standard libraries.
 *
 * A reviewer is a user; a user who is also an agent carries that agent's id (users.agent_id), and a
 * conversation is never assigned to a reviewer whose agent id is the conversation's agent.
 * Thread-safe: no state.
 */
class Sampler
{
    Q_DECLARE_TR_FUNCTIONS(Sampler)

public:
    static SampleDrawResult draw(const SamplingRule &rule, QList<SampleCandidate> candidates, quint64 seed);

    /**
     * Round-robin assignment: items in order, each to a reviewer who is not the item's agent and is
     * under the cap (0 = none): the least loaded, ties going to whoever's turn it is. Reviewers'
     * loads are updated. Returns how many items stayed unassigned because every eligible reviewer
     * was full.
     */
    static int assign(QList<SampledItem> *items, QList<SampleReviewer> *reviewers, int workloadCap);

    /** Checks a manual reassignment; empty when allowed, else why not. */
    static QString reassignmentError(const SampledItem &item, const SampleReviewer &to, int workloadCap,
                                     const QString &reason);
};
