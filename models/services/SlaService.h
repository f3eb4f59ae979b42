#pragma once

#include "ServiceContext.h"
#include "sla/SlaPolicy.h"

/** Reads the store's SLA policies and service-hour calendars. */
class SlaService
{
public:
    explicit SlaService(const ServiceContext &context);
    bool loadPolicies(SlaPolicySet *policies, QString *error) const;

private:
    const ServiceContext &m_context;
};
