#include "KpiFixture.h"
#include "support/CliProcess.h"

#include "kpi/KpiCatalogue.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

/** `teamlens kpi` through the built binary, as a script would run it. */
class TestKpiCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvHasEveryCatalogueKey();
    void jsonCarriesStatusAndVersion();
    void teamsAndPlatformFilter();
    void exactFromTicketsMatchesAggregates();
    void argumentsAreChecked_data();
    void argumentsAreChecked();

private:
    using Result = CliProcess::Result;
    Result run(const QStringList &arguments) const;
    QStringList month() const
    {
        return { QStringLiteral("--db"), m_db, QStringLiteral("--period"), QStringLiteral("2026-11") };
    }

    QTemporaryDir m_dir;
    QString m_db;
};

void TestKpiCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(TEAMLENS_BINARY)).isExecutable(), TEAMLENS_BINARY);
    m_db = m_dir.filePath(QStringLiteral("kpi.sqlite"));
    // Agent 1: 20 taobao tickets, all answered in 5 minutes before the 30-minute due time, 10 with
    // CSAT 5; agent 2: 2 jd tickets, one unanswered and past due.
    KpiFixture fixture(m_db);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    for (int i = 0; i < 20; ++i) {
        KpiFixtureTicket t;
        t.created = fixture.at(2026, 11, 1 + i, 10);
        t.firstResponse = t.created.addSecs(300);
        t.firstResponseDue = t.created.addSecs(1800);
        t.csat = i < 10 ? 5 : 0;
        QVERIFY2(fixture.add(t), qPrintable(fixture.error()));
    }
    // Each of agent 1's tickets has a conversation: the customer asks, the agent answers after 300 s
    // (slow), the customer asks again 100 s later (same session), the agent answers in 30 s.
    QVERIFY2(fixture.exec(QStringLiteral("INSERT INTO conversations (ticket_id, started_at) "
                                         "SELECT id, created_at FROM tickets WHERE agent_id = 1")),
             qPrintable(fixture.error()));
    QVERIFY2(fixture.exec(QStringLiteral(
                 "INSERT INTO messages (conversation_id, seq, speaker, sent_at, text) "
                 "SELECT id, 0, 'customer', started_at, '在吗' FROM conversations UNION ALL "
                 "SELECT id, 1, 'agent', started_at + 300, '在的' FROM conversations UNION ALL "
                 "SELECT id, 2, 'customer', started_at + 400, '发货了吗' FROM conversations UNION ALL "
                 "SELECT id, 3, 'agent', started_at + 430, '已发货' FROM conversations")),
             qPrintable(fixture.error()));
    for (int i = 0; i < 2; ++i) {
        KpiFixtureTicket t;
        t.agent = 2;
        t.platform = QStringLiteral("jd");
        t.created = fixture.at(2026, 11, 5, 12);
        t.firstResponse = i == 0 ? t.created.addSecs(60) : QDateTime();
        t.firstResponseDue = t.created.addSecs(1800);
        QVERIFY2(fixture.add(t), qPrintable(fixture.error()));
    }
}

TestKpiCommand::Result TestKpiCommand::run(const QStringList &arguments) const
{
    return CliProcess::run(QStringList { QStringLiteral("kpi") } + arguments, m_dir.path());
}

