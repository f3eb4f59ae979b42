#pragma once

#include "import/ImportProfile.h"
#include "import/ImportRunner.h"

#include <QList>
#include <QString>
#include <QStringList>

class ImportProfileLibrary;
class ServiceContext;

/**
 * What the import wizard's pages share: the chosen file, the file options and the preview read
 * from it, the profile being edited, and the results of the dry run and the import. Each page
 * fills its part in validatePage() and reads the earlier pages' parts in initializePage().
 * Lives on the UI thread; workers get copies (ImportRequest).
 */
class ImportSession
{
public:
    static constexpr int kPreviewRows = 50;

    ImportSession(const ServiceContext &context, const ImportProfileLibrary &library)
        : m_context(context)
        , m_library(library)
    {
    }

    const ServiceContext &context() const { return m_context; }
    const ImportProfileLibrary &library() const { return m_library; }

    /** The request for a run over the whole file: the profile with the preview's file options. */
    ImportRequest request(ImportMode mode) const;

    QString sourcePath;
    ImportFileOptions fileOptions; // as chosen on the preview page (empty members = detect)
    QStringList header;
    QList<QStringList> previewRows; // at most kPreviewRows
    ImportProfile profile;
    ImportResult dryRun;
    ImportResult result;

private:
    const ServiceContext &m_context;
    const ImportProfileLibrary &m_library;
};
