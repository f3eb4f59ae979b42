#include "QaDisputeRepository.h"

#include "qa/store/QaReviewRepository.h"
#include "qa/store/QaSavepoint.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <utility>

namespace {

constexpr qint64 SecondsPerDay = 24 * 60 * 60;

QaDispute::State stateFromCode(const QString &code)
{
    if (code == QLatin1String("accepted"))
        return QaDispute::State::Accepted;
    if (code == QLatin1String("partially_accepted"))
        return QaDispute::State::PartiallyAccepted;
    if (code == QLatin1String("rejected"))
        return QaDispute::State::Rejected;
    if (code == QLatin1String("withdrawn"))
        return QaDispute::State::Withdrawn;
    return QaDispute::State::Open;
}

const QString DisputeColumns = QStringLiteral(
    "SELECT id, review_id, criterion_id, reason_code, text, raised_by, raised_at, deadline, state, "
    "decision, decided_by, decided_at FROM qa_disputes ");

QaDispute disputeFrom(const QSqlQuery &query)
{
    QaDispute dispute;
    dispute.id = query.value(0).toLongLong();
    dispute.reviewId = query.value(1).toLongLong();
    dispute.criterionId = query.value(2).toLongLong();
    dispute.reasonCode = query.value(3).toString();
    dispute.text = query.value(4).toString();
    dispute.raisedBy = query.value(5).toString();
    dispute.raisedAt = query.value(6).toLongLong();
    dispute.deadline = query.value(7).toLongLong();
    dispute.state = stateFromCode(query.value(8).toString());
    dispute.decision = query.value(9).toString();
    dispute.decidedBy = query.value(10).toString();
    dispute.decidedAt = query.value(11).toLongLong();
    return dispute;
}

} // namespace

QaDisputeRepository::QaDisputeRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QStringList QaDisputeRepository::reasonCodes()
{
    return { QStringLiteral("misread_transcript"), QStringLiteral("guidance_unclear"),
             QStringLiteral("outside_agent_control"), QStringLiteral("policy_changed"),
             QStringLiteral("other") };
}

