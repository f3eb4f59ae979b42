#include "QaQueueRepository.h"

#include "domain/Vocabulary.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

QaQueueRepository::QaQueueRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool QaQueueRepository::dueDays(int *out, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM store_settings WHERE key = 'qa_review_due_days'"));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    *out = DefaultDueDays;
    if (query.next()) {
        bool ok = false;
        const int days = query.value(0).toString().trimmed().toInt(&ok);
        // A mistyped setting must not hide every due date, so it falls back to the default.
        if (ok && days >= 0)
            *out = days;
    }
    return true;
}

bool QaQueueRepository::items(qint64 reviewerId, QList<QaQueueItem> *out, QString *error) const
{
    int days = DefaultDueDays;
    if (!dueDays(&days, error))
        return false;
    // The newest regular review by the item's reviewer decides the status; a review by someone else
    // (after a reassignment) does not make the new reviewer's item done. Work still to do comes
    // first, each part by due date: a reviewer opens the queue on what is left, not on the archive.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT i.id, i.conversation_id, i.agent_id, a.name, a.team_id, t.name, i.reviewer_id, "
        "u.display_name, d.period_last, r.id, r.status, r.score, c.started_at "
        "FROM qa_sample_items i "
        "JOIN qa_sample_draws d ON d.id = i.draw_id "
        "JOIN agents a ON a.id = i.agent_id "
        "LEFT JOIN teams t ON t.id = a.team_id "
        "JOIN users u ON u.id = i.reviewer_id "
        "JOIN conversations c ON c.id = i.conversation_id "
        "LEFT JOIN qa_reviews r ON r.id = (SELECT max(r2.id) FROM qa_reviews r2 WHERE r2.sample_item_id = "
        "i.id "
        "AND r2.reviewer_id = i.reviewer_id AND r2.kind = 'regular') "
        "WHERE i.reviewer_id IS NOT NULL AND (? = 0 OR i.reviewer_id = ?) "
        "ORDER BY r.status IS 'submitted', d.period_last, i.id"));
    query.addBindValue(reviewerId);
    query.addBindValue(reviewerId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    out->clear();
    while (query.next()) {
        QaQueueItem item;
        item.sampleItemId = query.value(0).toLongLong();
        item.conversationId = query.value(1).toLongLong();
        item.agentId = query.value(2).toLongLong();
        item.agentName = query.value(3).toString();
        item.teamId = query.value(4).toLongLong();
        item.teamName = query.value(5).toString();
        item.reviewerId = query.value(6).toLongLong();
        item.reviewerName = query.value(7).toString();
        item.due = QDate::fromString(query.value(8).toString(), Qt::ISODate).addDays(days);
        item.reviewId = query.value(9).toLongLong();
        if (item.reviewId != 0) {
            item.status = query.value(10).toString() == QLatin1String("submitted")
                ? QaQueueItem::Status::Submitted
                : QaQueueItem::Status::Draft;
        }
        if (!query.value(11).isNull())
            item.score = query.value(11).toDouble();
        item.startedAt = query.value(12).toLongLong();
        out->append(item);
    }
    return true;
}

bool QaQueueRepository::transcript(qint64 conversationId, QList<Message> *out, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT seq, speaker, sent_at, text FROM messages WHERE conversation_id = ? ORDER BY seq"));
    query.addBindValue(conversationId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    out->clear();
    while (query.next()) {
        Message message;
        message.id = query.value(0).toLongLong();
        message.speaker = Vocabulary::fromCode<Speaker>(query.value(1).toString()).value_or(Speaker::System);
        message.sentAt = QDateTime::fromSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
        message.text = query.value(3).toString();
        out->append(message);
    }
    return true;
}

bool QaQueueRepository::userIdForLogin(const QString &login, qint64 *out, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM users WHERE login = ? AND disabled = 0"));
    query.addBindValue(login);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    *out = query.next() ? query.value(0).toLongLong() : 0;
    return true;
}
