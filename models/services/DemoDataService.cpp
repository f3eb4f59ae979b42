#include "DemoDataService.h"

#include "ServiceContext.h"
#include "demo/DemoDataGenerator.h"

DemoDataService::DemoDataService(const ServiceContext &context)
    : m_context(context)
{
}

bool DemoDataService::mayGenerate(QString *error) const
{
    return m_context.allows(Permission::ManageStore, error);
}

bool DemoDataService::generate(DemoDataGenerator &generator, const DemoDataOptions &options,
                               QString *error) const
{
    if (!mayGenerate(error))
        return false;
    return generator.generate(options, error);
}
