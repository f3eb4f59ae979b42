#pragma once

#include "import/ImportRunner.h"
#include "store/ImportHistoryRepository.h"

#include <QCoreApplication>

class ServiceContext;

/**
 * Imports, history and undo for the user of a service context. Importing and undoing need
 * Permission::WriteTickets (and WriteOrganization when agents or teams are created or changed);
 * reading the history needs ReadTickets.
 */
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    explicit ImportService(const ServiceContext &context);

    bool mayImport(ImportKind kind, QString *error) const;
    /** Runs on the calling thread; `runner` is built on the context's store and user. */
    ImportResult run(ImportRunner &runner, const ImportRequest &request) const;
    bool history(QList<ImportBatchRecord> *batches, QString *error) const;
    bool undo(qint64 batchId, QString *error) const;

private:
    const ServiceContext &m_context;
};
