#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

/** One audit entry (PRODUCT.md: who, when, what, before, after). */
struct AuditEntry
{
    qint64 id = 0;
    qint64 at = 0;
    QString actor;
    QString action; // "close_period", "reopen_period", "save_profile", "set_target", "end_target"
    QString entity; // "period", "scoring_profile", "scoring_target"
    QString entityKey;
    QString reason;
    QString beforeJson;
    QString afterJson;
};

/**
 * SQL for the append-only audit log (audit_log). Writers call append() inside the transaction that
 * makes the change, so a change and its record commit together.
 *
 * Threading: use it on the thread that owns the connection.
 */
class AuditLogRepository
{
public:
    explicit AuditLogRepository(QSqlDatabase db);

    bool append(AuditEntry *entry, QString *error);
    bool forEntity(const QString &entity, const QString &entityKey, QList<AuditEntry> *out,
                   QString *error) const;
    /** Every entry about one kind of entity ("scoring_target"), oldest first. */
    bool forEntityKind(const QString &entity, QList<AuditEntry> *out, QString *error) const;

private:
    bool select(const QString &where, const QVariantList &values, QList<AuditEntry> *out,
                QString *error) const;

    QSqlDatabase m_db;
};
