#include "ImportService.h"

#include "ServiceContext.h"
#include "store/Store.h"

#include <QDateTime>

ImportService::ImportService(const ServiceContext &context)
    : m_context(context)
{
}

bool ImportService::mayImport(ImportKind kind, QString *error) const
{
    if (!m_context.allows(Permission::WriteTickets, error))
        return false;
    // Agents files and ticket files that bring new agents change the organisation too.
    if (kind == ImportKind::Agents || kind == ImportKind::Tickets)
        return m_context.allows(Permission::WriteOrganization, error);
    return true;
}

ImportResult ImportService::run(ImportRunner &runner, const ImportRequest &request) const
{
    ImportResult refused;
    if (!mayImport(request.profile.kind, &refused.error))
        return refused;
    return runner.run(request);
}

bool ImportService::history(QList<ImportBatchRecord> *batches, QString *error) const
{
    if (!m_context.allows(Permission::ReadTickets, error))
        return false;
    return ImportHistoryRepository(m_context.store().connection()).list(batches, error);
}

bool ImportService::undo(qint64 batchId, QString *error) const
{
    if (!m_context.allows(Permission::WriteTickets, error)
        || !m_context.allows(Permission::WriteOrganization, error))
        return false;
    return ImportHistoryRepository(m_context.store().connection())
        .undo(batchId, QDateTime::currentSecsSinceEpoch(), error);
}
