#include "AuditLogRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}
} // namespace

AuditLogRepository::AuditLogRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool AuditLogRepository::append(AuditEntry *entry, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_key, reason, "
                                 "before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(entry->at);
    query.addBindValue(entry->actor);
    query.addBindValue(entry->action);
    query.addBindValue(entry->entity);
    query.addBindValue(orNull(entry->entityKey));
    query.addBindValue(orNull(entry->reason));
    query.addBindValue(orNull(entry->beforeJson));
    query.addBindValue(orNull(entry->afterJson));
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    entry->id = query.value(0).toLongLong();
    return true;
}

bool AuditLogRepository::forEntity(const QString &entity, const QString &entityKey, QList<AuditEntry> *out,
                                   QString *error) const
{
    return select(QStringLiteral("WHERE entity = ? AND entity_key = ?"), { entity, entityKey }, out, error);
}

bool AuditLogRepository::forEntityKind(const QString &entity, QList<AuditEntry> *out, QString *error) const
{
    return select(QStringLiteral("WHERE entity = ?"), { entity }, out, error);
}

bool AuditLogRepository::select(const QString &where, const QVariantList &values, QList<AuditEntry> *out,
                                QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, at, actor, action, entity, entity_key, reason, before_json, "
                                 "after_json FROM audit_log ")
                  + where + QStringLiteral(" ORDER BY id"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = query.value(1).toLongLong();
        entry.actor = query.value(2).toString();
        entry.action = query.value(3).toString();
        entry.entity = query.value(4).toString();
        entry.entityKey = query.value(5).toString();
        entry.reason = query.value(6).toString();
        entry.beforeJson = query.value(7).toString();
        entry.afterJson = query.value(8).toString();
        out->append(entry);
    }
    return true;
}
