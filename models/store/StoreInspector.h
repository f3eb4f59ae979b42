#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class Store;

/** What `teamlens check` reports about a store. */
struct StoreInspection
{
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    QString journalMode;
    QStringList integrityProblems; // from PRAGMA integrity_check; empty when "ok"
    QStringList foreignKeyProblems; // from PRAGMA foreign_key_check
    QList<QPair<QString, qint64>> tableCounts;
    QString queryError; // set when inspecting itself failed

    bool isHealthy() const
    {
        return integrityProblems.isEmpty() && foreignKeyProblems.isEmpty() && queryError.isEmpty();
    }
};

/** Runs SQLite's integrity and foreign-key checks and counts the rows of the main tables. */
class StoreInspector
{
    Q_DECLARE_TR_FUNCTIONS(StoreInspector)

public:
    explicit StoreInspector(const Store &store);
    StoreInspection inspect() const;

private:
    const Store &m_store;
};
