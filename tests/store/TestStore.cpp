#include "StoreTestHelpers.h"
#include "store/Migrator.h"
#include "store/Store.h"
#include "support/TestStores.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace StoreTestHelpers;

/**
 * Store::open on real SQLite files: creation, upgrades through the real migrations, refusal of
 * newer and foreign files, rollback of a failing step, and every kind of bad input the store can
 * meet. Each failure case also checks that the message names the file and that nothing changed.
 */
class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void freshLocalStore();
    void freshSharedStore();
    void upgradeFromEarlierVersion_data();
    void upgradeFromEarlierVersion();
    void refusesNewerVersion();
    void failingStepRollsBack();
    void invalidMigrationFolder_data();
    void invalidMigrationFolder();
    void badInput_data();
    void badInput();
    void readOnlyOpenOfReadOnlyFile();
    void emptyFile();
    void lockedStore();
    void lockedDuringUpgrade();
    void perThreadConnections();

private:
    static std::unique_ptr<Store> createAtVersion(const QTemporaryDir &dir, int version, const QString &path);
};

std::unique_ptr<Store> TestStore::createAtVersion(const QTemporaryDir &dir, int version, const QString &path)
{
    const QString folder = dir.filePath(QStringLiteral("migrations-%1").arg(version));
    if (!QFileInfo::exists(folder) && !copyMigrations(folder, version))
        return {};
    StoreOptions options;
    options.path = path;
    options.mode = StoreMode::Local;
    options.createIfMissing = true;
    options.migrationsPath = folder;
    StoreError error;
    auto store = Store::open(options, &error);
    if (!store)
        qWarning() << "createAtVersion failed:" << error.message << error.detail;
    return store;
}

void TestStore::freshLocalStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    StoreOptions options;
    options.path = dir.filePath(QStringLiteral("sub/folder/fresh.sqlite"));
    options.mode = StoreMode::Local;
    options.createIfMissing = true;
    StoreError error;
    const auto store = Store::open(options, &error);
    QVERIFY2(store, qPrintable(error.message + error.detail));
    QCOMPARE(error.code, StoreError::Code::None);
    QCOMPARE(store->mode(), StoreMode::Local);
    QCOMPARE(store->schemaVersion(), Store::currentSchemaVersion());
    QVERIFY(Store::currentSchemaVersion() >= 2);
    QVERIFY2(store->backupPath().isEmpty(), "a new store needs no backup");

    QSqlQuery query(store->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
    QCOMPARE(query.value(0).toInt(), Store::currentSchemaVersion());
    QVERIFY(query.exec(QStringLiteral("PRAGMA application_id")) && query.next());
    QCOMPARE(query.value(0).toInt(), Migrator::ApplicationId);
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));

    // The default SLA rules and departments of migration 002.
    QVERIFY(
        query.exec(QStringLiteral("SELECT name, first_response_minutes FROM sla_policies ORDER BY name")));
    QStringList policies;
    while (query.next())
        policies << QStringLiteral("%1=%2").arg(query.value(0).toString()).arg(query.value(1).toInt());
    QCOMPARE(policies,
             (QStringList { QStringLiteral("Complaint=60"), QStringLiteral("Consultation=30"),
                            QStringLiteral("Default=60") }));
    QVERIFY(query.exec(QStringLiteral("SELECT code FROM departments ORDER BY code")));
    QStringList departments;
    while (query.next())
        departments << query.value(0).toString();
    QCOMPARE(departments,
             (QStringList { QStringLiteral("complaints"), QStringLiteral("customer_service"),
                            QStringLiteral("logistics"), QStringLiteral("tech_support") }));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sla_calendar_hours WHERE calendar_id = 1 "
                                      "AND start_minute = 480 AND end_minute = 1440")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 7);

    // Foreign keys are enforced on the connection.
    QVERIFY(
        !query.exec(QStringLiteral("INSERT INTO teams (department_id, name, tier) VALUES (999, 'x', 'L1')")));
}

