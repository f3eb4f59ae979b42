#pragma once

#include "demo/DemoDataGenerator.h"
#include "store/Store.h"

#include <QString>
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
