#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

/**
 * A write transaction that rolls back unless commit() ran. It starts with BEGIN IMMEDIATE, so the
 * write lock is taken up front: two workstations on a shared store then wait for each other
 * (busy timeout) instead of deadlocking when both try to upgrade a read lock. The busy timeout is
 * the retry: SQLite's busy handler sleeps and tries the lock again until it expires, and taking the
 * lock up front removes the one case (a read lock upgraded under contention) where it would not be
 * called.
 */
class ScopedTransaction
{
public:
    explicit ScopedTransaction(QSqlDatabase db);
    ~ScopedTransaction();

    ScopedTransaction(const ScopedTransaction &) = delete;
    ScopedTransaction &operator=(const ScopedTransaction &) = delete;

    bool isActive() const { return m_active; }
    QString errorText() const { return m_error.text(); }
    QSqlError lastError() const { return m_error; } // why BEGIN or COMMIT failed
    bool commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QSqlError m_error;
};
