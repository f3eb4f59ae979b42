#pragma once

#include "scoring/Target.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

/**
 * SQL for targets (scoring_targets): team standards and agent overrides with effective dates.
 *
 * Threading: use it on the thread that owns the connection.
 */
class TargetRepository
{
    Q_DECLARE_TR_FUNCTIONS(TargetRepository)

public:
    explicit TargetRepository(QSqlDatabase db);

    /** Every target row active on day (team standards and overrides). */
    bool activeOn(const QDate &day, QList<Target> *out, QString *error) const;
    bool all(QList<Target> *out, QString *error) const;
    /** Stores a new target row; sets target->id. */
    bool add(Target *target, QString *error);
    /** Ends a row's validity the day before a replacement starts, keeping its history. */
    bool end(qint64 id, const QDate &lastDay, QString *error);

private:
    bool select(const QString &where, const QVariantList &values, QList<Target> *out, QString *error) const;

    QSqlDatabase m_db;
};
