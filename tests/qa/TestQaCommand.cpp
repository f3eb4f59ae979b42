#include "demo/DemoDataGenerator.h"
#include "qa/AutoQaRunner.h"
#include "qa/store/QaSampleRepository.h"
#include "support/CliProcess.h"
#include "support/TestStores.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/**
 * `teamlens qa auto-check` and `teamlens qa sample` through the built binary on a generated demo
 * store: the flags and counts it prints match the store, a re-run changes nothing, a dry run saves
 * nothing, and a saved draw equals Sampler's draw for the printed seed.
 */
class TestQaCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void autoCheckWritesFlagsAndPrintsCounts();
    void autoCheckOfAPeriod();
    void sampleDryRunExplainsAndSavesNothing();
    void sampleSavesTheSeededDraw();
    void wrongArgumentsAreUsageErrors();

private:
    CliProcess::Result run(const QStringList &arguments) const;
    qint64 count(const QString &sql) const;
    QString dbPath() const { return m_dir.filePath(QStringLiteral("store.sqlite")); }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_demoDraws = 0;
};

void TestQaCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(TEAMLENS_BINARY)).isExecutable(), TEAMLENS_BINARY);
    m_store = TestStores::createStore(m_dir);
    QVERIFY(m_store);
    DemoDataOptions options;
    options.agents = 8;
    options.days = 14;
    options.endDate = QDate(2026, 11, 22);
    DemoDataGenerator generator(*m_store);
    QString error;
    QVERIFY2(generator.generate(options, &error), qPrintable(error));
    // The demo wrote its own sampled week; the draws here are counted on top of it.
    m_demoDraws = count(QStringLiteral("SELECT COUNT(*) FROM qa_sample_draws"));
    QCOMPARE(m_demoDraws, 1);
    // Three reviewers (the demo's QA staff step aside); user 11 is the first agent, so never gets
    // that agent's conversations.
    QSqlQuery query(m_store->connection());
    QVERIFY2(query.exec(QStringLiteral("UPDATE users SET disabled = 1")),
             qPrintable(query.lastError().text()));
    QVERIFY2(query.exec(QStringLiteral(
                 "INSERT INTO users (id, login, display_name, role, agent_id, created_at) VALUES "
                 "(11, 'rev-a', 'Reviewer A', 'qa_reviewer', (SELECT MIN(id) FROM agents), 0), "
                 "(12, 'rev-b', 'Reviewer B', 'qa_reviewer', NULL, 0), "
                 "(13, 'lead', 'Lead C', 'team_lead', NULL, 0)")),
             qPrintable(query.lastError().text()));
}

CliProcess::Result TestQaCommand::run(const QStringList &arguments) const
{
    return CliProcess::run(QStringList { QStringLiteral("qa") } + arguments, m_dir.path());
}

qint64 TestQaCommand::count(const QString &sql) const
{
    QSqlQuery query(m_store->connection());
    if (!query.exec(sql) || !query.next())
        qFatal("%s", qPrintable(query.lastError().text()));
    return query.value(0).toLongLong();
}

void TestQaCommand::autoCheckWritesFlagsAndPrintsCounts()
{
    const CliProcess::Result first = run({ QStringLiteral("auto-check"), QStringLiteral("--db"), dbPath() });
    QCOMPARE(first.exitCode, 0);
    const qint64 conversations = count(QStringLiteral("SELECT COUNT(*) FROM conversations"));
    QVERIFY2(first.out.contains(QStringLiteral("Checked %1 conversations").arg(conversations)),
             qPrintable(first.out));
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM qa_auto_flags")) > 0);
    // Every rule line matches the stored flags.
    QSqlQuery query(m_store->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT rule, COUNT(*) FROM qa_auto_flags GROUP BY rule")));
    int rules = 0;
    while (query.next()) {
        ++rules;
        const QString line = query.value(0).toString() + u'\t' + query.value(1).toString();
        QVERIFY2(first.out.contains(line), qPrintable(first.out));
    }
    QVERIFY(rules > 0);

    const CliProcess::Result second = run({ QStringLiteral("auto-check"), QStringLiteral("--db"), dbPath() });
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(QStringLiteral("; 0 had their flags updated")), qPrintable(second.out));
}

void TestQaCommand::autoCheckOfAPeriod()
{
    const CliProcess::Result result
        = run({ QStringLiteral("auto-check"), QStringLiteral("--db"), dbPath(), QStringLiteral("--from"),
                QStringLiteral("2026-11-16"), QStringLiteral("--to"), QStringLiteral("2026-11-22") });
    QCOMPARE(result.exitCode, 0);
    const qint64 inWeek
        = count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE started_at >= CAST(strftime('%s', "
                               "'2026-11-16') AS INTEGER) AND started_at < "
                               "CAST(strftime('%s', '2026-11-23') AS INTEGER)"));
    QVERIFY(inWeek > 0);
    QVERIFY2(result.out.contains(QStringLiteral("Checked %1 conversations").arg(inWeek)),
             qPrintable(result.out));
}

