#include "KpiStaleRangeRepository.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

bool failWith(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

KpiStaleRangeRepository::KpiStaleRangeRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool KpiStaleRangeRepository::record(qint64 fromEpoch, qint64 toEpoch, const QString &reason, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO kpi_stale_ranges (from_epoch, to_epoch, recorded_at, reason) VALUES (?, ?, ?, ?)"));
    query.addBindValue(std::min(fromEpoch, toEpoch));
    query.addBindValue(std::max(fromEpoch, toEpoch));
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    query.addBindValue(reason);
    return query.exec() || failWith(query, error);
}

bool KpiStaleRangeRepository::all(QList<KpiStaleRange> *out, QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral("SELECT id, from_epoch, to_epoch FROM kpi_stale_ranges ORDER BY from_epoch")))
        return failWith(query, error);
    out->clear();
    while (query.next())
        out->append(
            { query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong() });
    return true;
}

bool KpiStaleRangeRepository::anyStartingBefore(qint64 epoch, bool *result, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM kpi_stale_ranges WHERE from_epoch < ?)"));
    query.addBindValue(epoch);
    if (!query.exec() || !query.next())
        return failWith(query, error);
    *result = query.value(0).toBool();
    return true;
}

bool KpiStaleRangeRepository::remove(const QList<KpiStaleRange> &ranges, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM kpi_stale_ranges WHERE id = ?"));
    for (const KpiStaleRange &range : ranges) {
        query.addBindValue(range.id);
        if (!query.exec())
            return failWith(query, error);
    }
    return true;
}

bool KpiStaleRangeRepository::removeAll(QString *error)
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("DELETE FROM kpi_stale_ranges")) || failWith(query, error);
}
