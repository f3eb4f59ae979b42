#include "StoreInspector.h"

#include "Store.h"

#include <QSqlError>
#include <QSqlQuery>

StoreInspector::StoreInspector(const Store &store)
    : m_store(store)
{
}

StoreInspection StoreInspector::inspect() const
{
    StoreInspection result;
    result.schemaVersion = m_store.schemaVersion();
    result.latestSchemaVersion = m_store.latestSchemaVersion();

    QSqlDatabase db = m_store.connection();
    QSqlQuery query(db);
    auto failed = [&](const QSqlQuery &q) {
        result.queryError = m_store.errorFrom(q.lastError()).message + QStringLiteral(" (")
            + q.lastError().text() + QStringLiteral(")");
        return result;
    };

    if (!query.exec(QStringLiteral("PRAGMA journal_mode")) || !query.next())
        return failed(query);
    result.journalMode = query.value(0).toString();

    if (!query.exec(QStringLiteral("PRAGMA integrity_check(100)")))
        return failed(query);
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1StringView("ok"))
            result.integrityProblems.append(line);
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return failed(query);
    while (query.next() && result.foreignKeyProblems.size() < 100) {
        result.foreignKeyProblems.append(
            tr("row %1 of %2 refers to a missing row of %3")
                .arg(query.value(1).toString(), query.value(0).toString(), query.value(2).toString()));
    }

    if (!result.integrityProblems.isEmpty())
        return result; // counting a damaged file could fail half-way; the problems say enough
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                   "AND name NOT LIKE 'sqlite_%' ORDER BY name")))
        return failed(query);
    QStringList tables;
    while (query.next())
        tables.append(query.value(0).toString());
    for (const QString &table : std::as_const(tables)) {
        // Table names come from sqlite_schema, not from input; quoting keeps odd names safe.
        QString quoted = table;
        quoted.replace(u'"', QStringLiteral("\"\""));
        if (!query.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(quoted)) || !query.next())
            return failed(query);
        result.tableCounts.append({ table, query.value(0).toLongLong() });
    }
    return result;
}
