#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>

/** Small helpers shared by the store suites: file hashes, raw SQLite access, migration folders. */
namespace StoreTestHelpers {

/** SHA-256 of a file's bytes; empty when it cannot be read. */
inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/**
 * Copies the application's migrations with a number up to maxVersion into folder (created), so a
 * test can build a store at an earlier schema version through the real migration path.
 */
inline bool copyMigrations(const QString &folder, int maxVersion)
{
    static const QRegularExpression numbered(QStringLiteral(R"(^(\d+)_.*\.sql$)"));
    if (!QDir().mkpath(folder))
        return false;
    const QDir source(QStringLiteral(":/migrations"));
    const QStringList files = source.entryList({ QStringLiteral("*.sql") }, QDir::Files);
    for (const QString &name : files) {
        const auto match = numbered.match(name);
        if (!match.hasMatch() || match.captured(1).toInt() > maxVersion)
            continue;
        const QString target = QDir(folder).filePath(name);
        if (!QFile::copy(source.filePath(name), target))
            return false;
        // Copies of resources are read-only; tests may want to delete the folder.
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/**
 * Runs work on a raw QSqlDatabase connection to path (not through Store), then closes it, so a test
 * can look at or tamper with a store the way another program would.
 */
inline void withRawConnection(const QString &path, const std::function<void(QSqlDatabase &)> &work)
{
    const QString name = QStringLiteral("raw-test-connection");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open())
            work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/** The first column of the first row of a query on a raw connection. */
inline QVariant rawValue(const QString &path, const QString &sql)
{
    QVariant result;
    withRawConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (query.exec(sql) && query.next())
            result = query.value(0);
    });
    return result;
}

} // namespace StoreTestHelpers
