#include "DemoStoreWriter.h"

#include "NativeStatement.h"
#include "ScopedTransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

/** The stored codes of an enumeration as UTF-8, built once. */
template<typename E> const QByteArray &codeOf(E value)
{
    static const auto codes = [] {
        std::vector<QByteArray> list;
        for (const auto &term : VocabularyTerms<E>::terms)
            list.emplace_back(term.code);
        return list;
    }();
    return codes.at(static_cast<std::size_t>(value));
}

void bindOptional(NativeStatement &statement, int index, qint64 value, qint64 none)
{
    if (value == none)
        statement.bindNull(index);
    else
        statement.bindInt64(index, value);
}

void bindOptionalText(NativeStatement &statement, int index, const QByteArray &text)
{
    if (text.isEmpty())
        statement.bindNull(index);
    else
        statement.bindUtf8(index, text);
}

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

} // namespace

DemoStoreWriter::DemoStoreWriter(QSqlDatabase db)
    : m_db(std::move(db))
{
}

DemoStoreWriter::~DemoStoreWriter()
{
    // Statements must be finalised before the transaction rolls back.
    m_insertTicket.reset();
    m_insertConversation.reset();
    m_insertMessage.reset();
    if (m_transaction && m_transaction->isActive())
        rollback();
    else
        restoreChecks(); // begin() may have failed after switching the checks off
}

bool DemoStoreWriter::exec(const QString &sql, QString *error)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return fail(error, query.lastError().text() + QStringLiteral(" [") + sql + QLatin1Char(']'));
    return true;
}

