#include "KpiFixture.h"
#include "scoring/KpiScorer.h"
#include "scoring/PeriodCloser.h"
#include "scoring/RankingService.h"
#include "scoring/store/AuditLogRepository.h"
#include "scoring/store/WeightProfileRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/**
 * Period close (月结) on a real store: the snapshot is what a closed month reads, later corrections do
 * not change it, compare shows them, reopening needs a reason and is audited; movement and volume.
 */
class TestRankingPeriodClose : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rankingFromStore();
    void closeFreezesSnapshot();
    void reopenIsExplicitAndAudited();
    void quarterRanking();
    void whatIfThenSave();
    void platformVariantsScorePerPlatform();

private:
    /** count tickets for agent in the given month, `late` of them answered after the due time. */
    void addTickets(qint64 agent, int month, int count, int late,
                    const QString &platform = QStringLiteral("taobao"));
    RankingRequest request(int month) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<KpiFixture> m_fixture;
    QSqlDatabase m_db;
    int m_day = 0;
};

void TestRankingPeriodClose::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_fixture = std::make_unique<KpiFixture>(m_dir->filePath(QStringLiteral("close.sqlite")));
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
    m_db = m_fixture->store().connection();
    // August: agent 2 ahead of agent 1. September: agent 1 ahead; agent 3 under the minimum volume.
    addTickets(1, 8, 25, 5);
    addTickets(2, 8, 25, 0);
    addTickets(1, 9, 25, 0);
    addTickets(2, 9, 25, 5);
    addTickets(3, 9, 5, 0);
}

void TestRankingPeriodClose::cleanup()
{
    m_db = {};
    m_fixture.reset();
    m_dir.reset();
}

void TestRankingPeriodClose::addTickets(qint64 agent, int month, int count, int late, const QString &platform)
{
    for (int i = 0; i < count; ++i) {
        KpiFixtureTicket t;
        t.agent = agent;
        t.team = agent == 3 ? 2 : 1;
        t.platform = platform;
        t.created = m_fixture->at(2026, month, 1 + (m_day++ % 28), 10);
        t.firstResponseDue = t.created.addSecs(1800);
        t.firstResponse = t.created.addSecs(i < late ? 3600 : 300);
        t.status = QStringLiteral("resolved");
        t.resolved = t.created.addSecs(7200);
        t.handleSeconds = 600;
        QVERIFY2(m_fixture->add(t), qPrintable(m_fixture->error()));
    }
}

RankingRequest TestRankingPeriodClose::request(int month) const
{
    RankingRequest request;
    request.period = KpiPeriod::month(2026, month);
    request.profileName = QStringLiteral("Default");
    return request;
}

void TestRankingPeriodClose::rankingFromStore()
{
    Ranking ranking;
    QString error;
    QVERIFY2(RankingService(m_db).compute(request(9), &ranking, &error), qPrintable(error));
    QVERIFY(!ranking.fromSnapshot);
    QCOMPARE(ranking.profileVersions, QStringList { QStringLiteral("Default v1") });
    QCOMPARE(ranking.agents.size(), 4); // agent 4 was still employed in September
    const RankedAgent *first = ranking.agent(1);
    const RankedAgent *second = ranking.agent(2);
    QCOMPARE(first->centerRank, 1);
    QCOMPARE(second->centerRank, 2);
    QCOMPARE(first->movement(false), RankMovement::Up);
    QCOMPARE(second->movement(false), RankMovement::Down);
    QCOMPARE(first->teamRank, 1);
    QCOMPARE(ranking.agent(3)->notRanked, NotRankedReason::LowVolume);
    QCOMPARE(ranking.agent(4)->notRanked, NotRankedReason::LowVolume);
    // No CSAT answers: csat is insufficient and the composite renormalises over the rest.
    QVERIFY(first->renormalised);
    QVERIFY(!first->kpi(QStringLiteral("csat"))->score);
    QCOMPARE(*first->kpi(QStringLiteral("sla_response"))->value, 1.0);
    QCOMPARE(first->kpi(QStringLiteral("sla_response"))->n, 25);
}

