#include "qa/Sampler.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <random>

namespace {

/**
 * Agents 1–3 with 40 conversations each (ids agent × 1000 + i). Every 10th has CSAT 1 (4 per agent),
 * every 8th is a complaint (5), i ≥ 36 ran long (4); agent 3 is a new hire. Agent 2 has only one
 * low-CSAT conversation.
 */
QList<SampleCandidate> population()
{
    QList<SampleCandidate> candidates;
    for (qint64 agent = 1; agent <= 3; ++agent) {
        for (int i = 0; i < 40; ++i) {
            SampleCandidate c;
            c.agentId = agent;
            c.conversationId = agent * 1000 + i;
            if (i % 10 == 0 && (agent != 2 || i == 0))
                c.csat = 1;
            else
                c.csat = 5;
            c.complaint = i % 8 == 3;
            c.handleSeconds = i >= 36 ? 3600 : 300;
            c.newHire = agent == 3;
            candidates.append(c);
        }
    }
    return candidates;
}

SamplingRule weeklyRule()
{
    SamplingRule rule;
    rule.name = QStringLiteral("Weekly");
    rule.perAgent = 5;
    rule.strata = { { SampleStratum::LowCsat, 2 },
                    { SampleStratum::Complaint, 1 },
                    { SampleStratum::LongHandling, 1 } };
    return rule;
}

QList<qint64> ids(const QList<SampledItem> &items)
{
    QList<qint64> out;
    for (const SampledItem &item : items)
        out.append(item.conversationId);
    return out;
}

} // namespace

/** The QA sampler: strata quotas, reproducible seeded draws, explanations, assignment and reassignment. */
class TestSampler : public QObject
{
    Q_OBJECT

private slots:
    void drawsNPerAgentWithQuotas();
    void sameSeedSameDraw();
    void agentsDrawIndependently();
    void explanationsCount();
    void agentWithFewConversations();
    void drawIsUniform();
    void ruleValidationAndJson();
    void assignRoundRobinNeverSelf();
    void assignRespectsCap();
    void reassignmentChecks();
};

void TestSampler::drawsNPerAgentWithQuotas()
{
    const SamplingRule rule = weeklyRule();
    const SampleDrawResult draw = Sampler::draw(rule, population(), 20240101);
    QCOMPARE(draw.items.size(), 15);
    const QList<SampleCandidate> all = population();
    QHash<qint64, SampleCandidate> byId;
    for (const SampleCandidate &c : all)
        byId.insert(c.conversationId, c);
    QHash<qint64, QHash<SampleStratum, int>> perAgent;
    QSet<qint64> seen;
    for (const SampledItem &item : draw.items) {
        QVERIFY2(!seen.contains(item.conversationId), "a conversation was drawn twice");
        seen.insert(item.conversationId);
        const SampleCandidate &c = byId.value(item.conversationId);
        QCOMPARE(c.agentId, item.agentId);
        QVERIFY(rule.matches(c, item.stratum));
        ++perAgent[item.agentId][item.stratum];
    }
    for (qint64 agent : { 1, 3 }) {
        QCOMPARE(perAgent[agent][SampleStratum::LowCsat], 2);
        QCOMPARE(perAgent[agent][SampleStratum::Complaint], 1);
        QCOMPARE(perAgent[agent][SampleStratum::LongHandling], 1);
        QCOMPARE(perAgent[agent][SampleStratum::Random], 1);
    }
    // Agent 2 has one low-CSAT conversation: the random fill makes up the difference.
    QCOMPARE(perAgent[2][SampleStratum::LowCsat], 1);
    QCOMPARE(perAgent[2][SampleStratum::Random], 2);
    // Without strata, a random draw of 5 of 40 holds a low-CSAT conversation far less often than
    // the rule's 2 of 5: over-sampling is visible.
}

