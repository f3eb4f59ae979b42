#include "DemoDataJob.h"

#include "services/DemoDataService.h"
#include "services/ServiceContext.h"
#include "store/Store.h"

DemoDataJob::DemoDataJob(const ServiceContext &context, const DemoDataOptions &options)
    : m_context(context)
    , m_options(options)
    , m_generator(context.store(), this)
{
}

void DemoDataJob::run()
{
    QString error;
    const bool ok = DemoDataService(m_context).generate(m_generator, m_options, &error);
    const bool cancelled = m_generator.wasCancelled();
    const DemoDataSummary summary = m_generator.summary();
    // The connection belongs to this worker thread, which ends after this run.
    m_context.store().releaseThreadConnection();
    emit finished(ok, cancelled, error, summary);
}
