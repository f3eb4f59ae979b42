#include "KpiTicketReader.h"

#include "store/NativeStatement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {

/** "CASE column WHEN 'code0' THEN 0 … END": enum codes become their ordinals inside SQLite. */
template<typename E> QString ordinalOf(const QString &column)
{
    QString sql = QStringLiteral("CASE %1").arg(column);
    const QStringList codes = Vocabulary::allCodes<E>();
    for (qsizetype i = 0; i < codes.size(); ++i)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(codes.at(i)).arg(i);
    return sql + QStringLiteral(" ELSE 0 END");
}

} // namespace

KpiTicketReader::KpiTicketReader(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool KpiTicketReader::scan(qint64 fromEpoch, qint64 toEpoch, std::optional<Platform> platform,
                           const std::function<bool(const KpiTicketRow &)> &visit, QString *error) const
{
    // The attribution rule of PRODUCT.md's complaint_rate: the agent the complaint names, else the
    // agent of the latest earlier ticket on the same order (ties: the later id), else no one. The
    // order index makes the subquery a short range read per complaint.
    const QString sql
        = QStringLiteral(
              "SELECT t.id, COALESCE(t.agent_id, 0), COALESCE(t.team_id, 0), %1, %2, %3, "
              "t.status IN ('resolved', 'closed'), t.created_at, COALESCE(t.first_response_at, -1), "
              "COALESCE(t.resolved_at, -1), COALESCE(t.first_response_due_at, -1), t.reopen_count, "
              "t.escalated, "
              "COALESCE(t.handle_seconds, -1), COALESCE(t.sla_policy_id, 0), COALESCE(t.csat_score, 0), "
              "t.source_system, t.is_inquiry, t.converted, "
              "CASE WHEN t.type = 'complaint' THEN COALESCE(t.about_agent_id, "
              "  (SELECT p.agent_id FROM tickets p WHERE p.order_id = t.order_id AND p.created_at < "
              "t.created_at "
              "   ORDER BY p.created_at DESC, p.id DESC LIMIT 1), 0) ELSE 0 END "
              "FROM tickets t WHERE t.created_at >= ? AND t.created_at < ? %4 ORDER BY t.created_at, t.id")
              .arg(ordinalOf<Platform>(QStringLiteral("t.platform")),
                   ordinalOf<TicketType>(QStringLiteral("t.type")),
                   ordinalOf<Priority>(QStringLiteral("t.priority")),
                   platform ? QStringLiteral("AND t.platform = ?") : QString());
    NativeStatement statement(m_db, sql);
    if (!statement.isValid()) {
        *error = statement.errorText();
        return false;
    }
    statement.bindInt64(1, fromEpoch);
    statement.bindInt64(2, toEpoch);
    if (platform)
        statement.bindText(3, Vocabulary::code(*platform));

    KpiTicketRow row;
    while (statement.step()) {
        row.id = statement.columnInt64(0);
        row.agentId = statement.columnInt64(1);
        row.teamId = statement.columnInt64(2);
        row.platform = static_cast<Platform>(statement.columnInt64(3));
        row.type = static_cast<TicketType>(statement.columnInt64(4));
        row.priority = static_cast<Priority>(statement.columnInt64(5));
        row.resolved = statement.columnInt64(6) != 0;
        row.createdAt = statement.columnInt64(7);
        row.firstResponseAt = statement.columnInt64(8);
        row.resolvedAt = statement.columnInt64(9);
        row.firstResponseDueAt = statement.columnInt64(10);
        row.reopenCount = static_cast<int>(statement.columnInt64(11));
        row.escalated = statement.columnInt64(12) != 0;
        row.handleSeconds = statement.columnInt64(13);
        row.slaPolicyId = statement.columnInt64(14);
        row.csatScore = static_cast<int>(statement.columnInt64(15));
        qsizetype size = 0;
        const char *source = statement.columnBytes(16, &size);
        row.sourceSystem = QByteArray(source, size);
        row.isInquiry = statement.columnInt64(17) != 0;
        row.converted = statement.columnInt64(18) != 0;
        row.attributedAgentId = statement.columnInt64(19);
        if (!visit(row))
            return true;
    }
    if (!statement.errorText().isEmpty()) {
        *error = statement.errorText();
        return false;
    }
    return true;
}

bool KpiTicketReader::createdRange(qint64 *first, qint64 *last, QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT MIN(created_at), MAX(created_at) FROM tickets"))) {
        *error = query.lastError().text();
        return false;
    }
    if (!query.next() || query.value(0).isNull())
        return false;
    *first = query.value(0).toLongLong();
    *last = query.value(1).toLongLong();
    return true;
}

bool KpiTicketReader::laterComplaintsOnTouchedOrders(qint64 fromEpoch, qint64 toEpoch,
                                                     QList<qint64> *createdAt, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT DISTINCT c.created_at FROM tickets c WHERE c.type = 'complaint' AND c.created_at >= ? "
        "AND c.about_agent_id IS NULL AND c.order_id IN (SELECT DISTINCT t.order_id FROM tickets t "
        "WHERE t.created_at >= ? AND t.created_at < ? AND t.order_id IS NOT NULL)"));
    query.addBindValue(toEpoch);
    query.addBindValue(fromEpoch);
    query.addBindValue(toEpoch);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next())
        createdAt->append(query.value(0).toLongLong());
    return true;
}

QString KpiTicketReader::teamTimeZoneId(QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT value FROM store_settings WHERE key = 'team_time_zone'"))) {
        *error = query.lastError().text();
        return {};
    }
    return query.next() ? query.value(0).toString() : QString();
}