void TestRankingPeriodClose::closeFreezesSnapshot()
{
    PeriodCloser closer(m_db);
    Ranking frozen;
    QString error;
    QVERIFY2(
        closer.close(KpiPeriod::month(2026, 9), QString(), QStringLiteral("lead"), 1000, &frozen, &error),
        qPrintable(error));
    QVERIFY(frozen.fromSnapshot);
    WeightProfile profile;
    QVERIFY(WeightProfileRepository(m_db).load(1, &profile, &error));
    QVERIFY(profile.locked); // pay was computed from it

    // A late correction: agent 1 gets five more tickets, all late.
    addTickets(1, 9, 5, 5);
    Ranking read;
    QVERIFY2(RankingService(m_db).compute(request(9), &read, &error), qPrintable(error));
    QVERIFY(read.fromSnapshot);
    QCOMPARE(read.agents.size(), frozen.agents.size());
    QCOMPARE(read.agent(1)->handled, 25);
    QCOMPARE(*read.agent(1)->composite, *frozen.agent(1)->composite);
    QCOMPARE(read.agent(1)->centerRank, 1);
    QCOMPARE(read.agent(1)->kpis.size(), frozen.agent(1)->kpis.size());
    QCOMPARE(read.agent(1)->kpis.first().kpi, QStringLiteral("sla_response"));
    QCOMPARE(read.agent(2)->kpis.first().low, frozen.agent(2)->kpis.first().low); // the interval is kept
    QVERIFY(read.agent(2)->kpis.first().low);
    QCOMPARE(read.profileVersions, QStringList { QStringLiteral("Default v1") });

    QList<SnapshotDifference> differences;
    QVERIFY2(closer.compare(KpiPeriod::month(2026, 9), &differences, &error), qPrintable(error));
    QStringList fields;
    for (const SnapshotDifference &difference : differences) {
        QCOMPARE(difference.agentId, 1);
        fields.append(difference.field);
    }
    QVERIFY2(fields.contains(QStringLiteral("handled")), qPrintable(fields.join(u',')));
    QVERIFY(fields.contains(QStringLiteral("sla_response")));
    QVERIFY(fields.contains(QStringLiteral("composite")));
    for (const SnapshotDifference &difference : differences) {
        if (difference.field == QLatin1StringView("sla_response")) {
            QCOMPARE(*difference.snapshot, 1.0);
            QCOMPARE(*difference.current, 25.0 / 30.0);
        }
    }

    QVERIFY(
        !closer.close(KpiPeriod::month(2026, 9), QString(), QStringLiteral("lead"), 1001, nullptr, &error));
    QVERIFY(error.contains(QStringLiteral("already closed")));
    QSqlQuery query(m_db);
    QVERIFY(!query.exec(QStringLiteral("UPDATE period_snapshot_agents SET composite = 100")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM period_snapshot_kpis")));

    // October's movement reads September's snapshot, not a recomputation.
    addTickets(1, 10, 25, 0);
    Ranking october;
    QVERIFY2(RankingService(m_db).compute(request(10), &october, &error), qPrintable(error));
    QCOMPARE(october.agent(1)->centerPrevious, 1);
    QCOMPARE(october.agent(1)->movement(false), RankMovement::Same);
}

void TestRankingPeriodClose::reopenIsExplicitAndAudited()
{
    PeriodCloser closer(m_db);
    const KpiPeriod september = KpiPeriod::month(2026, 9);
    QString error;
    QVERIFY(!closer.reopen(september, QStringLiteral("lead"), QStringLiteral("x"), 999, &error));
    QVERIFY(error.contains(QStringLiteral("not closed")));
    QVERIFY2(closer.close(september, QString(), QStringLiteral("lead"), 1000, nullptr, &error),
             qPrintable(error));
    QVERIFY(!closer.reopen(september, QStringLiteral("lead"), QStringLiteral("  "), 1100, &error));
    QVERIFY(error.contains(QStringLiteral("reason")));
    bool closed = false;
    QVERIFY(closer.isClosed(september, &closed, &error));
    QVERIFY(closed);
    QVERIFY2(closer.reopen(september, QStringLiteral("manager"),
                           QStringLiteral("JD complaints re-attributed"), 1200, &error),
             qPrintable(error));
    QVERIFY(closer.isClosed(september, &closed, &error));
    QVERIFY(!closed);
    Ranking open;
    QVERIFY(RankingService(m_db).compute(request(9), &open, &error));
    QVERIFY(!open.fromSnapshot);

    QList<AuditEntry> audit;
    QVERIFY(
        AuditLogRepository(m_db).forEntity(QStringLiteral("period"), september.toString(), &audit, &error));
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit[0].action, QStringLiteral("close_period"));
    QCOMPARE(audit[0].actor, QStringLiteral("lead"));
    QCOMPARE(audit[1].action, QStringLiteral("reopen_period"));
    QCOMPARE(audit[1].actor, QStringLiteral("manager"));
    QCOMPARE(audit[1].at, 1200);
    QCOMPARE(audit[1].reason, QStringLiteral("JD complaints re-attributed"));

    // Closing again keeps the first snapshot as history.
    QVERIFY2(closer.close(september, QString(), QStringLiteral("lead"), 1300, nullptr, &error),
             qPrintable(error));
    QList<PeriodCloseRecord> history;
    QVERIFY(PeriodSnapshotRepository(m_db).history(september, &history, &error));
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[0].reopenReason, QStringLiteral("JD complaints re-attributed"));
    QCOMPARE(history[1].reopenedAt, 0);
}

void TestRankingPeriodClose::quarterRanking()
{
    RankingRequest quarter = request(9);
    quarter.period = KpiPeriod::quarter(2026, 3);
    const KpiPeriod previous = RankingService::previousPeriod(quarter.period);
    QCOMPARE(previous.first, QDate(2026, 4, 1));
    QCOMPARE(previous.last, QDate(2026, 6, 30));
    Ranking ranking;
    QString error;
    QVERIFY2(RankingService(m_db).compute(quarter, &ranking, &error), qPrintable(error));
    QCOMPARE(ranking.agent(1)->handled, 50);
    QCOMPARE(ranking.agent(1)->movement(false), RankMovement::New); // nothing in Q2
}

