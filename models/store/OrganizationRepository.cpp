#include "OrganizationRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

std::optional<qint64> optionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

bool reportError(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

OrganizationRepository::OrganizationRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool OrganizationRepository::departments(QList<Department> *out, QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, code, name FROM departments ORDER BY id")))
        return reportError(query, error);
    while (query.next())
        out->append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString() });
    return true;
}

bool OrganizationRepository::teams(QList<Team> *out, QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, department_id, parent_team_id, name, tier FROM teams ORDER BY id")))
        return reportError(query, error);
    while (query.next()) {
        Team team;
        team.id = query.value(0).toLongLong();
        team.departmentId = query.value(1).toLongLong();
        team.parentTeamId = optionalId(query.value(2));
        team.name = query.value(3).toString();
        team.tier = Vocabulary::fromCode<Tier>(query.value(4).toString()).value_or(Tier::L1);
        out->append(team);
    }
    return true;
}

bool OrganizationRepository::agents(QList<Agent> *out, QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, name, english_name, team_id, tier, shift, hire_date, left_date, "
                                   "status, mentor_id FROM agents ORDER BY id")))
        return reportError(query, error);
    QHash<qint64, qsizetype> indexById;
    while (query.next()) {
        Agent agent;
        agent.id = query.value(0).toLongLong();
        agent.name = query.value(1).toString();
        agent.englishName = query.value(2).toString();
        agent.teamId = optionalId(query.value(3));
        agent.tier = Vocabulary::fromCode<Tier>(query.value(4).toString()).value_or(Tier::L1);
        agent.shift = Vocabulary::fromCode<Shift>(query.value(5).toString()).value_or(Shift::Morning);
        agent.hireDate = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        agent.leftDate = QDate::fromString(query.value(7).toString(), Qt::ISODate);
        agent.status = Vocabulary::fromCode<AgentStatus>(query.value(8).toString()).value_or(AgentStatus::Active);
        agent.mentorId = optionalId(query.value(9));
        indexById.insert(agent.id, out->size());
        out->append(agent);
    }
    if (!query.exec(QStringLiteral("SELECT agent_id, platform, account FROM agent_accounts")))
        return reportError(query, error);
    while (query.next()) {
        const auto index = indexById.value(query.value(0).toLongLong(), -1);
        const auto platform = Vocabulary::fromCode<Platform>(query.value(1).toString());
        if (index >= 0 && platform)
            (*out)[index].platformAccounts.insert(*platform, query.value(2).toString());
    }
    return true;
}