void TestStore::freshSharedStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    StoreOptions options;
    options.path = dir.filePath(QStringLiteral("shared.sqlite"));
    options.mode = StoreMode::Shared;
    options.createIfMissing = true;
    StoreError error;
    auto store = Store::open(options, &error);
    QVERIFY2(store, qPrintable(error.message + error.detail));
    QCOMPARE(store->mode(), StoreMode::Shared);
    QSqlQuery query(store->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("delete"));
    query.finish();
    store.reset();
    QVERIFY2(!QFileInfo::exists(options.path + QStringLiteral("-wal")), "a shared store keeps no WAL file");
    QCOMPARE(rawValue(options.path, QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("delete"));
}

void TestStore::upgradeFromEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    for (int version = 1; version < Store::currentSchemaVersion(); ++version)
        QTest::addRow("from-v%d", version) << version;
}

void TestStore::upgradeFromEarlierVersion()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        auto old = createAtVersion(dir, version, path);
        QVERIFY(old);
        QCOMPARE(old->schemaVersion(), version);
        // Rows in tables every version has (schema 1), with codes the later defaults do not use.
        QSqlQuery query(old->connection());
        QVERIFY2(
            query.exec(QStringLiteral("INSERT INTO departments (id, code, name) VALUES (100, 'test_dept', "
                                      "'售后测试部')")),
            qPrintable(query.lastError().text()));
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO teams (id, department_id, name, tier) VALUES (100, 100, "
                                      "'一组', 'L1')")));
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO agents (id, name, team_id, tier, shift, hire_date) VALUES "
                                      "(100, '张三', 100, 'L1', 'morning', '2026-01-05')")));
    }

    StoreError error;
    const auto store = TestStores::openStore(path, &error);
    QVERIFY2(store, qPrintable(error.message + error.detail));
    QCOMPARE(store->schemaVersion(), Store::currentSchemaVersion());

    QSqlQuery query(store->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
    QCOMPARE(query.value(0).toInt(), Store::currentSchemaVersion());
    QVERIFY(query.exec(
        QStringLiteral("SELECT a.name, t.name, d.name FROM agents a JOIN teams t ON t.id = "
                       "a.team_id JOIN departments d ON d.id = t.department_id WHERE a.id = 100")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("张三"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("一组"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("售后测试部"));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sla_policies")) && query.next());
    QVERIFY(query.value(0).toInt() >= 3);

    // The backup lies beside the store, holds the old version and the old rows.
    const QString backup = store->backupPath();
    QVERIFY2(!backup.isEmpty(), "upgrading must take a backup first");
    QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(path).absolutePath());
    QVERIFY(QFileInfo(backup).fileName().startsWith(QStringLiteral("old.sqlite.v%1-").arg(version)));

    StoreOptions backupOptions;
    backupOptions.path = backup;
    backupOptions.readOnly = true;
    const auto backupStore = Store::open(backupOptions, &error);
    QVERIFY2(backupStore, qPrintable(error.message + error.detail));
    QCOMPARE(backupStore->schemaVersion(), version);
    QSqlQuery backupQuery(backupStore->connection());
    QVERIFY(backupQuery.exec(QStringLiteral("SELECT name FROM agents WHERE id = 100")) && backupQuery.next());
    QCOMPARE(backupQuery.value(0).toString(), QStringLiteral("张三"));
}

void TestStore::refusesNewerVersion()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    TestStores::createStore(dir, QStringLiteral("newer.sqlite")).reset();
    const int newer = Store::currentSchemaVersion() + 1;
    withRawConnection(path, [newer](QSqlDatabase &db) {
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(newer));
    });
    QCOMPARE(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(), newer);
    const QByteArray before = fileHash(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

    StoreError error;
    const auto store = TestStores::openStore(path, &error);
    QVERIFY(!store);
    QCOMPARE(error.code, StoreError::Code::NewerVersion);
    QVERIFY2(error.message.contains(path), qPrintable(error.message));
    QVERIFY(error.message.contains(QString::number(newer)));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore); // no backup, no journal left behind
}

