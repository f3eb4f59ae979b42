#pragma once

#include "demo/DemoDataOptions.h"

#include <QCoreApplication>

class DemoDataGenerator;
class ServiceContext;

/**
 * Demo data for the user of a service context: checks Permission::ManageStore, then lets the
 * generator write. The generator is passed in so callers can watch its progress and cancel it.
 */
class DemoDataService
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataService)

public:
    explicit DemoDataService(const ServiceContext &context);

    /** True when the user may generate demo data; otherwise fills error with a sentence to show. */
    bool mayGenerate(QString *error) const;
    /** Generates on the calling thread with generator (built on the context's store). */
    bool generate(DemoDataGenerator &generator, const DemoDataOptions &options, QString *error) const;

private:
    const ServiceContext &m_context;
};
