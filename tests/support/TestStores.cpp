#include "TestStores.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

std::unique_ptr<Store> TestStores::createStore(const QTemporaryDir &dir, const QString &name)
{
    StoreOptions options;
    options.path = dir.filePath(name);
    options.createIfMissing = true;
    StoreError error;
    auto store = Store::open(options, &error);
    if (!store)
        QTest::qFail(
            qPrintable(QStringLiteral("could not create test store: ") + error.message + error.detail),
            __FILE__, __LINE__);
    return store;
}

std::unique_ptr<Store> TestStores::createDemoStore(const QTemporaryDir &dir, const DemoDataOptions &options,
                                                   const QString &name, DemoDataSummary *summary)
{
    auto store = createStore(dir, name);
    if (!store)
        return store;
    DemoDataGenerator generator(*store);
    QString error;
    if (!generator.generate(options, &error))
        QTest::qFail(qPrintable(QStringLiteral("could not generate demo data: ") + error), __FILE__,
                     __LINE__);
    if (summary)
        *summary = generator.summary();
    return store;
}

QStringList TestStores::oneAgentConversationSql(qint64 startedAt, qint64 conversationId)
{
    return {
        QStringLiteral("INSERT INTO departments (id, code, name) VALUES (91, 'qa-test', 'QA test')"),
        QStringLiteral("INSERT INTO teams (id, department_id, name, tier) VALUES (91, 91, 'A', 'L1')"),
        QStringLiteral("INSERT INTO agents (id, name, team_id, tier, shift, hire_date) VALUES "
                       "(91, '王芳', 91, 'L1', 'morning', '2020-01-01')"),
        QStringLiteral(
            "INSERT INTO tickets (id, source_system, external_id, platform, channel, type, category, "
            "status, tier, agent_id, created_at) VALUES (1, 'test', 't1', 'taobao', 'chat', "
            "'consultation', 'product', 'resolved', 'L1', 91, %1)")
            .arg(startedAt),
        QStringLiteral("INSERT INTO conversations (id, ticket_id, started_at) VALUES (%1, 1, %2)")
            .arg(conversationId)
            .arg(startedAt),
    };
}

bool TestStores::execAll(const QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery query(db);
    for (const QString &sql : statements) {
        if (!query.exec(sql)) {
            QTest::qFail(qPrintable(sql + QStringLiteral(": ") + query.lastError().text()), __FILE__,
                         __LINE__);
            return false;
        }
    }
    return true;
}

std::unique_ptr<Store> TestStores::openStore(const QString &path, StoreError *error)
{
    StoreOptions options;
    options.path = path;
    return Store::open(options, error);
}

bool TestStores::DemoStoreTemplate::create(const DemoDataOptions &options)
{
    if (!m_dir.isValid()) {
        QTest::qFail("no temporary folder for the template store", __FILE__, __LINE__);
        return false;
    }
    const auto store = createDemoStore(m_dir, options, QStringLiteral("template.sqlite"));
    if (!store)
        return false;
    m_path = store->path();
    return true;
}

std::unique_ptr<Store> TestStores::DemoStoreTemplate::openCopy()
{
    const QString path = m_dir.filePath(QStringLiteral("copy%1.sqlite").arg(++m_copies));
    if (m_path.isEmpty() || !QFile::copy(m_path, path)) {
        QTest::qFail(qPrintable(QStringLiteral("could not copy the template store to ") + path), __FILE__,
                     __LINE__);
        return {};
    }
    StoreError error;
    auto store = openStore(path, &error);
    if (!store)
        QTest::qFail(
            qPrintable(QStringLiteral("could not open ") + path + QStringLiteral(": ") + error.message),
            __FILE__, __LINE__);
    return store;
}
