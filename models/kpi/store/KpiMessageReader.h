#pragma once

#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class NativeStatement;

/**
 * SQL that streams one ticket's conversation messages for the message-level KPI counts: conversation
 * by conversation, each in sending order, only the fields the rules read. Whether an agent message
 * starts with the auto-reply marker is decided in SQL, so message texts never leave SQLite. One
 * prepared statement serves every ticket of a rebuild (an index lookup per ticket, a range read of
 * the clustered messages per conversation), so memory stays one message whatever the store's size.
 *
 * Threading: use it on the thread that owns the connection.
 */
class KpiMessageReader
{
    Q_DECLARE_TR_FUNCTIONS(KpiMessageReader)

public:
    /** marker: the rule set's auto-reply marker (empty: no message is automatic by its text). */
    KpiMessageReader(QSqlDatabase db, const QString &autoReplyMarker);
    ~KpiMessageReader();

    using Visit = std::function<void(qint64 conversationId, Speaker speaker, qint64 sentAt, bool autoReply)>;
    /** Calls visit for each message of the ticket's conversations, ordered by conversation, then sent time.
     */
    bool scanTicket(qint64 ticketId, const Visit &visit, QString *error);

private:
    QSqlDatabase m_db;
    QByteArray m_marker; // UTF-8
    qint64 m_markerLength = 0; // in code points, as SQLite's substr() counts
    std::unique_ptr<NativeStatement> m_statement;
};
