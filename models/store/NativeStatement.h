#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

/**
 * A prepared statement on the SQLite handle underneath a Qt connection, for the few hot paths
 * (bulk inserts, index walks over millions of rows) where QSqlQuery's per-row QVariant traffic
 * costs more than the work itself. Everything else uses QSqlQuery.
 *
 * Threading: like its connection, use it only on the thread that owns the connection.
 */
class NativeStatement
{
public:
    /** The sqlite3 handle of a QSQLITE connection, or null for another driver. */
    static sqlite3 *handleOf(const QSqlDatabase &db);

    NativeStatement(const QSqlDatabase &db, const QString &sql);
    ~NativeStatement();
    NativeStatement(const NativeStatement &) = delete;
    NativeStatement &operator=(const NativeStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    QString errorText() const { return m_error; }

    // Binding, 1-based like SQLite.
    void bindNull(int index);
    void bindInt64(int index, qint64 value);
    void bindDouble(int index, double value);
    void bindText(int index, const QString &value); // empty QString binds NULL when isNull()
    void bindUtf8(int index, const QByteArray &utf8);
    void bindBlob(int index, const QByteArray &bytes); // an empty array binds an empty blob, not NULL

    /** Returns true while a row is available; false at the end or on error (see errorText()). */
    bool step();
    /** Executes a statement that returns no rows, then resets it for the next bind. */
    bool execute();
    void reset();

    bool columnIsNull(int column) const;
    qint64 columnInt64(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    /** The column's bytes (blob or text) without a copy; valid until the next step() or reset(). */
    const char *columnBytes(int column, qsizetype *size) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};
