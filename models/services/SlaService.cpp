#include "SlaService.h"

#include "store/SlaRepository.h"
#include "store/Store.h"

SlaService::SlaService(const ServiceContext &context)
    : m_context(context)
{
}

bool SlaService::loadPolicies(SlaPolicySet *policies, QString *error) const
{
    if (!m_context.allows(Permission::ReadTickets, error))
        return false;
    return SlaRepository(m_context.store().connection()).load(policies, error);
}
