#include "TicketFixture.h"

#include "domain/Vocabulary.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

bool fail(const QSqlQuery &query, QString *error)
{
    *error = query.lastError().text() + QStringLiteral(" in ") + query.lastQuery();
    return false;
}

template<typename E> QString pick(QRandomGenerator &random)
{
    const QStringList codes = Vocabulary::allCodes<E>();
    return codes.at(static_cast<int>(random.bounded(static_cast<quint32>(codes.size()))));
}

} // namespace

qint64 TicketFixture::baseTime()
{
    return 1767225600; // 2026-01-01 00:00 UTC
}

bool TicketFixture::fill(const Store &store, int tickets, QString *error)
{
    QSqlDatabase db = store.connection();
    QSqlQuery query(db);
    db.transaction();
    const QStringList setup = {
        QStringLiteral("INSERT INTO teams (id, department_id, name, tier) VALUES (1, 1, 'Taobao A', 'L1')"),
        QStringLiteral("INSERT INTO teams (id, department_id, name, tier) VALUES (2, 1, 'JD B', 'L2')"),
        QStringLiteral("INSERT INTO teams (id, department_id, name, tier) VALUES (3, 4, 'Complaints', 'L3')"),
    };
    for (const QString &sql : setup) {
        if (!query.exec(sql))
            return fail(query, error);
    }
    const QStringList agentNames
        = { QStringLiteral("王芳"), QStringLiteral("李娜"), QStringLiteral("张伟"), QStringLiteral("刘洋"),
            QStringLiteral("陈静"), QStringLiteral("杨磊"), QStringLiteral("赵敏"), QStringLiteral("黄强") };
    for (int i = 0; i < agentNames.size(); ++i) {
        query.prepare(QStringLiteral("INSERT INTO agents (id, name, team_id, tier, shift, hire_date) "
                                     "VALUES (?, ?, ?, 'L1', 'morning', '2024-03-01')"));
        query.addBindValue(i + 1);
        query.addBindValue(agentNames.at(i));
        query.addBindValue(i % 3 + 1);
        if (!query.exec())
            return fail(query, error);
    }
    QRandomGenerator random(20260101);
    if (!query.prepare(QStringLiteral(
            "INSERT INTO tickets (id, source_system, external_id, platform, channel, type, category, "
            "priority, "
            "status, tier, agent_id, team_id, customer_ref, order_id, created_at, first_response_at, "
            "first_response_due_at, resolved_at, resolution_due_at, csat_score) "
            "VALUES (?, 'helpdesk', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '138****1234', ?, ?, ?, ?, ?, ?, ?)")))
        return fail(query, error);
    for (int i = 1; i <= tickets; ++i) {
        // Created times in 10-minute steps over 30 days: many tickets share one.
        const qint64 created = baseTime() + qint64(random.bounded(30 * 144)) * 600;
        const bool hasAgent = random.bounded(20) != 0;
        const qint64 agent = hasAgent ? random.bounded(8) + 1 : 0;
        QString externalId = QStringLiteral("EX-%1").arg(random.bounded(1000000), 6, 10, QLatin1Char('0'))
            + QStringLiteral("-%1").arg(i);
        if (i % 500 == 7)
            externalId = QStringLiteral("EX%_") + QString::number(i); // wildcards in real data
        const bool hasOrder = random.bounded(5) != 0;
        const qint64 due = created + 1800;
        const quint32 response = random.bounded(4);
        QVariant firstResponse; // 0: none, 1: in time, 2–3: late
        if (response == 1)
            firstResponse = created + 600;
        else if (response >= 2)
            firstResponse = created + 3600;
        query.addBindValue(i);
        query.addBindValue(externalId);
        query.addBindValue(pick<Platform>(random));
        query.addBindValue(pick<Channel>(random));
        query.addBindValue(pick<TicketType>(random));
        query.addBindValue(pick<Category>(random));
        query.addBindValue(pick<Priority>(random));
        query.addBindValue(pick<TicketStatus>(random));
        query.addBindValue(pick<Tier>(random));
        query.addBindValue(hasAgent ? QVariant(agent) : QVariant());
        query.addBindValue(hasAgent ? QVariant((agent - 1) % 3 + 1) : QVariant());
        query.addBindValue(hasOrder ? QVariant(QStringLiteral("O%1").arg(random.bounded(100000) + 10000))
                                    : QVariant());
        query.addBindValue(created);
        query.addBindValue(firstResponse);
        query.addBindValue(random.bounded(10) == 0 ? QVariant() : QVariant(due));
        query.addBindValue(response == 1 ? QVariant(created + 7200) : QVariant());
        query.addBindValue(created + 86400);
        query.addBindValue(random.bounded(3) == 0 ? QVariant(int(random.bounded(5)) + 1) : QVariant());
        if (!query.exec())
            return fail(query, error);
    }
    QSqlQuery conversation(db);
    for (int ticket = 1; ticket <= std::min(tickets, 40); ++ticket) {
        conversation.prepare(QStringLiteral("INSERT INTO conversations (id, ticket_id, started_at) "
                                            "SELECT ?, id, created_at FROM tickets WHERE id = ?"));
        conversation.addBindValue(ticket);
        conversation.addBindValue(ticket);
        if (!conversation.exec())
            return fail(conversation, error);
        const QStringList texts
            = { QStringLiteral("您好，我的快递三天没动了"), QStringLiteral("亲，这边帮您查一下物流"),
                QStringLiteral("好的，谢谢"), QStringLiteral("已为您催促快递，请耐心等待") };
        for (int seq = 0; seq < texts.size(); ++seq) {
            conversation.prepare(
                QStringLiteral("INSERT INTO messages (conversation_id, seq, speaker, sent_at, text) "
                               "SELECT ?, ?, ?, created_at + ?, ? FROM tickets WHERE id = ?"));
            conversation.addBindValue(ticket);
            conversation.addBindValue(seq);
            conversation.addBindValue(seq % 2 == 0 ? QStringLiteral("customer") : QStringLiteral("agent"));
            conversation.addBindValue(seq * 300 + (seq == 3 ? 60 : 0)); // agent waits: 5 min, then 6 min
            conversation.addBindValue(texts.at(seq));
            conversation.addBindValue(ticket);
            if (!conversation.exec())
                return fail(conversation, error);
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}
