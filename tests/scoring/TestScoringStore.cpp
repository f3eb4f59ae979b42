#include "KpiFixture.h"
#include "scoring/RankingService.h"
#include "scoring/TargetEditor.h"
#include "scoring/store/AuditLogRepository.h"
#include "scoring/store/RankingContextReader.h"
#include "scoring/store/TargetRepository.h"
#include "scoring/store/WeightProfileRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/** The scoring tables through the application's migration path: profiles, versions, targets, audit. */
class TestScoringStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void defaultProfileIsSeeded();
    void saveCreatesNewVersion();
    void lockedVersionIsImmutable();
    void platformVariantsFormASet();
    void invalidProfileIsRefused();
    void targetsWithEffectiveDates();
    void targetChangesAreAudited();
    void auditLogIsAppendOnly();
    void rankingSettings();

private:
    bool exec(const QString &sql, QString *error = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<KpiFixture> m_fixture;
    QSqlDatabase m_db;
};

void TestScoringStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_fixture = std::make_unique<KpiFixture>(m_dir->filePath(QStringLiteral("scoring.sqlite")));
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
    m_db = m_fixture->store().connection();
}

void TestScoringStore::cleanup()
{
    m_db = {};
    m_fixture.reset();
    m_dir.reset();
}

bool TestScoringStore::exec(const QString &sql, QString *error)
{
    QSqlQuery query(m_db);
    const bool ok = query.exec(sql);
    if (!ok && error)
        *error = query.lastError().text();
    return ok;
}

void TestScoringStore::defaultProfileIsSeeded()
{
    WeightProfileRepository repository(m_db);
    ProfileSet set;
    QString error;
    QVERIFY2(repository.latestSet(QStringLiteral("Default"), &set, &error), qPrintable(error));
    QCOMPARE(set.profiles.size(), 1);
    const WeightProfile &profile = set.profiles.first();
    QCOMPARE(profile.version, 1);
    QVERIFY2(profile.validationError().isEmpty(), qPrintable(profile.validationError()));
    QCOMPARE(profile.kpis.size(), 7);
    QCOMPARE(profile.kpis.first().kpi, QStringLiteral("sla_response"));
    const KpiWeight *csat = profile.find(QStringLiteral("csat"));
    QVERIFY(csat);
    QCOMPARE(csat->method, ScoringMethod::Bands);
    QCOMPARE(csat->bands.size(), 4);
    QCOMPARE(csat->bands.first().points, 100.0);
    QVERIFY(!repository.latestSet(QStringLiteral("Nope"), &set, &error));
    QVERIFY(error.contains(QStringLiteral("Default")));
}

void TestScoringStore::saveCreatesNewVersion()
{
    WeightProfileRepository repository(m_db);
    ProfileSet set;
    QString error;
    QVERIFY(repository.latestSet(QStringLiteral("Default"), &set, &error));
    WeightProfile edited = set.profiles.first();
    edited.kpis[0].weight += 5;
    edited.kpis[1].weight -= 5;
    RankingService service(m_db);
    QVERIFY2(service.saveProfileVersion(&edited, QStringLiteral("lead"), 1000, &error), qPrintable(error));
    QCOMPARE(edited.version, 2);
    QVERIFY(edited.id != set.profiles.first().id);
    QVERIFY(repository.latestSet(QStringLiteral("Default"), &set, &error));
    QCOMPARE(set.profiles.first().version, 2);
    QCOMPARE(set.profiles.first().kpis[0].weight, 25.0);
    WeightProfile original;
    QVERIFY(repository.load(1, &original, &error));
    QCOMPARE(original.kpis[0].weight, 20.0); // the old version is untouched
    QList<AuditEntry> audit;
    QVERIFY(AuditLogRepository(m_db).forEntity(QStringLiteral("scoring_profile"), QStringLiteral("Default"),
                                               &audit, &error));
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().actor, QStringLiteral("lead"));
    QVERIFY(audit.first().afterJson.contains(QStringLiteral("\"version\":2")));
}

