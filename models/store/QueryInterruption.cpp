#include "QueryInterruption.h"

#include "NativeStatement.h"

#include <sqlite3.h>

bool QueryInterruption::install(const QSqlDatabase &db, int everyNSteps, Check check, void *context)
{
    sqlite3 *handle = NativeStatement::handleOf(db);
    if (!handle)
        return false;
    sqlite3_progress_handler(handle, everyNSteps, check, context);
    return true;
}

void QueryInterruption::remove(const QSqlDatabase &db)
{
    if (sqlite3 *handle = NativeStatement::handleOf(db))
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
}
