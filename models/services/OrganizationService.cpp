#include "OrganizationService.h"

#include "store/OrganizationRepository.h"
#include "store/Store.h"

OrganizationService::OrganizationService(const ServiceContext &context)
    : m_context(context)
{
}

bool OrganizationService::departments(QList<Department> *out, QString *error) const
{
    return m_context.allows(Permission::ReadOrganization, error)
        && OrganizationRepository(m_context.store().connection()).departments(out, error);
}

bool OrganizationService::teams(QList<Team> *out, QString *error) const
{
    return m_context.allows(Permission::ReadOrganization, error)
        && OrganizationRepository(m_context.store().connection()).teams(out, error);
}

bool OrganizationService::agents(QList<Agent> *out, QString *error) const
{
    return m_context.allows(Permission::ReadOrganization, error)
        && OrganizationRepository(m_context.store().connection()).agents(out, error);
}
