// ImportWriter: agents and the team structure around them.

#include "ImportWriterChecks.h"
#include "ImportWriterPrivate.h"
#include "NativeStatement.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace ImportWriterDetail;

namespace {

const QString customerService = QStringLiteral("customer_service");

QString accountKey(const QString &platform, const QString &account)
{
    return platform + QChar(0x1f) + account;
}

QVariant nullable(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

bool ImportWriter::Private::loadOrganization(QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id, code, name FROM departments")))
        return fail(error, query.lastError().text());
    while (query.next()) {
        departmentByCode.insert(query.value(1).toString(), query.value(0).toLongLong());
        departmentByName.insert(query.value(2).toString(), query.value(0).toLongLong());
    }
    if (!query.exec(QStringLiteral("SELECT id, department_id, name FROM teams")))
        return fail(error, query.lastError().text());
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const qint64 departmentId = query.value(1).toLongLong();
        const QString name = query.value(2).toString();
        teamByKey.insert(QString::number(departmentId) + QLatin1Char('/') + name, id);
        teamIdByName.insert(name, teamIdByName.contains(name) ? -1 : id);
        teamDepartment.insert(id, departmentId);
    }
    if (!query.exec(QStringLiteral("SELECT id, name, team_id, tier, source_system, external_id FROM agents")))
        return fail(error, query.lastError().text());
    while (query.next()) {
        AgentRef agent;
        agent.id = query.value(0).toLongLong();
        agent.teamId = query.value(2).toLongLong();
        agent.departmentId = teamDepartment.value(agent.teamId);
        agent.tier = query.value(3).toString().toUtf8();
        const QString externalId
            = query.value(4).toString() == info.sourceSystem ? query.value(5).toString() : QString();
        remember(agent, query.value(1).toString(), externalId, {});
    }
    if (!query.exec(QStringLiteral("SELECT agent_id, platform, account FROM agent_accounts")))
        return fail(error, query.lastError().text());
    while (query.next()) {
        if (AgentRef *agent = agentById.value(query.value(0).toLongLong()))
            agentByAccount.insert(accountKey(query.value(1).toString(), query.value(2).toString()), agent);
    }
    return true;
}

void ImportWriter::Private::remember(const AgentRef &agent, const QString &name, const QString &externalId,
                                     const QMap<QString, QString> &accounts)
{
    agents.push_back(agent);
    AgentRef *stored = &agents.back();
    agentById.insert(agent.id, stored);
    if (!externalId.isEmpty())
        agentByExternalId.insert(externalId, stored);
    // A name two agents share finds neither: guessing would file tickets under the wrong person.
    const auto existing = agentByName.constFind(name);
    agentByName.insert(name, existing == agentByName.constEnd() ? stored : nullptr);
    for (auto it = accounts.cbegin(); it != accounts.cend(); ++it)
        agentByAccount.insert(accountKey(it.key(), it.value()), stored);
}

AgentRef *ImportWriter::Private::findAgent(const ImportAgentFields &agent, const QString &platform)
{
    const QString &key = agent.externalId.isEmpty() ? agent.name : agent.externalId;
    if (AgentRef *found = agentByExternalId.value(key))
        return found;
    if (!platform.isEmpty()) {
        const auto account = agent.accounts.constFind(platform);
        if (account != agent.accounts.constEnd()) {
            if (AgentRef *found = agentByAccount.value(accountKey(platform, account.value())))
                return found;
        }
    } else {
        for (auto it = agent.accounts.cbegin(); it != agent.accounts.cend(); ++it) {
            if (AgentRef *found = agentByAccount.value(accountKey(it.key(), it.value())))
                return found;
        }
    }
    if (!agent.name.isEmpty())
        return agentByName.value(agent.name);
    return nullptr;
}

const AgentRef *ImportWriter::Private::resolveAgent(const ImportAgentFields &agent, const QString &platform,
                                                    qint64 baseTime, QString *reason)
{
    lastFailed = false;
    if (const AgentRef *found = findAgent(agent, platform))
        return found;
    if (!info.createUnknownAgents) {
        fail(reason, tr("unknown agent “%1”").arg(agent.name.isEmpty() ? agent.externalId : agent.name));
        return nullptr;
    }
    // The day is worked out only here: most rows find their agent and never need it.
    return createAgent(agent, QDateTime::fromSecsSinceEpoch(baseTime, Qt::UTC).date(), reason);
}

qint64 ImportWriter::Private::departmentOf(const QString &codeOrName, QString *reason)
{
    const QString &wanted = codeOrName.isEmpty() ? customerService : codeOrName;
    qint64 id = departmentByCode.value(wanted);
    if (!id)
        id = departmentByName.value(wanted);
    if (!id)
        fail(reason, tr("unknown department “%1”").arg(wanted));
    return id;
}

qint64 ImportWriter::Private::team(qint64 departmentId, const QString &name, qint64 parentId,
                                   const QString &leader, const QByteArray &tier, QString *reason)
{
    const QString key = QString::number(departmentId) + QLatin1Char('/') + name;
    if (const qint64 existing = teamByKey.value(key))
        return existing;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO teams (department_id, parent_team_id, name, tier, leader, "
                                  "import_batch_id) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(departmentId);
    insert.addBindValue(nullableId(parentId));
    insert.addBindValue(name);
    insert.addBindValue(QString::fromUtf8(tier));
    insert.addBindValue(nullable(leader));
    insert.addBindValue(batchId);
    if (!insert.exec()) {
        lastFailed = true;
        fail(reason, insert.lastError().text());
        return -1;
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    teamByKey.insert(key, id);
    teamIdByName.insert(name, teamIdByName.contains(name) ? -1 : id);
    teamDepartment.insert(id, departmentId);
    ++teamsCreated;
    return id;
}

qint64 ImportWriter::Private::teamByName(const QString &name, qint64 departmentId, const QByteArray &tier,
                                         QString *reason)
{
    if (departmentId) {
        if (const qint64 id = teamByKey.value(QString::number(departmentId) + QLatin1Char('/') + name))
            return id;
    }
    const qint64 id = teamIdByName.value(name);
    if (id > 0)
        return id;
    if (!departmentId) {
        departmentId = departmentOf(QString(), reason);
        if (!departmentId)
            return -1;
    }
    return team(departmentId, name, 0, QString(), tier, reason);
}

qint64 ImportWriter::Private::teamStructure(const ImportAgentFields &agent, qint64 *departmentId,
                                            QString *reason)
{
    *departmentId = departmentOf(agent.department, reason);
    if (!*departmentId)
        return -1;
    const QByteArray tier = agent.tier.isEmpty() ? QByteArray("L1") : agent.tier.toUtf8();
    qint64 teamId = 0;
    if (!agent.manager.isEmpty()) {
        teamId = team(*departmentId, agent.manager, 0, agent.manager, tier, reason);
        if (teamId < 0)
            return -1;
    }
    if (!agent.supervisor.isEmpty()) {
        // Teams are unique per department and name, and in real exports one supervisor appears
        // under several managers: each pairing is its own team.
        const QString name = agent.manager.isEmpty()
            ? agent.supervisor
            : QStringLiteral("%1 (%2)").arg(agent.supervisor, agent.manager);
        teamId = team(*departmentId, name, teamId, agent.supervisor, tier, reason);
        if (teamId < 0)
            return -1;
    }
    if (!agent.team.isEmpty()) {
        teamId = team(*departmentId, agent.team, teamId, QString(), tier, reason);
        if (teamId < 0)
            return -1;
    }
    return teamId;
}

AgentRef *ImportWriter::Private::createAgent(const ImportAgentFields &agent, QDate baseDate, QString *reason)
{
    if (const char *column = violatedAgentCheck(agent)) {
        fail(reason, tr("the agent's %1 breaks the store's rules").arg(QLatin1String(column)));
        return nullptr;
    }
    qint64 departmentId = 0;
    const qint64 teamId = teamStructure(agent, &departmentId, reason);
    if (teamId < 0)
        return nullptr;
    const QString tier = agent.tier.isEmpty() ? QStringLiteral("L1") : agent.tier;

    // Without a hire date, the tenure bucket's lower bound counted back from the ticket's day (or
    // today, for an agents file) is the best estimate; it is flagged as one.
    QDate hireDate = agent.hireDate.value_or(QDate());
    bool estimated = false;
    if (!hireDate.isValid()) {
        hireDate = baseDate.addDays(-agent.tenureDays.value_or(0));
        estimated = true;
    }
    qint64 mentorId = 0;
    if (!agent.mentor.isEmpty()) {
        if (const AgentRef *mentor = agentByName.value(agent.mentor))
            mentorId = mentor->id;
    }
    const QString externalId = agent.externalId.isEmpty() ? agent.name : agent.externalId;

    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO agents (name, english_name, team_id, tier, shift, hire_date, left_date, "
                       "status, mentor_id, "
                       "source_system, external_id, tenure_bucket, hire_date_estimated, import_batch_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(agent.name.isEmpty() ? externalId : agent.name);
    insert.addBindValue(nullable(agent.englishName));
    insert.addBindValue(nullableId(teamId));
    insert.addBindValue(tier);
    insert.addBindValue(agent.shift.isEmpty() ? QStringLiteral("morning") : agent.shift);
    insert.addBindValue(hireDate.toString(Qt::ISODate));
    insert.addBindValue(agent.leftDate ? QVariant(agent.leftDate->toString(Qt::ISODate)) : QVariant());
    insert.addBindValue(agent.status.isEmpty() ? QStringLiteral("active") : agent.status);
    insert.addBindValue(nullableId(mentorId));
    insert.addBindValue(info.sourceSystem);
    insert.addBindValue(externalId);
    insert.addBindValue(nullable(agent.tenureBucket));
    insert.addBindValue(estimated ? 1 : 0);
    insert.addBindValue(batchId);
    if (!insert.exec()) {
        lastFailed = true;
        fail(reason, insert.lastError().text());
        return nullptr;
    }
    AgentRef created;
    created.id = insert.lastInsertId().toLongLong();
    created.teamId = teamId;
    created.departmentId = departmentId;
    created.tier = tier.toUtf8();
    bool added = false;
    if (!addAccounts(created.id, agent.accounts, &added, reason)) {
        lastFailed = true;
        return nullptr;
    }
    remember(created, agent.name.isEmpty() ? externalId : agent.name, externalId, agent.accounts);
    ++agentsCreated;
    return &agents.back();
}

bool ImportWriter::Private::addAccounts(qint64 agentId, const QMap<QString, QString> &accounts, bool *added,
                                        QString *error)
{
    // An account another agent already holds stays with that agent: platforms reuse sub-account
    // names only after the first holder left, and the store keeps the first mapping.
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT OR IGNORE INTO agent_accounts (agent_id, platform, account, import_batch_id) "
                       "VALUES (?, ?, ?, ?)"));
    for (auto it = accounts.cbegin(); it != accounts.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        insert.addBindValue(agentId);
        insert.addBindValue(it.key());
        insert.addBindValue(it.value());
        insert.addBindValue(batchId);
        if (!insert.exec())
            return fail(error, insert.lastError().text());
        if (insert.numRowsAffected() > 0)
            *added = true;
    }
    return true;
}

ImportOutcome ImportWriter::Private::writeAgent(const ImportAgentRow &row, QString *reason)
{
    lastFailed = false;
    const ImportAgentFields &a = row.agent;
    if (a.isEmpty()) {
        fail(reason, tr("The agent has no name."));
        return ImportOutcome::Rejected;
    }
    if (const char *column = violatedAgentCheck(a)) {
        fail(reason, tr("the agent's %1 breaks the store's rules").arg(QLatin1String(column)));
        return ImportOutcome::Rejected;
    }
    AgentRef *found = findAgent(a, QString());
    if (!found) {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        if (createAgent(a, today, reason))
            return ImportOutcome::Inserted;
        return lastFailed ? ImportOutcome::Failed : ImportOutcome::Rejected;
    }

    // Names from an agents file: "agent.tier" or "tier" both mean the agent's tier.
    QStringList fields;
    for (const QString &field : info.mappedFields)
        fields.append(field.startsWith(QLatin1String("agent.")) ? field.mid(6) : field);
    const auto isMapped = [&](std::initializer_list<const char *> names) {
        if (fields.isEmpty())
            return true;
        for (const char *name : names) {
            if (fields.contains(QLatin1String(name)))
                return true;
        }
        return false;
    };

    QSqlQuery current(db);
    current.prepare(
        QStringLiteral("SELECT name, english_name, team_id, tier, shift, hire_date, left_date, status, "
                       "mentor_id, tenure_bucket, hire_date_estimated FROM agents WHERE id = ?"));
    current.addBindValue(found->id);
    if (!current.exec() || !current.next()) {
        lastFailed = true;
        fail(reason, current.lastError().text());
        return ImportOutcome::Failed;
    }
    static const QStringList columns = { QStringLiteral("name"),
                                         QStringLiteral("english_name"),
                                         QStringLiteral("team_id"),
                                         QStringLiteral("tier"),
                                         QStringLiteral("shift"),
                                         QStringLiteral("hire_date"),
                                         QStringLiteral("left_date"),
                                         QStringLiteral("status"),
                                         QStringLiteral("mentor_id"),
                                         QStringLiteral("tenure_bucket"),
                                         QStringLiteral("hire_date_estimated") };
    QVariantList stored;
    for (int i = 0; i < columns.size(); ++i)
        stored.append(current.value(i));
    current.finish();
    QVariantList wanted = stored;

    if (isMapped({ "name" }) && !a.name.isEmpty())
        wanted[0] = a.name;
    if (isMapped({ "english_name" }))
        wanted[1] = nullable(a.englishName);
    qint64 departmentId = found->departmentId;
    if (isMapped({ "team", "supervisor", "manager", "department" })
        && !(a.team.isEmpty() && a.supervisor.isEmpty() && a.manager.isEmpty())) {
        const qint64 teamId = teamStructure(a, &departmentId, reason);
        if (teamId < 0)
            return lastFailed ? ImportOutcome::Failed : ImportOutcome::Rejected;
        wanted[2] = nullableId(teamId);
    }
    if (isMapped({ "tier" }))
        wanted[3] = a.tier.isEmpty() ? QStringLiteral("L1") : a.tier;
    if (isMapped({ "shift" }))
        wanted[4] = a.shift.isEmpty() ? QStringLiteral("morning") : a.shift;
    if (isMapped({ "hire_date" }) && a.hireDate) {
        wanted[5] = a.hireDate->toString(Qt::ISODate);
        wanted[10] = 0;
    } else if (isMapped({ "tenure", "tenure_bucket", "tenure_days" }) && a.tenureDays
               && stored[10].toInt() == 1 && stored[9].toString() != a.tenureBucket) {
        // Re-estimate only when the bucket moved: counting back from a new "today" on every
        // re-import would make an unchanged file look changed.
        wanted[5] = QDateTime::currentDateTimeUtc().date().addDays(-*a.tenureDays).toString(Qt::ISODate);
    }
    if (isMapped({ "left_date" }))
        wanted[6] = a.leftDate ? QVariant(a.leftDate->toString(Qt::ISODate)) : QVariant();
    if (isMapped({ "status" }))
        wanted[7] = a.status.isEmpty() ? QStringLiteral("active") : a.status;
    if (isMapped({ "mentor" })) {
        const AgentRef *mentor = a.mentor.isEmpty() ? nullptr : agentByName.value(a.mentor);
        wanted[8] = mentor && mentor->id != found->id ? QVariant(mentor->id) : QVariant();
    }
    if (isMapped({ "tenure", "tenure_bucket", "tenure_days" }))
        wanted[9] = nullable(a.tenureBucket);

    bool changed = false;
    for (int i = 0; i < columns.size(); ++i) {
        // Compare as text: SQLite hands back integers as qlonglong, the wanted values are mixed.
        if (stored[i].isNull() != wanted[i].isNull() || stored[i].toString() != wanted[i].toString())
            changed = true;
    }
    bool accountsAdded = false;
    if (isMapped({ "accounts" }) || !a.accounts.isEmpty()) {
        if (!addAccounts(found->id, a.accounts, &accountsAdded, reason)) {
            lastFailed = true;
            return ImportOutcome::Failed;
        }
        for (auto it = a.accounts.cbegin(); it != a.accounts.cend(); ++it)
            agentByAccount.insert(accountKey(it.key(), it.value()), found);
    }
    if (!changed)
        return accountsAdded ? ImportOutcome::Updated : ImportOutcome::Unchanged;

    QSqlQuery version(db);
    version.prepare(QStringLiteral("INSERT OR IGNORE INTO import_agent_versions (batch_id, agent_id, name, "
                                   "english_name, team_id, tier, shift, "
                                   "hire_date, left_date, status, mentor_id, source_system, external_id, "
                                   "tenure_bucket, hire_date_estimated, "
                                   "import_batch_id) SELECT ?, id, name, english_name, team_id, tier, shift, "
                                   "hire_date, left_date, status, "
                                   "mentor_id, source_system, external_id, tenure_bucket, "
                                   "hire_date_estimated, import_batch_id FROM agents "
                                   "WHERE id = ?"));
    version.addBindValue(batchId);
    version.addBindValue(found->id);
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE agents SET name = ?, english_name = ?, team_id = ?, tier = ?, shift = ?, hire_date = ?, "
        "left_date = ?, status = ?, mentor_id = ?, tenure_bucket = ?, hire_date_estimated = ?, "
        "import_batch_id = ? WHERE id = ?"));
    for (const QVariant &value : std::as_const(wanted))
        update.addBindValue(value);
    update.addBindValue(batchId);
    update.addBindValue(found->id);
    if (!version.exec() || !update.exec()) {
        const QSqlError sqlError = version.lastError().isValid() ? version.lastError() : update.lastError();
        fail(reason, sqlError.text());
        return ImportOutcome::Rejected;
    }
    found->teamId = wanted[2].toLongLong();
    found->departmentId = teamDepartment.value(found->teamId, departmentId);
    found->tier = wanted[3].toString().toUtf8();
    return ImportOutcome::Updated;
}

ImportOutcome ImportWriter::writeAgent(const ImportAgentRow &row, QString *reason)
{
    if (!d->transaction) {
        fail(reason, tr("No import batch is open."));
        return ImportOutcome::Failed;
    }
    return d->writeAgent(row, reason);
}