void TestQaCommand::sampleDryRunExplainsAndSavesNothing()
{
    const CliProcess::Result result
        = run({ QStringLiteral("sample"), QStringLiteral("--db"), dbPath(), QStringLiteral("--from"),
                QStringLiteral("2026-11-16"), QStringLiteral("--to"), QStringLiteral("2026-11-22"),
                QStringLiteral("--seed"), QStringLiteral("42"), QStringLiteral("--dry-run") });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM qa_sample_draws")), m_demoDraws);
    QVERIFY2(result.out.contains(QStringLiteral("seed 42")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("Dry run")), qPrintable(result.out));

    // The explanation is Sampler's, for the same candidates and seed.
    SamplingRule rule;
    rule.perAgent = 5;
    rule.strata = { { SampleStratum::LowCsat, 1 },
                    { SampleStratum::Complaint, 1 },
                    { SampleStratum::AutoQaFlag, 1 } };
    QList<SampleCandidate> candidates;
    QString error;
    QVERIFY2(QaSampleRepository(m_store->connection())
                 .candidates(QDate(2026, 11, 16), QDate(2026, 11, 22), 90, &candidates, &error),
             qPrintable(error));
    const SampleDrawResult expected = Sampler::draw(rule, candidates, 42);
    QVERIFY(!expected.items.isEmpty());
    // "%n conversation(s)": the plural forms come from the translations, which the test does not load.
    QVERIFY2(result.out.contains(QStringLiteral("seed 42: %1 conversation").arg(expected.items.size())),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("from %1 candidates").arg(candidates.size())),
             qPrintable(result.out));
    for (const StratumExplanation &explanation : expected.explanations)
        QVERIFY2(result.out.contains(QStringLiteral("\n  ") + explanation.text + u'\n'),
                 qPrintable(explanation.text + u'\n' + result.out));
    QVERIFY2(result.out.contains(QStringLiteral("\n  Reviewer B: ")), qPrintable(result.out));
}

void TestQaCommand::sampleSavesTheSeededDraw()
{
    const CliProcess::Result result
        = run({ QStringLiteral("sample"), QStringLiteral("--db"), dbPath(), QStringLiteral("--from"),
                QStringLiteral("2026-11-16"), QStringLiteral("--to"), QStringLiteral("2026-11-22"),
                QStringLiteral("--per-agent"), QStringLiteral("3"), QStringLiteral("--strata"),
                QStringLiteral("auto_qa_flag:2"), QStringLiteral("--cap"), QStringLiteral("9"),
                QStringLiteral("--seed"), QStringLiteral("18446744073709551557") });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM qa_sample_draws")), m_demoDraws + 1);
    const qint64 drawId = count(QStringLiteral("SELECT MAX(id) FROM qa_sample_draws"));
    QVERIFY2(result.out.contains(QStringLiteral("Saved as draw %1.").arg(drawId)), qPrintable(result.out));

    StoredSampleDraw saved;
    QString error;
    QaSampleRepository repository(m_store->connection());
    QVERIFY2(repository.load(drawId, &saved, &error), qPrintable(error));
    QCOMPARE(saved.seed, 18446744073709551557ULL);
    QCOMPARE(saved.rule.perAgent, 3);
    QCOMPARE(saved.rule.workloadCap, 9);
    QList<SampleCandidate> candidates;
    QVERIFY2(repository.candidates(saved.first, saved.last, 90, &candidates, &error), qPrintable(error));
    const SampleDrawResult expected = Sampler::draw(saved.rule, candidates, saved.seed);
    QCOMPARE(saved.items.size(), expected.items.size());
    const qint64 reviewerAgent = count(QStringLiteral("SELECT agent_id FROM users WHERE id = 11"));
    int assigned = 0;
    for (qsizetype i = 0; i < saved.items.size(); ++i) {
        QCOMPARE(saved.items.at(i).conversationId, expected.items.at(i).conversationId);
        QCOMPARE(saved.items.at(i).stratum, expected.items.at(i).stratum);
        if (saved.items.at(i).reviewerId != 0)
            ++assigned;
        if (saved.items.at(i).agentId == reviewerAgent)
            QVERIFY(saved.items.at(i).reviewerId != 11);
    }
    QCOMPARE(assigned, std::min<int>(int(saved.items.size()), 27)); // three reviewers, cap 9
    QVERIFY(
        count(QStringLiteral("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM qa_sample_items WHERE draw_id "
                             "= %1 GROUP BY reviewer_id)")
                  .arg(drawId))
        <= 9);
}

void TestQaCommand::wrongArgumentsAreUsageErrors()
{
    QCOMPARE(run({}).exitCode, 2);
    QCOMPARE(run({ QStringLiteral("audit") }).exitCode, 2);
    QCOMPARE(run({ QStringLiteral("auto-check") }).exitCode, 2); // no --db
    QCOMPARE(run({ QStringLiteral("auto-check"), QStringLiteral("--db"), dbPath(), QStringLiteral("--from"),
                   QStringLiteral("2026-11-16") })
                 .exitCode,
             2);
    QCOMPARE(run({ QStringLiteral("sample"), QStringLiteral("--db"), dbPath() }).exitCode, 2); // no period
    const CliProcess::Result strata
        = run({ QStringLiteral("sample"), QStringLiteral("--db"), dbPath(), QStringLiteral("--from"),
                QStringLiteral("2026-11-16"), QStringLiteral("--to"), QStringLiteral("2026-11-22"),
                QStringLiteral("--strata"), QStringLiteral("vip:1") });
    QCOMPARE(strata.exitCode, 2);
    QVERIFY2(strata.err.contains(QStringLiteral("--strata")), qPrintable(strata.err));
    const CliProcess::Result help = run({ QStringLiteral("sample"), QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QStringLiteral("--dry-run")), qPrintable(help.out));
}

QTEST_GUILESS_MAIN(TestQaCommand)
#include "TestQaCommand.moc"