void TestRankingPeriodClose::whatIfThenSave()
{
    RankingService service(m_db);
    RankingInputs inputs;
    ProfileSet profiles;
    QString error;
    QVERIFY2(service.prepare(request(9), &inputs, &profiles, &error), qPrintable(error));
    const Ranking before = RankingCalculator::rank(inputs, profiles);
    // The lead moves all of the SLA weight to handle time, where both agents are equal: a tie.
    WeightProfile &profile = profiles.profiles.first();
    for (KpiWeight &weight : profile.kpis)
        weight.weight = weight.kpi == QLatin1StringView("aht") ? 100 : 0;
    profile.kpis.removeIf([](const KpiWeight &weight) { return weight.weight == 0; });
    const Ranking whatIf = RankingCalculator::rank(inputs, profiles);
    QCOMPARE(before.agent(2)->centerRank, 2);
    QCOMPARE(whatIf.agent(1)->centerRank, 1);
    QCOMPARE(whatIf.agent(2)->centerRank, 1);

    // Saved, it is the next version, and the store's ranking now agrees with the what-if.
    QVERIFY2(service.saveProfileVersion(&profile, QStringLiteral("lead"), 2000, &error), qPrintable(error));
    QCOMPARE(profile.version, 2);
    Ranking saved;
    QVERIFY2(service.compute(request(9), &saved, &error), qPrintable(error));
    QCOMPARE(saved.profileVersions, QStringList { QStringLiteral("Default v2") });
    QCOMPARE(*saved.agent(2)->composite, *whatIf.agent(2)->composite);

    // A closed month reads its snapshot; naming another profile computes a what-if instead.
    QVERIFY2(PeriodCloser(m_db).close(KpiPeriod::month(2026, 9), QString(), QStringLiteral("lead"), 2100,
                                      nullptr, &error),
             qPrintable(error));
    WeightProfile other = profile;
    other.name = QStringLiteral("Other");
    QVERIFY2(service.saveProfileVersion(&other, QStringLiteral("lead"), 2200, &error), qPrintable(error));
    RankingRequest otherRequest = request(9);
    otherRequest.profileName = QStringLiteral("Other");
    Ranking computed;
    QVERIFY2(service.compute(otherRequest, &computed, &error), qPrintable(error));
    QVERIFY(!computed.fromSnapshot);
    QVERIFY2(service.compute(request(9), &computed, &error), qPrintable(error));
    QVERIFY(computed.fromSnapshot);
}

void TestRankingPeriodClose::platformVariantsScorePerPlatform()
{
    // Agent 1 also served JD in September: 20 tickets, 5 late. JD's variant expects a 100% response SLA.
    addTickets(1, 9, 20, 5, QStringLiteral("jd"));
    WeightProfileRepository profiles(m_db);
    ProfileSet set;
    QString error;
    QVERIFY(profiles.latestSet(QStringLiteral("Default"), &set, &error));
    WeightProfile jd = set.profiles.first();
    jd.platform = QStringLiteral("jd");
    jd.kpis[0].target = 1.0;
    QVERIFY2(profiles.saveAsNewVersion(&jd, &error), qPrintable(error));

    RankingInputs inputs;
    QVERIFY2(RankingService(m_db).prepare(request(9), &inputs, &set, &error), qPrintable(error));
    QCOMPARE(inputs.byPlatform.size(), 5);
    const Ranking ranking = RankingCalculator::rank(inputs, set);
    QVERIFY(ranking.perPlatform);
    QCOMPARE(ranking.profileVersions,
             (QStringList { QStringLiteral("Default v1"), QStringLiteral("Default/jd v1") }));
    const RankedAgent *agent = ranking.agent(1);
    QCOMPARE(agent->handled, 45);

    auto part = [&](const QString &platform) {
        for (const KpiResult &result : inputs.byPlatform.value(platform).results) {
            if (result.id == 1)
                return KpiScorer::scoreResult(*set.forPlatform(platform), result, {});
        }
        return ScoredResult();
    };
    const ScoredResult taobao = part(QStringLiteral("taobao"));
    const ScoredResult jdPart = part(QStringLiteral("jd"));
    QVERIFY(taobao.composite && jdPart.composite);
    QVERIFY(*jdPart.composite < *taobao.composite);
    QVERIFY(qAbs(*agent->composite - (25 * *taobao.composite + 20 * *jdPart.composite) / 45) < 1e-9);
    // The value shown is the agent's overall figure: 40 of 45 on time.
    QCOMPARE(*agent->kpi(QStringLiteral("sla_response"))->value, 40.0 / 45.0);
}

QTEST_GUILESS_MAIN(TestRankingPeriodClose)
#include "TestRankingPeriodClose.moc"