void TestStore::failingStepRollsBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    const QString folder = dir.filePath(QStringLiteral("broken-migrations"));
    QVERIFY(copyMigrations(folder, 2));
    {
        auto store = createAtVersion(dir, 2, path);
        QVERIFY(store);
        QSqlQuery query(store->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO departments (code, name) VALUES ('kept', 'Kept')")));
    }
    // Step 3 creates a table and changes rows, then fails: all of it must roll back.
    QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("003_broken_step.sql")),
                      "CREATE TABLE step_three (id INTEGER PRIMARY KEY);\n"
                      "INSERT INTO step_three (id) VALUES (1);\n"
                      "UPDATE departments SET name = 'changed';\n"
                      "THIS IS NOT SQL;\n"));
    const QByteArray before = fileHash(path);

    StoreOptions options;
    options.path = path;
    options.mode = StoreMode::Local;
    options.migrationsPath = folder;
    StoreError error;
    QVERIFY(!Store::open(options, &error));
    QCOMPARE(error.code, StoreError::Code::MigrationFailed);
    QVERIFY2(error.message.contains(path), qPrintable(error.message));
    QVERIFY(error.detail.contains(QStringLiteral("THIS IS NOT SQL")));

    // The store was closed in WAL mode with an empty log, and the failed step only ever wrote to the
    // log, so the main file's bytes are unchanged; the content checks below hold either way.
    QCOMPARE(fileHash(path), before);
    QCOMPARE(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(), 2);
    QCOMPARE(rawValue(path, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'step_three'"))
                 .toInt(),
             0);
    QCOMPARE(
        rawValue(path, QStringLiteral("SELECT count(*) FROM departments WHERE name = 'changed'")).toInt(), 0);
    QCOMPARE(rawValue(path, QStringLiteral("SELECT name FROM departments WHERE code = 'kept'")).toString(),
             QStringLiteral("Kept"));
    QCOMPARE(rawValue(path, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestStore::invalidMigrationFolder_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::newRow("no migrations") << QStringList {};
    QTest::newRow("gap") << QStringList { QStringLiteral("001_a.sql"), QStringLiteral("003_c.sql") };
    QTest::newRow("numbered twice") << QStringList { QStringLiteral("001_a.sql"),
                                                     QStringLiteral("001_b.sql") };
    QTest::newRow("starts at 2") << QStringList { QStringLiteral("002_b.sql") };
}

void TestStore::invalidMigrationFolder()
{
    QFETCH(QStringList, files);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("migrations"));
    QVERIFY(QDir().mkpath(folder));
    for (const QString &file : std::as_const(files))
        QVERIFY(writeFile(QDir(folder).filePath(file),
                          "CREATE TABLE t_" + file.left(3).toLatin1() + " (id INTEGER);"));

    StoreOptions options;
    options.path = dir.filePath(QStringLiteral("new.sqlite"));
    options.createIfMissing = true;
    options.migrationsPath = folder;
    StoreError error;
    QVERIFY(!Store::open(options, &error));
    QCOMPARE(error.code, StoreError::Code::MigrationFailed);
    QVERIFY2(error.message.contains(folder), qPrintable(error.message));
    QVERIFY2(!QFileInfo::exists(options.path), "no store may be created from a broken migration folder");
}

void TestStore::badInput_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<StoreError::Code>("expected");
    QTest::addColumn<StoreError::Code>("alsoAccepted");

    using Code = StoreError::Code;
    QTest::newRow("missing file") << QStringLiteral("missing") << Code::Missing << Code::Missing;
    QTest::newRow("folder") << QStringLiteral("folder") << Code::Unreadable << Code::Unreadable;
    QTest::newRow("no read permission")
        << QStringLiteral("unreadable") << Code::Unreadable << Code::Unreadable;
    QTest::newRow("read-only file") << QStringLiteral("readonly") << Code::ReadOnly << Code::ReadOnly;
    QTest::newRow("garbage bytes") << QStringLiteral("garbage") << Code::NotAStore << Code::Corrupt;
    QTest::newRow("truncated store") << QStringLiteral("truncated") << Code::Corrupt << Code::NotAStore;
    QTest::newRow("header only") << QStringLiteral("header") << Code::Corrupt << Code::NotAStore;
    QTest::newRow("empty-looking text file") << QStringLiteral("text") << Code::NotAStore << Code::Corrupt;
    QTest::newRow("foreign SQLite database")
        << QStringLiteral("foreign") << Code::NotAStore << Code::NotAStore;
}

