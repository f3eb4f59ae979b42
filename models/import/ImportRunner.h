#pragma once

#include "ImportIssue.h"
#include "ImportProfile.h"
#include "services/ActingUser.h"
#include "store/ImportWriter.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include <atomic>

class Store;

/** What to do with a file that has bad rows. */
enum class ImportMode {
    DryRun,         // read, validate and write everything, then roll back: exact counts, no change
    ImportGoodRows, // commit the good rows; bad rows go to the reject file
    AllOrNothing,   // any bad row rejects the whole batch
};

struct ImportRequest
{
    QString sourcePath;
    ImportProfile profile;
    ImportMode mode = ImportMode::AllOrNothing;
    QString rejectPath;     // empty = no reject file
    int keptIssues = 1000;  // issues kept in the result for display; all go to the reject file
};

struct ImportResult
{
    bool ok = false;          // ran to the end (committed, or a dry run / rejection as asked)
    bool committed = false;
    bool cancelled = false;
    bool batchRejected = false; // AllOrNothing with bad rows: nothing was written
    qint64 batchId = 0;
    ImportCounts counts;
    QList<ImportIssue> issues;       // the first keptIssues
    QMap<QString, qint64> reasons;   // reason → number of issues, for the summary
    QString rejectPath;              // set when a reject file was written
    QString error;                   // why !ok
    QString encoding, separator;     // what the reader used
    double seconds = 0;
};

/**
 * Runs one import: opens the source, maps every record under the profile (RecordMapper), writes
 * the good rows in one transaction (ImportWriter), writes the reject file, and commits or rolls
 * back as the mode says. Computes SLA due times for imported tickets from the store's policies.
 *
 * Threading: run() works on the calling thread (a worker in the UI) with that thread's store
 * connection; requestCancel() may be called from any thread; progress() is emitted from run()'s
 * thread at most about 20 times a second.
 */
class ImportRunner : public QObject
{
    Q_OBJECT

public:
    ImportRunner(const Store &store, ActingUser user, QObject *parent = nullptr);

    ImportResult run(const ImportRequest &request);
    void requestCancel() { m_cancelRequested = true; }

signals:
    void progress(double fraction, qint64 rowsRead);

private:
    const Store &m_store;
    ActingUser m_user;
    std::atomic<bool> m_cancelRequested { false };
};
