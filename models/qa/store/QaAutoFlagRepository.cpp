#include "QaAutoFlagRepository.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace {

const QString SettingsKey = QStringLiteral("qa_auto_settings");
const QString FlagsHashKey = QStringLiteral("qa_auto_flags_settings_hash");

qint64 startOfDay(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

bool fail(const QSqlQuery &query, QString *error)
{
    *error = query.lastError().text();
    return false;
}

} // namespace

QaAutoFlagRepository::QaAutoFlagRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool QaAutoFlagRepository::readSetting(const QString &key, QString *value, bool *exists, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM store_settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return fail(query, error);
    *exists = query.next();
    *value = *exists ? query.value(0).toString() : QString();
    return true;
}

bool QaAutoFlagRepository::writeSetting(const QString &key, const QString &value, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO store_settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec() || fail(query, error);
}

bool QaAutoFlagRepository::loadSettings(AutoQaSettings *out, QString *error) const
{
    QString json;
    bool exists = false;
    if (!readSetting(SettingsKey, &json, &exists, error))
        return false;
    if (!exists) {
        *out = AutoQaSettings::defaults();
        return true;
    }
    return AutoQaSettings::fromJson(json.toUtf8(), out, error);
}

bool QaAutoFlagRepository::saveSettings(const AutoQaSettings &settings, QString *error)
{
    return writeSetting(SettingsKey, QString::fromUtf8(settings.toJson()), error);
}

QString QaAutoFlagRepository::settingsHash(const AutoQaSettings &settings)
{
    return QString::fromLatin1(QCryptographicHash::hash(settings.toJson(), QCryptographicHash::Sha1).toHex());
}

bool QaAutoFlagRepository::flagsSettingsHash(QString *out, QString *error) const
{
    bool exists = false;
    return readSetting(FlagsHashKey, out, &exists, error);
}

bool QaAutoFlagRepository::setFlagsSettingsHash(const QString &hash, QString *error)
{
    return writeSetting(FlagsHashKey, hash, error);
}

bool QaAutoFlagRepository::compareFlagsHash(QString *stored, bool *matches, QString *error) const
{
    AutoQaSettings settings;
    if (!loadSettings(&settings, error) || !flagsSettingsHash(stored, error))
        return false;
    *matches = *stored == settingsHash(settings);
    return true;
}

bool QaAutoFlagRepository::flagsStale(bool *out, QString *error) const
{
    QString stored;
    bool matches = false;
    if (!compareFlagsHash(&stored, &matches, error))
        return false;
    *out = !matches;
    return true;
}

bool QaAutoFlagRepository::flagsState(FlagsState *out, QString *error) const
{
    QString stored;
    bool matches = false;
    if (!compareFlagsHash(&stored, &matches, error))
        return false;
    if (matches) {
        *out = FlagsState::Current;
        return true;
    }
    if (!stored.isEmpty()) {
        *out = FlagsState::OtherSettings;
        return true;
    }
    // No hash: either no full run ever (flags, if any, come from runs over a period, which record
    // each conversation's check) or a store upgraded to schema 9 with flags that have no check.
    // Only asked while no hash is stored, so the walk over the flags is rare; it stops at the
    // first legacy flag.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM qa_auto_flags f WHERE NOT EXISTS "
                           "(SELECT 1 FROM qa_auto_checks k WHERE k.conversation_id = f.conversation_id))"))
        || !query.next())
        return fail(query, error);
    *out = query.value(0).toBool() ? FlagsState::SettingsNotRecorded : FlagsState::OtherSettings;
    return true;
}