void TestStore::badInput()
{
    QFETCH(QString, kind);
    QFETCH(StoreError::Code, expected);
    QFETCH(StoreError::Code, alsoAccepted);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = dir.filePath(QStringLiteral("input.sqlite"));

    auto makeStore = [&]() {
        auto store = TestStores::createStore(dir, QStringLiteral("input.sqlite"));
        QSqlQuery query(store->connection());
        for (int i = 0; i < 200; ++i)
            query.exec(QStringLiteral("INSERT INTO departments (code, name) VALUES ('d%1', '%2')")
                           .arg(i)
                           .arg(QString(300, u'x')));
        query.finish();
        store.reset();
    };

    if (kind == QLatin1StringView("missing")) {
        // nothing to prepare
    } else if (kind == QLatin1StringView("folder")) {
        path = dir.filePath(QStringLiteral("a-folder.sqlite"));
        QVERIFY(QDir().mkpath(path));
    } else if (kind == QLatin1StringView("unreadable")) {
        makeStore();
        QVERIFY(QFile::setPermissions(path, QFile::WriteOwner));
    } else if (kind == QLatin1StringView("readonly")) {
        makeStore();
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    } else if (kind == QLatin1StringView("garbage")) {
        QByteArray bytes;
        for (int i = 0; i < 8192; ++i)
            bytes.append(char((i * 7919 + 13) % 251));
        QVERIFY(writeFile(path, bytes));
    } else if (kind == QLatin1StringView("truncated")) {
        makeStore();
        QFile file(path);
        QVERIFY(file.size() > 16384);
        QVERIFY(file.resize(file.size() / 2));
    } else if (kind == QLatin1StringView("header")) {
        makeStore();
        QFile file(path);
        QVERIFY(file.resize(60)); // inside the 100-byte header
    } else if (kind == QLatin1StringView("text")) {
        QVERIFY(writeFile(path, "ticket_id,platform\n1,taobao\n"));
    } else if (kind == QLatin1StringView("foreign")) {
        withRawConnection(path, [](QSqlDatabase &db) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)"));
            query.exec(QStringLiteral("INSERT INTO songs (title) VALUES ('a'), ('b')"));
        });
    }

    const bool fileExisted = QFileInfo(path).isFile();
    const QByteArray before = fileExisted ? fileHash(path) : QByteArray();
    const QStringList filesBefore
        = QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);

    StoreError error;
    const auto store = TestStores::openStore(path, &error);
    QVERIFY(!store);
    QVERIFY2(
        error.code == expected || error.code == alsoAccepted,
        qPrintable(QStringLiteral("code %1: %2 (%3)").arg(int(error.code)).arg(error.message, error.detail)));
    QVERIFY2(error.message.contains(path), qPrintable(error.message));

    // Nothing changed: same bytes, no new files (no journal, WAL, backup or created store).
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    if (fileExisted)
        QCOMPARE(fileHash(path), before);
    QCOMPARE(QFileInfo(path).isFile(), fileExisted);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot), filesBefore);
}

