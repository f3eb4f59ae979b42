#include "ScopedTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

ScopedTransaction::ScopedTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery begin(m_db);
    m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = begin.lastError();
}

ScopedTransaction::~ScopedTransaction()
{
    if (m_active)
        rollback();
}

bool ScopedTransaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery commitQuery(m_db);
    if (!commitQuery.exec(QStringLiteral("COMMIT"))) {
        m_error = commitQuery.lastError();
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void ScopedTransaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery rollbackQuery(m_db);
    rollbackQuery.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}
