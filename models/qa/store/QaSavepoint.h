#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

/**
 * A named SQLite savepoint that rolls back unless release() ran, so a QA write and its history or
 * audit rows commit together even inside a caller's transaction. Threading: the connection's thread.
 */
class QaSavepoint
{
public:
    QaSavepoint(QSqlDatabase db, QString name)
        : m_db(std::move(db))
        , m_name(std::move(name))
    {
        QSqlQuery query(m_db);
        m_active = query.exec(QStringLiteral("SAVEPOINT ") + m_name);
        if (!m_active)
            m_error = query.lastError().text();
    }
    ~QaSavepoint()
    {
        if (!m_active)
            return;
        QSqlQuery undo(m_db);
        undo.exec(QStringLiteral("ROLLBACK TO ") + m_name);
        undo.exec(QStringLiteral("RELEASE ") + m_name);
    }
    QaSavepoint(const QaSavepoint &) = delete;
    QaSavepoint &operator=(const QaSavepoint &) = delete;

    bool isActive(QString *error) const
    {
        if (!m_active)
            *error = m_error;
        return m_active;
    }
    bool release(QString *error)
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("RELEASE ") + m_name)) {
            *error = query.lastError().text();
            return false;
        }
        m_active = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    QString m_name;
    QString m_error;
    bool m_active = false;
};
