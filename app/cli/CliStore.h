#pragma once

#include "store/Store.h"

#include <QTextStream>

#include <memory>

/** Opening a store for a command: a missing file and a failed open are reported the same way everywhere. */
namespace CliStore {

/** Opens path (which must exist) or writes why not to err, prefixed with the command name. */
std::unique_ptr<Store> open(const QString &command, const QString &path, QTextStream &err);

/**
 * Rebuilds the KPI aggregate days that imports or undos changed. A failure (a read-only store,
 * another writer holding the lock) is only a note: the engine then reads those periods from the
 * raw tickets. Returns whether the aggregates are up to date.
 */
bool refreshAggregates(const Store &store, QTextStream &err);

/** Who the command acts as, for the audit log: the operating-system user. */
QString actor();

} // namespace CliStore