bool DemoStoreWriter::begin(QString *error)
{
    // Per-row checks cost more than the inserts: every CHECK (x IN (…)) builds a temporary
    // b-tree per row in SQLite 3.40, and foreign keys probe their parents. The generator writes
    // valid codes and consistent keys by construction; its tests run integrity_check and
    // foreign_key_check on the result.
    if (!exec(QStringLiteral("PRAGMA foreign_keys = OFF"), error)
        || !exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"), error))
        return false;
    m_transaction = std::make_unique<ScopedTransaction>(m_db);
    if (!m_transaction->isActive())
        return fail(error, m_transaction->errorText());
    if (!deferTicketIndexes(error))
        return false;
    m_insertTicket = std::make_unique<NativeStatement>(
        m_db,
        QStringLiteral(
            "INSERT INTO tickets (id, source_system, external_id, platform, channel, type, category, "
            "priority, "
            "status, tier, agent_id, team_id, customer_ref, order_id, order_amount_cents, "
            "refund_amount_cents, "
            "created_at, first_response_at, resolved_at, closed_at, reopen_count, escalated, handle_seconds, "
            "sla_policy_id, first_response_due_at, resolution_due_at, csat_score, csat_answered_at, "
            "is_inquiry, "
            "converted, about_agent_id, tags) VALUES (?, 'demo', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_insertConversation = std::make_unique<NativeStatement>(
        m_db, QStringLiteral("INSERT INTO conversations (id, ticket_id, started_at) VALUES (?, ?, ?)"));
    m_insertMessage = std::make_unique<NativeStatement>(
        m_db,
        QStringLiteral(
            "INSERT INTO messages (conversation_id, seq, speaker, sent_at, text) VALUES (?, ?, ?, ?, ?)"));
    for (const auto *statement :
         { m_insertTicket.get(), m_insertConversation.get(), m_insertMessage.get() }) {
        if (!statement->isValid())
            return fail(error, statement->errorText());
    }
    return true;
}

void DemoStoreWriter::restoreChecks()
{
    exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF"), nullptr);
    exec(QStringLiteral("PRAGMA foreign_keys = ON"), nullptr);
}

bool DemoStoreWriter::commit(QString *error)
{
    m_insertTicket.reset();
    m_insertConversation.reset();
    m_insertMessage.reset();
    const bool committed = m_transaction && m_transaction->commit();
    const QString commitError = m_transaction ? m_transaction->errorText() : QStringLiteral("no transaction");
    restoreChecks();
    if (!committed)
        return fail(error, commitError);
    return true;
}

void DemoStoreWriter::rollback()
{
    m_insertTicket.reset();
    m_insertConversation.reset();
    m_insertMessage.reset();
    if (m_transaction)
        m_transaction->rollback();
    restoreChecks();
}

bool DemoStoreWriter::setTeamTimeZone(const QString &zoneId, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE sla_calendars SET time_zone = ? WHERE id = 1"));
    query.addBindValue(zoneId);
    if (!query.exec())
        return fail(error, query.lastError().text());
    query.prepare(QStringLiteral("INSERT INTO store_settings (key, value) VALUES ('team_time_zone', ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(zoneId);
    if (!query.exec())
        return fail(error, query.lastError().text());
    return true;
}

bool DemoStoreWriter::loadContext(DemoOrganizationContext *context, qint64 *nextTicketId,
                                  qint64 *nextConversationId, QString *error)
{
    QSqlQuery query(m_db);
    const auto run = [&](const QString &sql) {
        if (query.exec(sql))
            return true;
        fail(error, query.lastError().text());
        return false;
    };
    if (!run(QStringLiteral("SELECT id, code FROM departments")))
        return false;
    while (query.next())
        context->departmentIds.insert(query.value(1).toString(), query.value(0).toLongLong());
    if (!run(QStringLiteral("SELECT id, department_id, name FROM teams")))
        return false;
    while (query.next())
        context->existingTeamIds.insert(query.value(1).toString() + QLatin1Char('/')
                                            + query.value(2).toString(),
                                        query.value(0).toLongLong());
    if (!run(QStringLiteral("SELECT platform, account FROM agent_accounts")))
        return false;
    while (query.next()) {
        if (const auto platform = Vocabulary::fromCode<Platform>(query.value(0).toString()))
            context->usedAccounts[*platform].insert(query.value(1).toString());
    }
    if (!run(QStringLiteral("SELECT (SELECT COALESCE(MAX(id), 0) + 1 FROM teams), "
                            "(SELECT COALESCE(MAX(id), 0) + 1 FROM agents), "
                            "(SELECT COALESCE(MAX(id), 0) + 1 FROM tickets), "
                            "(SELECT COALESCE(MAX(id), 0) + 1 FROM conversations)"))
        || !query.next())
        return fail(error, query.lastError().text());
    context->nextTeamId = query.value(0).toLongLong();
    context->nextAgentId = query.value(1).toLongLong();
    *nextTicketId = query.value(2).toLongLong();
    *nextConversationId = query.value(3).toLongLong();
    return true;
}

bool DemoStoreWriter::insertOrganization(const DemoOrganization &organization, QString *error)
{
    QSqlQuery team(m_db);
    team.prepare(QStringLiteral(
        "INSERT INTO teams (id, department_id, parent_team_id, name, tier) VALUES (?, ?, ?, ?, ?)"));
    for (const DemoTeam &demoTeam : organization.teams) {
        if (demoTeam.existing)
            continue;
        team.addBindValue(demoTeam.team.id);
        team.addBindValue(demoTeam.team.departmentId);
        team.addBindValue(demoTeam.team.parentTeamId ? QVariant(*demoTeam.team.parentTeamId) : QVariant());
        team.addBindValue(demoTeam.team.name);
        team.addBindValue(Vocabulary::code(demoTeam.team.tier));
        if (!team.exec())
            return fail(error, team.lastError().text());
    }

    QSqlQuery agent(m_db);
    agent.prepare(
        QStringLiteral("INSERT INTO agents (id, name, english_name, team_id, tier, shift, hire_date, "
                       "left_date, status, mentor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery account(m_db);
    account.prepare(
        QStringLiteral("INSERT INTO agent_accounts (agent_id, platform, account) VALUES (?, ?, ?)"));
    for (const DemoAgent &demoAgent : organization.agents) {
        const Agent &a = demoAgent.agent;
        agent.addBindValue(a.id);
        agent.addBindValue(a.name);
        agent.addBindValue(a.englishName.isEmpty() ? QVariant() : QVariant(a.englishName));
        agent.addBindValue(a.teamId ? QVariant(*a.teamId) : QVariant());
        agent.addBindValue(Vocabulary::code(a.tier));
        agent.addBindValue(Vocabulary::code(a.shift));
        agent.addBindValue(a.hireDate.toString(Qt::ISODate));
        agent.addBindValue(a.leftDate.isValid() ? QVariant(a.leftDate.toString(Qt::ISODate)) : QVariant());
        agent.addBindValue(Vocabulary::code(a.status));
        agent.addBindValue(a.mentorId ? QVariant(*a.mentorId) : QVariant());
        if (!agent.exec())
            return fail(error, agent.lastError().text());
        for (Platform platform : Vocabulary::all<Platform>()) {
            if (!a.platformAccounts.contains(platform))
                continue;
            account.addBindValue(a.id);
            account.addBindValue(Vocabulary::code(platform));
            account.addBindValue(a.platformAccounts.value(platform));
            if (!account.exec())
                return fail(error, account.lastError().text());
        }
    }
    return true;
}

bool DemoStoreWriter::insertTicket(const DemoTicketRow &t, QString *error)
{
    NativeStatement &s = *m_insertTicket;
    s.bindInt64(1, t.id);
    s.bindUtf8(2, t.externalId);
    s.bindUtf8(3, codeOf(t.platform));
    s.bindUtf8(4, codeOf(t.channel));
    s.bindUtf8(5, codeOf(t.type));
    s.bindUtf8(6, codeOf(t.category));
    s.bindUtf8(7, codeOf(t.priority));
    s.bindUtf8(8, codeOf(t.status));
    s.bindUtf8(9, codeOf(t.tier));
    bindOptional(s, 10, t.agentId, 0);
    bindOptional(s, 11, t.teamId, 0);
    bindOptionalText(s, 12, t.customerRef);
    bindOptionalText(s, 13, t.orderId);
    bindOptional(s, 14, t.orderAmountCents, -1);
    bindOptional(s, 15, t.refundAmountCents, -1);
    s.bindInt64(16, t.createdAt);
    bindOptional(s, 17, t.firstResponseAt, -1);
    bindOptional(s, 18, t.resolvedAt, -1);
    bindOptional(s, 19, t.closedAt, -1);
    s.bindInt64(20, t.reopenCount);
    s.bindInt64(21, t.escalated ? 1 : 0);
    bindOptional(s, 22, t.handleSeconds, -1);
    bindOptional(s, 23, t.slaPolicyId, 0);
    bindOptional(s, 24, t.firstResponseDueAt, -1);
    bindOptional(s, 25, t.resolutionDueAt, -1);
    bindOptional(s, 26, t.csatScore, 0);
    bindOptional(s, 27, t.csatAnsweredAt, -1);
    s.bindInt64(28, t.isInquiry ? 1 : 0);
    s.bindInt64(29, t.converted ? 1 : 0);
    bindOptional(s, 30, t.aboutAgentId, 0);
    bindOptionalText(s, 31, t.tags);
    if (!s.execute())
        return fail(error, s.errorText());
    return true;
}

bool DemoStoreWriter::insertConversation(qint64 id, qint64 ticketId,
                                         const std::vector<DemoMessageRow> &messages, QString *error)
{
    if (messages.empty())
        return true;
    NativeStatement &c = *m_insertConversation;
    c.bindInt64(1, id);
    c.bindInt64(2, ticketId);
    c.bindInt64(3, messages.front().sentAt);
    if (!c.execute())
        return fail(error, c.errorText());
    NativeStatement &m = *m_insertMessage;
    qint64 seq = 0;
    for (const DemoMessageRow &message : messages) {
        m.bindInt64(1, id);
        m.bindInt64(2, seq++);
        m.bindUtf8(3, codeOf(message.speaker));
        m.bindInt64(4, message.sentAt);
        m.bindUtf8(5, message.text);
        if (!m.execute())
            return fail(error, m.errorText());
    }
    return true;
}

bool DemoStoreWriter::deferTicketIndexes(QString *error)
{
    // Into an empty table, building each index once at the end (a sort) is much faster than
    // keeping seven indexes with scattered keys up to date row by row, which stops fitting the
    // page cache after a few million rows. The DROP is part of the transaction, so a rollback
    // brings the indexes back.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM tickets)")) || !query.next())
        return fail(error, query.lastError().text());
    if (query.value(0).toBool())
        return true;
    if (!query.exec(QStringLiteral(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tickets' "
            "AND sql IS NOT NULL ORDER BY name")))
        return fail(error, query.lastError().text());
    QStringList names;
    while (query.next()) {
        names.append(query.value(0).toString());
        m_deferredIndexes.append(query.value(1).toString());
    }
    query.finish();
    for (const QString &name : names) {
        if (!exec(QStringLiteral("DROP INDEX \"%1\"").arg(name), error))
            return false;
    }
    return true;
}

bool DemoStoreWriter::buildDeferredIndexes(QString *error)
{
    for (const QString &sql : std::as_const(m_deferredIndexes)) {
        if (!exec(sql, error))
            return false;
    }
    m_deferredIndexes.clear();
    return true;
}

bool DemoStoreWriter::analyze(QString *error)
{
    if (!buildDeferredIndexes(error))
        return false;
    return exec(QStringLiteral("PRAGMA analysis_limit = 1000"), error)
        && exec(QStringLiteral("ANALYZE"), error);
}

bool DemoStoreWriter::qaStaff(std::vector<DemoQaStaff> *out, QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT id, login, display_name, role = 'team_lead', COALESCE(agent_id, 0) "
                           "FROM users WHERE role IN ('qa_reviewer', 'team_lead') AND disabled = 0 "
                           "ORDER BY id")))
        return fail(error, query.lastError().text());
    out->clear();
    while (query.next()) {
        DemoQaStaff staff;
        staff.userId = query.value(0).toLongLong();
        staff.login = query.value(1).toString();
        staff.displayName = query.value(2).toString();
        staff.lead = query.value(3).toBool();
        staff.agentId = query.value(4).toLongLong();
        out->push_back(staff);
    }
    return true;
}

bool DemoStoreWriter::insertQaStaff(const std::vector<DemoQaStaff> &staff, qint64 createdAt, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO users (login, display_name, role, created_at) VALUES (?, ?, ?, ?)"));
    for (const DemoQaStaff &member : staff) {
        query.addBindValue(member.login);
        query.addBindValue(member.displayName);
        query.addBindValue(member.lead ? QStringLiteral("team_lead") : QStringLiteral("qa_reviewer"));
        query.addBindValue(createdAt);
        if (!query.exec())
            return fail(error, query.lastError().text());
    }
    return true;
}
