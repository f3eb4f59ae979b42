#include "QaSampleRepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>

namespace {

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

QaSampleRepository::QaSampleRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool QaSampleRepository::candidates(const QDate &first, const QDate &last, int newHireDays,
                                    QList<SampleCandidate> *out, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT c.id, t.agent_id, t.csat_score, t.type = 'complaint', COALESCE(t.handle_seconds, 0), "
        "EXISTS (SELECT 1 FROM qa_auto_flags f WHERE f.conversation_id = c.id), a.hire_date "
        "FROM conversations c JOIN tickets t ON t.id = c.ticket_id JOIN agents a ON a.id = t.agent_id "
        "WHERE c.started_at >= ? AND c.started_at < ? ORDER BY t.agent_id, c.id"));
    query.addBindValue(startOfDay(first));
    query.addBindValue(startOfDay(last.addDays(1)));
    if (!query.exec())
        return fail(query, error);
    out->clear();
    while (query.next()) {
        SampleCandidate candidate;
        candidate.conversationId = query.value(0).toLongLong();
        candidate.agentId = query.value(1).toLongLong();
        if (!query.value(2).isNull())
            candidate.csat = query.value(2).toInt();
        candidate.complaint = query.value(3).toBool();
        candidate.handleSeconds = query.value(4).toLongLong();
        candidate.autoQaFlag = query.value(5).toBool();
        const QDate hired = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        candidate.newHire = hired.isValid() && hired.daysTo(last) < newHireDays;
        out->append(candidate);
    }
    return true;
}

bool QaSampleRepository::reviewers(QList<SampleReviewer> *out, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT u.id, COALESCE(u.agent_id, 0), (SELECT COUNT(*) FROM qa_sample_items i WHERE i.reviewer_id = "
        "u.id "
        "AND NOT EXISTS (SELECT 1 FROM qa_reviews r WHERE r.sample_item_id = i.id AND r.status = "
        "'submitted')) "
        "FROM users u WHERE u.role IN ('qa_reviewer', 'team_lead') AND u.disabled = 0 ORDER BY u.id"));
    if (!query.exec())
        return fail(query, error);
    out->clear();
    while (query.next())
        out->append({ query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toInt() });
    return true;
}

bool QaSampleRepository::save(StoredSampleDraw *draw, const QList<StratumExplanation> &explanations,
                              QString *error)
{
    QJsonArray explained;
    for (const StratumExplanation &explanation : explanations) {
        explained.append(
            QJsonObject { { QStringLiteral("stratum"), SamplingRule::stratumCode(explanation.stratum) },
                          { QStringLiteral("quota_per_agent"), explanation.quotaPerAgent },
                          { QStringLiteral("eligible"), explanation.eligible },
                          { QStringLiteral("drawn"), explanation.drawn },
                          { QStringLiteral("agents_short"), explanation.agentsShort } });
    }
    QSqlQuery savepoint(m_db);
    if (!savepoint.exec(QStringLiteral("SAVEPOINT save_sample_draw")))
        return fail(savepoint, error);
    auto rollback = [this] {
        QSqlQuery undo(m_db);
        undo.exec(QStringLiteral("ROLLBACK TO save_sample_draw"));
        undo.exec(QStringLiteral("RELEASE save_sample_draw"));
    };
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO qa_sample_draws (rule_json, seed, period_first, period_last, "
                                  "explanation_json, created_by, "
                                  "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(QString::fromUtf8(draw->rule.toJson()));
    insert.addBindValue(qint64(draw->seed));
    insert.addBindValue(draw->first.toString(Qt::ISODate));
    insert.addBindValue(draw->last.toString(Qt::ISODate));
    insert.addBindValue(QString::fromUtf8(QJsonDocument(explained).toJson(QJsonDocument::Compact)));
    insert.addBindValue(draw->createdBy);
    insert.addBindValue(draw->createdAt);
    if (!insert.exec() || !insert.next()) {
        fail(insert, error);
        rollback();
        return false;
    }
    const qint64 drawId = insert.value(0).toLongLong();
    insert.finish();
    QSqlQuery item(m_db);
    item.prepare(QStringLiteral("INSERT INTO qa_sample_items (draw_id, conversation_id, agent_id, stratum, "
                                "reviewer_id, assigned_at) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const SampledItem &sampled : std::as_const(draw->items)) {
        item.addBindValue(drawId);
        item.addBindValue(sampled.conversationId);
        item.addBindValue(sampled.agentId);
        item.addBindValue(SamplingRule::stratumCode(sampled.stratum));
        item.addBindValue(sampled.reviewerId ? QVariant(sampled.reviewerId) : QVariant());
        item.addBindValue(sampled.reviewerId ? QVariant(draw->createdAt) : QVariant());
        if (!item.exec()) {
            fail(item, error);
            item.finish();
            rollback();
            return false;
        }
    }
    item.finish();
    if (!savepoint.exec(QStringLiteral("RELEASE save_sample_draw"))) {
        fail(savepoint, error);
        rollback();
        return false;
    }
    draw->id = drawId;
    return true;
}

bool QaSampleRepository::load(qint64 drawId, StoredSampleDraw *out, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT rule_json, seed, period_first, period_last, created_by, created_at "
                                 "FROM qa_sample_draws WHERE id = ?"));
    query.addBindValue(drawId);
    if (!query.exec())
        return fail(query, error);
    if (!query.next()) {
        *error = tr("Sampling draw %1 does not exist in this store.").arg(drawId);
        return false;
    }
    *out = {};
    out->id = drawId;
    if (!SamplingRule::fromJson(query.value(0).toString().toUtf8(), &out->rule, error))
        return false;
    out->seed = quint64(query.value(1).toLongLong());
    out->first = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    out->last = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    out->createdBy = query.value(4).toString();
    out->createdAt = query.value(5).toLongLong();

    QSqlQuery items(m_db);
    items.prepare(QStringLiteral("SELECT conversation_id, agent_id, stratum, COALESCE(reviewer_id, 0) FROM "
                                 "qa_sample_items WHERE draw_id = ? ORDER BY id"));
    items.addBindValue(drawId);
    if (!items.exec())
        return fail(items, error);
    while (items.next()) {
        SampledItem item;
        item.conversationId = items.value(0).toLongLong();
        item.agentId = items.value(1).toLongLong();
        SamplingRule::stratumFromCode(items.value(2).toString(), &item.stratum);
        item.reviewerId = items.value(3).toLongLong();
        out->items.append(item);
    }
    return true;
}