void TestSampler::sameSeedSameDraw()
{
    const SamplingRule rule = weeklyRule();
    const SampleDrawResult first = Sampler::draw(rule, population(), 77);
    QList<SampleCandidate> shuffled = population();
    std::mt19937 shuffle(3);
    std::shuffle(shuffled.begin(), shuffled.end(), shuffle);
    shuffled.append(shuffled.first()); // a duplicate row does not change the draw either
    const SampleDrawResult again = Sampler::draw(rule, shuffled, 77);
    QCOMPARE(ids(again.items), ids(first.items));
    const SampleDrawResult other = Sampler::draw(rule, population(), 78);
    QVERIFY(ids(other.items) != ids(first.items));
    QCOMPARE(other.seed, quint64(78));
}

void TestSampler::agentsDrawIndependently()
{
    const SamplingRule rule = weeklyRule();
    const SampleDrawResult all = Sampler::draw(rule, population(), 5);
    QList<SampleCandidate> withoutAgent2;
    for (const SampleCandidate &c : population()) {
        if (c.agentId != 2)
            withoutAgent2.append(c);
    }
    const SampleDrawResult some = Sampler::draw(rule, withoutAgent2, 5);
    QList<SampledItem> expected;
    for (const SampledItem &item : all.items) {
        if (item.agentId != 2)
            expected.append(item);
    }
    QCOMPARE(ids(some.items), ids(expected));
}

void TestSampler::explanationsCount()
{
    const SampleDrawResult draw = Sampler::draw(weeklyRule(), population(), 11);
    QCOMPARE(draw.explanations.size(), 4);
    const StratumExplanation &low = draw.explanations.at(0);
    QCOMPARE(low.stratum, SampleStratum::LowCsat);
    QCOMPARE(low.quotaPerAgent, 2);
    QCOMPARE(low.eligible, 4 + 1 + 4);
    QCOMPARE(low.drawn, 2 + 1 + 2);
    QCOMPARE(low.agentsShort, 1);
    QVERIFY2(low.text.contains(QLatin1String("5 drawn of 9 eligible")), qPrintable(low.text));
    // "%n agent(s)": the English plural comes from the catalogue, which this suite does not load.
    QVERIFY2(low.text.contains(QLatin1String("1 agent")), qPrintable(low.text));
    QVERIFY2(low.text.contains(QLatin1String("had fewer eligible")), qPrintable(low.text));
    const StratumExplanation &random = draw.explanations.last();
    QCOMPARE(random.stratum, SampleStratum::Random);
    QCOMPARE(random.quotaPerAgent, 1);
    QCOMPARE(random.drawn, 1 + 2 + 1);
    int total = 0;
    for (const StratumExplanation &explanation : draw.explanations)
        total += explanation.drawn;
    QCOMPARE(total, int(draw.items.size()));
}

void TestSampler::agentWithFewConversations()
{
    QList<SampleCandidate> few;
    for (int i = 0; i < 3; ++i)
        few.append({ 100 + i, 9, 5, false, 60, false, false });
    const SampleDrawResult draw = Sampler::draw(weeklyRule(), few, 1);
    QCOMPARE(draw.items.size(), 3);
    QList<qint64> got = ids(draw.items);
    std::sort(got.begin(), got.end());
    QCOMPARE(got, (QList<qint64> { 100, 101, 102 }));
}

void TestSampler::drawIsUniform()
{
    // One of ten conversations, 5000 seeds: each should come up about 500 times. With p = 0.1 the
    // standard deviation is 21, so ±90 is more than 4 sigma; the seeds are fixed, so this is exact.
    SamplingRule rule;
    rule.perAgent = 1;
    QList<SampleCandidate> ten;
    for (int i = 0; i < 10; ++i)
        ten.append({ i + 1, 1, std::nullopt, false, 0, false, false });
    QHash<qint64, int> counts;
    for (quint64 seed = 0; seed < 5000; ++seed)
        ++counts[Sampler::draw(rule, ten, seed).items.first().conversationId];
    QCOMPARE(counts.size(), 10);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        QVERIFY2(qAbs(it.value() - 500) < 90,
                 qPrintable(QStringLiteral("%1 drawn %2 times").arg(it.key()).arg(it.value())));
}

