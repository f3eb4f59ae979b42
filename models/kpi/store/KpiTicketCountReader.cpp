#include "KpiTicketCountReader.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString columnOf(KpiVolumeDimension dimension)
{
    switch (dimension) {
    case KpiVolumeDimension::Type:
        return QStringLiteral("type");
    case KpiVolumeDimension::Platform:
        return QStringLiteral("platform");
    case KpiVolumeDimension::Channel:
        return QStringLiteral("channel");
    }
    return QStringLiteral("type");
}

// The scope's conditions; agent or team first so SQLite picks their (id, created_at) index.
QString whereOf(const KpiTicketScope &scope)
{
    QString where = QStringLiteral(" WHERE created_at >= :from AND created_at < :to");
    if (scope.agentId)
        where += QStringLiteral(" AND agent_id = :agent");
    if (scope.teamId)
        where += QStringLiteral(" AND team_id = :team");
    if (scope.platform)
        where += QStringLiteral(" AND platform = :platform");
    return where;
}

void bindScope(QSqlQuery *query, qint64 from, qint64 to, const KpiTicketScope &scope)
{
    query->bindValue(QStringLiteral(":from"), from);
    query->bindValue(QStringLiteral(":to"), to);
    if (scope.agentId)
        query->bindValue(QStringLiteral(":agent"), *scope.agentId);
    if (scope.teamId)
        query->bindValue(QStringLiteral(":team"), *scope.teamId);
    if (scope.platform)
        query->bindValue(QStringLiteral(":platform"), Vocabulary::code(*scope.platform));
}

bool run(QSqlQuery *query, QString *error)
{
    if (query->exec())
        return true;
    if (error)
        *error = KpiTicketCountReader::tr("Could not count the tickets: %1").arg(query->lastError().text());
    return false;
}

} // namespace

KpiTicketCountReader::KpiTicketCountReader(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool KpiTicketCountReader::hourlyCounts(qint64 from, qint64 to, const KpiTicketScope &scope,
                                        KpiVolumeDimension dimension,
                                        QHash<qint64, QHash<QString, qint64>> *out, QString *error) const
{
    out->clear();
    const QString column = columnOf(dimension);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT created_at / 3600, %1, COUNT(*) FROM tickets").arg(column)
                  + whereOf(scope) + QStringLiteral(" GROUP BY 1, 2"));
    bindScope(&query, from, to, scope);
    if (!run(&query, error))
        return false;
    while (query.next())
        (*out)[query.value(0).toLongLong()][query.value(1).toString()] += query.value(2).toLongLong();
    return true;
}

bool KpiTicketCountReader::hourlyTotals(qint64 from, qint64 to, const KpiTicketScope &scope,
                                        QHash<qint64, qint64> *out, QString *error) const
{
    out->clear();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT created_at / 3600, COUNT(*) FROM tickets") + whereOf(scope)
                  + QStringLiteral(" GROUP BY 1"));
    bindScope(&query, from, to, scope);
    if (!run(&query, error))
        return false;
    while (query.next())
        (*out)[query.value(0).toLongLong()] += query.value(1).toLongLong();
    return true;
}

bool KpiTicketCountReader::csatDistribution(qint64 from, qint64 to, const KpiTicketScope &scope,
                                            std::array<qint64, 5> *out, QString *error) const
{
    out->fill(0);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT csat_score, COUNT(*) FROM tickets") + whereOf(scope)
                  + QStringLiteral(" AND csat_score IS NOT NULL GROUP BY 1"));
    bindScope(&query, from, to, scope);
    if (!run(&query, error))
        return false;
    while (query.next()) {
        const int score = query.value(0).toInt();
        if (score >= 1 && score <= 5)
            (*out)[static_cast<std::size_t>(score - 1)] += query.value(1).toLongLong();
    }
    return true;
}
