#include "../store/StoreTestHelpers.h"
#include "support/TestStores.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace StoreTestHelpers;

namespace {
/**
 * The files in a store's folder, leaving out SQLite's WAL index and an empty log: a read-only
 * connection to a WAL-mode store must create them to read it and, being read-only, cannot remove
 * them when it closes. They hold no data (the log stays empty) and SQLite reuses them; the store
 * file itself is compared byte for byte.
 */
QStringList filesBesideStore(const QString &folder)
{
    QStringList files;
    const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (entry.fileName().endsWith(QLatin1StringView("-shm")))
            continue;
        if (entry.fileName().endsWith(QLatin1StringView("-wal")) && entry.size() == 0)
            continue;
        files << entry.fileName();
    }
    return files;
}
} // namespace

/**
 * The headless command line, driven through the built binary exactly as a script would run it:
 * with no display and no platform plugin chosen. Every `check` case also proves the file unchanged.
 */
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version();
    void help();
    void unknownCommand();
    void windowWithoutDisplay_data();
    void windowWithoutDisplay();
    void checkWithoutDb();
    void checkMissingFile();
    void checkHealthyStore();
    void checkJson();
    void checkBadFile_data();
    void checkBadFile();
    void checkNewerVersion();
    void checkBrokenForeignKeys();
    void checkOlderVersion();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments) const;

    QTemporaryDir m_dir;
};

void TestCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(TEAMLENS_BINARY)).isExecutable(), TEAMLENS_BINARY);
}

TestCommandLine::Result TestCommandLine::run(const QStringList &arguments) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Headless means headless: no display, no platform plugin forced by the test runner.
    for (const char *name : { "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE" })
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("HOME"), m_dir.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TEAMLENS_BINARY), arguments);
    Result result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCommandLine::version()
{
    const Result result = run({ QStringLiteral("--version") });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), QStringLiteral("TeamLens " TEAMLENS_EXPECTED_VERSION));
    const Result late
        = run({ QStringLiteral("--db"), QStringLiteral("x.sqlite"), QStringLiteral("--version") });
    QCOMPARE(late.exitCode, 0);
    QCOMPARE(late.out.trimmed(), QStringLiteral("TeamLens " TEAMLENS_EXPECTED_VERSION));
}

void TestCommandLine::help()
{
    const Result result = run({ QStringLiteral("--help") });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("Usage: teamlens")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("check")));

    const Result checkHelp = run({ QStringLiteral("check"), QStringLiteral("--help") });
    QCOMPARE(checkHelp.exitCode, 0);
    QVERIFY2(checkHelp.out.contains(QStringLiteral("--db")), qPrintable(checkHelp.out));
}

void TestCommandLine::unknownCommand()
{
    const Result result = run({ QStringLiteral("frobnicate") });
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("frobnicate")), qPrintable(result.err));
    QVERIFY(result.err.contains(QStringLiteral("Usage: teamlens")));
}

void TestCommandLine::windowWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no arguments") << QStringList {};
    QTest::newRow("a store") << QStringList { QStringLiteral("--db"), QStringLiteral("store.sqlite") };
    QTest::newRow("an unknown option") << QStringList { QStringLiteral("--bogus") };
}

void TestCommandLine::windowWithoutDisplay()
{
    // Asking for the window where there is no display is answered on the terminal, not by a crash.
    QFETCH(QStringList, arguments);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("no display")), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("data"))));
}

void TestCommandLine::checkWithoutDb()
{
    const Result result = run({ QStringLiteral("check") });
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("--db")), qPrintable(result.err));

    const Result badOption = run({ QStringLiteral("check"), QStringLiteral("--no-such-option") });
    QCOMPARE(badOption.exitCode, 2);

    // A stray word is refused, named, and nothing is opened.
    const QString path = m_dir.filePath(QStringLiteral("never-opened.sqlite"));
    const Result stray
        = run({ QStringLiteral("check"), QStringLiteral("--db"), path, QStringLiteral("extra") });
    QCOMPARE(stray.exitCode, 2);
    QVERIFY2(stray.err.contains(QStringLiteral("teamlens check: unexpected argument \"extra\".")),
             qPrintable(stray.err));
    QVERIFY(!QFileInfo::exists(path));
}

void TestCommandLine::checkMissingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-store.sqlite"));
    const Result result = run({ QStringLiteral("check"), QStringLiteral("--db"), path });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(path), qPrintable(result.err));
    QVERIFY2(!QFileInfo::exists(path), "check must not create a store");
}

