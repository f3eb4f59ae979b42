#include "KpiFixture.h"

#include "kpi/store/KpiRuleSetRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

KpiFixture::KpiFixture(const QString &path, const QString &zoneId)
    : m_zone(zoneId.toUtf8())
{
    StoreOptions options;
    options.path = path;
    options.createIfMissing = true;
    StoreError error;
    m_store = Store::open(options, &error);
    if (!m_store) {
        m_error = error.message + error.detail;
        return;
    }
    const QStringList setup = {
        QStringLiteral("INSERT INTO store_settings (key, value) VALUES ('team_time_zone', '%1')").arg(zoneId),
        QStringLiteral("UPDATE sla_calendars SET time_zone = '%1' WHERE id = 1").arg(zoneId),
        QStringLiteral("INSERT INTO teams (id, department_id, name, tier) VALUES (1, 1, 'Taobao A', 'L1')"),
        QStringLiteral("INSERT INTO teams (id, department_id, name, tier) VALUES (2, 4, 'Complaints', 'L3')"),
        QStringLiteral(
            "INSERT INTO agents (id, name, team_id, tier, shift, hire_date) VALUES "
            "(1, '王芳', 1, 'L1', 'morning', '2024-03-01'), (2, '李娜', 1, 'L1', 'morning', '2024-03-01'), "
            "(3, '张伟', 2, 'L3', 'morning', '2024-03-01')"),
        QStringLiteral(
            "INSERT INTO agents (id, name, team_id, tier, shift, hire_date, left_date, status) VALUES "
            "(4, '赵敏', 1, 'L1', 'evening', '2025-06-01', '2026-11-15', 'left')"),
    };
    for (const QString &sql : setup) {
        if (!exec(sql))
            return;
    }
}

bool KpiFixture::exec(const QString &sql)
{
    QSqlQuery query(m_store->connection());
    if (!query.exec(sql)) {
        m_error = query.lastError().text() + QStringLiteral(" in ") + sql;
        return false;
    }
    return true;
}

QDateTime KpiFixture::at(int year, int month, int day, int hour, int minute, int second) const
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), m_zone);
}

bool KpiFixture::add(const KpiFixtureTicket &t)
{
    auto epoch = [](const QDateTime &time) {
        return time.isValid() ? QVariant(time.toSecsSinceEpoch()) : QVariant();
    };
    auto id = [](qint64 value) {
        return value > 0 ? QVariant(value) : QVariant();
    };
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral(
        "INSERT INTO tickets (id, source_system, external_id, platform, channel, type, category, status, "
        "tier, "
        "agent_id, team_id, order_id, created_at, first_response_at, first_response_due_at, resolved_at, "
        "reopen_count, escalated, handle_seconds, csat_score, is_inquiry, converted, about_agent_id, "
        "sla_policy_id) "
        "VALUES (?, ?, ?, ?, 'chat', ?, 'service', ?, 'L1', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const qint64 ticketId = m_nextId++;
    query.addBindValue(ticketId);
    query.addBindValue(t.source);
    query.addBindValue(QStringLiteral("T%1").arg(ticketId));
    query.addBindValue(t.platform);
    query.addBindValue(t.type);
    query.addBindValue(t.status);
    query.addBindValue(id(t.agent));
    query.addBindValue(id(t.team));
    query.addBindValue(t.order.isEmpty() ? QVariant() : QVariant(t.order));
    query.addBindValue(epoch(t.created));
    query.addBindValue(epoch(t.firstResponse));
    query.addBindValue(epoch(t.firstResponseDue));
    query.addBindValue(epoch(t.resolved));
    query.addBindValue(t.reopenCount);
    query.addBindValue(t.escalated ? 1 : 0);
    query.addBindValue(t.handleSeconds >= 0 ? QVariant(t.handleSeconds) : QVariant());
    query.addBindValue(t.csat > 0 ? QVariant(t.csat) : QVariant());
    query.addBindValue(t.inquiry ? 1 : 0);
    query.addBindValue(t.converted ? 1 : 0);
    query.addBindValue(id(t.aboutAgent));
    query.addBindValue(id(t.policy));
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

int KpiFixture::useRules(KpiRuleSet rules)
{
    KpiRuleSetRepository repository(m_store->connection());
    if (!repository.saveAsNewVersion(&rules, &m_error)
        || !repository.setActiveVersion(rules.version, &m_error))
        return 0;
    return rules.version;
}
