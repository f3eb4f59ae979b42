#pragma once

#include "demo/DemoDataGenerator.h"
#include "store/Store.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

/** Real SQLite stores in temporary folders, opened through the application's own migration path. */
namespace TestStores {

/** A fresh, fully migrated store at dir/name. Fails the calling test (QVERIFY) on error. */
std::unique_ptr<Store> createStore(const QTemporaryDir &dir,
                                   const QString &name = QStringLiteral("store.sqlite"));

/**
 * A fresh store at dir/name filled by the demo generator with options; its summary goes to
 * *summary when given. Fails the calling test (QVERIFY) when either step fails.
 */
std::unique_ptr<Store> createDemoStore(const QTemporaryDir &dir, const DemoDataOptions &options,
                                       const QString &name = QStringLiteral("store.sqlite"),
                                       DemoDataSummary *summary = nullptr);

/** Opens an existing store with default options; returns null and fills error on failure. */
std::unique_ptr<Store> openStore(const QString &path, StoreError *error);

/**
 * The statements of the smallest QA fixture: department 91, team 91 "A", agent 91 王芳 (hired
 * 2020-01-01), ticket 1 (a resolved Taobao chat) handled by her and created at startedAt (UTC
 * seconds), and conversation conversationId on that ticket, started then. Tests add its messages.
 */
QStringList oneAgentConversationSql(qint64 startedAt, qint64 conversationId = 1);

/** Runs statements on db in order; false (and a failed test naming the statement) at the first failure. */
bool execAll(const QSqlDatabase &db, const QStringList &statements);

/**
 * A demo store generated once per test binary (in initTestCase) that each test function opens a
 * fresh copy of (in init): the audit log is append-only, so tests that write cannot undo their
 * changes, yet must all start from the same state.
 */
class DemoStoreTemplate
{
public:
    /** Generates the template; false (and a failed test) on error. */
    bool create(const DemoDataOptions &options);
    /** Opens a new copy of the template; null (and a failed test) on error. */
    std::unique_ptr<Store> openCopy();

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_copies = 0;
};

} // namespace TestStores
