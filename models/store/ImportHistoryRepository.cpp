#include "ImportHistoryRepository.h"

#include "ScopedTransaction.h"
#include "Store.h"
#include "kpi/store/KpiStaleRangeRepository.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString batchColumns = QStringLiteral(
    "id, kind, source_system, file_name, content_hash, profile, user_login, started_at, finished_at, status, "
    "rows_read, rows_imported, rows_updated, rows_unchanged, rows_rejected, undone_at");

ImportBatchRecord recordFrom(const QSqlQuery &query)
{
    ImportBatchRecord batch;
    batch.id = query.value(0).toLongLong();
    batch.kind = query.value(1).toString();
    batch.sourceSystem = query.value(2).toString();
    batch.fileName = query.value(3).toString();
    batch.contentHash = query.value(4).toString();
    batch.profile = query.value(5).toString();
    batch.userLogin = query.value(6).toString();
    batch.startedAt = query.value(7).toLongLong();
    batch.finishedAt = query.value(8).toLongLong();
    batch.status = query.value(9).toString();
    batch.rowsRead = query.value(10).toLongLong();
    batch.rowsImported = query.value(11).toLongLong();
    batch.rowsUpdated = query.value(12).toLongLong();
    batch.rowsUnchanged = query.value(13).toLongLong();
    batch.rowsRejected = query.value(14).toLongLong();
    batch.undoneAt = query.value(15).toLongLong();
    return batch;
}

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

QVariant nullable(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QString when(qint64 epochSeconds)
{
    return QDateTime::fromSecsSinceEpoch(epochSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

ImportHistoryRepository::ImportHistoryRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool ImportHistoryRepository::list(QList<ImportBatchRecord> *batches, QString *error, int limit) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM import_batches ORDER BY id DESC LIMIT ?").arg(batchColumns));
    query.addBindValue(limit);
    if (!query.exec())
        return fail(error, Store::errorFrom(query.lastError(), m_db.databaseName()).message);
    batches->clear();
    while (query.next())
        batches->append(recordFrom(query));
    return true;
}

bool ImportHistoryRepository::find(qint64 batchId, ImportBatchRecord *batch, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM import_batches WHERE id = ?").arg(batchColumns));
    query.addBindValue(batchId);
    if (!query.exec())
        return fail(error, Store::errorFrom(query.lastError(), m_db.databaseName()).message);
    if (!query.next())
        return fail(error, tr("There is no import batch %1.").arg(batchId));
    *batch = recordFrom(query);
    return true;
}

bool ImportHistoryRepository::findByContent(const QString &sourceSystem, const QString &contentHash,
                                            QList<ImportBatchRecord> *batches, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM import_batches WHERE source_system = ? AND content_hash = ? "
                                 "AND status = 'committed' ORDER BY id DESC")
                      .arg(batchColumns));
    query.addBindValue(sourceSystem);
    query.addBindValue(contentHash);
    if (!query.exec())
        return fail(error, Store::errorFrom(query.lastError(), m_db.databaseName()).message);
    batches->clear();
    while (query.next())
        batches->append(recordFrom(query));
    return true;
}

bool ImportHistoryRepository::recordRejected(const ImportBatchRecord &batch, QString *error)
{
    ScopedTransaction transaction(m_db);
    if (!transaction.isActive())
        return fail(error, Store::errorFrom(transaction.lastError(), m_db.databaseName()).message);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO import_batches (kind, source_system, file_name, content_hash, profile, user_login, "
        "started_at, "
        "finished_at, status, rows_read, rows_imported, rows_updated, rows_unchanged, rows_rejected) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'rejected', ?, ?, ?, ?, ?)"));
    query.addBindValue(nullable(batch.kind));
    query.addBindValue(batch.sourceSystem);
    query.addBindValue(nullable(batch.fileName));
    query.addBindValue(nullable(batch.contentHash));
    query.addBindValue(nullable(batch.profile));
    query.addBindValue(nullable(batch.userLogin));
    query.addBindValue(batch.startedAt);
    query.addBindValue(batch.finishedAt ? QVariant(batch.finishedAt)
                                        : QVariant(QDateTime::currentSecsSinceEpoch()));
    query.addBindValue(batch.rowsRead);
    query.addBindValue(batch.rowsImported);
    query.addBindValue(batch.rowsUpdated);
    query.addBindValue(batch.rowsUnchanged);
    query.addBindValue(batch.rowsRejected);
    if (!query.exec())
        return fail(error, Store::errorFrom(query.lastError(), m_db.databaseName()).message);
    if (!transaction.commit())
        return fail(error, Store::errorFrom(transaction.lastError(), m_db.databaseName()).message);
    return true;
}

