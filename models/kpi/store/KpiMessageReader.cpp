#include "KpiMessageReader.h"

#include "store/NativeStatement.h"

KpiMessageReader::KpiMessageReader(QSqlDatabase db, const QString &autoReplyMarker)
    : m_db(std::move(db))
    , m_marker(autoReplyMarker.toUtf8())
    , m_markerLength(autoReplyMarker.toUcs4().size())
{
}

KpiMessageReader::~KpiMessageReader() = default;

bool KpiMessageReader::scanTicket(qint64 ticketId, const Visit &visit, QString *error)
{
    if (!m_statement) {
        // substr() counts characters, as the marker's length below does (code points, not UTF-16).
        m_statement = std::make_unique<NativeStatement>(
            m_db,
            QStringLiteral("SELECT m.conversation_id, substr(m.speaker, 1, 1), m.sent_at, "
                           "m.speaker = 'agent' AND ?1 <> '' AND substr(m.text, 1, ?2) = ?1 "
                           "FROM conversations c JOIN messages m ON m.conversation_id = c.id "
                           "WHERE c.ticket_id = ?3 ORDER BY c.id, m.sent_at, m.seq"));
        if (!m_statement->isValid()) {
            *error = m_statement->errorText();
            m_statement.reset();
            return false;
        }
    }
    NativeStatement &statement = *m_statement;
    statement.bindUtf8(1, m_marker);
    statement.bindInt64(2, m_markerLength);
    statement.bindInt64(3, ticketId);
    while (statement.step()) {
        qsizetype size = 0;
        const char *code = statement.columnBytes(1, &size);
        const char first = size > 0 ? code[0] : 's';
        const Speaker speaker = first == 'c' ? Speaker::Customer
            : first == 'a'                   ? Speaker::Agent
            : first == 'b'                   ? Speaker::Bot
                                             : Speaker::System;
        visit(statement.columnInt64(0), speaker, statement.columnInt64(2), statement.columnInt64(3) != 0);
    }
    const QString failure = statement.errorText();
    statement.reset();
    if (!failure.isEmpty()) {
        *error = failure;
        return false;
    }
    return true;
}
