#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

/** Opens (creating) a store with the shipped migrations up to maxVersion only. */
std::unique_ptr<Store> openAtVersion(const QTemporaryDir &dir, const QString &path, int maxVersion)
{
    static const QRegularExpression numbered(QStringLiteral(R"(^(\d+)_.*\.sql$)"));
    const QString folder = dir.filePath(QStringLiteral("migrations-%1").arg(maxVersion));
    QDir().mkpath(folder);
    const QDir source(QStringLiteral(":/migrations"));
    for (const QString &name : source.entryList({ QStringLiteral("*.sql") }, QDir::Files)) {
        const auto match = numbered.match(name);
        if (match.hasMatch() && match.captured(1).toInt() <= maxVersion
            && !QFileInfo::exists(QDir(folder).filePath(name)))
            QFile::copy(source.filePath(name), QDir(folder).filePath(name));
    }
    StoreOptions options;
    options.path = path;
    options.createIfMissing = true;
    options.migrationsPath = folder;
    StoreError error;
    auto store = Store::open(options, &error);
    if (!store)
        qWarning() << error.message << error.detail;
    return store;
}

std::unique_ptr<Store> openCurrent(const QString &path)
{
    StoreOptions options;
    options.path = path;
    StoreError error;
    auto store = Store::open(options, &error);
    if (!store)
        qWarning() << error.message << error.detail;
    return store;
}

QVariant value(const Store &store, const QString &sql)
{
    QSqlQuery query(store.connection());
    if (!query.exec(sql)) {
        qWarning() << query.lastError().text() << sql;
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

} // namespace

/**
 * Migration 008 (message counts in kpi_agent_day) on stores of version 7: aggregates built before it
 * lack the message counts, so the migration must record them as stale rather than let them be read.
 */
class TestKpiMigration : public QObject
{
    Q_OBJECT

private slots:
    void builtAggregatesBecomeStale();
    void storeWithoutAggregatesRecordsNothing();
};

void TestKpiMigration::builtAggregatesBecomeStale()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("v7.sqlite"));
    {
        auto old = openAtVersion(dir, path, 7);
        QVERIFY(old);
        QCOMPARE(old->schemaVersion(), 7);
        QSqlQuery query(old->connection());
        for (const QString &sql :
             { QStringLiteral("INSERT INTO tickets (id, source_system, external_id, platform, channel, type, "
                              "category, status, tier, created_at) VALUES "
                              "(1, 'helpdesk', 'T1', 'pdd', 'chat', 'consultation', 'service', 'open', 'L1', "
                              "1793000000), "
                              "(2, 'helpdesk', 'T2', 'pdd', 'chat', 'consultation', 'service', 'open', 'L1', "
                              "1794000000)"),
               QStringLiteral("INSERT INTO kpi_agent_day (day, agent_id, team_id, platform, handled) VALUES "
                              "(2461000, 0, 0, 'pdd', 2)") })
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
    }
    auto store = openCurrent(path);
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), Store::currentSchemaVersion());
    QVERIFY(store->schemaVersion() >= 8);
    // The new columns exist with zeros on the old row; the whole creation range is stale.
    QCOMPARE(value(*store,
                   QStringLiteral("SELECT msg_customer + msg_receptions + msg_over_limit FROM "
                                  "kpi_agent_day"))
                 .toLongLong(),
             0);
    QCOMPARE(value(*store, QStringLiteral("SELECT count(*) FROM kpi_stale_ranges")).toInt(), 1);
    QCOMPARE(value(*store, QStringLiteral("SELECT from_epoch FROM kpi_stale_ranges")).toLongLong(),
             1793000000);
    QCOMPARE(value(*store, QStringLiteral("SELECT to_epoch FROM kpi_stale_ranges")).toLongLong(), 1794000000);
    QVERIFY(value(*store, QStringLiteral("SELECT reason FROM kpi_stale_ranges"))
                .toString()
                .contains(QStringLiteral("008")));
}

void TestKpiMigration::storeWithoutAggregatesRecordsNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("v7.sqlite"));
    {
        auto old = openAtVersion(dir, path, 7);
        QVERIFY(old);
        QSqlQuery query(old->connection());
        QVERIFY2(
            query.exec(QStringLiteral(
                "INSERT INTO tickets (id, source_system, external_id, platform, channel, type, category, "
                "status, tier, created_at) VALUES (1, 'helpdesk', 'T1', 'jd', 'chat', 'consultation', "
                "'service', 'open', 'L1', 1793000000)")),
            qPrintable(query.lastError().text()));
    }
    auto store = openCurrent(path);
    QVERIFY(store);
    QCOMPARE(value(*store, QStringLiteral("SELECT count(*) FROM kpi_stale_ranges")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestKpiMigration)
#include "TestKpiMigration.moc"
