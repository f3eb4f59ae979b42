#include "QaCalibrationRepository.h"

#include "qa/store/QaSavepoint.h"
#include "qa/store/ScorecardTemplateRepository.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <limits>

QaCalibrationRepository::QaCalibrationRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool QaCalibrationRepository::create(QaCalibrationSession *session, QString *error)
{
    // Sorted: a QSet's order changes with the process's hash seed, and the drafts' ids follow it.
    QList<qint64> conversations
        = QSet<qint64>(session->conversationIds.cbegin(), session->conversationIds.cend()).values();
    QList<qint64> reviewers
        = QSet<qint64>(session->reviewerIds.cbegin(), session->reviewerIds.cend()).values();
    std::sort(conversations.begin(), conversations.end());
    std::sort(reviewers.begin(), reviewers.end());
    if (session->name.trimmed().isEmpty()) {
        *error = tr("A calibration session needs a name.");
        return false;
    }
    if (conversations.isEmpty()) {
        *error = tr("A calibration session needs at least one conversation.");
        return false;
    }
    if (reviewers.size() < 2) {
        *error = tr("A calibration session needs at least two reviewers to compare.");
        return false;
    }
    ScorecardTemplate tmpl;
    if (!ScorecardTemplateRepository(m_db).load(session->templateVersionId, &tmpl, error))
        return false;

    QaSavepoint savepoint(m_db, QStringLiteral("qa_calibration"));
    if (!savepoint.isActive(error))
        return false;
    QSqlQuery insert(m_db);
    insert.prepare(
        QStringLiteral("INSERT INTO qa_calibration_sessions (name, template_version_id, created_by, "
                       "created_at) VALUES (?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(session->name.trimmed());
    insert.addBindValue(session->templateVersionId);
    insert.addBindValue(session->createdBy);
    insert.addBindValue(session->createdAt);
    if (!insert.exec() || !insert.next()) {
        *error = insert.lastError().text();
        return false;
    }
    const qint64 sessionId = insert.value(0).toLongLong();
    insert.finish();

    QSqlQuery link(m_db);
    link.prepare(QStringLiteral(
        "INSERT INTO qa_calibration_conversations (session_id, conversation_id) VALUES (?, ?)"));
    QSqlQuery agentOf(m_db);
    agentOf.prepare(
        QStringLiteral("SELECT t.agent_id FROM conversations c JOIN tickets t ON t.id = c.ticket_id "
                       "WHERE c.id = ?"));
    QSqlQuery reviewerAgent(m_db);
    reviewerAgent.prepare(QStringLiteral("SELECT agent_id FROM users WHERE id = ?"));
    QaReviewRepository drafts(m_db);
    for (const qint64 conversation : conversations) {
        link.addBindValue(sessionId);
        link.addBindValue(conversation);
        if (!link.exec()) {
            *error = link.lastError().text();
            return false;
        }
        agentOf.addBindValue(conversation);
        if (!agentOf.exec()) {
            *error = agentOf.lastError().text();
            return false;
        }
        if (!agentOf.next() || agentOf.value(0).isNull()) {
            *error = tr("Conversation %1 has no agent to calibrate on.").arg(conversation);
            return false;
        }
        const qint64 agent = agentOf.value(0).toLongLong();
        agentOf.finish();
        for (const qint64 reviewer : reviewers) {
            reviewerAgent.addBindValue(reviewer);
            if (!reviewerAgent.exec() || !reviewerAgent.next()) {
                *error = tr("Reviewer %1 is not a user of this store.").arg(reviewer);
                return false;
            }
            const bool self
                = !reviewerAgent.value(0).isNull() && reviewerAgent.value(0).toLongLong() == agent;
            reviewerAgent.finish();
            if (self) {
                *error = tr("Reviewer %1 handled conversation %2 and cannot calibrate on it.")
                             .arg(reviewer)
                             .arg(conversation);
                return false;
            }
            QaReview review;
            review.conversationId = conversation;
            review.agentId = agent;
            review.reviewerId = reviewer;
            review.templateVersionId = session->templateVersionId;
            review.kind = QaReview::Kind::Calibration;
            review.calibrationSessionId = sessionId;
            review.createdAt = session->createdAt;
            if (!drafts.create(&review, error))
                return false;
        }
    }
    if (!savepoint.release(error))
        return false;
    session->id = sessionId;
    session->closedAt = 0;
    session->conversationIds = conversations;
    session->reviewerIds = reviewers;
    return true;
}

bool QaCalibrationRepository::load(qint64 id, QaCalibrationSession *out, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT name, template_version_id, created_by, created_at, closed_at FROM "
                                 "qa_calibration_sessions WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (!query.next()) {
        *error = tr("Calibration session %1 does not exist in this store.").arg(id);
        return false;
    }
    *out = {};
    out->id = id;
    out->name = query.value(0).toString();
    out->templateVersionId = query.value(1).toLongLong();
    out->createdBy = query.value(2).toString();
    out->createdAt = query.value(3).toLongLong();
    out->closedAt = query.value(4).toLongLong();
    QSqlQuery conversations(m_db);
    conversations.prepare(QStringLiteral("SELECT conversation_id FROM qa_calibration_conversations WHERE "
                                         "session_id = ? ORDER BY conversation_id"));
    conversations.addBindValue(id);
    QSqlQuery reviewers(m_db);
    reviewers.prepare(
        QStringLiteral("SELECT DISTINCT reviewer_id FROM qa_reviews WHERE calibration_session_id = ? "
                       "ORDER BY reviewer_id"));
    reviewers.addBindValue(id);
    if (!conversations.exec() || !reviewers.exec()) {
        *error = conversations.lastError().text() + reviewers.lastError().text();
        return false;
    }
    while (conversations.next())
        out->conversationIds.append(conversations.value(0).toLongLong());
    while (reviewers.next())
        out->reviewerIds.append(reviewers.value(0).toLongLong());
    return true;
}

bool QaCalibrationRepository::reviews(qint64 sessionId, qint64 onlyReviewer, QList<QaReview> *out,
                                      QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM qa_reviews WHERE calibration_session_id = ? AND (? = 0 OR "
                                 "reviewer_id = ?) ORDER BY conversation_id, reviewer_id"));
    query.addBindValue(sessionId);
    query.addBindValue(onlyReviewer);
    query.addBindValue(onlyReviewer);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    out->clear();
    QaReviewRepository repository(m_db);
    for (const qint64 id : std::as_const(ids)) {
        QaReview review;
        QaReviewRepository::Calibration state = QaReviewRepository::Calibration::None;
        // The callers have applied the blind rule to the reviewer filter already.
        if (!repository.loadStored(id, &review, &state, error))
            return false;
        out->append(review);
    }
    return true;
}

