#include "TargetRepository.h"

#include "kpi/KpiCatalogue.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

TargetRepository::TargetRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool TargetRepository::select(const QString &where, const QVariantList &values, QList<Target> *out,
                              QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, kpi, team_id, agent_id, target, effective_from, effective_to, "
                                 "created_by, created_at FROM scoring_targets ")
                  + where + QStringLiteral(" ORDER BY id"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        Target target;
        target.id = query.value(0).toLongLong();
        target.kpi = query.value(1).toString();
        target.teamId = query.value(2).toLongLong();
        target.agentId = query.value(3).toLongLong();
        target.value = query.value(4).toDouble();
        target.effectiveFrom = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        target.effectiveTo = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        target.createdBy = query.value(7).toString();
        target.createdAt = query.value(8).toLongLong();
        out->append(target);
    }
    return true;
}

bool TargetRepository::activeOn(const QDate &day, QList<Target> *out, QString *error) const
{
    const QString iso = day.toString(Qt::ISODate);
    return select(QStringLiteral("WHERE effective_from <= ? AND (effective_to IS NULL OR effective_to >= ?)"),
                  { iso, iso }, out, error);
}

bool TargetRepository::all(QList<Target> *out, QString *error) const
{
    return select(QString(), {}, out, error);
}

bool TargetRepository::add(Target *target, QString *error)
{
    if (KpiCatalogue::kpiOf(target->kpi).isEmpty()) {
        *error = tr("\"%1\" is not a KPI of the catalogue.").arg(target->kpi);
        return false;
    }
    if ((target->teamId > 0) == (target->agentId > 0)) {
        *error = tr("A target is either a team's standard or one agent's override.");
        return false;
    }
    if (!target->effectiveFrom.isValid()
        || (target->effectiveTo.isValid() && target->effectiveTo < target->effectiveFrom)) {
        *error = tr("A target needs a first day, and its last day cannot come before it.");
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO scoring_targets (kpi, team_id, agent_id, target, effective_from, "
                       "effective_to, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"));
    query.addBindValue(target->kpi);
    query.addBindValue(target->teamId > 0 ? QVariant(target->teamId) : QVariant());
    query.addBindValue(target->agentId > 0 ? QVariant(target->agentId) : QVariant());
    query.addBindValue(target->value);
    query.addBindValue(target->effectiveFrom.toString(Qt::ISODate));
    query.addBindValue(target->effectiveTo.isValid() ? QVariant(target->effectiveTo.toString(Qt::ISODate))
                                                     : QVariant());
    query.addBindValue(target->createdAt);
    query.addBindValue(target->createdBy.isEmpty() ? QVariant() : QVariant(target->createdBy));
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    target->id = query.value(0).toLongLong();
    return true;
}

bool TargetRepository::end(qint64 id, const QDate &lastDay, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE scoring_targets SET effective_to = ? WHERE id = ?"));
    query.addBindValue(lastDay.toString(Qt::ISODate));
    query.addBindValue(id);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() == 0) {
        *error = tr("Target %1 does not exist.").arg(id);
        return false;
    }
    return true;
}