QString QaDisputeRepository::stateCode(QaDispute::State state)
{
    switch (state) {
    case QaDispute::State::Open:
        return QStringLiteral("open");
    case QaDispute::State::Accepted:
        return QStringLiteral("accepted");
    case QaDispute::State::PartiallyAccepted:
        return QStringLiteral("partially_accepted");
    case QaDispute::State::Rejected:
        return QStringLiteral("rejected");
    case QaDispute::State::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return QStringLiteral("open");
}

bool QaDisputeRepository::raise(QaDispute *dispute, int windowDays, QString *error)
{
    QaReview review;
    if (!QaReviewRepository(m_db).load(dispute->reviewId, &review, error))
        return false;
    if (review.status != QaReview::Status::Submitted) {
        *error = tr("QA review %1 is a draft; only a submitted review can be disputed.").arg(review.id);
        return false;
    }
    if (review.kind != QaReview::Kind::Regular) {
        *error = tr("QA review %1 is a calibration review; it does not count in a QA score and cannot be "
                    "disputed.")
                     .arg(review.id);
        return false;
    }
    if (!reasonCodes().contains(dispute->reasonCode)) {
        *error = tr("Unknown dispute reason \"%1\".").arg(dispute->reasonCode);
        return false;
    }
    if (dispute->text.trimmed().isEmpty()) {
        *error = tr("A dispute needs a text saying what is wrong.");
        return false;
    }
    const qint64 deadline = review.submittedAt + qint64(std::max(0, windowDays)) * SecondsPerDay;
    if (dispute->raisedAt > deadline) {
        *error = tr("The dispute window of QA review %1 closed on %2.")
                     .arg(review.id)
                     .arg(QDateTime::fromSecsSinceEpoch(deadline).toString(Qt::ISODate));
        return false;
    }
    if (dispute->criterionId != 0) {
        QList<ScorecardAnswer> given;
        if (!QaReviewRepository(m_db).answers(review.id, &given, error))
            return false;
        const bool onReview = std::any_of(given.cbegin(), given.cend(), [&](const ScorecardAnswer &answer) {
            return answer.criterionId == dispute->criterionId;
        });
        if (!onReview) {
            *error = tr("Criterion %1 is not part of QA review %2.").arg(dispute->criterionId).arg(review.id);
            return false;
        }
    }

    QaSavepoint savepoint(m_db, QStringLiteral("qa_dispute"));
    if (!savepoint.isActive(error))
        return false;
    // A whole-review dispute overlaps every criterion dispute of the review, and the reverse.
    QSqlQuery open(m_db);
    open.prepare(QStringLiteral("SELECT id FROM qa_disputes WHERE review_id = ? AND state = 'open' AND "
                                "(? IS NULL OR criterion_id IS NULL OR criterion_id = ?) LIMIT 1"));
    const QVariant criterion = dispute->criterionId == 0 ? QVariant() : QVariant(dispute->criterionId);
    open.addBindValue(review.id);
    open.addBindValue(criterion);
    open.addBindValue(criterion);
    if (!open.exec()) {
        *error = open.lastError().text();
        return false;
    }
    if (open.next()) {
        *error = tr("Dispute %1 on this review is still open; wait for its decision.")
                     .arg(open.value(0).toLongLong());
        return false;
    }
    QSqlQuery insert(m_db);
    insert.prepare(
        QStringLiteral("INSERT INTO qa_disputes (review_id, criterion_id, reason_code, text, "
                       "raised_by, raised_at, deadline, state) VALUES (?, ?, ?, ?, ?, ?, ?, 'open') "
                       "RETURNING id"));
    insert.addBindValue(review.id);
    insert.addBindValue(criterion);
    insert.addBindValue(dispute->reasonCode);
    insert.addBindValue(dispute->text);
    insert.addBindValue(dispute->raisedBy);
    insert.addBindValue(dispute->raisedAt);
    insert.addBindValue(deadline);
    if (!insert.exec() || !insert.next()) {
        *error = insert.lastError().text();
        return false;
    }
    dispute->id = insert.value(0).toLongLong();
    insert.finish(); // RETURNING keeps the statement open, which would block the release
    open.finish();
    dispute->deadline = deadline;
    dispute->state = QaDispute::State::Open;
    return appendHistory(dispute->id, dispute->raisedAt, dispute->raisedBy, QaDispute::State::Open,
                         dispute->text, error)
        && savepoint.release(error);
}

bool QaDisputeRepository::decide(qint64 disputeId, QaDispute::State outcome,
                                 const QList<ScorecardAnswer> &changedAnswers, const QString &decision,
                                 const QString &actor, qint64 now, QString *error)
{
    QaDispute dispute;
    if (!load(disputeId, &dispute, error))
        return false;
    if (dispute.state != QaDispute::State::Open) {
        *error = tr("Dispute %1 is already decided (%2).").arg(disputeId).arg(stateCode(dispute.state));
        return false;
    }
    // An appeal is heard by someone else: whoever raised it cannot also decide it.
    if (actor == dispute.raisedBy) {
        *error = tr("%1 raised dispute %2 and cannot also decide it; another QA lead must.")
                     .arg(actor)
                     .arg(disputeId);
        return false;
    }
    if (decision.trimmed().isEmpty()) {
        *error = tr("A dispute decision needs a text the agent can read.");
        return false;
    }
    const bool changesScore
        = outcome == QaDispute::State::Accepted || outcome == QaDispute::State::PartiallyAccepted;
    if (!changesScore && outcome != QaDispute::State::Rejected) {
        *error = tr("A dispute is decided by accepting, partially accepting or rejecting it.");
        return false;
    }
    if (changesScore && changedAnswers.isEmpty()) {
        *error = tr("Accepting a dispute needs the corrected answers.");
        return false;
    }
    if (!changesScore && !changedAnswers.isEmpty()) {
        *error = tr("A rejected dispute leaves the answers as they are.");
        return false;
    }
    if (dispute.criterionId != 0) {
        for (const ScorecardAnswer &answer : changedAnswers) {
            if (answer.criterionId != dispute.criterionId) {
                *error = tr("Dispute %1 is about criterion %2 only; criterion %3 cannot change with it.")
                             .arg(disputeId)
                             .arg(dispute.criterionId)
                             .arg(answer.criterionId);
                return false;
            }
        }
    }

    QaSavepoint savepoint(m_db, QStringLiteral("qa_dispute"));
    if (!savepoint.isActive(error))
        return false;
    if (changesScore
        && !QaReviewRepository(m_db).amend(
            dispute.reviewId, changedAnswers, actor, now,
            tr("Dispute %1 %2: %3").arg(disputeId).arg(stateCode(outcome), decision), error))
        return false;
    QSqlQuery update(m_db);
    update.prepare(
        QStringLiteral("UPDATE qa_disputes SET state = ?, decision = ?, decided_by = ?, decided_at = ? "
                       "WHERE id = ? AND state = 'open'"));
    update.addBindValue(stateCode(outcome));
    update.addBindValue(decision);
    update.addBindValue(actor);
    update.addBindValue(now);
    update.addBindValue(disputeId);
    if (!update.exec()) {
        *error = update.lastError().text();
        return false;
    }
    return appendHistory(disputeId, now, actor, outcome, decision, error) && savepoint.release(error);
}

bool QaDisputeRepository::withdraw(qint64 disputeId, const QString &actor, qint64 now, const QString &note,
                                   QString *error)
{
    QaDispute dispute;
    if (!load(disputeId, &dispute, error))
        return false;
    if (dispute.state != QaDispute::State::Open) {
        *error = tr("Dispute %1 is no longer open (%2); only an open dispute can be withdrawn.")
                     .arg(disputeId)
                     .arg(stateCode(dispute.state));
        return false;
    }
    if (actor != dispute.raisedBy) {
        *error = tr("Only %1, who raised dispute %2, can withdraw it.").arg(dispute.raisedBy).arg(disputeId);
        return false;
    }

    QaSavepoint savepoint(m_db, QStringLiteral("qa_dispute"));
    if (!savepoint.isActive(error))
        return false;
    // decided_by/decided_at stay empty: nobody decided; the history row says who withdrew and when.
    QSqlQuery update(m_db);
    update.prepare(
        QStringLiteral("UPDATE qa_disputes SET state = 'withdrawn' WHERE id = ? AND state = 'open'"));
    update.addBindValue(disputeId);
    if (!update.exec()) {
        *error = update.lastError().text();
        return false;
    }
    if (update.numRowsAffected() != 1) {
        *error = tr("Dispute %1 changed meanwhile; reload it.").arg(disputeId);
        return false;
    }
    return appendHistory(disputeId, now, actor, QaDispute::State::Withdrawn, note, error)
        && savepoint.release(error);
}

bool QaDisputeRepository::appendHistory(qint64 disputeId, qint64 at, const QString &actor,
                                        QaDispute::State state, const QString &note, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO qa_dispute_history (dispute_id, at, actor, state, note) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(disputeId);
    query.addBindValue(at);
    query.addBindValue(actor);
    query.addBindValue(stateCode(state));
    query.addBindValue(note);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool QaDisputeRepository::load(qint64 id, QaDispute *out, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(DisputeColumns + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (!query.next()) {
        *error = tr("Dispute %1 does not exist in this store.").arg(id);
        return false;
    }
    *out = disputeFrom(query);
    return true;
}

bool QaDisputeRepository::forReview(qint64 reviewId, QList<QaDispute> *out, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(DisputeColumns + QStringLiteral("WHERE review_id = ? ORDER BY raised_at, id"));
    query.addBindValue(reviewId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    out->clear();
    while (query.next())
        out->append(disputeFrom(query));
    return true;
}

bool QaDisputeRepository::history(qint64 disputeId, QList<QaDisputeEvent> *out, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT at, actor, state, note FROM qa_dispute_history WHERE dispute_id = ? ORDER BY id"));
    query.addBindValue(disputeId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    out->clear();
    while (query.next())
        out->append({ query.value(0).toLongLong(), query.value(1).toString(),
                      stateFromCode(query.value(2).toString()), query.value(3).toString() });
    return true;
}

bool QaDisputeRepository::list(const QaDisputeFilter &filter, QList<QaDisputeRow> *out, QString *error) const
{
    QString sql = QStringLiteral(
        "SELECT d.id, d.review_id, d.criterion_id, d.reason_code, d.text, d.raised_by, d.raised_at, "
        "d.deadline, d.state, d.decision, d.decided_by, d.decided_at, r.agent_id, a.name, a.team_id, "
        "t.name, r.conversation_id, r.score, c.title_zh, c.title_en "
        "FROM qa_disputes d JOIN qa_reviews r ON r.id = d.review_id JOIN agents a ON a.id = r.agent_id "
        "LEFT JOIN teams t ON t.id = a.team_id LEFT JOIN qa_criteria c ON c.id = d.criterion_id WHERE 1");
    QVariantList values;
    if (!filter.states.isEmpty()) {
        QStringList marks;
        for (QaDispute::State state : filter.states) {
            marks.append(QStringLiteral("?"));
            values.append(stateCode(state));
        }
        sql += QStringLiteral(" AND d.state IN (%1)").arg(marks.join(u','));
    }
    if (filter.overdueOnly) {
        sql += QStringLiteral(" AND d.state = 'open' AND d.deadline < ?");
        values.append(filter.now);
    }
    if (filter.agentId != 0) {
        sql += QStringLiteral(" AND r.agent_id = ?");
        values.append(filter.agentId);
    }
    if (filter.teamId != 0) {
        sql += QStringLiteral(" AND a.team_id = ?");
        values.append(filter.teamId);
    }
    if (filter.raisedFrom > 0) {
        sql += QStringLiteral(" AND d.raised_at >= ?");
        values.append(filter.raisedFrom);
    }
    if (filter.raisedUntil > 0) {
        sql += QStringLiteral(" AND d.raised_at < ?");
        values.append(filter.raisedUntil);
    }
    sql += QStringLiteral(" ORDER BY d.raised_at DESC, d.id DESC LIMIT ?");
    values.append(std::max(1, filter.limit));

    QSqlQuery query(m_db);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    out->clear();
    while (query.next()) {
        QaDisputeRow row;
        row.dispute = disputeFrom(query);
        row.agentId = query.value(12).toLongLong();
        row.agentName = query.value(13).toString();
        row.teamId = query.value(14).toLongLong();
        row.teamName = query.value(15).toString();
        row.conversationId = query.value(16).toLongLong();
        if (!query.value(17).isNull())
            row.reviewScore = query.value(17).toDouble();
        row.criterionTitleZh = query.value(18).toString();
        row.criterionTitleEn = query.value(19).toString();
        out->append(row);
    }
    return true;
}

bool QaDisputeRepository::disputableReviews(qint64 now, int windowDays, int limit,
                                            QList<QaDisputableReview> *out, QString *error) const
{
    const qint64 window = qint64(std::max(0, windowDays)) * SecondsPerDay;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT r.id, r.conversation_id, r.agent_id, a.name, r.score, r.submitted_at FROM qa_reviews r "
        "JOIN agents a ON a.id = r.agent_id WHERE r.status = 'submitted' AND r.kind = 'regular' "
        "AND r.submitted_at >= ? AND r.submitted_at <= ? ORDER BY r.submitted_at DESC, r.id DESC LIMIT ?"));
    query.addBindValue(now - window);
    query.addBindValue(now);
    query.addBindValue(std::max(1, limit));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    out->clear();
    while (query.next()) {
        QaDisputableReview review;
        review.reviewId = query.value(0).toLongLong();
        review.conversationId = query.value(1).toLongLong();
        review.agentId = query.value(2).toLongLong();
        review.agentName = query.value(3).toString();
        if (!query.value(4).isNull())
            review.score = query.value(4).toDouble();
        review.submittedAt = query.value(5).toLongLong();
        review.deadline = review.submittedAt + window;
        out->append(review);
    }
    return true;
}