bool QaAutoFlagRepository::conversationPage(qint64 afterId, int limit, const QDate &first, const QDate &last,
                                            QList<Conversation> *out, QSet<qint64> *ongoing,
                                            QString *error) const
{
    out->clear();
    ongoing->clear();
    QSqlQuery ids(m_db);
    ids.setForwardOnly(true);
    ids.prepare(QStringLiteral(
        "SELECT c.id, c.ticket_id, t.status NOT IN ('resolved', 'closed') FROM conversations c "
        "JOIN tickets t ON t.id = c.ticket_id WHERE c.id > ? AND c.started_at >= ? AND c.started_at < ? "
        "ORDER BY c.id LIMIT ?"));
    ids.addBindValue(afterId);
    ids.addBindValue(first.isValid() ? startOfDay(first) : std::numeric_limits<qint64>::min());
    ids.addBindValue(last.isValid() ? startOfDay(last.addDays(1)) : std::numeric_limits<qint64>::max());
    ids.addBindValue(limit);
    if (!ids.exec())
        return fail(ids, error);
    while (ids.next()) {
        out->append(Conversation { ids.value(0).toLongLong(), ids.value(1).toLongLong(), {} });
        if (ids.value(2).toBool())
            ongoing->insert(ids.value(0).toLongLong());
    }
    return readMessages(out, error);
}

bool QaAutoFlagRepository::readMessages(QList<Conversation> *conversations, QString *error) const
{
    if (conversations->isEmpty())
        return true;
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < conversations->size(); ++i)
        index.insert(conversations->at(i).id, i);
    // One range read over the clustered messages; conversations in the id range but outside the
    // period are skipped.
    QSqlQuery messages(m_db);
    messages.setForwardOnly(true);
    messages.prepare(QStringLiteral("SELECT conversation_id, seq, speaker, sent_at, text FROM messages "
                                    "WHERE conversation_id BETWEEN ? AND ? ORDER BY conversation_id, seq"));
    messages.addBindValue(conversations->first().id);
    messages.addBindValue(conversations->last().id);
    if (!messages.exec())
        return fail(messages, error);
    while (messages.next()) {
        const auto at = index.constFind(messages.value(0).toLongLong());
        if (at == index.constEnd())
            continue;
        Message message;
        message.id = messages.value(1).toLongLong();
        message.speaker
            = Vocabulary::fromCode<Speaker>(messages.value(2).toString()).value_or(Speaker::System);
        message.sentAt = QDateTime::fromSecsSinceEpoch(messages.value(3).toLongLong(), QTimeZone::utc());
        message.text = messages.value(4).toString();
        (*conversations)[*at].messages.append(message);
    }
    return !messages.lastError().isValid() || fail(messages, error);
}

bool QaAutoFlagRepository::conversation(qint64 id, Conversation *out, bool *ongoing, bool *found,
                                        QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT c.ticket_id, t.status NOT IN ('resolved', 'closed') FROM conversations c "
                       "JOIN tickets t ON t.id = c.ticket_id WHERE c.id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return fail(query, error);
    *found = query.next();
    if (!*found)
        return true;
    QList<Conversation> one { Conversation { id, query.value(0).toLongLong(), {} } };
    *ongoing = query.value(1).toBool();
    if (!readMessages(&one, error))
        return false;
    *out = one.first();
    return true;
}

bool QaAutoFlagRepository::checkedStates(qint64 firstId, qint64 lastId, QHash<qint64, bool> *ended,
                                         QString *error) const
{
    ended->clear();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT conversation_id, ticket_ended FROM qa_auto_checks "
                                 "WHERE conversation_id BETWEEN ? AND ?"));
    query.addBindValue(firstId);
    query.addBindValue(lastId);
    if (!query.exec())
        return fail(query, error);
    while (query.next())
        ended->insert(query.value(0).toLongLong(), query.value(1).toBool());
    return true;
}

bool QaAutoFlagRepository::recordCheck(qint64 conversationId, bool ticketEnded, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO qa_auto_checks (conversation_id, ticket_ended) VALUES (?, ?) "
                       "ON CONFLICT(conversation_id) DO UPDATE SET ticket_ended = excluded.ticket_ended"));
    query.addBindValue(conversationId);
    query.addBindValue(ticketEnded ? 1 : 0);
    return query.exec() || fail(query, error);
}

