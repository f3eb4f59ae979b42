#include "support/CliProcess.h"
#include "support/SharedData.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

const QString FlipkartCsv
    = QStringLiteral(TEAMLENS_SHARED_DATA_DIR "/flipkart-csat/Customer_support_data_sample.csv");

/** Reads one value from a store with a plain connection of its own (not the application's code). */
QVariant storeValue(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return value;
}

} // namespace

/** `teamlens import` through the built binary, as a script would run it. */
class TestImportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsProfiles();
    void importsReimportsAndUndoes();
    void argumentsAreChecked_data();
    void argumentsAreChecked();
    void badRowsRejectTheBatchUnlessSkipped();
    void malformedMappingIsNamed();
    void killedImportLeavesStoreUnchanged();

private:
    using Result = CliProcess::Result;
    Result run(const QStringList &arguments) const;
    QProcessEnvironment environment() const;
    QString copyOfSource(const QString &name) const;
    QString smallSource() const { return m_dir.filePath(QStringLiteral("small.csv")); }

    QTemporaryDir m_dir;
};

void TestImportCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(TEAMLENS_BINARY)).isExecutable(), TEAMLENS_BINARY);
    // A valid source of our own for the cases that are about the arguments, not the data.
    QFile small(smallSource());
    QVERIFY(small.open(QIODevice::WriteOnly));
    small.write("external_id,platform,channel,type,category,status,created_at\n"
                "S1,jd,chat,complaint,service,open,2026-11-01 09:00:00\n");
}

QProcessEnvironment TestImportCommand::environment() const
{
    return CliProcess::environment(m_dir.path());
}

TestImportCommand::Result TestImportCommand::run(const QStringList &arguments) const
{
    return CliProcess::run(QStringList { QStringLiteral("import") } + arguments, m_dir.path());
}

/** Sources are copied into the temporary folder: reject files are written beside them. */
QString TestImportCommand::copyOfSource(const QString &name) const
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(FlipkartCsv, path) ? path : QString();
}

void TestImportCommand::listsProfiles()
{
    const Result result = run({ QStringLiteral("--list-profiles") });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("flipkart-csat\ttickets\tbuilt-in")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("teamlens-tickets")), qPrintable(result.out));
}

void TestImportCommand::importsReimportsAndUndoes()
{
    TEAMLENS_REQUIRE_SHARED_DATA();
    const QString db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    const QString source = copyOfSource(QStringLiteral("flipkart.csv"));
    const QStringList arguments = { QStringLiteral("--db"), db, QStringLiteral("--profile"),
                                    QStringLiteral("flipkart-csat"), source };

    const Result dryRun
        = run(QStringList { QStringLiteral("--dry-run"), QStringLiteral("--json") } + arguments);
    // A dry run never creates a store.
    QCOMPARE(dryRun.exitCode, 1);
    QVERIFY2(dryRun.err.contains(QStringLiteral("cli.sqlite")), qPrintable(dryRun.err));

    const Result first = run(arguments);
    QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
    QVERIFY2(first.out.contains(QStringLiteral("as batch 1")), qPrintable(first.out));
    QVERIFY2(first.out.contains(QStringLiteral("817")), qPrintable(first.out));

    const Result again = run(QStringList { QStringLiteral("--json") } + arguments);
    QCOMPARE(again.exitCode, 0);
    const QJsonObject summary = QJsonDocument::fromJson(again.out.toUtf8()).object();
    QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("committed"));
    QCOMPARE(summary.value(QStringLiteral("unchanged")).toInteger(), 817);
    QCOMPARE(summary.value(QStringLiteral("imported")).toInteger(), 0);

    const Result dry = run(QStringList { QStringLiteral("--dry-run"), QStringLiteral("--json") } + arguments);
    QCOMPARE(dry.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(dry.out.toUtf8()).object().value(QStringLiteral("status")).toString(),
             QStringLiteral("dry-run"));

    const Result history = run({ QStringLiteral("--db"), db, QStringLiteral("--history") });
    QCOMPARE(history.exitCode, 0);
    QCOMPARE(history.out.count(QStringLiteral("\tcommitted\t")), 2);

    const Result undoFirst
        = run({ QStringLiteral("--db"), db, QStringLiteral("--undo"), QStringLiteral("2") });
    QVERIFY2(undoFirst.exitCode == 0, qPrintable(undoFirst.err));
    const Result undo = run({ QStringLiteral("--db"), db, QStringLiteral("--undo"), QStringLiteral("1") });
    QVERIFY2(undo.exitCode == 0, qPrintable(undo.err));
    QCOMPARE(storeValue(db, QStringLiteral("SELECT count(*) FROM tickets")).toInt(), 0);
    const Result twice = run({ QStringLiteral("--db"), db, QStringLiteral("--undo"), QStringLiteral("1") });
    QCOMPARE(twice.exitCode, 1);
    QVERIFY(!twice.err.isEmpty());
}

