#include "QaCoachingRepository.h"

#include "kpi/KpiCatalogue.h"
#include "kpi/KpiContext.h"
#include "kpi/KpiEngine.h"
#include "qa/store/QaSavepoint.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

QaCoachingRepository::QaCoachingRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool QaCoachingRepository::create(QaCoachingSession *session, QString *error)
{
    if (session->coach.trimmed().isEmpty()) {
        *error = tr("A coaching session needs the coach's name.");
        return false;
    }
    if (session->hasTarget()) {
        if (!KpiCatalogue::find(session->kpi)) {
            *error = tr("\"%1\" is not a KPI of the catalogue.").arg(session->kpi);
            return false;
        }
        if (!session->kpiTarget || !session->dueDate.isValid()) {
            *error = tr("A KPI target needs a value and a due date.");
            return false;
        }
    } else if (session->kpiTarget || session->dueDate.isValid()) {
        *error = tr("A target value or due date needs the KPI it is for.");
        return false;
    }

    QaSavepoint savepoint(m_db, QStringLiteral("qa_coaching"));
    if (!savepoint.isActive(error))
        return false;
    QSqlQuery insert(m_db);
    insert.prepare(
        QStringLiteral("INSERT INTO qa_coaching_sessions (agent_id, coach, held_at, agreed_text, kpi, "
                       "kpi_target, due_date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(session->agentId);
    insert.addBindValue(session->coach.trimmed());
    insert.addBindValue(session->heldAt);
    insert.addBindValue(session->agreedText.isNull() ? QStringLiteral("") : session->agreedText);
    insert.addBindValue(session->hasTarget() ? QVariant(session->kpi) : QVariant());
    insert.addBindValue(session->hasTarget() ? QVariant(*session->kpiTarget) : QVariant());
    insert.addBindValue(session->hasTarget() ? QVariant(session->dueDate.toString(Qt::ISODate)) : QVariant());
    insert.addBindValue(session->createdAt);
    if (!insert.exec() || !insert.next()) {
        *error = insert.lastError().text();
        return false;
    }
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();

    QSqlQuery agentOf(m_db);
    agentOf.prepare(QStringLiteral("SELECT agent_id FROM qa_reviews WHERE id = ?"));
    QSqlQuery link(m_db);
    link.prepare(
        QStringLiteral("INSERT OR IGNORE INTO qa_coaching_reviews (coaching_id, review_id) VALUES (?, ?)"));
    for (const qint64 review : std::as_const(session->reviewIds)) {
        agentOf.addBindValue(review);
        if (!agentOf.exec()) {
            *error = agentOf.lastError().text();
            return false;
        }
        if (!agentOf.next()) {
            *error = tr("QA review %1 does not exist in this store.").arg(review);
            return false;
        }
        const qint64 agent = agentOf.value(0).toLongLong();
        agentOf.finish();
        if (agent != session->agentId) {
            *error = tr("QA review %1 is of another agent and cannot be part of this coaching.").arg(review);
            return false;
        }
        link.addBindValue(id);
        link.addBindValue(review);
        if (!link.exec()) {
            *error = link.lastError().text();
            return false;
        }
    }
    if (!savepoint.release(error))
        return false;
    session->id = id;
    return true;
}

bool QaCoachingRepository::forAgent(qint64 agentId, QList<QaCoachingSession> *out, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT id, coach, held_at, agreed_text, kpi, kpi_target, due_date, created_at "
                       "FROM qa_coaching_sessions WHERE agent_id = ? ORDER BY held_at DESC, id DESC"));
    query.addBindValue(agentId);
    QSqlQuery reviews(m_db);
    reviews.prepare(
        QStringLiteral("SELECT review_id FROM qa_coaching_reviews WHERE coaching_id = ? ORDER BY review_id"));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    out->clear();
    while (query.next()) {
        QaCoachingSession session;
        session.id = query.value(0).toLongLong();
        session.agentId = agentId;
        session.coach = query.value(1).toString();
        session.heldAt = query.value(2).toLongLong();
        session.agreedText = query.value(3).toString();
        if (!query.value(4).isNull()) {
            session.kpi = query.value(4).toString();
            session.kpiTarget = query.value(5).toDouble();
            session.dueDate = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        }
        session.createdAt = query.value(7).toLongLong();
        reviews.addBindValue(session.id);
        if (!reviews.exec()) {
            *error = reviews.lastError().text();
            return false;
        }
        while (reviews.next())
            session.reviewIds.append(reviews.value(0).toLongLong());
        out->append(session);
    }
    return true;
}

bool QaCoachingRepository::recentReviews(qint64 agentId, int limit, QList<QaCoachableReview> *out,
                                         QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT r.id, r.conversation_id, c.started_at, r.submitted_at, r.score FROM qa_reviews r "
        "JOIN conversations c ON c.id = r.conversation_id WHERE r.agent_id = ? AND r.kind = 'regular' "
        "AND r.status = 'submitted' AND r.score IS NOT NULL ORDER BY c.started_at DESC, r.id DESC LIMIT ?"));
    query.addBindValue(agentId);
    query.addBindValue(limit);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    out->clear();
    while (query.next())
        out->append({ query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                      query.value(3).toLongLong(), query.value(4).toDouble() });
    return true;
}

bool QaCoachingRepository::progress(const QaCoachingSession &session, const QDate &today,
                                    QaCoachingProgress *out, QString *error) const
{
    *out = {};
    if (!session.hasTarget())
        return true;
    const KpiDefinition *definition = KpiCatalogue::find(session.kpi);
    if (!definition || definition->figureKeys.isEmpty() || !session.kpiTarget) {
        *error = tr("\"%1\" is not a KPI of the catalogue.").arg(session.kpi);
        return false;
    }
    KpiContext context;
    if (!KpiContext::load(m_db, &context, error))
        return false;
    out->figureKey = definition->figureKeys.first();
    const QDate held = QDateTime::fromSecsSinceEpoch(session.heldAt, context.zone).date();
    const bool pastDue = today > session.dueDate;
    out->period = KpiPeriod::range(held, std::min(session.dueDate, today));
    if (!out->period.isValid()) {
        // Due before it was held, or held in the future: nothing has happened since yet.
        out->state = pastDue ? QaCoachingProgress::State::NoData : QaCoachingProgress::State::Due;
        return true;
    }
    KpiQuery query;
    query.scope = KpiScope::Agent;
    QList<KpiResult> points;
    KpiReport meta;
    if (!KpiEngine(m_db).computeSeries(query, { out->period }, session.agentId, &points, &meta, error))
        return false;
    const KpiFigure *figure = points.isEmpty() ? nullptr : points.first().figure(out->figureKey);
    if (figure && figure->value && figure->status != KpiFigureStatus::NotApplicable
        && figure->status != KpiFigureStatus::NotAvailable) {
        out->value = figure->value;
        out->n = figure->n;
        out->insufficient = figure->status == KpiFigureStatus::Insufficient;
    }
    if (!pastDue)
        out->state = QaCoachingProgress::State::Due;
    else if (!out->value)
        out->state = QaCoachingProgress::State::NoData;
    else if (definition->better == KpiBetter::Higher ? *out->value >= *session.kpiTarget
                                                     : *out->value <= *session.kpiTarget)
        out->state = QaCoachingProgress::State::Met;
    else
        out->state = QaCoachingProgress::State::Missed;
    return true;
}