bool QaCalibrationRepository::reviewsFor(qint64 sessionId, qint64 viewerId, QList<QaReview> *out,
                                         QString *error) const
{
    QaCalibrationSession session;
    if (!load(sessionId, &session, error))
        return false;
    return reviews(sessionId, session.isOpen() ? viewerId : 0, out, error);
}

bool QaCalibrationRepository::answersFor(qint64 sessionId, qint64 reviewId, qint64 viewerId,
                                         QList<ScorecardAnswer> *out, QString *error) const
{
    QaCalibrationSession session;
    QaReview review;
    QaReviewRepository repository(m_db);
    QaReviewRepository::Calibration state = QaReviewRepository::Calibration::None;
    if (!load(sessionId, &session, error) || !repository.loadStored(reviewId, &review, &state, error))
        return false;
    if (review.calibrationSessionId != sessionId) {
        *error = tr("QA review %1 is not part of calibration session %2.").arg(reviewId).arg(sessionId);
        return false;
    }
    if (session.isOpen() && review.reviewerId != viewerId) {
        *error = tr("Calibration session %1 is blind until it is closed: only the reviewer sees this review.")
                     .arg(sessionId);
        return false;
    }
    return repository.storedAnswers(reviewId, out, error);
}

bool QaCalibrationRepository::setReference(qint64 sessionId, qint64 conversationId,
                                           const QList<ScorecardAnswer> &answers, const ActingUser &actor,
                                           QString *error)
{
    QaCalibrationSession session;
    if (!load(sessionId, &session, error))
        return false;
    if (!mayClose(session, actor)) {
        *error
            = tr("Only %1, who created calibration session %2, or a QA lead can set its reference answers.")
                  .arg(session.createdBy)
                  .arg(sessionId);
        return false;
    }
    if (!session.isOpen()) {
        *error = tr("Calibration session %1 is closed; its reference answers can no longer change.")
                     .arg(sessionId);
        return false;
    }
    if (!session.conversationIds.contains(conversationId)) {
        *error
            = tr("Conversation %1 is not part of calibration session %2.").arg(conversationId).arg(sessionId);
        return false;
    }
    // The scorer checks every answer against its criterion (scale, N/A allowed) without requiring all.
    ScorecardTemplate tmpl;
    ScorecardResult checked;
    if (!ScorecardTemplateRepository(m_db).load(session.templateVersionId, &tmpl, error)
        || !ScorecardScorer::score(tmpl, answers, &checked, error))
        return false;

    QaSavepoint savepoint(m_db, QStringLiteral("qa_calibration"));
    if (!savepoint.isActive(error))
        return false;
    QSqlQuery clear(m_db);
    clear.prepare(
        QStringLiteral("DELETE FROM qa_calibration_references WHERE session_id = ? AND conversation_id = ?"));
    clear.addBindValue(sessionId);
    clear.addBindValue(conversationId);
    if (!clear.exec()) {
        *error = clear.lastError().text();
        return false;
    }
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO qa_calibration_references (session_id, conversation_id, "
                                  "criterion_id, value, na) VALUES (?, ?, ?, ?, ?)"));
    for (const ScorecardAnswer &answer : answers) {
        insert.addBindValue(sessionId);
        insert.addBindValue(conversationId);
        insert.addBindValue(answer.criterionId);
        insert.addBindValue(answer.value ? QVariant(*answer.value) : QVariant());
        insert.addBindValue(answer.value ? 0 : 1);
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
    }
    return savepoint.release(error);
}

