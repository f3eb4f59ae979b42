#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

/** One row of the import history, as the history dialog and `teamlens import --history` show it. */
struct ImportBatchRecord
{
    qint64 id = 0;
    QString kind;
    QString sourceSystem;
    QString fileName;
    QString contentHash;
    QString profile;
    QString userLogin;
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    QString status; // running, committed, rejected, undone
    qint64 rowsRead = 0, rowsImported = 0, rowsUpdated = 0, rowsUnchanged = 0, rowsRejected = 0;
    qint64 undoneAt = 0;
};

/**
 * Reads the import history and undoes batches. Undo removes what the batch inserted (tickets,
 * their conversations, and agents/teams it created that nothing else uses) and restores the
 * previous values of what it updated, in one transaction. A batch whose rows were changed again
 * by a later committed batch cannot be undone before that later batch; the error names it.
 * Recording a rejected batch is a separate short transaction, so the history shows attempts too.
 */
class ImportHistoryRepository
{
    Q_DECLARE_TR_FUNCTIONS(ImportHistoryRepository)

public:
    explicit ImportHistoryRepository(QSqlDatabase db);

    /** Newest first. */
    bool list(QList<ImportBatchRecord> *batches, QString *error, int limit = 500) const;
    bool find(qint64 batchId, ImportBatchRecord *batch, QString *error) const;
    /** Committed batches of this source with this content hash (re-import of the same file). */
    bool findByContent(const QString &sourceSystem, const QString &contentHash,
                       QList<ImportBatchRecord> *batches, QString *error) const;
    bool recordRejected(const ImportBatchRecord &batch, QString *error);
    bool undo(qint64 batchId, qint64 undoneAt, QString *error);

private:
    bool recordStaleKpiRange(qint64 batchId, QString *error);

    QSqlDatabase m_db;
};
