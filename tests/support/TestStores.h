#pragma once

#include "store/Store.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

/** Real SQLite stores in temporary folders, opened through the application's own migration path. */
namespace TestStores {

/** A fresh, fully migrated store at dir/name. Fails the calling test (QVERIFY) on error. */
std::unique_ptr<Store> createStore(const QTemporaryDir &dir, const QString &name = QStringLiteral("store.sqlite"));

/** Opens an existing store with default options; returns null and fills error on failure. */
std::unique_ptr<Store> openStore(const QString &path, StoreError *error);

} // namespace TestStores
