#pragma once

#include "domain/Organization.h"

#include <QList>
#include <QSqlDatabase>

/** SQL for departments, teams, agents and their platform accounts. */
class OrganizationRepository
{
public:
    explicit OrganizationRepository(QSqlDatabase db);

    bool departments(QList<Department> *out, QString *error) const;
    bool teams(QList<Team> *out, QString *error) const;
    bool agents(QList<Agent> *out, QString *error) const;

private:
    QSqlDatabase m_db;
};
