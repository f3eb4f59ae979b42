// ImportWriter: conversations, staged per message and written per conversation.

#include "ImportWriterChecks.h"
#include "ImportWriterPrivate.h"
#include "NativeStatement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <vector>

using namespace ImportWriterDetail;

namespace {

struct StagedMessage
{
    QString ticketExternalId;
    QString speaker;
    std::optional<qint64> sentAt;
    QString text;
    ImportRowOrigin origin;
};

struct StoredMessage
{
    QString speaker;
    qint64 sentAt = 0;
    QString text;
    bool operator==(const StoredMessage &other) const = default;
};

} // namespace

bool ImportWriter::Private::prepareMessages(QString *error)
{
    // Staging in a temporary table keeps a large transcript file out of memory; it lives in this
    // connection's temp database and disappears with the transaction or the connection. It is
    // created on the first message only, so ticket imports never touch the temp schema; IF NOT
    // EXISTS and DELETE rather than DROP, because DROP fails while a statement of the connection
    // is still open.
    if (!exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS import_staged_messages (conversation_key TEXT, "
                             "message_key TEXT, "
                             "reply_to_key TEXT, ticket_external_id TEXT, speaker TEXT, sent_at INTEGER, "
                             "text TEXT, position INTEGER, origin_row INTEGER, origin_line INTEGER)"),
              error)
        || !exec(QStringLiteral("DELETE FROM temp.import_staged_messages"), error))
        return false;
    stageMessage
        = prepare(QStringLiteral("INSERT INTO temp.import_staged_messages VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                                 "?, ?)"),
                  error);
    return stageMessage != nullptr;
}

bool ImportWriter::Private::stage(const ImportMessageRow &row, QString *error)
{
    // The mapper only lets vocabulary speakers through; a failure here is a programming error.
    if (violatedMessageCheck(row))
        return fail(error, tr("“%1” is not a speaker the store knows").arg(row.speaker));
    NativeStatement &s = *stageMessage;
    s.bindText(1, row.conversationKey.isEmpty() ? QString() : row.conversationKey);
    s.bindText(2, row.messageKey.isEmpty() ? QString() : row.messageKey);
    s.bindText(3, row.replyToKey.isEmpty() ? QString() : row.replyToKey);
    s.bindText(4, row.ticketExternalId.isEmpty() ? QString() : row.ticketExternalId);
    s.bindText(5, row.speaker);
    if (row.sentAt)
        s.bindInt64(6, *row.sentAt);
    else
        s.bindNull(6);
    s.bindText(7, row.text.isNull() ? QStringLiteral("") : row.text);
    s.bindInt64(8, row.position);
    s.bindInt64(9, row.origin.row);
    s.bindInt64(10, row.origin.line);
    if (!s.execute())
        return fail(error, s.errorText());
    return true;
}

bool ImportWriter::stageMessage(const ImportMessageRow &row, QString *error)
{
    if (!d->transaction)
        return fail(error, tr("No import batch is open."));
    if (!d->stageMessage && !d->prepareMessages(error))
        return false;
    return d->stage(row, error);
}

bool ImportWriter::finishMessages(ImportCounts *counts, QString *error, QList<ImportIssue> *issues)
{
    if (!d->transaction)
        return fail(error, tr("No import batch is open."));
    if (!d->stageMessage && !d->prepareMessages(error))
        return false;
    return d->finishMessages(counts, issues, error);
}