bool QaAutoFlagRepository::staleConversations(QList<qint64> *out, QString *error) const
{
    out->clear();
    // Two halves, each driven by a small indexed set: the conversations checked while their ticket
    // was open (idx_qa_auto_checks_ongoing; the ended tickets are looked up per conversation in a
    // subquery, since as a join the planner would walk every ended ticket), and the conversations
    // of the tickets open now (idx_tickets_status_created; the open statuses are spelled out so the
    // index applies).
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT k.conversation_id FROM qa_auto_checks k WHERE k.ticket_ended = 0 AND EXISTS (SELECT 1 FROM "
        "conversations c JOIN tickets t ON t.id = c.ticket_id WHERE c.id = k.conversation_id AND "
        "t.status IN ('resolved', 'closed')) "
        "UNION "
        "SELECT c.id FROM tickets t JOIN conversations c ON c.ticket_id = t.id "
        "LEFT JOIN qa_auto_checks k ON k.conversation_id = c.id "
        "WHERE t.status IN ('new', 'open', 'pending', 'escalated') AND (k.ticket_ended = 1 OR "
        "(k.conversation_id IS NULL AND EXISTS (SELECT 1 FROM qa_auto_flags f WHERE f.conversation_id = "
        "c.id))) "
        "ORDER BY 1"));
    if (!query.exec())
        return fail(query, error);
    while (query.next())
        out->append(query.value(0).toLongLong());
    return true;
}

bool QaAutoFlagRepository::flags(qint64 firstId, qint64 lastId, QHash<qint64, QList<StoredAutoQaFlag>> *out,
                                 QString *error) const
{
    out->clear();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT conversation_id, rule, message_seq, detail FROM qa_auto_flags "
                                 "WHERE conversation_id BETWEEN ? AND ? ORDER BY conversation_id, id"));
    query.addBindValue(firstId);
    query.addBindValue(lastId);
    if (!query.exec())
        return fail(query, error);
    while (query.next()) {
        (*out)[query.value(0).toLongLong()].append(
            { query.value(1).toString(), query.value(2).isNull() ? -1 : query.value(2).toLongLong(),
              query.value(3).toString() });
    }
    return true;
}

bool QaAutoFlagRepository::replaceFlags(qint64 conversationId, const QList<StoredAutoQaFlag> &flags,
                                        qint64 at, QString *error)
{
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM qa_auto_flags WHERE conversation_id = ?"));
    remove.addBindValue(conversationId);
    if (!remove.exec())
        return fail(remove, error);
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO qa_auto_flags (conversation_id, rule, message_seq, detail, "
                                  "created_at) VALUES (?, ?, ?, ?, ?)"));
    for (const StoredAutoQaFlag &flag : flags) {
        insert.addBindValue(conversationId);
        insert.addBindValue(flag.rule);
        insert.addBindValue(flag.messageSeq >= 0 ? QVariant(flag.messageSeq)
                                                 : QVariant(QMetaType::fromType<qint64>()));
        insert.addBindValue(flag.detail.isNull() ? QStringLiteral("") : flag.detail); // NOT NULL column
        insert.addBindValue(at);
        if (!insert.exec())
            return fail(insert, error);
    }
    return true;
}

bool QaAutoFlagRepository::begin(QString *error)
{
    if (m_db.transaction())
        return true;
    *error = m_db.lastError().text();
    return false;
}

bool QaAutoFlagRepository::commit(QString *error)
{
    if (m_db.commit())
        return true;
    *error = m_db.lastError().text();
    m_db.rollback();
    return false;
}

void QaAutoFlagRepository::rollback()
{
    m_db.rollback();
}

bool QaAutoFlagRepository::countsByRule(qint64 from, qint64 to, QList<QPair<QString, qint64>> *out,
                                        QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT f.rule, COUNT(*) FROM qa_auto_flags f JOIN conversations c ON c.id = "
                       "f.conversation_id WHERE c.started_at >= ? AND c.started_at < ? GROUP BY f.rule "
                       "ORDER BY f.rule"));
    query.addBindValue(from);
    query.addBindValue(to);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    out->clear();
    while (query.next())
        out->append({ query.value(0).toString(), query.value(1).toLongLong() });
    return true;
}
