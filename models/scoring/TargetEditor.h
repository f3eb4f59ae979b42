#pragma once

#include "Target.h"

#include <QCoreApplication>
#include <QSqlDatabase>

/**
 * Changes targets the way a lead does it: a new standard or override, optionally ending the row it
 * replaces the day before, or ending a row outright; each change written to the audit log in the same
 * transaction (PRODUCT.md: every change to targets is audited).
 *
 * Threading: use it on the thread that owns the connection.
 */
class TargetEditor
{
    Q_DECLARE_TR_FUNCTIONS(TargetEditor)

public:
    explicit TargetEditor(QSqlDatabase db);

    /** Adds target (sets its id); when replacesId > 0 that row ends the day before target starts. */
    bool set(Target *target, qint64 replacesId, const QString &actor, qint64 now, QString *error);
    /** Ends target id on lastDay (kept as history), audited like set(). */
    bool end(qint64 id, const QDate &lastDay, const QString &actor, qint64 now, QString *error);

private:
    QSqlDatabase m_db;
};