bool ImportWriter::Private::finishMessages(ImportCounts *counts, QList<ImportIssue> *issues, QString *error)
{
    QSqlQuery query(db);
    // Reply chains: a message without a conversation key belongs to the conversation of the root
    // of its chain. A reply to a message that is not in the file starts a chain of its own.
    {
        if (!query.exec(
                QStringLiteral("SELECT rowid, message_key, reply_to_key FROM temp.import_staged_messages "
                               "WHERE conversation_key IS NULL AND message_key IS NOT NULL")))
            return fail(error, query.lastError().text());
        std::vector<qint64> rowIds;
        QStringList keys, replyTo;
        QHash<QString, int> indexOf;
        while (query.next()) {
            rowIds.push_back(query.value(0).toLongLong());
            keys.append(query.value(1).toString());
            replyTo.append(query.value(2).toString());
            indexOf.insert(keys.last(), static_cast<int>(rowIds.size()) - 1);
        }
        query.finish();
        if (!rowIds.empty()) {
            std::vector<int> root(rowIds.size(), -1);
            for (int i = 0; i < static_cast<int>(rowIds.size()); ++i) {
                // Walk up to a known root or the top; the step limit stops a cycle in bad data.
                std::vector<int> path;
                int at = i;
                int steps = 0;
                while (root[at] < 0 && steps++ <= static_cast<int>(rowIds.size())) {
                    path.push_back(at);
                    const int parent = replyTo[at].isEmpty() ? -1 : indexOf.value(replyTo[at], -1);
                    if (parent < 0 || parent == at)
                        break;
                    at = parent;
                }
                const int top = root[at] >= 0 ? root[at] : at;
                for (int node : path)
                    root[node] = top;
            }
            NativeStatement assign(
                db,
                QStringLiteral("UPDATE temp.import_staged_messages SET conversation_key = ? "
                               "WHERE rowid = ?"));
            for (std::size_t i = 0; i < rowIds.size(); ++i) {
                assign.bindText(1, keys[root[i]]);
                assign.bindInt64(2, rowIds[i]);
                if (!assign.execute())
                    return fail(error, assign.errorText());
            }
        }
    }

    const QVariant sourceSystem = info.sourceSystem;
    QSqlQuery findTicketId(db);
    findTicketId.prepare(
        QStringLiteral("SELECT id FROM tickets WHERE source_system = ? AND external_id = ?"));
    QSqlQuery findConversation(db);
    findConversation.prepare(QStringLiteral("SELECT id, import_batch_id, ticket_id FROM conversations WHERE "
                                            "source_system = ? AND external_id = ?"));
    QSqlQuery loadMessages(db);
    loadMessages.prepare(
        QStringLiteral("SELECT speaker, sent_at, text FROM messages WHERE conversation_id = ? "
                       "ORDER BY seq"));
    NativeStatement insertMessage(
        db,
        QStringLiteral(
            "INSERT INTO messages (conversation_id, seq, speaker, sent_at, text) VALUES (?, ?, ?, ?, ?)"));
    if (!insertMessage.isValid())
        return fail(error, insertMessage.errorText());

    const auto reject = [&](const std::vector<StagedMessage> &messages, const QString &reason) {
        ++counts->rejected;
        if (!issues)
            return;
        for (const StagedMessage &message : messages)
            issues->append(
                ImportIssue { message.origin.row, message.origin.line, QString(), QString(), reason });
    };

    const auto writeConversation = [&](const QString &key, std::vector<StagedMessage> &messages) -> bool {
        if (key.isEmpty()) {
            reject(messages, tr("The message has no conversation."));
            return true;
        }
        // Messages without a time take their neighbour's, so the order stays the file's.
        std::optional<qint64> known;
        for (const StagedMessage &message : messages) {
            if (message.sentAt) {
                known = message.sentAt;
                break;
            }
        }
        if (!known) {
            reject(messages, tr("No message of conversation “%1” has a time.").arg(key));
            return true;
        }
        std::vector<StoredMessage> incoming;
        incoming.reserve(messages.size());
        for (const StagedMessage &message : messages) {
            if (message.sentAt)
                known = message.sentAt;
            incoming.push_back(StoredMessage { message.speaker, *known, message.text });
        }

        QString ticketKey;
        for (const StagedMessage &message : messages) {
            if (!message.ticketExternalId.isEmpty()) {
                ticketKey = message.ticketExternalId;
                break;
            }
        }
        const bool linked = !ticketKey.isEmpty();
        if (!linked)
            ticketKey = key;
        findTicketId.addBindValue(sourceSystem);
        findTicketId.addBindValue(ticketKey);
        if (!findTicketId.exec())
            return fail(error, findTicketId.lastError().text());
        qint64 ticketId = findTicketId.next() ? findTicketId.value(0).toLongLong() : 0;
        findTicketId.finish();
        if (!ticketId && linked) {
            reject(messages,
                   tr("no ticket “%1” from %2 in the store for conversation “%3”")
                       .arg(ticketKey, info.sourceSystem, key));
            return true;
        }
        if (!ticketId) {
            // A transcript without a ticket becomes a ticket of its own, keyed by the conversation.
            const auto value = [&](const char *name, const char *fallback) {
                const QString given = info.conversationTicketDefaults.value(QLatin1String(name));
                return Value { Value::Text, 0, given.isEmpty() ? QByteArray(fallback) : given.toUtf8() };
            };
            TicketValues v;
            v[Platform] = value("platform", "own");
            v[Channel] = value("channel", "chat");
            v[Type] = value("type", "consultation");
            v[Category] = value("category", "other");
            v[Priority] = value("priority", "normal");
            v[Status] = value("status", "closed");
            v[Tier] = value("tier", "L1");
            v[CreatedAt] = Value { Value::Int, incoming.front().sentAt, {} };
            bool customerSeen = false;
            for (const StoredMessage &message : incoming) {
                if (message.speaker == QLatin1String("customer")) {
                    customerSeen = true;
                } else if (customerSeen
                           && (message.speaker == QLatin1String("agent")
                               || message.speaker == QLatin1String("bot"))) {
                    v[FirstResponseAt] = Value { Value::Int, message.sentAt, {} };
                    break;
                }
            }
            for (int column : { ReopenCount, Escalated, IsInquiry, Converted })
                v[column] = Value { Value::Int, 0, {} };
            // The defaults come from the profile; the batch runs without SQLite's checks.
            if (const char *column = violatedTicketCheck(v)) {
                reject(
                    messages,
                    tr("the profile's default for %1 breaks the store's rules").arg(QLatin1String(column)));
                return true;
            }
            // Straight to the insert: the ticket is known not to exist.
            NativeStatement &insert = *insertTicket;
            insert.bindInt64(1, batchId);
            insert.bindUtf8(2, ticketKey.toUtf8());
            insert.bindUtf8(TicketColumnCount + 3, source);
            for (int column = 0; column < TicketColumnCount; ++column)
                bindValue(insert, column + 3, v[column]);
            if (!insert.execute()) {
                if (isConstraintError()) {
                    reject(messages, insert.errorText());
                    return true;
                }
                return fail(error, insert.errorText());
            }
            ticketId = sqlite3_last_insert_rowid(NativeStatement::handleOf(db));
            touchCreated(v[CreatedAt]);
        }

        findConversation.addBindValue(sourceSystem);
        findConversation.addBindValue(key);
        if (!findConversation.exec())
            return fail(error, findConversation.lastError().text());
        qint64 conversationId = 0;
        QVariant previousBatch;
        qint64 previousTicketId = 0;
        if (findConversation.next()) {
            conversationId = findConversation.value(0).toLongLong();
            previousBatch = findConversation.value(1);
            previousTicketId = findConversation.value(2).toLongLong();
        }
        findConversation.finish();

        QSqlQuery write(db);
        if (conversationId) {
            loadMessages.addBindValue(conversationId);
            if (!loadMessages.exec())
                return fail(error, loadMessages.lastError().text());
            std::vector<StoredMessage> stored;
            while (loadMessages.next())
                stored.push_back(StoredMessage { loadMessages.value(0).toString(),
                                                 loadMessages.value(1).toLongLong(),
                                                 loadMessages.value(2).toString() });
            loadMessages.finish();
            // A newer export may link the same transcript to another ticket: that is a change too.
            if (stored == incoming && previousTicketId == ticketId) {
                ++counts->unchanged;
                ++counts->conversations;
                counts->messages += static_cast<qint64>(incoming.size());
                return true;
            }
            write.prepare(QStringLiteral("INSERT OR IGNORE INTO import_replaced_messages (batch_id, "
                                         "conversation_id, seq, speaker, sent_at, "
                                         "text, conversation_batch_id, previous_ticket_id) SELECT ?, "
                                         "conversation_id, seq, speaker, sent_at, text, ?, ? FROM messages "
                                         "WHERE conversation_id = ?"));
            write.addBindValue(batchId);
            write.addBindValue(previousBatch);
            write.addBindValue(previousTicketId);
            write.addBindValue(conversationId);
            if (!write.exec())
                return fail(error, write.lastError().text());
            write.prepare(QStringLiteral("DELETE FROM messages WHERE conversation_id = ?"));
            write.addBindValue(conversationId);
            if (!write.exec())
                return fail(error, write.lastError().text());
            write.prepare(QStringLiteral(
                "UPDATE conversations SET started_at = ?, import_batch_id = ?, ticket_id = ? WHERE id = ?"));
            write.addBindValue(incoming.front().sentAt);
            write.addBindValue(batchId);
            write.addBindValue(ticketId);
            write.addBindValue(conversationId);
            if (!write.exec())
                return fail(error, write.lastError().text());
            ++counts->updated;
        } else {
            write.prepare(QStringLiteral(
                "INSERT INTO conversations (ticket_id, started_at, source_system, external_id, "
                "import_batch_id) VALUES (?, ?, ?, ?, ?)"));
            write.addBindValue(ticketId);
            write.addBindValue(incoming.front().sentAt);
            write.addBindValue(sourceSystem);
            write.addBindValue(key);
            write.addBindValue(batchId);
            if (!write.exec())
                return fail(error, write.lastError().text());
            conversationId = write.lastInsertId().toLongLong();
            ++counts->inserted;
        }
        qint64 seq = 0;
        for (const StoredMessage &message : incoming) {
            insertMessage.bindInt64(1, conversationId);
            insertMessage.bindInt64(2, seq++);
            insertMessage.bindUtf8(3, message.speaker.toUtf8());
            insertMessage.bindInt64(4, message.sentAt);
            insertMessage.bindUtf8(5, message.text.toUtf8());
            if (!insertMessage.execute())
                return fail(error, insertMessage.errorText());
        }
        ++counts->conversations;
        counts->messages += static_cast<qint64>(incoming.size());
        return true;
    };

    // One conversation at a time in memory, in order of time, then position, then file order.
    NativeStatement read(
        db,
        QStringLiteral("SELECT conversation_key, ticket_external_id, speaker, sent_at, text, "
                       "origin_row, origin_line FROM temp.import_staged_messages "
                       "ORDER BY conversation_key, sent_at IS NULL, sent_at, position, rowid"));
    if (!read.isValid())
        return fail(error, read.errorText());
    // The conversation is written after the read moved past it; reading the temp table while
    // writing the main database is fine in SQLite (the sorter holds the ordered rows).
    QString currentKey;
    bool first = true;
    std::vector<StagedMessage> messages;
    while (read.step()) {
        const QString key = read.columnText(0);
        if (!first && key != currentKey) {
            if (!writeConversation(currentKey, messages))
                return false;
            messages.clear();
        }
        first = false;
        currentKey = key;
        StagedMessage message;
        message.ticketExternalId = read.columnText(1);
        message.speaker = read.columnText(2);
        if (!read.columnIsNull(3))
            message.sentAt = read.columnInt64(3);
        message.text = read.columnText(4);
        message.origin.row = read.columnInt64(5);
        message.origin.line = read.columnInt64(6);
        messages.push_back(std::move(message));
    }
    if (!read.errorText().isEmpty())
        return fail(error, read.errorText());
    if (!messages.empty() && !writeConversation(currentKey, messages))
        return false;
    read.reset();
    return exec(QStringLiteral("DELETE FROM temp.import_staged_messages"), error);
}
