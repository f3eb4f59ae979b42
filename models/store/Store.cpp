#include "Store.h"

#include "FileSystemProbe.h"
#include "Migrator.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>

#include <atomic>

Q_LOGGING_CATEGORY(lcStore, "teamlens.store")

namespace {

// SQLite primary result codes (sqlite3.h); the Qt driver reports them as nativeErrorCode().
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoError = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADatabase = 26,
};

// A number for the calling thread that is never reused. Naming connections after the QThread's
// address would hand a new thread the connection a finished thread left behind (addresses are
// reused), and Qt refuses a connection from another thread.
quint64 threadSerial()
{
    static std::atomic<quint64> next { 1 };
    thread_local const quint64 serial = next.fetch_add(1);
    return serial;
}

bool permissionAllows(const QFileInfo &info, QFileDevice::Permission permission)
{
    // Mode bits as well as access(): a file marked read-only stays read-only for root too.
    return info.permissions().testFlag(permission);
}

} // namespace

Store::Store(const StoreOptions &options, StoreMode mode)
    : m_options(options)
    , m_mode(mode)
    , m_connectionPrefix(QStringLiteral("teamlens-%1-").arg(reinterpret_cast<quintptr>(this), 0, 16))
{
}

Store::~Store()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_connectionNames)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

void Store::configureSqlite()
{
    if (sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) != SQLITE_OK)
        qCWarning(lcStore) << "SQLite was initialised before its memory statistics could be turned off";
}

int Store::currentSchemaVersion()
{
    return Migrator(StoreOptions().migrationsPath).latestVersion();
}

QString Store::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("teamlens.sqlite"));
}

std::unique_ptr<Store> Store::open(const StoreOptions &options, StoreError *error)
{
    auto fail = [error](StoreError::Code code, const QString &message, const QString &detail = {}) {
        if (error)
            *error = { code, message, detail };
        return std::unique_ptr<Store>();
    };

    const QString path = options.path;
    if (path.isEmpty())
        return fail(StoreError::Code::Missing, tr("No store file was given."));

    const QFileInfo info(path);
    const bool existed = info.exists();
    if (!existed) {
        if (!options.createIfMissing || options.readOnly)
            return fail(StoreError::Code::Missing, tr("The store %1 does not exist.").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return fail(StoreError::Code::ReadOnly,
                        tr("Cannot create the folder %1 for the store %2.").arg(info.absolutePath(), path));
    } else {
        if (info.isDir())
            return fail(StoreError::Code::Unreadable, tr("%1 is a folder, not a store file.").arg(path));
        if (!info.isReadable() || !permissionAllows(info, QFileDevice::ReadOwner))
            return fail(StoreError::Code::Unreadable,
                        tr("The store %1 cannot be read: permission denied.").arg(path));
        if (!options.readOnly) {
            const QFileInfo folder(info.absolutePath());
            if (!info.isWritable() || !permissionAllows(info, QFileDevice::WriteOwner))
                return fail(StoreError::Code::ReadOnly,
                            tr("The store %1 is read-only. TeamLens needs to write to it; make the file "
                               "writable or open a copy.")
                                .arg(path));
            if (!folder.isWritable())
                return fail(StoreError::Code::ReadOnly,
                            tr("The folder of the store %1 is read-only. SQLite needs to create its journal "
                               "there.")
                                .arg(path));
        }
    }

    StoreMode mode = options.mode;
    if (mode == StoreMode::Auto)
        mode = FileSystemProbe::isNetworkFileSystem(info.absolutePath()) ? StoreMode::Shared
                                                                         : StoreMode::Local;

    std::unique_ptr<Store> store(new Store(options, mode));
    if (StoreError prepareError = store->prepare(existed)) {
        store.reset();
        // Opening a missing file creates an empty one; remove it again when nothing was built.
        if (!existed && QFileInfo(path).exists() && QFileInfo(path).size() == 0)
            QFile::remove(path);
        if (error)
            *error = prepareError;
        qCWarning(lcStore) << prepareError.message << prepareError.detail;
        return {};
    }
    return store;
}

StoreError Store::prepare(bool existed)
{
    const Migrator migrator(m_options.migrationsPath);
    if (const QString invalid = migrator.validationError(); !invalid.isEmpty())
        return { StoreError::Code::MigrationFailed, invalid, {} };
    m_latestSchemaVersion = migrator.latestVersion();

    QSqlDatabase db = connection();
    if (!db.isOpen())
        return errorFrom(db.lastError());

    // Read the header before anything writes: a newer or foreign file must stay untouched.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return errorFrom(query.lastError());
    const int applicationId = query.value(0).toInt();
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return errorFrom(query.lastError());
    m_schemaVersion = query.value(0).toInt();
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next())
        return errorFrom(query.lastError());
    const int objectCount = query.value(0).toInt();
    query.finish();

    const bool emptyFile = applicationId == 0 && m_schemaVersion == 0 && objectCount == 0;
    if (!emptyFile && applicationId != Migrator::ApplicationId)
        return { StoreError::Code::NotAStore,
                 tr("%1 is not a TeamLens store (it is an SQLite database written by another program).")
                     .arg(m_options.path),
                 QStringLiteral("application_id=%1").arg(applicationId) };
    if (m_schemaVersion > m_latestSchemaVersion)
        return { StoreError::Code::NewerVersion,
                 tr("The store %1 was written by a newer TeamLens (schema version %2; this version "
                    "understands up to %3). It was not changed. Please update TeamLens.")
                     .arg(m_options.path)
                     .arg(m_schemaVersion)
                     .arg(m_latestSchemaVersion),
                 {} };

    if (m_options.readOnly) {
        // Read-only callers (`check`) must not mistake an empty file for a store: only a writer
        // may turn it into one.
        if (emptyFile)
            return { StoreError::Code::NotAStore,
                     tr("%1 is empty; it is not a TeamLens store yet.").arg(m_options.path),
                     {} };
        return {};
    }

    if (m_schemaVersion < m_latestSchemaVersion) {
        if (existed && !emptyFile) {
            if (StoreError error = backUp(db))
                return error;
        }
        if (StoreError error = migrator.migrate(db, m_schemaVersion, m_options.path))
            return error;
        m_schemaVersion = m_latestSchemaVersion;
    }
    return applyJournalMode(db);
}

