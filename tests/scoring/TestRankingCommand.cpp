#include "KpiFixture.h"
#include "support/CliProcess.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/** `teamlens ranking` and `teamlens close-period` through the built binary, as a script runs them. */
class TestRankingCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvRanksAgents();
    void jsonByTeam();
    void quarter();
    void closeReopenCompare();
    void argumentsAreChecked_data();
    void argumentsAreChecked();

private:
    using Result = CliProcess::Result;
    Result run(const QStringList &arguments) const;
    void addTickets(KpiFixture &fixture, qint64 agent, int count, int late, int day = 1);

    QTemporaryDir m_dir;
    QString m_db;
};

void TestRankingCommand::addTickets(KpiFixture &fixture, qint64 agent, int count, int late, int day)
{
    for (int i = 0; i < count; ++i) {
        KpiFixtureTicket t;
        t.agent = agent;
        t.team = agent == 3 ? 2 : 1;
        t.created = fixture.at(2026, 9, day + i % 20, 10);
        t.firstResponseDue = t.created.addSecs(1800);
        t.firstResponse = t.created.addSecs(i < late ? 3600 : 300);
        t.status = QStringLiteral("resolved");
        t.resolved = t.created.addSecs(7200);
        t.handleSeconds = 600;
        QVERIFY2(fixture.add(t), qPrintable(fixture.error()));
    }
}

void TestRankingCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(TEAMLENS_BINARY)).isExecutable(), TEAMLENS_BINARY);
    m_db = m_dir.filePath(QStringLiteral("ranking.sqlite"));
    KpiFixture fixture(m_db);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    addTickets(fixture, 1, 25, 0); // September: 王芳 first
    addTickets(fixture, 2, 25, 5); // 李娜 second
    addTickets(fixture, 3, 25, 5); // 张伟 (team 2) ties with 李娜
}

TestRankingCommand::Result TestRankingCommand::run(const QStringList &arguments) const
{
    return CliProcess::run(arguments, m_dir.path());
}

void TestRankingCommand::csvRanksAgents()
{
    const Result result = run({ QStringLiteral("ranking"), QStringLiteral("--db"), m_db,
                                QStringLiteral("--period"), QStringLiteral("2026-09") });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QStringList lines = result.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 4);
    const QStringList header = lines.first().split(u',');
    for (const char *column : { "rank", "movement", "agent", "team", "composite", "cohort", "not_ranked",
                                "sla_response_score", "sla_response_value", "sla_response_n", "csat_status" })
        QVERIFY2(header.contains(QString::fromLatin1(column)), column);
    auto cell = [&](int line, const char *column) {
        return lines.at(line).split(u',').value(header.indexOf(QString::fromLatin1(column)));
    };
    QCOMPARE(cell(1, "agent"), QStringLiteral("王芳"));
    QCOMPARE(cell(1, "rank"), QStringLiteral("1"));
    QCOMPARE(cell(1, "movement"), QStringLiteral("new"));
    QCOMPARE(cell(1, "sla_response_value"), QStringLiteral("1"));
    QCOMPARE(cell(1, "sla_response_score"), QStringLiteral("111.11")); // 1.0 ÷ 0.9 target
    QCOMPARE(cell(1, "sla_response_n"), QStringLiteral("25"));
    QCOMPARE(cell(2, "rank"), QStringLiteral("2"));
    QCOMPARE(cell(3, "rank"), QStringLiteral("2")); // a tie shares the rank
    QCOMPARE(cell(2, "composite"), cell(3, "composite"));
    QCOMPARE(cell(4, "agent"), QStringLiteral("赵敏"));
    QCOMPARE(cell(4, "rank"), QString());
    QCOMPARE(cell(4, "not_ranked"), QStringLiteral("low_volume"));
    QCOMPARE(cell(1, "profile"), QStringLiteral("Default v1"));
}

void TestRankingCommand::jsonByTeam()
{
    const Result result = run({ QStringLiteral("ranking"), QStringLiteral("--db"), m_db,
                                QStringLiteral("--period"), QStringLiteral("2026-09"), QStringLiteral("--by"),
                                QStringLiteral("team"), QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("by")).toString(), QStringLiteral("team"));
    QCOMPARE(root.value(QStringLiteral("minVolume")).toInt(), 20);
    const QJsonArray agents = root.value(QStringLiteral("agents")).toArray();
    QCOMPARE(agents.size(), 4);
    // Teams by name: "Complaints" (张伟, rank 1 in it) before "Taobao A".
    QCOMPARE(agents[0].toObject().value(QStringLiteral("agent")).toString(), QStringLiteral("张伟"));
    QCOMPARE(agents[0].toObject().value(QStringLiteral("rank")).toInt(), 1);
    QCOMPARE(agents[0].toObject().value(QStringLiteral("centerRank")).toInt(), 2);
    const QJsonObject sla = agents[1]
                                .toObject()
                                .value(QStringLiteral("kpis"))
                                .toObject()
                                .value(QStringLiteral("sla_response"))
                                .toObject();
    QCOMPARE(sla.value(QStringLiteral("n")).toInt(), 25);
    QCOMPARE(sla.value(QStringLiteral("weight")).toDouble(), 20.0);
    QCOMPARE(sla.value(QStringLiteral("target")).toDouble(), 0.9);
}