void TestStore::readOnlyOpenOfReadOnlyFile()
{
    // `check` opens read-only: a write-protected store is fine then, and stays untouched.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    TestStores::createStore(dir).reset();
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    const QByteArray before = fileHash(path);
    StoreOptions options;
    options.path = path;
    options.readOnly = true;
    StoreError error;
    {
        const auto store = Store::open(options, &error);
        QVERIFY2(store, qPrintable(error.message + error.detail));
        QCOMPARE(store->schemaVersion(), Store::currentSchemaVersion());
        QSqlQuery query(store->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM departments")) && query.next());
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM departments")));
    }
    QCOMPARE(fileHash(path), before);
}

void TestStore::emptyFile()
{
    // An empty file is an empty SQLite database: opening it for writing builds a store in it, but a
    // read-only open (`check`) reports that it is no store and leaves it empty.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    QVERIFY(writeFile(path, QByteArray()));
    StoreOptions options;
    options.path = path;
    options.readOnly = true;
    StoreError error;
    QVERIFY(!Store::open(options, &error));
    QCOMPARE(error.code, StoreError::Code::NotAStore);
    QVERIFY2(error.message.contains(path), qPrintable(error.message));
    QCOMPARE(QFileInfo(path).size(), 0);

    const auto store = TestStores::openStore(path, &error);
    QVERIFY2(store, qPrintable(error.message));
    QCOMPARE(store->schemaVersion(), Store::currentSchemaVersion());
    QVERIFY2(store->backupPath().isEmpty(), "an empty file needs no backup");
}

void TestStore::lockedStore()
{
    // In rollback-journal (shared) mode an exclusive transaction keeps readers out, so the open
    // waits for the busy timeout and then reports the lock.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
    {
        StoreOptions options;
        options.path = path;
        options.mode = StoreMode::Shared;
        options.createIfMissing = true;
        StoreError error;
        QVERIFY2(Store::open(options, &error), qPrintable(error.message));
    }
    const QByteArray before = fileHash(path);

    withRawConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery holder(db);
        QVERIFY(holder.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(holder.exec(QStringLiteral("UPDATE departments SET name = name")));

        StoreOptions options;
        options.path = path;
        options.mode = StoreMode::Shared;
        options.busyTimeoutMs = 200;
        StoreError error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!Store::open(options, &error));
        QCOMPARE(error.code, StoreError::Code::Locked);
        QVERIFY2(error.message.contains(path), qPrintable(error.message));
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));
    });
    QCOMPARE(fileHash(path), before);
}

void TestStore::lockedDuringUpgrade()
{
    // A local (WAL) store lets readers in, but an upgrade needs the write lock another writer holds.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    createAtVersion(dir, 1, path).reset();
    if (Store::currentSchemaVersion() < 2)
        QSKIP("needs at least two migrations");

    withRawConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery holder(db);
        QVERIFY(holder.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(holder.exec(QStringLiteral("INSERT INTO store_settings (key, value) VALUES ('busy', '1')")));
        StoreOptions options;
        options.path = path;
        options.busyTimeoutMs = 200;
        StoreError error;
        QVERIFY(!Store::open(options, &error));
        QCOMPARE(error.code, StoreError::Code::Locked);
        QVERIFY2(error.message.contains(path), qPrintable(error.message));
        QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));
    });
    QCOMPARE(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
}

void TestStore::perThreadConnections()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto store = TestStores::createStore(dir);
    QVERIFY(store);
    const QSqlDatabase mainConnection = store->connection();
    QVERIFY(mainConnection.isOpen());
    QCOMPARE(store->connection().connectionName(), mainConnection.connectionName());

    QString workerName;
    bool workerOpen = false;
    int workerCount = -1;
    bool releasedGone = false;
    QThread *thread = QThread::create([&]() {
        {
            QSqlDatabase db = store->connection();
            workerName = db.connectionName();
            workerOpen = db.isOpen();
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT count(*) FROM departments")) && query.next())
                workerCount = query.value(0).toInt();
        }
        store->releaseThreadConnection();
        releasedGone = !QSqlDatabase::contains(workerName);
    });
    thread->start();
    QVERIFY(thread->wait(30000));
    delete thread;

    QVERIFY(workerOpen);
    QVERIFY(workerName != mainConnection.connectionName());
    QCOMPARE(workerCount, 4);
    QVERIFY(releasedGone);
    QVERIFY(store->connection().isOpen()); // the main thread's connection is untouched

    // Threads that end without releasing their connection: later threads (which may get the same
    // QThread address) still receive a working connection of their own.
    QStringList names;
    for (int round = 0; round < 3; ++round) {
        bool works = false;
        QThread *worker = QThread::create([&]() {
            QSqlDatabase db = store->connection();
            names << db.connectionName();
            QSqlQuery query(db);
            works = query.exec(QStringLiteral("SELECT 1")) && query.next();
        });
        worker->start();
        QVERIFY(worker->wait(30000));
        delete worker;
        QVERIFY2(works, qPrintable(QStringLiteral("round %1").arg(round)));
    }
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), 3);
}

QTEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