bool QaCalibrationRepository::canLead(const ActingUser &actor)
{
    return actor.role == Role::Administrator || actor.role == Role::TeamLead;
}

bool QaCalibrationRepository::mayClose(const QaCalibrationSession &session, const ActingUser &actor)
{
    return canLead(actor) || (!actor.login.isEmpty() && actor.login == session.createdBy);
}

bool QaCalibrationRepository::close(qint64 sessionId, const ActingUser &actor, qint64 now, QString *error)
{
    QaCalibrationSession session;
    if (!load(sessionId, &session, error))
        return false;
    if (!mayClose(session, actor)) {
        *error = tr("Only %1, who created calibration session %2, or a QA lead can close it.")
                     .arg(session.createdBy)
                     .arg(sessionId);
        return false;
    }
    if (!session.isOpen()) {
        *error = tr("Calibration session %1 is already closed.").arg(sessionId);
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE qa_calibration_sessions SET closed_at = ? WHERE id = ?"));
    query.addBindValue(now);
    query.addBindValue(sessionId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool QaCalibrationRepository::comparison(qint64 sessionId, CalibrationSummary *out, QString *error) const
{
    QaCalibrationSession session;
    if (!load(sessionId, &session, error))
        return false;
    if (session.isOpen()) {
        *error
            = tr("Calibration session %1 is still open; close it to compare the reviewers.").arg(sessionId);
        return false;
    }
    ScorecardTemplate tmpl;
    if (!ScorecardTemplateRepository(m_db).load(session.templateVersionId, &tmpl, error))
        return false;
    // Every answer on the common 0–100 scale: the share of the criterion's points it earns.
    auto onScale = [&](const ScorecardAnswer &answer, QString *key) -> std::optional<double> {
        const ScorecardCriterion *criterion = tmpl.findCriterion(answer.criterionId);
        if (!criterion)
            return std::nullopt;
        *key = criterion->key;
        const std::optional<double> share = ScorecardScorer::fraction(*criterion, answer);
        return share ? std::optional<double>(*share * 100.0) : std::nullopt;
    };

    QList<QaReview> all;
    if (!reviews(sessionId, 0, &all, error))
        return false;
    QList<CalibrationRating> ratings;
    QaReviewRepository repository(m_db);
    for (const QaReview &review : std::as_const(all)) {
        if (review.status != QaReview::Status::Submitted)
            continue; // an unfinished draft is not a rating
        QList<ScorecardAnswer> given;
        if (!repository.storedAnswers(review.id, &given, error))
            return false;
        for (const ScorecardAnswer &answer : std::as_const(given)) {
            CalibrationRating rating;
            rating.conversationId = review.conversationId;
            rating.reviewerId = review.reviewerId;
            rating.value = onScale(answer, &rating.criterionKey);
            ratings.append(rating);
        }
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT conversation_id, criterion_id, value FROM qa_calibration_references "
                                 "WHERE session_id = ? ORDER BY conversation_id, criterion_id"));
    query.addBindValue(sessionId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    QList<CalibrationReference> references;
    while (query.next()) {
        ScorecardAnswer answer;
        answer.criterionId = query.value(1).toLongLong();
        if (!query.value(2).isNull())
            answer.value = query.value(2).toInt();
        CalibrationReference reference;
        reference.conversationId = query.value(0).toLongLong();
        reference.value = onScale(answer, &reference.criterionKey);
        references.append(reference);
    }
    *out = CalibrationStatistics::summarise(ratings, references);
    return true;
}

bool QaCalibrationRepository::sessions(QList<QaCalibrationSessionRow> *out, QString *error) const
{
    // Counts come from the drafts themselves: one per reviewer and conversation (see create()).
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT s.id, s.name, t.name, v.version, s.created_by, s.created_at, s.closed_at, "
            "(SELECT COUNT(*) FROM qa_calibration_conversations c WHERE c.session_id = s.id), "
            "(SELECT COUNT(DISTINCT r.reviewer_id) FROM qa_reviews r WHERE r.calibration_session_id = s.id), "
            "(SELECT COUNT(*) FROM qa_reviews r WHERE r.calibration_session_id = s.id AND r.status = "
            "'submitted'), "
            "(SELECT COUNT(*) FROM qa_reviews r WHERE r.calibration_session_id = s.id) "
            "FROM qa_calibration_sessions s JOIN qa_template_versions v ON v.id = s.template_version_id "
            "JOIN qa_templates t ON t.id = v.template_id ORDER BY s.created_at DESC, s.id DESC"))) {
        *error = query.lastError().text();
        return false;
    }
    out->clear();
    while (query.next()) {
        QaCalibrationSessionRow row;
        row.id = query.value(0).toLongLong();
        row.name = query.value(1).toString();
        row.templateName = query.value(2).toString();
        row.templateVersion = query.value(3).toInt();
        row.createdBy = query.value(4).toString();
        row.createdAt = query.value(5).toLongLong();
        row.closedAt = query.value(6).toLongLong();
        row.conversations = query.value(7).toInt();
        row.reviewers = query.value(8).toInt();
        row.submitted = query.value(9).toInt();
        row.reviews = query.value(10).toInt();
        out->append(row);
    }
    return true;
}