void TestKpiCommand::csvHasEveryCatalogueKey()
{
    const Result result = run(month());
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    // The aggregates were never built for this store: the command says it read the tickets.
    QVERIFY2(result.err.contains(QStringLiteral("raw tickets")), qPrintable(result.err));
    const QStringList lines = result.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 4); // header + the four agents employed in November
    const QStringList header = lines.first().split(u',');
    for (const KpiDefinition &definition : KpiCatalogue::all()) {
        const QString key = QString::fromLatin1(definition.key);
        QVERIFY2(header.contains(key + QStringLiteral("_n")), qPrintable(key));
        QVERIFY2(header.contains(key + QStringLiteral("_status")), qPrintable(key));
        for (const QString &figure : definition.figureKeys)
            QVERIFY2(header.contains(figure), qPrintable(figure));
        if (definition.isRate) {
            QVERIFY2(header.contains(key + QStringLiteral("_low")), qPrintable(key));
            QVERIFY2(header.contains(key + QStringLiteral("_high")), qPrintable(key));
        }
    }
    QVERIFY(header.contains(QStringLiteral("rule_set_version")));
    QVERIFY(header.contains(QStringLiteral("frt_median")) && header.contains(QStringLiteral("frt_p90")));

    auto cell = [&](const QStringList &row, const char *column) {
        return row.value(header.indexOf(QString::fromLatin1(column)));
    };
    const QStringList agent1 = lines.at(1).split(u',');
    QCOMPARE(cell(agent1, "id"), QStringLiteral("1"));
    QCOMPARE(cell(agent1, "name"), QStringLiteral("王芳"));
    QCOMPARE(cell(agent1, "rule_set_version"), QStringLiteral("1"));
    QCOMPARE(cell(agent1, "handled"), QStringLiteral("20"));
    QCOMPARE(cell(agent1, "sla_response"), QStringLiteral("1"));
    QCOMPARE(cell(agent1, "sla_response_n"), QStringLiteral("20"));
    QCOMPARE(cell(agent1, "sla_response_status"), QStringLiteral("ok"));
    QCOMPARE(cell(agent1, "sla_response_low").left(6), QStringLiteral("0.8388")); // Wilson 20/20
    QCOMPARE(cell(agent1, "frt_median"), QStringLiteral("300"));
    QCOMPARE(cell(agent1, "csat"), QStringLiteral("1"));
    QCOMPARE(cell(agent1, "csat_n"), QStringLiteral("10"));
    QCOMPARE(cell(agent1, "per_capita_status"), QStringLiteral("not_applicable"));
    QCOMPARE(cell(agent1, "qa_score_status"), QStringLiteral("not_available"));
    QCOMPARE(cell(agent1, "qa_score"), QString());
    // The message-level figures: 40 agent ÷ 40 customer messages; 40 replies of 300 s and 30 s;
    // 20 customer-days, none with the 3 slow replies that flag a slow reception.
    QCOMPARE(cell(agent1, "answer_ratio"), QStringLiteral("1"));
    QCOMPARE(cell(agent1, "answer_ratio_n"), QStringLiteral("40"));
    QCOMPARE(cell(agent1, "reply_time"), QStringLiteral("165"));
    QCOMPARE(cell(agent1, "reply_time_n"), QStringLiteral("40"));
    QCOMPARE(cell(agent1, "receptions"), QStringLiteral("20"));
    QCOMPARE(cell(agent1, "slow_reception_rate"), QStringLiteral("0"));
    QCOMPARE(cell(agent1, "slow_reception_rate_n"), QStringLiteral("20"));
    QCOMPARE(cell(agent1, "slow_reception_rate_status"), QStringLiteral("ok"));

    // Agent 2 has two tickets: a rate over two is shown as insufficient, with its sample size.
    const QStringList agent2 = lines.at(2).split(u',');
    QCOMPARE(cell(agent2, "sla_response"), QString());
    QCOMPARE(cell(agent2, "sla_response_n"), QStringLiteral("2"));
    QCOMPARE(cell(agent2, "sla_response_status"), QStringLiteral("insufficient"));
    // Agent 2 has no conversations: no customer messages, nothing to divide by.
    QCOMPARE(cell(agent2, "answer_ratio_n"), QStringLiteral("0"));
    QCOMPARE(cell(agent2, "answer_ratio_status"), QStringLiteral("insufficient"));
    QCOMPARE(cell(agent2, "receptions"), QStringLiteral("0"));
}

void TestKpiCommand::jsonCarriesStatusAndVersion()
{
    const Result result = run(month() << QStringLiteral("--format") << QStringLiteral("json"));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("ruleSetVersion")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-01"));
    QCOMPARE(root.value(QStringLiteral("to")).toString(), QStringLiteral("2026-11-30"));
    QCOMPARE(root.value(QStringLiteral("timeZone")).toString(), QStringLiteral("Asia/Shanghai"));
    const QJsonArray results = root.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 4);
    const QJsonObject kpis = results.at(0).toObject().value(QStringLiteral("kpis")).toObject();
    const QJsonObject sla = kpis.value(QStringLiteral("sla_response")).toObject();
    QCOMPARE(sla.value(QStringLiteral("value")).toDouble(), 1.0);
    QCOMPARE(sla.value(QStringLiteral("n")).toInt(), 20);
    QVERIFY(sla.contains(QStringLiteral("low")) && sla.contains(QStringLiteral("high")));
    const QJsonObject qa = kpis.value(QStringLiteral("qa_score")).toObject();
    QCOMPARE(qa.value(QStringLiteral("status")).toString(), QStringLiteral("not_available"));
    QVERIFY(qa.value(QStringLiteral("value")).isNull());
    QVERIFY(!qa.value(QStringLiteral("note")).toString().isEmpty());
}

void TestKpiCommand::teamsAndPlatformFilter()
{
    const Result teams = run(month() << QStringLiteral("--by") << QStringLiteral("team"));
    QVERIFY2(teams.exitCode == 0, qPrintable(teams.err));
    const QStringList lines = teams.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 2);
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("team,1,Taobao A,2026-11-01,2026-11-30,,1,22,")),
             qPrintable(lines.at(1)));

    const Result jd = run(month() << QStringLiteral("--platform") << QStringLiteral("jd")
                                  << QStringLiteral("--by") << QStringLiteral("center"));
    QVERIFY2(jd.exitCode == 0, qPrintable(jd.err));
    const QStringList center = jd.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(center.size(), 2);
    QVERIFY2(center.at(1).startsWith(QStringLiteral("center,0,")), qPrintable(center.at(1)));
    QVERIFY2(center.at(1).contains(QStringLiteral(",jd,1,2,")), qPrintable(center.at(1)));
}