void TestImportCommand::argumentsAreChecked_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString db = QStringLiteral("x.sqlite");
    QTest::newRow("no db") << QStringList { QStringLiteral("--profile"), QStringLiteral("flipkart-csat"),
                                            QStringLiteral("small.csv") }
                           << 2 << QStringLiteral("--db");
    QTest::newRow("no profile") << QStringList { QStringLiteral("--db"), db, QStringLiteral("small.csv") }
                                << 2 << QStringLiteral("--profile");
    QTest::newRow("both") << QStringList { QStringLiteral("--db"),      db,
                                           QStringLiteral("--profile"), QStringLiteral("a"),
                                           QStringLiteral("--mapping"), QStringLiteral("b.json"),
                                           QStringLiteral("small.csv") }
                          << 2 << QStringLiteral("exactly one");
    QTest::newRow("no source") << QStringList { QStringLiteral("--db"), db, QStringLiteral("--profile"),
                                                QStringLiteral("flipkart-csat") }
                               << 2 << QStringLiteral("SOURCE");
    QTest::newRow("unknown profile") << QStringList { QStringLiteral("--db"), db, QStringLiteral("--profile"),
                                                      QStringLiteral("nope"), QStringLiteral("small.csv") }
                                     << 1 << QStringLiteral("“nope”");
    QTest::newRow("missing source") << QStringList { QStringLiteral("--db"), db, QStringLiteral("--profile"),
                                                     QStringLiteral("flipkart-csat"),
                                                     QStringLiteral("/nonexistent.csv") }
                                    << 1 << QStringLiteral("nonexistent.csv");
}

void TestImportCommand::argumentsAreChecked()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    for (QString &argument : arguments) {
        if (argument == QLatin1String("x.sqlite") || argument == QLatin1String("small.csv"))
            argument = m_dir.filePath(argument);
    }
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

void TestImportCommand::badRowsRejectTheBatchUnlessSkipped()
{
    const QString db = m_dir.filePath(QStringLiteral("bad.sqlite"));
    const QString source = m_dir.filePath(QStringLiteral("bad-rows.csv"));
    QFile file(source);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("external_id,platform,channel,type,category,status,created_at,first_response_at\n"
               "B1,jd,chat,complaint,service,open,2026-11-01 09:00:00,2026-11-01 09:10:00\n"
               "B2,jd,chat,complaint,service,open,2026-11-01 09:00:00,2026-11-01 08:10:00\n"
               "B3,jd,fax,complaint,service,open,2026-11-01 09:00:00,\n");
    file.close();
    const QStringList arguments = { QStringLiteral("--db"), db, QStringLiteral("--profile"),
                                    QStringLiteral("teamlens-tickets"), source };

    const Result rejected = run(arguments);
    QCOMPARE(rejected.exitCode, 1);
    QVERIFY2(rejected.out.contains(QStringLiteral("nothing was imported")), qPrintable(rejected.out));
    const QString rejectFile = m_dir.filePath(QStringLiteral("bad-rows.rejects.csv"));
    QVERIFY(QFileInfo::exists(rejectFile));
    QCOMPARE(storeValue(db, QStringLiteral("SELECT count(*) FROM tickets")).toInt(), 0);

    const QString chosenReject = m_dir.filePath(QStringLiteral("chosen.csv"));
    const Result skipped
        = run(QStringList { QStringLiteral("--skip-bad-rows"), QStringLiteral("--reject-file"), chosenReject,
                            QStringLiteral("--json") }
              + arguments);
    QCOMPARE(skipped.exitCode, 0);
    const QJsonObject summary = QJsonDocument::fromJson(skipped.out.toUtf8()).object();
    QCOMPARE(summary.value(QStringLiteral("imported")).toInteger(), 1);
    QCOMPARE(summary.value(QStringLiteral("rejected")).toInteger(), 2);
    QCOMPARE(summary.value(QStringLiteral("reject_file")).toString(), chosenReject);
    QFile reject(chosenReject);
    QVERIFY(reject.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(reject.readAll());
    QVERIFY2(text.contains(QStringLiteral("B2")) && text.contains(QStringLiteral("B3")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("fax")), qPrintable(text));
    QCOMPARE(storeValue(db, QStringLiteral("SELECT count(*) FROM tickets")).toInt(), 1);
}

void TestImportCommand::malformedMappingIsNamed()
{
    const QString mapping = m_dir.filePath(QStringLiteral("broken.json"));
    QFile file(mapping);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"teamlens_import_profile\": 1, \"name\": \"x\", \"kind\": \"tickets\", \"fields\": "
               "{\"colour\": \"a\"}}");
    file.close();
    const Result result = run({ QStringLiteral("--db"), m_dir.filePath(QStringLiteral("m.sqlite")),
                                QStringLiteral("--mapping"), mapping, smallSource() });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("broken.json"))
                 && result.err.contains(QStringLiteral("colour")),
             qPrintable(result.err));
}