/** The creation times the undo will change, recorded so the KPI aggregates of those days are rebuilt. */
bool ImportHistoryRepository::recordStaleKpiRange(qint64 batchId, QString *error)
{
    QSqlQuery range(m_db);
    range.prepare(
        QStringLiteral("SELECT min(created_at), max(created_at) FROM ("
                       "SELECT created_at FROM tickets WHERE import_batch_id = ? "
                       "UNION ALL SELECT created_at FROM import_ticket_versions WHERE batch_id = ? "
                       // The tickets whose conversations the undo removes or restores: their message
                       // counts (kpi_agent_day's msg_* columns) change with them.
                       "UNION ALL SELECT created_at FROM tickets WHERE id IN ("
                       "SELECT ticket_id FROM conversations WHERE import_batch_id = ? "
                       "UNION SELECT previous_ticket_id FROM import_replaced_messages WHERE batch_id = ?))"));
    for (int i = 0; i < 4; ++i)
        range.addBindValue(batchId);
    if (!range.exec() || !range.next())
        return fail(error, range.lastError().text());
    if (range.isNull(0))
        return true;
    return KpiStaleRangeRepository(m_db).record(range.value(0).toLongLong(), range.value(1).toLongLong(),
                                                QStringLiteral("undo of import batch %1").arg(batchId),
                                                error);
}