bool QaCalibrationRepository::references(qint64 sessionId, qint64 conversationId, QList<ScorecardAnswer> *out,
                                         QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT criterion_id, value FROM qa_calibration_references WHERE session_id = "
                       "? AND conversation_id = ? ORDER BY criterion_id"));
    query.addBindValue(sessionId);
    query.addBindValue(conversationId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    out->clear();
    while (query.next()) {
        ScorecardAnswer answer;
        answer.criterionId = query.value(0).toLongLong();
        if (!query.value(1).isNull())
            answer.value = query.value(1).toInt();
        out->append(answer);
    }
    return true;
}

bool QaCalibrationRepository::reviewerNames(qint64 sessionId, QHash<qint64, QString> *out,
                                            QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT DISTINCT u.id, u.display_name FROM qa_reviews r JOIN users u ON u.id "
                       "= r.reviewer_id WHERE r.calibration_session_id = ?"));
    query.addBindValue(sessionId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    out->clear();
    while (query.next())
        out->insert(query.value(0).toLongLong(), query.value(1).toString());
    return true;
}

namespace {

bool readChoices(QSqlQuery &query, QList<QaCalibrationChoice> *out, QString *error)
{
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    out->clear();
    while (query.next()) {
        QaCalibrationChoice choice;
        choice.id = query.value(0).toLongLong();
        choice.label = query.value(1).toString();
        choice.agentId = query.value(2).toLongLong();
        out->append(choice);
    }
    return true;
}

} // namespace

