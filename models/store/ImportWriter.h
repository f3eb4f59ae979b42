#pragma once

#include "import/ImportRows.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class ScopedTransaction;

/** What a batch is, recorded in import_batches. */
struct ImportBatchInfo
{
    QString kind;          // ImportProfile::kindCode
    QString sourceSystem;
    QString fileName;      // base name of the source file
    QString contentHash;   // SHA-256 hex of the file's bytes
    QString profile;       // profile name
    qint64 userId = 0;     // 0 = local operator
    QString userLogin;
    qint64 startedAt = 0;  // UTC epoch seconds
    bool createUnknownAgents = true;
    QStringList mappedFields; // RecordMapper::mappedFields(): only these are compared and updated
    // Messages: the values given to tickets created for conversations without a ticket link.
    QMap<QString, QString> conversationTicketDefaults; // "platform" → "taobao", "channel" → "chat", …
};

/** What happened to one row (or for messages, one conversation). */
enum class ImportOutcome { Inserted, Updated, Unchanged, Rejected, Failed };

struct ImportCounts
{
    qint64 read = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    qint64 skipped = 0;
    qint64 agentsCreated = 0;
    qint64 teamsCreated = 0;
    qint64 conversations = 0;
    qint64 messages = 0;
};

/**
 * All SQL of an import batch. begin() opens one write transaction (BEGIN IMMEDIATE) and records
 * the batch; rows are written with prepared native statements; commit() stamps the batch
 * 'committed' with its counts. Nothing is visible to other connections before commit(), and
 * rollback() (or destroying the writer, or the process dying) leaves the store as it was.
 *
 * Idempotent by key: a ticket is found by (source_system, external_id); a row equal to the
 * stored one in every mapped field is Unchanged; a differing one is Updated after its previous
 * values are saved in import_ticket_versions (so the batch can be undone). Agents are found by
 * (source_system, external_id), then by platform account, then by unique name; unknown agents
 * are created (with their team structure) or the row is Rejected, as the batch says.
 *
 * Messages are staged in a temporary table and written as conversations by finishMessages(),
 * which groups them (conversation key, or reply chains resolved to their root) and replaces a
 * stored conversation only when its messages differ.
 *
 * Threading: use only on the thread that owns the connection.
 */
class ImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ImportWriter)

public:
    explicit ImportWriter(QSqlDatabase db);
    ~ImportWriter();
    ImportWriter(const ImportWriter &) = delete;
    ImportWriter &operator=(const ImportWriter &) = delete;

    bool begin(const ImportBatchInfo &info, QString *error);
    qint64 batchId() const { return m_batchId; }

    /** Rejected comes with *reason set (e.g. unknown agent under the Reject policy). */
    ImportOutcome writeTicket(const ImportTicketRow &row, QString *reason);
    ImportOutcome writeAgent(const ImportAgentRow &row, QString *reason);
    /** Rejected when the ticket is not in the store. */
    ImportOutcome writeCsat(const ImportCsatRow &row, QString *reason);
    bool stageMessage(const ImportMessageRow &row, QString *error);
    /**
     * Writes the staged messages; adds conversations/messages and per-conversation outcomes to counts.
     * A rejected conversation (its linked ticket is missing, …) adds one issue per message row to
     * issues, when given.
     */
    bool finishMessages(ImportCounts *counts, QString *error, QList<ImportIssue> *issues = nullptr);

    /** Counts of agents and teams created so far in this batch. */
    qint64 agentsCreated() const;
    qint64 teamsCreated() const;

    /** The file's hash, known only after the rows (it is computed while they are read); stored by commit(). */
    void setContentHash(const QString &hash) { m_contentHash = hash; }
    bool commit(const ImportCounts &counts, QString *error);
    void rollback();

private:
    struct Private;
    std::unique_ptr<Private> d;
    qint64 m_batchId = 0;
    QString m_contentHash;
};