void TestImportCommand::killedImportLeavesStoreUnchanged()
{
    TEAMLENS_REQUIRE_SHARED_DATA();
    const QString db = m_dir.filePath(QStringLiteral("killed.sqlite"));
    QCOMPARE(run({ QStringLiteral("--db"), db, QStringLiteral("--profile"), QStringLiteral("flipkart-csat"),
                   copyOfSource(QStringLiteral("first.csv")) })
                 .exitCode,
             0);
    const QVariant before = storeValue(db, QStringLiteral("SELECT count(*) FROM tickets"));
    QCOMPARE(before.toInt(), 817);

    // A big export in the same layout: the sample's rows again and again under new ids.
    QFile sample(FlipkartCsv);
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = sample.readAll().split('\n');
    const QByteArray header = lines.takeFirst();
    lines.removeAll(QByteArray());
    const QString big = m_dir.filePath(QStringLiteral("big.csv"));
    QFile out(big);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(header + '\n');
    for (int copy = 0; copy < 400; ++copy) {
        QByteArray chunk;
        for (const QByteArray &line : std::as_const(lines))
            chunk += QByteArray::number(copy).rightJustified(8, '0') + line.mid(8) + '\n';
        out.write(chunk);
    }
    out.close();

    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(TEAMLENS_BINARY),
                  { QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--profile"),
                    QStringLiteral("flipkart-csat"), QStringLiteral("--skip-bad-rows"),
                    QStringLiteral("--progress"), big });
    // The first progress line comes once rows are being written inside the batch's transaction.
    QVERIFY(process.waitForStarted());
    // Accumulated, because QTRY_VERIFY evaluates its condition once more after the loop succeeds.
    QByteArray errorOutput;
    QTRY_VERIFY_WITH_TIMEOUT((errorOutput += process.readAllStandardError()).contains("rows")
                                 || process.state() == QProcess::NotRunning,
                             60000);
    QCOMPARE(process.state(), QProcess::Running);
    ::kill(pid_t(process.processId()), SIGKILL);
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    QCOMPARE(storeValue(db, QStringLiteral("SELECT count(*) FROM tickets")), before);
    QCOMPARE(storeValue(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(storeValue(db, QStringLiteral("SELECT count(*) FROM import_batches")).toInt(), 1);
    const Result check = [&] {
        QProcess checker;
        checker.setProcessEnvironment(environment());
        checker.start(QStringLiteral(TEAMLENS_BINARY),
                      { QStringLiteral("check"), QStringLiteral("--db"), db });
        checker.waitForFinished();
        return Result { checker.exitCode(), QString::fromUtf8(checker.readAllStandardOutput()), QString() };
    }();
    QVERIFY2(check.exitCode == 0, qPrintable(check.out));
}

QTEST_GUILESS_MAIN(TestImportCommand)
#include "TestImportCommand.moc"
