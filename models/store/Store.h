#pragma once

#include "StoreError.h"
#include "StoreOptions.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

/**
 * A TeamLens store: one SQLite file, opened, checked and migrated by open().
 *
 * Threading: the Store object itself may be shared between threads. Every thread gets its own
 * QSqlDatabase connection from connection(), opened on first use with the store's pragmas. A
 * worker thread calls releaseThreadConnection() before it finishes; the destructor closes the
 * rest, so destroy the Store only after its worker threads have stopped.
 */
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    /** Opens (and if needed creates and migrates) a store. Returns null and fills error on failure. */
    static std::unique_ptr<Store> open(const StoreOptions &options, StoreError *error);

    /**
     * Process-wide SQLite settings; call once at start-up, before any store is opened (SQLite
     * ignores them afterwards). Turns off SQLite's memory statistics, which nothing reads and which
     * take a global mutex on every allocation: a large import allocates for every row.
     */
    static void configureSqlite();

    /** The schema version this build of TeamLens writes. */
    static int currentSchemaVersion();

    /** Where the local store lives when no --db is given: the user's application-data folder. */
    static QString defaultPath();

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString path() const { return m_options.path; }
    StoreMode mode() const { return m_mode; } // Local or Shared, never Auto
    bool isReadOnly() const { return m_options.readOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    int latestSchemaVersion() const { return m_latestSchemaVersion; }
    QString backupPath() const { return m_backupPath; } // taken before migrating, if this open migrated

    /** This thread's connection to the store. */
    QSqlDatabase connection() const;
    void releaseThreadConnection() const;

    /** Turns a driver error into a user sentence naming this store's file. */
    StoreError errorFrom(const class QSqlError &sqlError) const;
    static StoreError errorFrom(const class QSqlError &sqlError, const QString &path);

private:
    Store(const StoreOptions &options, StoreMode mode);

    QSqlDatabase openConnection(const QString &name) const;
    StoreError prepare(bool existed);
    StoreError backUp(QSqlDatabase db);
    StoreError applyJournalMode(QSqlDatabase db);

    StoreOptions m_options;
    StoreMode m_mode;
    QString m_connectionPrefix;
    int m_schemaVersion = 0;
    int m_latestSchemaVersion = 0;
    QString m_backupPath;
    mutable QMutex m_mutex;
    mutable QStringList m_connectionNames;
};
