#include "kpi/KpiRuleSet.h"
#include "kpi/store/KpiRuleSetRepository.h"
#include "support/TestStores.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/** KpiRuleSet and its repository: the seeded version 1, the JSON lists, validation and versioning. */
class TestKpiRuleSet : public QObject
{
    Q_OBJECT

private slots:
    void seededVersionIsTheDefaults();
    void listsRoundTrip();
    void reviewMinimumIsKeptInTheDocument();
    void invalidRulesAreRefused_data();
    void invalidRulesAreRefused();
    void exemptionsAndWindows();
    void editsOfAUsedVersionBecomeNewVersions();
};

void TestKpiRuleSet::seededVersionIsTheDefaults()
{
    QTemporaryDir dir;
    const auto store = TestStores::createStore(dir);
    QVERIFY(store);
    KpiRuleSetRepository repository(store->connection());
    QString error;
    QCOMPARE(repository.activeVersion(&error), 1);
    KpiRuleSet stored;
    QVERIFY2(repository.load(1, &stored, &error), qPrintable(error));
    const KpiRuleSet defaults = KpiRuleSet::defaults();
    // The migration's seed and the code's defaults must not drift apart.
    QCOMPARE(stored.minTicketSamples, defaults.minTicketSamples);
    QCOMPARE(stored.minSurveySamples, defaults.minSurveySamples);
    QCOMPARE(stored.minReviewSamples, 5);
    QCOMPARE(stored.csatTopBoxMinScore, defaults.csatTopBoxMinScore);
    QCOMPARE(stored.sessionGapMinutes, defaults.sessionGapMinutes);
    QCOMPARE(stored.slowResponseSeconds, defaults.slowResponseSeconds);
    QCOMPARE(stored.extraRulesToJson(), defaults.extraRulesToJson());
    QVERIFY(stored.sameAggregation(defaults));
    QVERIFY(!stored.used);
}

void TestKpiRuleSet::listsRoundTrip()
{
    KpiRuleSet rules = KpiRuleSet::defaults();
    rules.csatTopBoxBySource.insert(QStringLiteral("jd-export"), 4);
    rules.csatTopBoxBySource.insert(QStringLiteral("taobao-legacy"), 3);
    rules.holidayExemptions.append({ QStringLiteral("春节"),
                                     QDate(2027, 2, 5),
                                     QDate(2027, 2, 12),
                                     { QStringLiteral("frt"), QStringLiteral("sla_response") } });
    KpiRuleSet copy;
    QString error;
    QVERIFY2(copy.extraRulesFromJson(rules.extraRulesToJson(), &error), qPrintable(error));
    QCOMPARE(copy.csatTopBoxBySource, rules.csatTopBoxBySource);
    QCOMPARE(copy.serviceWindows.size(), 2);
    QCOMPARE(copy.serviceWindows.at(1).replyLimitSeconds, 3600);
    QCOMPARE(copy.holidayExemptions.size(), 1);
    QCOMPARE(copy.holidayExemptions.first().name, QStringLiteral("春节"));
    QCOMPARE(copy.holidayExemptions.first().metrics, rules.holidayExemptions.first().metrics);
    QCOMPARE(copy.extraRulesToJson(), rules.extraRulesToJson());
}

void TestKpiRuleSet::reviewMinimumIsKeptInTheDocument()
{
    // Versions saved before the review minimum existed have no key: they read the default, and the
    // default writes no key, so their stored document does not change.
    KpiRuleSet legacy;
    legacy.minReviewSamples = 99;
    QString error;
    QVERIFY2(legacy.extraRulesFromJson(R"({"satisfaction":[]})", &error), qPrintable(error));
    QCOMPARE(legacy.minReviewSamples, KpiRuleSet::DefaultMinReviewSamples);
    QVERIFY(!KpiRuleSet::defaults().extraRulesToJson().contains("minReviewSamples"));

    QTemporaryDir dir;
    const auto store = TestStores::createStore(dir);
    QVERIFY(store);
    KpiRuleSetRepository repository(store->connection());
    KpiRuleSet stricter = KpiRuleSet::defaults();
    stricter.name = QStringLiteral("eight reviews");
    stricter.minReviewSamples = 8;
    QVERIFY2(repository.saveAsNewVersion(&stricter, &error), qPrintable(error));
    KpiRuleSet reloaded;
    QVERIFY2(repository.load(stricter.version, &reloaded, &error), qPrintable(error));
    QCOMPARE(reloaded.minReviewSamples, 8);
    QVERIFY2(repository.load(1, &reloaded, &error), qPrintable(error));
    QCOMPARE(reloaded.minReviewSamples, 5);
    // A sample minimum is applied when reading, so it never invalidates the aggregates.
    QVERIFY(stricter.sameAggregation(KpiRuleSet::defaults()));

    stricter.minReviewSamples = 0;
    QVERIFY(!stricter.validationError().isEmpty());
}

