#pragma once

#include <QCoreApplication>
#include <QString>

/**
 * Why a store could not be opened or used. `message` is a sentence for the user that names the
 * file and the problem; `detail` carries the technical text (driver message, SQL) for the log.
 */
struct StoreError
{
    enum class Code {
        None,
        Missing,          // the file does not exist and creating it was not asked for
        Unreadable,       // a folder, or a file without read permission
        NotAStore,        // an SQLite file that is not a TeamLens store, or not SQLite at all
        Corrupt,          // SQLite reports the file damaged
        Locked,           // another program holds a lock past the busy timeout
        ReadOnly,         // the file or its folder cannot be written and writing is needed
        NewerVersion,     // written by a newer TeamLens; refused untouched
        MigrationFailed,  // a migration step failed and was rolled back
        BackupFailed,     // the copy taken before migrating could not be written
        QueryFailed,      // any other SQL error
    };

    Code code = Code::None;
    QString message;
    QString detail;

    bool isError() const { return code != Code::None; }
    explicit operator bool() const { return isError(); }
};