void TestSampler::ruleValidationAndJson()
{
    SamplingRule rule = weeklyRule();
    rule.workloadCap = 12;
    QVERIFY(rule.validationError().isEmpty());
    SamplingRule back;
    QString error;
    QVERIFY2(SamplingRule::fromJson(rule.toJson(), &back, &error), qPrintable(error));
    QCOMPARE(back.toJson(), rule.toJson());
    QCOMPARE(back.strata.size(), 3);
    QCOMPARE(back.workloadCap, 12);

    rule.perAgent = 3; // quotas add up to 4
    QVERIFY(rule.validationError().contains(QLatin1String("more than the 3")));
    rule = weeklyRule();
    rule.strata.append({ SampleStratum::LowCsat, 1 });
    QVERIFY(!rule.validationError().isEmpty());
    QVERIFY(!SamplingRule::fromJson(R"({"per_agent": 2, "strata": [{"stratum": "vip", "per_agent": 1}]})",
                                    &back, &error));
    QVERIFY(error.contains(QLatin1String("vip")));
}

void TestSampler::assignRoundRobinNeverSelf()
{
    // Reviewer 11 is agent 1, reviewer 12 is agent 2, reviewer 13 is no agent.
    QList<SampleReviewer> reviewers = { { 11, 1, 0 }, { 12, 2, 0 }, { 13, 0, 0 } };
    QList<SampledItem> items = Sampler::draw(weeklyRule(), population(), 9).items;
    QCOMPARE(Sampler::assign(&items, &reviewers, 0), 0);
    QHash<qint64, int> load;
    for (const SampledItem &item : std::as_const(items)) {
        QVERIFY(item.reviewerId != 0);
        QVERIFY(!(item.reviewerId == 11 && item.agentId == 1));
        QVERIFY(!(item.reviewerId == 12 && item.agentId == 2));
        ++load[item.reviewerId];
    }
    QCOMPARE(load.value(11) + load.value(12) + load.value(13), 15);
    // 15 items, three reviewers: 5 each, although 11 and 12 cannot take a third of them.
    QCOMPARE(load.value(11), 5);
    QCOMPARE(load.value(12), 5);
    QCOMPARE(load.value(13), 5);
    QCOMPARE(reviewers.at(0).load, load.value(11));
    // The first item (agent 1) skips reviewer 11 and goes to 12.
    QCOMPARE(items.first().agentId, 1);
    QCOMPARE(items.first().reviewerId, 12);
}

void TestSampler::assignRespectsCap()
{
    QList<SampleReviewer> reviewers = { { 11, 1, 3 }, { 13, 0, 0 } };
    QList<SampledItem> items = Sampler::draw(weeklyRule(), population(), 9).items;
    // Cap 4: reviewer 11 has room for 1, reviewer 13 for 4; 10 stay unassigned.
    QCOMPARE(Sampler::assign(&items, &reviewers, 4), 10);
    QCOMPARE(reviewers.at(0).load, 4);
    QCOMPARE(reviewers.at(1).load, 4);
    int assigned = 0;
    for (const SampledItem &item : std::as_const(items)) {
        if (item.reviewerId != 0)
            ++assigned;
        QVERIFY(!(item.reviewerId == 11 && item.agentId == 1));
    }
    QCOMPARE(assigned, 5);
}

void TestSampler::reassignmentChecks()
{
    const SampledItem item { 1001, 1, SampleStratum::Random, 13 };
    QVERIFY(Sampler::reassignmentError(item, { 12, 2, 0 }, 5, QString()).contains(QLatin1String("why")));
    QVERIFY(Sampler::reassignmentError(item, { 11, 1, 0 }, 5, QStringLiteral("on leave"))
                .contains(QLatin1String("agent who handled")));
    QVERIFY(Sampler::reassignmentError(item, { 12, 2, 5 }, 5, QStringLiteral("on leave"))
                .contains(QLatin1String("cap")));
    QVERIFY(!Sampler::reassignmentError(item, { 13, 0, 0 }, 5, QStringLiteral("on leave")).isEmpty());
    QVERIFY(Sampler::reassignmentError(item, { 12, 2, 4 }, 5, QStringLiteral("on leave")).isEmpty());
}

QTEST_GUILESS_MAIN(TestSampler)
#include "TestSampler.moc"