bool QaCalibrationRepository::templateChoices(QList<QaCalibrationChoice> *out, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT v.id, t.name || ' v' || v.version, 0 FROM qa_template_versions v "
                       "JOIN qa_templates t ON t.id = v.template_id ORDER BY t.name, v.version DESC"));
    return readChoices(query, out, error);
}

bool QaCalibrationRepository::reviewerChoices(QList<QaCalibrationChoice> *out, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT id, display_name, agent_id FROM users WHERE disabled = 0 AND role IN "
                       "('qa_reviewer', 'team_lead') ORDER BY display_name, id"));
    return readChoices(query, out, error);
}

bool QaCalibrationRepository::agentChoices(QList<QaCalibrationChoice> *out, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, name, id FROM agents ORDER BY name, id"));
    return readChoices(query, out, error);
}

bool QaCalibrationRepository::conversationChoices(const QaCalibrationConversationFilter &filter,
                                                  QList<QaCalibrationChoice> *out, QString *error) const
{
    const QTimeZone utc = QTimeZone::utc();
    const qint64 from = filter.first.isValid() ? filter.first.startOfDay(utc).toSecsSinceEpoch() : 0;
    const qint64 to = filter.last.isValid() ? filter.last.addDays(1).startOfDay(utc).toSecsSinceEpoch()
                                            : std::numeric_limits<qint64>::max();
    const QString search = filter.search.trimmed();
    // started_at bounds first so the conversations index narrows the scan; the text search only
    // looks inside that window, and LIMIT caps what a broad filter returns.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT c.id, t.external_id, t.agent_id, a.name, c.started_at FROM conversations c "
                       "JOIN tickets t ON t.id = c.ticket_id JOIN agents a ON a.id = t.agent_id "
                       "WHERE c.started_at >= ? AND c.started_at < ? AND (? = 0 OR t.agent_id = ?) "
                       "AND (? = '' OR instr(t.external_id, ?) > 0 OR EXISTS (SELECT 1 FROM messages m WHERE "
                       "m.conversation_id = c.id AND instr(m.text, ?) > 0)) "
                       "ORDER BY c.started_at DESC, c.id DESC LIMIT ?"));
    query.addBindValue(from);
    query.addBindValue(to);
    query.addBindValue(filter.agentId);
    query.addBindValue(filter.agentId);
    query.addBindValue(search);
    query.addBindValue(search);
    query.addBindValue(search);
    query.addBindValue(std::max(1, filter.limit));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    out->clear();
    while (query.next()) {
        QaCalibrationChoice choice;
        choice.id = query.value(0).toLongLong();
        choice.label = query.value(1).toString();
        choice.agentId = query.value(2).toLongLong();
        choice.agentName = query.value(3).toString();
        choice.startedAt = query.value(4).toLongLong();
        out->append(choice);
    }
    return true;
}