void TestCommandLine::checkHealthyStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TestStores::createStore(dir, QStringLiteral("healthy.sqlite")).reset();
    const QString path = dir.filePath(QStringLiteral("healthy.sqlite"));
    const QByteArray before = fileHash(path);
    const QStringList filesBefore = filesBesideStore(dir.path());

    const Result result = run({ QStringLiteral("check"), QStringLiteral("--db"), path });
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QVERIFY(result.out.contains(path));
    QVERIFY2(result.out.contains(
                 QStringLiteral("Schema version: %1 (current)").arg(Store::currentSchemaVersion())),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("Integrity: ok")));
    QVERIFY(result.out.contains(QStringLiteral("Foreign keys: ok")));
    static const QRegularExpression departments(QStringLiteral(R"(^\s+departments\s+4$)"),
                                                QRegularExpression::MultilineOption);
    QVERIFY2(departments.match(result.out).hasMatch(), qPrintable(result.out));
    static const QRegularExpression policies(QStringLiteral(R"(^\s+sla_policies\s+3$)"),
                                             QRegularExpression::MultilineOption);
    QVERIFY(policies.match(result.out).hasMatch());

    QCOMPARE(fileHash(path), before);
    QCOMPARE(filesBesideStore(dir.path()), filesBefore);
}

void TestCommandLine::checkJson()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TestStores::createStore(dir, QStringLiteral("healthy.sqlite")).reset();
    const QString path = dir.filePath(QStringLiteral("healthy.sqlite"));
    const Result result
        = run({ QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--db"), path });
    QCOMPARE(result.exitCode, 0);
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8(), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(result.out));
    QCOMPARE(json.value(QStringLiteral("store")).toString(), path);
    QCOMPARE(json.value(QStringLiteral("schemaVersion")).toInt(), Store::currentSchemaVersion());
    QCOMPARE(json.value(QStringLiteral("integrityOk")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("healthy")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("tables")).toObject().value(QStringLiteral("departments")).toInt(), 4);
}

void TestCommandLine::checkBadFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("truncateStore");
    QByteArray garbage;
    for (int i = 0; i < 8192; ++i)
        garbage.append(char((i * 31 + 7) % 253));
    QTest::newRow("garbage") << garbage << false;
    QTest::newRow("text file") << QByteArray("order_id,amount\n1,10\n") << false;
    QTest::newRow("truncated store") << QByteArray() << true;
    QTest::newRow("empty file") << QByteArray() << false;
}

void TestCommandLine::checkBadFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, truncateStore);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
    if (truncateStore) {
        auto store = TestStores::createStore(dir, QStringLiteral("bad.sqlite"));
        QSqlQuery query(store->connection());
        for (int i = 0; i < 200; ++i)
            query.exec(QStringLiteral("INSERT INTO departments (code, name) VALUES ('d%1', '%2')")
                           .arg(i)
                           .arg(QString(300, u'y')));
        query.finish();
        store.reset();
        QFile file(path);
        QVERIFY(file.resize(file.size() / 2));
    } else {
        QVERIFY(writeFile(path, bytes));
    }
    const QByteArray before = fileHash(path);
    const qint64 sizeBefore = QFileInfo(path).size();

    const Result result = run({ QStringLiteral("check"), QStringLiteral("--db"), path });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(path), qPrintable(result.err));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QFileInfo(path).size(), sizeBefore);
    QCOMPARE(filesBesideStore(dir.path()), QStringList { QStringLiteral("bad.sqlite") });
}

void TestCommandLine::checkNewerVersion()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TestStores::createStore(dir, QStringLiteral("newer.sqlite")).reset();
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    withRawConnection(path, [](QSqlDatabase &db) {
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(Store::currentSchemaVersion() + 5));
    });
    const QByteArray before = fileHash(path);

    const Result result = run({ QStringLiteral("check"), QStringLiteral("--db"), path });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(path), qPrintable(result.err));
    QVERIFY(result.err.contains(QString::number(Store::currentSchemaVersion() + 5)));
    QCOMPARE(fileHash(path), before);
}

void TestCommandLine::checkBrokenForeignKeys()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TestStores::createStore(dir, QStringLiteral("fk.sqlite")).reset();
    const QString path = dir.filePath(QStringLiteral("fk.sqlite"));
    // Another program wrote a team of a department that does not exist (foreign keys were off).
    withRawConnection(path, [](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        query.exec(
            QStringLiteral("INSERT INTO teams (department_id, name, tier) VALUES (999, 'ghost', 'L1')"));
    });
    const QByteArray before = fileHash(path);

    const Result result = run({ QStringLiteral("check"), QStringLiteral("--db"), path });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(QStringLiteral("Integrity: ok")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("Foreign keys: BROKEN")));
    QVERIFY(result.out.contains(QStringLiteral("teams")));
    QVERIFY2(result.err.contains(path), qPrintable(result.err));
    QCOMPARE(fileHash(path), before);
}

void TestCommandLine::checkOlderVersion()
{
    // check reports an old store but does not upgrade it: that is left to opening it in TeamLens.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyMigrations(dir.filePath(QStringLiteral("m")), 1));
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        StoreOptions options;
        options.path = path;
        options.createIfMissing = true;
        options.migrationsPath = dir.filePath(QStringLiteral("m"));
        StoreError error;
        QVERIFY2(Store::open(options, &error), qPrintable(error.message));
    }
    const QByteArray before = fileHash(path);
    const Result result = run({ QStringLiteral("check"), QStringLiteral("--db"), path });
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QVERIFY2(result.out.contains(QStringLiteral("Schema version: 1 (TeamLens upgrades it to %1")
                                     .arg(Store::currentSchemaVersion())),
             qPrintable(result.out));
    QCOMPARE(fileHash(path), before);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