void TestScoringStore::lockedVersionIsImmutable()
{
    WeightProfileRepository repository(m_db);
    QString error;
    QVERIFY(exec(
        QStringLiteral("UPDATE scoring_profile_kpis SET weight = 20 WHERE profile_id = 1 AND kpi = 'aht'"),
        &error)); // not used yet: an unused version may still be corrected in place
    QVERIFY2(repository.lock({ 1 }, 500, &error), qPrintable(error));
    WeightProfile locked;
    QVERIFY(repository.load(1, &locked, &error));
    QVERIFY(locked.locked);
    QVERIFY(!exec(
        QStringLiteral("UPDATE scoring_profile_kpis SET weight = 5 WHERE profile_id = 1 AND kpi = 'aht'"),
        &error));
    QVERIFY2(error.contains(QStringLiteral("closed period")), qPrintable(error));
    QVERIFY(!exec(QStringLiteral("DELETE FROM scoring_profile_kpis WHERE profile_id = 1")));
    QVERIFY(!exec(QStringLiteral("DELETE FROM scoring_profiles WHERE id = 1")));
    QVERIFY(!exec(
        QStringLiteral("INSERT INTO scoring_profile_kpis (profile_id, kpi, weight) VALUES (1, 'fcr', 1)")));
    QVERIFY(!exec(QStringLiteral("UPDATE scoring_profiles SET used_at = NULL WHERE id = 1")));
    // Editing a locked version saves a new one.
    locked.kpis.last().weight = 5;
    locked.kpis.first().weight = 35;
    QVERIFY(!locked.validationError().isEmpty()); // 35 + 15 + 15 + 15 + 20 + 10 + 5 = 115
    locked.kpis.first().weight = 20;
    QVERIFY2(repository.saveAsNewVersion(&locked, &error), qPrintable(error));
    QCOMPARE(locked.version, 2);
    QVERIFY(!locked.locked);
}

void TestScoringStore::platformVariantsFormASet()
{
    WeightProfileRepository repository(m_db);
    QString error;
    ProfileSet set;
    QVERIFY(repository.latestSet(QStringLiteral("Default"), &set, &error));
    WeightProfile jd = set.profiles.first();
    jd.platform = QStringLiteral("jd");
    QVERIFY2(repository.saveAsNewVersion(&jd, &error), qPrintable(error));
    QCOMPARE(jd.version, 1); // versions count per name and platform
    QVERIFY2(repository.saveAsNewVersion(&jd, &error), qPrintable(error));
    QCOMPARE(jd.version, 2);
    QVERIFY(repository.latestSet(QStringLiteral("Default"), &set, &error));
    QCOMPARE(set.profiles.size(), 2);
    QVERIFY(set.hasPlatformVariants());
    QCOMPARE(set.forPlatform(QStringLiteral("jd"))->version, 2);
    QCOMPARE(set.forPlatform(QStringLiteral("taobao"))->platform, QString());
}

void TestScoringStore::invalidProfileIsRefused()
{
    WeightProfile profile;
    profile.name = QStringLiteral("Broken");
    KpiWeight weight;
    weight.kpi = QStringLiteral("sla_response");
    weight.weight = 90;
    weight.target = 0.9;
    profile.kpis = { weight };
    QString error;
    QVERIFY(!WeightProfileRepository(m_db).saveAsNewVersion(&profile, &error));
    QVERIFY2(error.contains(QStringLiteral("90")), qPrintable(error));
    profile.kpis[0].weight = 100;
    profile.kpis[0].kpi = QStringLiteral("charm");
    QVERIFY(!WeightProfileRepository(m_db).saveAsNewVersion(&profile, &error));
    QVERIFY(error.contains(QStringLiteral("charm")));
}