void TestKpiCommand::exactFromTicketsMatchesAggregates()
{
    const Result rebuilt = run(month() << QStringLiteral("--rebuild-aggregates"));
    QVERIFY2(rebuilt.exitCode == 0, qPrintable(rebuilt.err));
    QVERIFY2(!rebuilt.err.contains(QStringLiteral("raw tickets")), qPrintable(rebuilt.err));
    const Result aggregated = run(month() << QStringLiteral("--format") << QStringLiteral("json"));
    const Result exact = run(month() << QStringLiteral("--format") << QStringLiteral("json")
                                     << QStringLiteral("--exact-from-tickets"));
    QCOMPARE(aggregated.exitCode, 0);
    QCOMPARE(exact.exitCode, 0);
    QJsonObject a = QJsonDocument::fromJson(aggregated.out.toUtf8()).object();
    QJsonObject b = QJsonDocument::fromJson(exact.out.toUtf8()).object();
    QCOMPARE(a.take(QStringLiteral("source")).toString(), QStringLiteral("aggregates"));
    QCOMPARE(b.take(QStringLiteral("source")).toString(), QStringLiteral("tickets"));
    QCOMPARE(a, b);
}

void TestKpiCommand::argumentsAreChecked_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString db = m_dir.filePath(QStringLiteral("kpi.sqlite"));
    auto withDb = [&](const QStringList &rest) {
        return QStringList { QStringLiteral("--db"), db } + rest;
    };
    QTest::newRow("no store") << QStringList { QStringLiteral("--period"), QStringLiteral("2026-11") } << 2
                              << QStringLiteral("--db");
    QTest::newRow("missing store file")
        << QStringList { QStringLiteral("--db"), m_dir.filePath(QStringLiteral("nope.sqlite")),
                         QStringLiteral("--period"), QStringLiteral("2026-11") }
        << 1 << QStringLiteral("does not exist");
    QTest::newRow("no period") << withDb({}) << 2 << QStringLiteral("--period");
    QTest::newRow("period and range")
        << withDb({ QStringLiteral("--period"), QStringLiteral("2026-11"), QStringLiteral("--from"),
                    QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-02") })
        << 2 << QStringLiteral("either");
    QTest::newRow("malformed month") << withDb({ QStringLiteral("--period"), QStringLiteral("2026-13") }) << 2
                                     << QStringLiteral("YYYY-MM");
    QTest::newRow("month without dash")
        << withDb({ QStringLiteral("--period"), QStringLiteral("202611") }) << 2 << QStringLiteral("YYYY-MM");
    QTest::newRow("from without to") << withDb({ QStringLiteral("--from"), QStringLiteral("2026-11-01") })
                                     << 2 << QStringLiteral("--to");
    QTest::newRow("bad date") << withDb({ QStringLiteral("--from"), QStringLiteral("2026-11-31"),
                                          QStringLiteral("--to"), QStringLiteral("2026-12-01") })
                              << 2 << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("to before from") << withDb({ QStringLiteral("--from"), QStringLiteral("2026-11-10"),
                                                QStringLiteral("--to"), QStringLiteral("2026-11-01") })
                                    << 2 << QStringLiteral("before");
    QTest::newRow("unknown platform") << withDb({ QStringLiteral("--period"), QStringLiteral("2026-11"),
                                                  QStringLiteral("--platform"), QStringLiteral("amazon") })
                                      << 2 << QStringLiteral("taobao, jd, pdd, douyin, own");
    QTest::newRow("unknown scope") << withDb({ QStringLiteral("--period"), QStringLiteral("2026-11"),
                                               QStringLiteral("--by"), QStringLiteral("shift") })
                                   << 2 << QStringLiteral("--by");
    QTest::newRow("unknown format") << withDb({ QStringLiteral("--period"), QStringLiteral("2026-11"),
                                                QStringLiteral("--format"), QStringLiteral("xml") })
                                    << 2 << QStringLiteral("--format");
    QTest::newRow("unknown rule set") << withDb({ QStringLiteral("--period"), QStringLiteral("2026-11"),
                                                  QStringLiteral("--rule-set"), QStringLiteral("9") })
                                      << 1 << QStringLiteral("version 9");
    QTest::newRow("unknown option") << withDb(
        { QStringLiteral("--period"), QStringLiteral("2026-11"), QStringLiteral("--bogus") })
                                    << 2 << QStringLiteral("bogus");
}

void TestKpiCommand::argumentsAreChecked()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Result result = run(arguments);
    QVERIFY2(result.exitCode == exitCode, qPrintable(QString::number(result.exitCode) + result.err));
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestKpiCommand)
#include "TestKpiCommand.moc"
