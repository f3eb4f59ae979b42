#pragma once

#include <QString>

/** How a store file is shared, which decides its journal mode. */
enum class StoreMode {
    Auto,   // shared when the file lies on a network file system, local otherwise
    Local,  // one workstation: write-ahead log
    Shared, // a file on a network share: rollback journal, which stays safe over NFS/SMB
};

/** What the caller wants when opening a store. */
struct StoreOptions
{
    QString path;
    StoreMode mode = StoreMode::Auto;
    bool createIfMissing = false;
    bool readOnly = false;     // never write: no migration, no journal-mode change (used by `check`)
    int busyTimeoutMs = 5000;  // how long SQLite waits for another writer before reporting busy
    QString migrationsPath = QStringLiteral(":/migrations"); // tests point this at their own steps
};