void TestScoringStore::targetsWithEffectiveDates()
{
    TargetRepository repository(m_db);
    QString error;
    Target standard { 0, QStringLiteral("sla_response"), 1, 0, 0.85, QDate(2026, 1, 1), QDate(), {}, 0 };
    QVERIFY2(repository.add(&standard, &error), qPrintable(error));
    Target replacement { 0, QStringLiteral("sla_response"), 1, 0, 0.9, QDate(2026, 11, 1), QDate(), {}, 0 };
    QVERIFY(repository.add(&replacement, &error));
    QVERIFY(repository.end(standard.id, QDate(2026, 10, 31), &error));
    Target own {
        0, QStringLiteral("sla_response"), 0, 2, 0.7, QDate(2026, 11, 10), QDate(2026, 11, 30), {}, 0
    };
    QVERIFY(repository.add(&own, &error));

    QList<Target> active;
    QVERIFY(repository.activeOn(QDate(2026, 11, 30), &active, &error));
    QCOMPARE(active.size(), 2);
    active.clear();
    QVERIFY(repository.activeOn(QDate(2026, 10, 15), &active, &error));
    QCOMPARE(active.size(), 1);
    QCOMPARE(active.first().value, 0.85);

    Target both { 0, QStringLiteral("sla_response"), 1, 2, 0.7, QDate(2026, 11, 10), QDate(), {}, 0 };
    QVERIFY(!repository.add(&both, &error));
    Target backwards { 0, QStringLiteral("fcr"), 1, 0, 0.7, QDate(2026, 11, 10), QDate(2026, 11, 1), {}, 0 };
    QVERIFY(!repository.add(&backwards, &error));
}

void TestScoringStore::targetChangesAreAudited()
{
    TargetEditor editor(m_db);
    QString error;
    Target standard { 0, QStringLiteral("fcr"), 1, 0, 0.7, QDate(2026, 1, 1), QDate(), {}, 0 };
    QVERIFY2(editor.set(&standard, 0, QStringLiteral("lead"), 100, &error), qPrintable(error));
    Target raised { 0, QStringLiteral("fcr"), 1, 0, 0.8, QDate(2026, 11, 1), QDate(), {}, 0 };
    QVERIFY2(editor.set(&raised, standard.id, QStringLiteral("lead"), 200, &error), qPrintable(error));
    QList<Target> active;
    QVERIFY(TargetRepository(m_db).activeOn(QDate(2026, 10, 31), &active, &error));
    QCOMPARE(active.size(), 1);
    QCOMPARE(active.first().value, 0.7);
    QCOMPARE(active.first().effectiveTo, QDate(2026, 10, 31));
    QList<AuditEntry> audit;
    QVERIFY(AuditLogRepository(m_db).forEntity(QStringLiteral("scoring_target"), QString::number(raised.id),
                                               &audit, &error));
    QCOMPARE(audit.size(), 1);
    QVERIFY2(audit.first().beforeJson.contains(QStringLiteral("0.7")), qPrintable(audit.first().beforeJson));
    QVERIFY(audit.first().afterJson.contains(QStringLiteral("0.8")));
    QVERIFY(!editor.set(&raised, 9999, QStringLiteral("lead"), 300, &error));
}

void TestScoringStore::auditLogIsAppendOnly()
{
    AuditEntry entry;
    entry.at = 1;
    entry.actor = QStringLiteral("lead");
    entry.action = QStringLiteral("add_target");
    entry.entity = QStringLiteral("scoring_target");
    QString error;
    QVERIFY2(AuditLogRepository(m_db).append(&entry, &error), qPrintable(error));
    QVERIFY(entry.id > 0);
    QVERIFY(!exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else'")));
    QVERIFY(!exec(QStringLiteral("DELETE FROM audit_log")));
}

void TestScoringStore::rankingSettings()
{
    RankingContextReader reader(m_db);
    RankingOptions options;
    QString error;
    QVERIFY(reader.options(&options, &error));
    QCOMPARE(options.minVolume, 20);
    QCOMPARE(options.onboardingDays, 90);
    QVERIFY(exec(QStringLiteral("UPDATE store_settings SET value = '5' WHERE key = 'ranking_min_volume'")));
    QVERIFY(reader.options(&options, &error));
    QCOMPARE(options.minVolume, 5);
    QCOMPARE(reader.defaultProfileName(), QStringLiteral("Default"));
    QList<RankingAgent> agents;
    QVERIFY(reader.agents(KpiPeriod::month(2026, 12), &agents, &error));
    QCOMPARE(agents.size(), 3); // agent 4 left on 2026-11-15
    QCOMPARE(agents.first().teamName, QStringLiteral("Taobao A"));
}

QTEST_GUILESS_MAIN(TestScoringStore)
#include "TestScoringStore.moc"