bool QaSampleRepository::reassign(qint64 itemId, qint64 toUserId, const QString &reason,
                                  const QString &byUser, qint64 at, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT i.conversation_id, i.agent_id, COALESCE(i.reviewer_id, 0), d.rule_json "
                       "FROM qa_sample_items i JOIN qa_sample_draws d ON d.id = i.draw_id WHERE i.id = ?"));
    query.addBindValue(itemId);
    if (!query.exec())
        return fail(query, error);
    if (!query.next()) {
        *error = tr("Sampled conversation %1 does not exist in this store.").arg(itemId);
        return false;
    }
    SampledItem item;
    item.conversationId = query.value(0).toLongLong();
    item.agentId = query.value(1).toLongLong();
    item.reviewerId = query.value(2).toLongLong();
    SamplingRule rule;
    if (!SamplingRule::fromJson(query.value(3).toString().toUtf8(), &rule, error))
        return false;
    query.finish();

    QList<SampleReviewer> all;
    if (!reviewers(&all, error))
        return false;
    const auto to = std::find_if(all.cbegin(), all.cend(),
                                 [toUserId](const SampleReviewer &r) { return r.userId == toUserId; });
    if (to == all.cend()) {
        *error = tr("User %1 is not an active reviewer.").arg(toUserId);
        return false;
    }
    if (const QString refused = Sampler::reassignmentError(item, *to, rule.workloadCap, reason);
        !refused.isEmpty()) {
        *error = refused;
        return false;
    }

    QSqlQuery savepoint(m_db);
    if (!savepoint.exec(QStringLiteral("SAVEPOINT reassign_sample_item")))
        return fail(savepoint, error);
    auto rollback = [this] {
        QSqlQuery undo(m_db);
        undo.exec(QStringLiteral("ROLLBACK TO reassign_sample_item"));
        undo.exec(QStringLiteral("RELEASE reassign_sample_item"));
    };
    QSqlQuery update(m_db);
    update.prepare(
        QStringLiteral("UPDATE qa_sample_items SET reviewer_id = ?, assigned_at = ? WHERE id = ?"));
    update.addBindValue(toUserId);
    update.addBindValue(at);
    update.addBindValue(itemId);
    QSqlQuery record(m_db);
    record.prepare(
        QStringLiteral("INSERT INTO qa_sample_reassignments (item_id, from_reviewer_id, to_reviewer_id, "
                       "reason, by_user, at) VALUES (?, ?, ?, ?, ?, ?)"));
    record.addBindValue(itemId);
    record.addBindValue(item.reviewerId ? QVariant(item.reviewerId) : QVariant());
    record.addBindValue(toUserId);
    record.addBindValue(reason.trimmed());
    record.addBindValue(byUser);
    record.addBindValue(at);
    if (!update.exec() || !record.exec()) {
        *error = update.lastError().isValid() ? update.lastError().text() : record.lastError().text();
        rollback();
        return false;
    }
    if (!savepoint.exec(QStringLiteral("RELEASE reassign_sample_item"))) {
        fail(savepoint, error);
        rollback();
        return false;
    }
    return true;
}

bool QaSampleRepository::userNames(QMap<qint64, QString> *out, QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, COALESCE(NULLIF(display_name, ''), login) FROM users"))) {
        *error = query.lastError().text();
        return false;
    }
    out->clear();
    while (query.next())
        out->insert(query.value(0).toLongLong(), query.value(1).toString());
    return true;
}
