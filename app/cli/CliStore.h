#pragma once

#include "store/Store.h"

#include <QTextStream>

#include <memory>

/** Opening a store for a command: a missing file and a failed open are reported the same way everywhere. */
namespace CliStore {

/** Opens path (which must exist) or writes why not to err, prefixed with the command name. */
std::unique_ptr<Store> open(const QString &command, const QString &path, QTextStream &err);

/** Brings the KPI aggregates up to date after imports; failures are a note, the engine falls back. */
void refreshAggregates(const Store &store, QTextStream &err);

/** Who the command acts as, for the audit log: the operating-system user. */
QString actor();

} // namespace CliStore
