#include "ImportJob.h"

#include "services/ImportService.h"
#include "services/ServiceContext.h"
#include "store/Store.h"

ImportJob::ImportJob(const ServiceContext &context, ImportRequest request)
    : m_context(context)
    , m_request(std::move(request))
    , m_runner(context.store(), context.user(), this)
{
}

void ImportJob::run()
{
    const ImportResult result = ImportService(m_context).run(m_runner, m_request);
    // The connection belongs to this worker thread, which ends after this run.
    m_context.store().releaseThreadConnection();
    emit finished(result);
}
