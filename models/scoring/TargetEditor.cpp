#include "TargetEditor.h"

#include "scoring/store/AuditLogRepository.h"
#include "scoring/store/TargetRepository.h"
#include "store/ScopedTransaction.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

QString toJson(const Target &target)
{
    QJsonObject object { { QStringLiteral("id"), target.id },
                         { QStringLiteral("kpi"), target.kpi },
                         { QStringLiteral("target"), target.value },
                         { QStringLiteral("from"), target.effectiveFrom.toString(Qt::ISODate) } };
    object.insert(target.agentId > 0 ? QStringLiteral("agentId") : QStringLiteral("teamId"),
                  target.agentId > 0 ? target.agentId : target.teamId);
    if (target.effectiveTo.isValid())
        object.insert(QStringLiteral("to"), target.effectiveTo.toString(Qt::ISODate));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

TargetEditor::TargetEditor(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool TargetEditor::set(Target *target, qint64 replacesId, const QString &actor, qint64 now, QString *error)
{
    ScopedTransaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = transaction.errorText();
        return false;
    }
    TargetRepository repository(m_db);
    AuditEntry entry;
    if (replacesId > 0) {
        QList<Target> all;
        if (!repository.all(&all, error))
            return false;
        const auto replaced = std::find_if(all.cbegin(), all.cend(),
                                           [replacesId](const Target &row) { return row.id == replacesId; });
        if (replaced == all.cend()) {
            *error = tr("Target %1 does not exist.").arg(replacesId);
            return false;
        }
        entry.beforeJson = toJson(*replaced);
        if (!repository.end(replacesId, target->effectiveFrom.addDays(-1), error))
            return false;
    }
    target->createdAt = now;
    target->createdBy = actor;
    if (!repository.add(target, error))
        return false;
    entry.at = now;
    entry.actor = actor;
    entry.action = QStringLiteral("set_target");
    entry.entity = QStringLiteral("scoring_target");
    entry.entityKey = QString::number(target->id);
    entry.afterJson = toJson(*target);
    if (!AuditLogRepository(m_db).append(&entry, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.errorText();
        return false;
    }
    return true;
}

bool TargetEditor::end(qint64 id, const QDate &lastDay, const QString &actor, qint64 now, QString *error)
{
    ScopedTransaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = transaction.errorText();
        return false;
    }
    TargetRepository repository(m_db);
    QList<Target> all;
    if (!repository.all(&all, error))
        return false;
    const auto ended
        = std::find_if(all.cbegin(), all.cend(), [id](const Target &row) { return row.id == id; });
    if (ended == all.cend()) {
        *error = tr("Target %1 does not exist.").arg(id);
        return false;
    }
    // The store's CHECK would refuse it too, but with a message a lead cannot act on.
    if (!lastDay.isValid() || lastDay < ended->effectiveFrom) {
        *error = tr("A target cannot end before its first day (%1).")
                     .arg(ended->effectiveFrom.toString(Qt::ISODate));
        return false;
    }
    Target after = *ended;
    after.effectiveTo = lastDay;
    if (!repository.end(id, lastDay, error))
        return false;
    AuditEntry entry;
    entry.at = now;
    entry.actor = actor;
    entry.action = QStringLiteral("end_target");
    entry.entity = QStringLiteral("scoring_target");
    entry.entityKey = QString::number(id);
    entry.beforeJson = toJson(*ended);
    entry.afterJson = toJson(after);
    if (!AuditLogRepository(m_db).append(&entry, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.errorText();
        return false;
    }
    return true;
}
