#pragma once

#include "ServiceContext.h"
#include "domain/Organization.h"

#include <QList>

/** Departments, teams and agents, for pickers, filters and the KPI views. */
class OrganizationService
{
public:
    explicit OrganizationService(const ServiceContext &context);

    bool departments(QList<Department> *out, QString *error) const;
    bool teams(QList<Team> *out, QString *error) const;
    bool agents(QList<Agent> *out, QString *error) const;

private:
    const ServiceContext &m_context;
};