bool ImportHistoryRepository::undo(qint64 batchId, qint64 undoneAt, QString *error)
{
    // Tickets the batch inserted take their conversations with them (ON DELETE CASCADE), which
    // only happens with foreign keys on; the pragma cannot change inside a transaction.
    {
        QSqlQuery pragma(m_db);
        if (!pragma.exec(QStringLiteral("PRAGMA foreign_keys")) || !pragma.next())
            return fail(error, pragma.lastError().text());
        if (!pragma.value(0).toBool() && !pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
            return fail(error, pragma.lastError().text());
    }

    ScopedTransaction transaction(m_db);
    if (!transaction.isActive())
        return fail(error, Store::errorFrom(transaction.lastError(), m_db.databaseName()).message);

    ImportBatchRecord batch;
    if (!find(batchId, &batch, error))
        return false;
    if (batch.status == QLatin1String("undone"))
        return fail(error,
                    tr("Import batch %1 was already undone on %2.").arg(batchId).arg(when(batch.undoneAt)));
    if (batch.status != QLatin1String("committed"))
        return fail(error,
                    tr("Import batch %1 was never committed (%2); there is nothing to undo.")
                        .arg(batchId)
                        .arg(batch.status));

    QSqlQuery query(m_db);
    const auto run = [&](const QString &sql) {
        query.prepare(sql);
        const int placeholders = static_cast<int>(sql.count(QLatin1Char('?')));
        for (int i = 0; i < placeholders; ++i)
            query.addBindValue(batchId);
        if (query.exec())
            return true;
        fail(error,
             Store::errorFrom(query.lastError(), m_db.databaseName()).message + QLatin1Char(' ')
                 + query.lastError().text());
        return false;
    };

    // A later committed batch that changed what this batch wrote would see its own changes undone
    // underneath it (and its saved versions would then restore this batch's values). The version
    // tables record which batch had written a row before, which is exactly that question.
    const QString laterBatch = QStringLiteral(
        "SELECT b.id, b.started_at FROM import_batches b WHERE b.status = 'committed' AND b.id > ? AND ("
        " EXISTS (SELECT 1 FROM import_ticket_versions v WHERE v.batch_id = b.id AND v.import_batch_id = ?)"
        " OR EXISTS (SELECT 1 FROM import_agent_versions v WHERE v.batch_id = b.id AND v.import_batch_id = ?)"
        " OR EXISTS (SELECT 1 FROM import_replaced_messages m WHERE m.batch_id = b.id AND "
        "m.conversation_batch_id = ?)"
        " OR EXISTS (SELECT 1 FROM conversations c JOIN tickets t ON t.id = c.ticket_id"
        "            WHERE c.import_batch_id = b.id AND t.import_batch_id = ?)"
        ") ORDER BY b.id DESC LIMIT 1");
    if (!run(laterBatch))
        return false;
    if (query.next()) {
        return fail(error,
                    tr("Import batch %1 cannot be undone: batch %2 of %3 changed rows it wrote. Undo "
                       "batch %2 first.")
                        .arg(batchId)
                        .arg(query.value(0).toLongLong())
                        .arg(when(query.value(1).toLongLong())));
    }
    query.finish();

    // QA work (reviews, sample draws, calibration) is kept as it was scored; the conversations it
    // points at must stay. Those are the conversations the batch added and those of tickets it added.
    const QString qaWork = QStringLiteral(
        "SELECT COUNT(*) FROM conversations c LEFT JOIN tickets t ON t.id = c.ticket_id"
        " WHERE (c.import_batch_id = ? OR (t.import_batch_id = ? AND NOT EXISTS ("
        "        SELECT 1 FROM import_ticket_versions v WHERE v.batch_id = ? AND v.ticket_id = t.id)))"
        "   AND (EXISTS (SELECT 1 FROM qa_reviews r WHERE r.conversation_id = c.id)"
        "     OR EXISTS (SELECT 1 FROM qa_sample_items i WHERE i.conversation_id = c.id)"
        "     OR EXISTS (SELECT 1 FROM qa_calibration_conversations k WHERE k.conversation_id = c.id))");
    if (!run(qaWork) || !query.next())
        return false;
    if (const int held = query.value(0).toInt(); held > 0)
        return fail(
            error,
            tr("Import batch %1 cannot be undone: %n of its conversation(s) are in QA reviews, samples "
               "or calibration sessions, which keep the conversations they scored.",
               nullptr, held)
                .arg(batchId));
    query.finish();

    // Conversations first: put back the transcripts the batch replaced, then drop the ones it added.
    const bool conversationsDone
        = run(QStringLiteral(
              "DELETE FROM messages WHERE conversation_id IN (SELECT DISTINCT conversation_id FROM "
              "import_replaced_messages WHERE batch_id = ?)"))
        && run(QStringLiteral(
            "INSERT INTO messages (conversation_id, seq, speaker, sent_at, text) SELECT "
            "conversation_id, seq, speaker, sent_at, text FROM import_replaced_messages WHERE "
            "batch_id = ?"))
        && run(QStringLiteral(
            "UPDATE conversations SET import_batch_id = r.conversation_batch_id, started_at = r.started_at, "
            "ticket_id = coalesce(r.previous_ticket_id, conversations.ticket_id) FROM "
            "(SELECT conversation_id, MAX(conversation_batch_id) AS conversation_batch_id, MIN(sent_at) AS "
            "started_at, MAX(previous_ticket_id) AS previous_ticket_id "
            "FROM import_replaced_messages WHERE batch_id = ? GROUP BY conversation_id) AS r "
            "WHERE conversations.id = r.conversation_id"))
        && run(QStringLiteral("DELETE FROM conversations WHERE import_batch_id = ?"));
    if (!conversationsDone)
        return false;

    // Tickets: restore what the batch updated, then delete what still carries the batch's id,
    // which is what it inserted (an updated row got its previous batch id back).
    QStringList ticketColumns = {
        QStringLiteral("source_system"),
        QStringLiteral("external_id"),
        QStringLiteral("platform"),
        QStringLiteral("channel"),
        QStringLiteral("type"),
        QStringLiteral("category"),
        QStringLiteral("priority"),
        QStringLiteral("status"),
        QStringLiteral("tier"),
        QStringLiteral("agent_id"),
        QStringLiteral("team_id"),
        QStringLiteral("customer_ref"),
        QStringLiteral("order_id"),
        QStringLiteral("order_amount_cents"),
        QStringLiteral("refund_amount_cents"),
        QStringLiteral("created_at"),
        QStringLiteral("first_response_at"),
        QStringLiteral("resolved_at"),
        QStringLiteral("closed_at"),
        QStringLiteral("reopen_count"),
        QStringLiteral("escalated"),
        QStringLiteral("handle_seconds"),
        QStringLiteral("sla_policy_id"),
        QStringLiteral("first_response_due_at"),
        QStringLiteral("resolution_due_at"),
        QStringLiteral("csat_score"),
        QStringLiteral("csat_answered_at"),
        QStringLiteral("is_inquiry"),
        QStringLiteral("converted"),
        QStringLiteral("about_agent_id"),
        QStringLiteral("tags"),
        QStringLiteral("import_batch_id"),
        QStringLiteral("csat_comment"),
    };
    QStringList ticketAssignments;
    for (const QString &column : std::as_const(ticketColumns))
        ticketAssignments.append(QStringLiteral("%1 = v.%1").arg(column));
    const QStringList agentColumns = {
        QStringLiteral("name"),
        QStringLiteral("english_name"),
        QStringLiteral("team_id"),
        QStringLiteral("tier"),
        QStringLiteral("shift"),
        QStringLiteral("hire_date"),
        QStringLiteral("left_date"),
        QStringLiteral("status"),
        QStringLiteral("mentor_id"),
        QStringLiteral("source_system"),
        QStringLiteral("external_id"),
        QStringLiteral("tenure_bucket"),
        QStringLiteral("hire_date_estimated"),
        QStringLiteral("import_batch_id"),
    };
    QStringList agentAssignments;
    for (const QString &column : agentColumns)
        agentAssignments.append(QStringLiteral("%1 = v.%1").arg(column));

    if (!recordStaleKpiRange(batchId, error))
        return false;
    const bool rowsDone = run(QStringLiteral("DELETE FROM agent_accounts WHERE import_batch_id = ?"))
        && run(QStringLiteral(
                   "UPDATE tickets SET %1 FROM import_ticket_versions AS v WHERE v.batch_id = ? AND "
                   "tickets.id = v.ticket_id")
                   .arg(ticketAssignments.join(QStringLiteral(", "))))
        && run(QStringLiteral("DELETE FROM tickets WHERE import_batch_id = ?"))
        && run(QStringLiteral("UPDATE agents SET %1 FROM import_agent_versions AS v WHERE v.batch_id = ? AND "
                              "agents.id = v.agent_id")
                   .arg(agentAssignments.join(QStringLiteral(", "))));
    if (!rowsDone)
        return false;

    // Agents and teams the batch created go once nothing refers to them. Deleting one at a time and
    // skipping those a foreign key still holds also covers tables this code does not know about.
    const auto removeUnused = [&](const QString &selectSql, const QString &deleteSql) {
        for (bool progress = true; progress;) {
            progress = false;
            if (!run(selectSql))
                return false;
            QList<qint64> ids;
            while (query.next())
                ids.append(query.value(0).toLongLong());
            query.finish();
            QSqlQuery remove(m_db);
            for (qint64 id : std::as_const(ids)) {
                remove.prepare(deleteSql);
                remove.addBindValue(id);
                if (remove.exec() && remove.numRowsAffected() > 0)
                    progress = true;
            }
        }
        return true;
    };
    const bool organisationDone
        = removeUnused(QStringLiteral("SELECT id FROM agents a WHERE import_batch_id = ? "
                                      "AND NOT EXISTS (SELECT 1 FROM tickets WHERE agent_id = a.id) "
                                      "AND NOT EXISTS (SELECT 1 FROM tickets WHERE about_agent_id = a.id) "
                                      "AND NOT EXISTS (SELECT 1 FROM agents m WHERE m.mentor_id = a.id) "
                                      "AND NOT EXISTS (SELECT 1 FROM users WHERE agent_id = a.id)"),
                       QStringLiteral("DELETE FROM agents WHERE id = ?"))
        && removeUnused(
              QStringLiteral("SELECT id FROM teams t WHERE import_batch_id = ? "
                             "AND NOT EXISTS (SELECT 1 FROM agents WHERE team_id = t.id) "
                             "AND NOT EXISTS (SELECT 1 FROM tickets WHERE team_id = t.id) "
                             "AND NOT EXISTS (SELECT 1 FROM teams c WHERE c.parent_team_id = t.id)"),
              QStringLiteral("DELETE FROM teams WHERE id = ?"));
    if (!organisationDone)
        return false;

    query.prepare(QStringLiteral("UPDATE import_batches SET status = 'undone', undone_at = ? WHERE id = ?"));
    query.addBindValue(undoneAt);
    query.addBindValue(batchId);
    if (!query.exec())
        return fail(error, query.lastError().text());
    if (!transaction.commit())
        return fail(error, Store::errorFrom(transaction.lastError(), m_db.databaseName()).message);
    return true;
}
