#pragma once

#include <QSqlDatabase>

/**
 * Lets a worker pause or abandon its own long queries: the check runs inside the database engine
 * every few thousand steps on the connection's thread; returning non-zero aborts the running
 * statement (it then fails as interrupted). Engine specifics stay in the store layer.
 */
namespace QueryInterruption {

using Check = int (*)(void *context);

/** Installs check on db (this thread's connection). False when the driver cannot do it. */
bool install(const QSqlDatabase &db, int everyNSteps, Check check, void *context);
void remove(const QSqlDatabase &db);

} // namespace QueryInterruption