void TestRankingCommand::quarter()
{
    const Result result = run({ QStringLiteral("ranking"), QStringLiteral("--db"), m_db,
                                QStringLiteral("--quarter"), QStringLiteral("2026-Q3") });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(QStringLiteral(",2026-07-01,2026-09-30,")));
}

void TestRankingCommand::closeReopenCompare()
{
    const QStringList close = { QStringLiteral("close-period"), QStringLiteral("--db"), m_db,
                                QStringLiteral("--period"), QStringLiteral("2026-09") };
    Result result = run(close);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("Default v1")), qPrintable(result.out));
    result = run(close);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(QStringLiteral("already closed")));

    result = run(close + QStringList { QStringLiteral("--compare") });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    // A correction after the close: 王芳 gets late tickets. The snapshot still prints; compare sees it.
    StoreOptions options;
    options.path = m_db;
    StoreError storeError;
    {
        const auto store = Store::open(options, &storeError);
        QVERIFY(store);
        QSqlQuery query(store->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE tickets SET first_response_at = first_response_at + 7200 "
                                          "WHERE id = 1")));
    }
    result = run({ QStringLiteral("ranking"), QStringLiteral("--db"), m_db, QStringLiteral("--period"),
                   QStringLiteral("2026-09") });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.contains(QStringLiteral("closed")));
    QVERIFY(result.out.contains(QStringLiteral(",1\r\n"))); // closed = 1
    result = run(close + QStringList { QStringLiteral("--compare") });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(QStringLiteral("1,王芳,sla_response,1,0.96")), qPrintable(result.out));

    result = run(close + QStringList { QStringLiteral("--reopen") });
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(QStringLiteral("--reason")));
    result = run(close
                 + QStringList { QStringLiteral("--reopen"), QStringLiteral("--reason"),
                                 QStringLiteral("late JD import") });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result = run(
        close
        + QStringList { QStringLiteral("--reopen"), QStringLiteral("--reason"), QStringLiteral("again") });
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(QStringLiteral("not closed")));
}

void TestRankingCommand::argumentsAreChecked_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString db = QStringLiteral("DB");
    QTest::newRow("no db") << QStringList { QStringLiteral("ranking"), QStringLiteral("--period"),
                                            QStringLiteral("2026-09") }
                           << 2 << QStringLiteral("--db");
    QTest::newRow("no period") << QStringList { QStringLiteral("ranking"), QStringLiteral("--db"), db } << 2
                               << QStringLiteral("--period");
    QTest::newRow("both periods") << QStringList {
        QStringLiteral("ranking"),  QStringLiteral("--db"),    db,
        QStringLiteral("--period"), QStringLiteral("2026-09"), QStringLiteral("--quarter"),
        QStringLiteral("2026-Q3")
    } << 2 << QStringLiteral("either");
    QTest::newRow("bad quarter") << QStringList { QStringLiteral("ranking"), QStringLiteral("--db"), db,
                                                  QStringLiteral("--quarter"), QStringLiteral("2026-Q5") }
                                 << 2 << QStringLiteral("YYYY-Qn");
    QTest::newRow("bad by") << QStringList {
        QStringLiteral("ranking"),   QStringLiteral("--db"),    db,
        QStringLiteral("--period"),  QStringLiteral("2026-09"), QStringLiteral("--by"),
        QStringLiteral("department")
    } << 2 << QStringLiteral("--by");
    QTest::newRow("unknown profile") << QStringList {
        QStringLiteral("ranking"),  QStringLiteral("--db"),    db,
        QStringLiteral("--period"), QStringLiteral("2026-09"), QStringLiteral("--profile"),
        QStringLiteral("Bonus")
    } << 1 << QStringLiteral("Bonus");
    QTest::newRow("missing store") << QStringList { QStringLiteral("ranking"), QStringLiteral("--db"),
                                                    QStringLiteral("/nonexistent/x.sqlite"),
                                                    QStringLiteral("--period"), QStringLiteral("2026-09") }
                                   << 1 << QStringLiteral("does not exist");
    QTest::newRow("close without period")
        << QStringList { QStringLiteral("close-period"), QStringLiteral("--db"), db } << 2
        << QStringLiteral("--period");
    QTest::newRow("reason without reopen") << QStringList { QStringLiteral("close-period"),
                                                            QStringLiteral("--db"),
                                                            db,
                                                            QStringLiteral("--period"),
                                                            QStringLiteral("2026-09"),
                                                            QStringLiteral("--reason"),
                                                            QStringLiteral("x") }
                                           << 2 << QStringLiteral("--reopen");
}

void TestRankingCommand::argumentsAreChecked()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    arguments.replaceInStrings(QStringLiteral("DB"), m_db);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestRankingCommand)
#include "TestRankingCommand.moc"