StoreError Store::backUp(QSqlDatabase db)
{
    const QFileInfo info(m_options.path);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString backup = info.absoluteDir().filePath(
        QStringLiteral("%1.v%2-%3.backup").arg(info.fileName()).arg(m_schemaVersion).arg(stamp));

    // VACUUM INTO writes a consistent copy even while the WAL holds uncheckpointed pages.
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(backup);
    if (!query.exec()) {
        QFile::remove(backup);
        return { StoreError::Code::BackupFailed,
                 tr("Could not write the backup %1 before upgrading the store %2; the store was not changed.")
                     .arg(backup, m_options.path),
                 query.lastError().text() };
    }
    m_backupPath = backup;
    qCInfo(lcStore) << "Backed up" << m_options.path << "to" << backup;
    return {};
}

StoreError Store::applyJournalMode(QSqlDatabase db)
{
    // WAL is fastest locally but needs shared memory, which network file systems do not provide.
    const QString wanted = m_mode == StoreMode::Shared ? QStringLiteral("delete") : QStringLiteral("wal");
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = %1").arg(wanted)) || !query.next())
        return errorFrom(query.lastError());
    const QString actual = query.value(0).toString().toLower();
    if (actual != wanted)
        qCWarning(lcStore) << "Journal mode of" << m_options.path << "stays" << actual << "instead of"
                           << wanted;
    query.exec(QStringLiteral("PRAGMA synchronous = %1")
                   .arg(m_mode == StoreMode::Shared ? QStringLiteral("FULL") : QStringLiteral("NORMAL")));
    return {};
}

QSqlDatabase Store::connection() const
{
    const QString name = m_connectionPrefix + QString::number(threadSerial(), 16);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    return openConnection(name);
}

void Store::releaseThreadConnection() const
{
    const QString name = m_connectionPrefix + QString::number(threadSerial(), 16);
    QMutexLocker lock(&m_mutex);
    if (!m_connectionNames.removeOne(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QSqlDatabase Store::openConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_options.path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs);
    if (m_options.readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(connectOptions);
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames.append(name);
    }
    if (!db.open())
        return db;

    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    // 32 MiB of page cache per connection keeps the workspace's index walks in memory while
    // bounding the footprint (a few connections stay far below the 300 MB budget at 10M rows).
    pragma.exec(QStringLiteral("PRAGMA cache_size = -32768"));
    if (m_mode == StoreMode::Local)
        pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    return db;
}

StoreError Store::errorFrom(const QSqlError &sqlError) const
{
    return errorFrom(sqlError, m_options.path);
}

StoreError Store::errorFrom(const QSqlError &sqlError, const QString &path)
{
    const int code = sqlError.nativeErrorCode().toInt() & 0xff;
    const QString detail = sqlError.text();
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        return {
            StoreError::Code::Locked,
            tr("The store %1 is locked by another program or workstation. Try again in a moment.").arg(path),
            detail
        };
    case SqliteReadOnly:
        return { StoreError::Code::ReadOnly, tr("The store %1 cannot be written (read-only).").arg(path),
                 detail };
    case SqliteCorrupt:
        return { StoreError::Code::Corrupt,
                 tr("The store %1 is damaged (SQLite reports a malformed database). Restore it from a "
                    "backup.")
                     .arg(path),
                 detail };
    case SqliteNotADatabase:
        return {
            StoreError::Code::NotAStore,
            tr("%1 is not a TeamLens store (it is not an SQLite database, or it is encrypted or damaged).")
                .arg(path),
            detail
        };
    case SqliteCantOpen:
        return { StoreError::Code::Unreadable, tr("The store %1 cannot be opened.").arg(path), detail };
    case SqliteFull:
        return { StoreError::Code::QueryFailed,
                 tr("The disk holding the store %1 is full; nothing was written.").arg(path), detail };
    case SqliteIoError:
        return { StoreError::Code::QueryFailed,
                 tr("Reading or writing the store %1 failed (input/output error).").arg(path), detail };
    default:
        return { StoreError::Code::QueryFailed, tr("A query on the store %1 failed.").arg(path), detail };
    }
}