void TestKpiRuleSet::invalidRulesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{");
    QTest::newRow("review minimum zero") << QByteArray(R"({"minReviewSamples":0})");
    QTest::newRow("review minimum as text") << QByteArray(R"({"minReviewSamples":"five"})");
    QTest::newRow("unknown platform") << QByteArray(R"({"serviceWindows":[{"platform":"amazon"}]})");
    QTest::newRow("window ends before it starts")
        << QByteArray(R"({"serviceWindows":[{"platform":"jd","startMinute":600,"endMinute":500}]})");
    QTest::newRow("top box out of scale")
        << QByteArray(R"({"satisfaction":[{"source":"x","topBoxMinScore":6}]})");
    QTest::newRow("exemption of an unknown KPI") << QByteArray(
        R"({"holidayExemptions":[{"name":"x","from":"2026-01-01","to":"2026-01-02","metrics":["speed"]}]})");
    QTest::newRow("exemption backwards") << QByteArray(
        R"({"holidayExemptions":[{"name":"x","from":"2026-01-02","to":"2026-01-01","metrics":["frt"]}]})");
    QTest::newRow("exemption without dates")
        << QByteArray(R"({"holidayExemptions":[{"name":"x","metrics":["frt"]}]})");
}

void TestKpiRuleSet::invalidRulesAreRefused()
{
    QFETCH(QByteArray, json);
    KpiRuleSet rules;
    QString error;
    QVERIFY(!rules.extraRulesFromJson(json, &error));
    QVERIFY(!error.isEmpty());
}

void TestKpiRuleSet::exemptionsAndWindows()
{
    KpiRuleSet rules = KpiRuleSet::defaults();
    rules.holidayExemptions.append(
        { QStringLiteral("a"), QDate(2026, 10, 1), QDate(2026, 10, 7), { QStringLiteral("frt") } });
    rules.holidayExemptions.append({ QStringLiteral("b"),
                                     QDate(2026, 10, 7),
                                     QDate(2026, 10, 8),
                                     { QStringLiteral("frt"), QStringLiteral("aht") } });
    QCOMPARE(rules.exemptMetrics(QDate(2026, 9, 30)), QStringList());
    QCOMPARE(rules.exemptMetrics(QDate(2026, 10, 1)), QStringList { QStringLiteral("frt") });
    QCOMPARE(rules.exemptMetrics(QDate(2026, 10, 7)),
             (QStringList { QStringLiteral("frt"), QStringLiteral("aht") }));
    // JD scores 09:00–23:00: 08:59 and 23:00 are outside, 09:00 and 22:59 inside; Taobao has no window.
    QVERIFY(rules.outsideServiceWindow(Platform::Jd, 8 * 60 + 59));
    QVERIFY(!rules.outsideServiceWindow(Platform::Jd, 9 * 60));
    QVERIFY(!rules.outsideServiceWindow(Platform::Jd, 22 * 60 + 59));
    QVERIFY(rules.outsideServiceWindow(Platform::Jd, 23 * 60));
    QVERIFY(!rules.outsideServiceWindow(Platform::Taobao, 3 * 60));
    // Exemptions and sample minimums are applied when reading, so they do not invalidate aggregates.
    KpiRuleSet stricter = rules;
    stricter.minTicketSamples = 50;
    stricter.holidayExemptions.clear();
    QVERIFY(stricter.sameAggregation(rules));
    stricter.csatTopBoxMinScore = 5;
    QVERIFY(!stricter.sameAggregation(rules));
    // The message-level rules are counted into the aggregates as well.
    KpiRuleSet messages = rules;
    messages.sessionGapMinutes = 30;
    QVERIFY(!messages.sameAggregation(rules));
    messages = rules;
    messages.autoReplyMarker = QStringLiteral("【自动回复】");
    QVERIFY(!messages.sameAggregation(rules));
    messages = rules;
    messages.slowResponseFlagCount = 1;
    QVERIFY(!messages.sameAggregation(rules));
    messages = rules;
    QVERIFY(!messages.serviceWindows.isEmpty());
    messages.serviceWindows.first().replyLimitSeconds += 600;
    QVERIFY(!messages.sameAggregation(rules));
}

void TestKpiRuleSet::editsOfAUsedVersionBecomeNewVersions()
{
    QTemporaryDir dir;
    const auto store = TestStores::createStore(dir);
    QVERIFY(store);
    KpiRuleSetRepository repository(store->connection());
    QString error;
    KpiRuleSet draft = KpiRuleSet::defaults();
    draft.name = QStringLiteral("draft");
    QVERIFY2(repository.saveAsNewVersion(&draft, &error), qPrintable(error));
    QCOMPARE(draft.version, 2);
    draft.slowResponseSeconds = 90;
    QVERIFY2(repository.updateUnused(draft, &error), qPrintable(error));
    QVERIFY(repository.markUsed(2, 1000, &error));
    draft.slowResponseSeconds = 60;
    QVERIFY(!repository.updateUnused(draft, &error));
    QVERIFY2(error.contains(QStringLiteral("new version")), qPrintable(error));
    QVERIFY(repository.saveAsNewVersion(&draft, &error));
    QCOMPARE(draft.version, 3);
    QVERIFY(repository.setActiveVersion(3, &error));
    QCOMPARE(repository.activeVersion(&error), 3);
    QVERIFY(!repository.setActiveVersion(42, &error));
    QList<KpiRuleSet> versions;
    QVERIFY(repository.versions(&versions, &error));
    QCOMPARE(versions.size(), 3);
    QCOMPARE(versions.at(1).slowResponseSeconds, 90);
    QVERIFY(versions.at(1).used);
    QCOMPARE(versions.at(2).slowResponseSeconds, 60);
    // Invalid rules never reach the store.
    KpiRuleSet invalid = KpiRuleSet::defaults();
    invalid.minTicketSamples = 0;
    QVERIFY(!repository.saveAsNewVersion(&invalid, &error));
}

QTEST_GUILESS_MAIN(TestKpiRuleSet)
#include "TestKpiRuleSet.moc"
