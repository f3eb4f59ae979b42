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

} // namespace TestStores
