#include "QaReviewRepository.h"

#include "qa/store/ScorecardTemplateRepository.h"
#include "scoring/store/AuditLogRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString statusCode(QaReview::Status status)
{
    return status == QaReview::Status::Submitted ? QStringLiteral("submitted") : QStringLiteral("draft");
}

QString kindCode(QaReview::Kind kind)
{
    return kind == QaReview::Kind::Calibration ? QStringLiteral("calibration") : QStringLiteral("regular");
}

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

/** A savepoint that rolls back unless release() ran (the caller may already hold a transaction). */
class ReviewSavepoint
{
public:
    explicit ReviewSavepoint(QSqlDatabase db)
        : m_db(std::move(db))
    {
        QSqlQuery query(m_db);
        m_active = query.exec(QStringLiteral("SAVEPOINT qa_review"));
        if (!m_active)
            m_error = query.lastError().text();
    }
    ~ReviewSavepoint()
    {
        if (!m_active)
            return;
        QSqlQuery undo(m_db);
        undo.exec(QStringLiteral("ROLLBACK TO qa_review"));
        undo.exec(QStringLiteral("RELEASE qa_review"));
    }
    ReviewSavepoint(const ReviewSavepoint &) = delete;
    ReviewSavepoint &operator=(const ReviewSavepoint &) = delete;

    bool isActive(QString *error) const
    {
        if (!m_active)
            *error = m_error;
        return m_active;
    }
    bool release(QString *error)
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("RELEASE qa_review"))) {
            *error = query.lastError().text();
            return false;
        }
        m_active = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    QString m_error;
    bool m_active = false;
};

} // namespace

QaReviewRepository::QaReviewRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool QaReviewRepository::create(QaReview *review, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO qa_reviews (conversation_id, agent_id, reviewer_id, template_version_id, status, kind, "
        "calibration_session_id, sample_item_id, created_at) VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?) "
        "RETURNING id"));
    query.addBindValue(review->conversationId);
    query.addBindValue(review->agentId);
    query.addBindValue(review->reviewerId);
    query.addBindValue(review->templateVersionId);
    query.addBindValue(kindCode(review->kind));
    query.addBindValue(idOrNull(review->calibrationSessionId));
    query.addBindValue(idOrNull(review->sampleItemId));
    query.addBindValue(review->createdAt);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    review->id = query.value(0).toLongLong();
    review->status = QaReview::Status::Draft;
    review->score.reset();
    review->submittedAt = 0;
    return true;
}

bool QaReviewRepository::load(qint64 id, QaReview *out, QString *error) const
{
    Calibration session = Calibration::None;
    if (!loadStored(id, out, &session, error))
        return false;
    if (session == Calibration::Open)
        out->score.reset(); // blind: the score would tell other reviewers how this one judged
    return true;
}

bool QaReviewRepository::loadStored(qint64 id, QaReview *out, Calibration *session, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT r.id, r.conversation_id, r.agent_id, r.reviewer_id, r.template_version_id, r.status, r.kind, "
        "r.calibration_session_id, r.sample_item_id, r.score, r.created_at, r.submitted_at, s.id, "
        "s.closed_at FROM qa_reviews r LEFT JOIN qa_calibration_sessions s ON s.id = "
        "r.calibration_session_id WHERE r.id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (!query.next()) {
        *error = tr("QA review %1 does not exist in this store.").arg(id);
        return false;
    }
    *out = {};
    out->id = query.value(0).toLongLong();
    out->conversationId = query.value(1).toLongLong();
    out->agentId = query.value(2).toLongLong();
    out->reviewerId = query.value(3).toLongLong();
    out->templateVersionId = query.value(4).toLongLong();
    out->status = query.value(5).toString() == QLatin1String("submitted") ? QaReview::Status::Submitted
                                                                          : QaReview::Status::Draft;
    out->kind = query.value(6).toString() == QLatin1String("calibration") ? QaReview::Kind::Calibration
                                                                          : QaReview::Kind::Regular;
    out->calibrationSessionId = query.value(7).toLongLong();
    out->sampleItemId = query.value(8).toLongLong();
    if (!query.value(9).isNull())
        out->score = query.value(9).toDouble();
    out->createdAt = query.value(10).toLongLong();
    out->submittedAt = query.value(11).toLongLong();
    if (query.value(12).isNull())
        *session = Calibration::None;
    else
        *session = query.value(13).isNull() ? Calibration::Open : Calibration::Closed;
    return true;
}

bool QaReviewRepository::answers(qint64 reviewId, QList<ScorecardAnswer> *out, QString *error) const
{
    QaReview review;
    Calibration session = Calibration::None;
    if (!loadStored(reviewId, &review, &session, error))
        return false;
    if (session == Calibration::Open) {
        *error = tr("QA review %1 belongs to calibration session %2, which is blind until it is closed.")
                     .arg(reviewId)
                     .arg(review.calibrationSessionId);
        return false;
    }
    return storedAnswers(reviewId, out, error);
}

bool QaReviewRepository::storedAnswers(qint64 reviewId, QList<ScorecardAnswer> *out, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT criterion_id, value, comment FROM qa_answers WHERE review_id = ? "
                                 "ORDER BY criterion_id"));
    query.addBindValue(reviewId);
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
        answer.comment = query.value(2).toString();
        out->append(answer);
    }
    return true;
}

bool QaReviewRepository::changeable(const QaReview &review, Calibration session, QString *error)
{
    if (session != Calibration::Closed)
        return true;
    *error = tr("Calibration session %1 is closed; its reviews can no longer change.")
                 .arg(review.calibrationSessionId);
    return false;
}

bool QaReviewRepository::writeAnswers(qint64 reviewId, const QList<ScorecardAnswer> &answers, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO qa_answers (review_id, criterion_id, value, na, comment) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (review_id, criterion_id) DO UPDATE SET value = excluded.value, na = excluded.na, "
        "comment = excluded.comment"));
    for (const ScorecardAnswer &answer : answers) {
        query.addBindValue(reviewId);
        query.addBindValue(answer.criterionId);
        query.addBindValue(answer.value ? QVariant(*answer.value) : QVariant());
        query.addBindValue(answer.value ? 0 : 1);
        // A null QString binds as SQL NULL; the column wants '' for "no comment".
        query.addBindValue(answer.comment.isNull() ? QStringLiteral("") : answer.comment);
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

bool QaReviewRepository::scoreOf(const QaReview &review, ScorecardResult *result, QString *error) const
{
    ScorecardTemplate tmpl;
    QList<ScorecardAnswer> given;
    return ScorecardTemplateRepository(m_db).load(review.templateVersionId, &tmpl, error)
        && storedAnswers(review.id, &given, error) && ScorecardScorer::score(tmpl, given, result, error);
}

QByteArray QaReviewRepository::snapshotJson(const QaReview &review,
                                            const QList<ScorecardAnswer> &answers) const
{
    QJsonObject values;
    for (const ScorecardAnswer &answer : answers)
        values.insert(QString::number(answer.criterionId),
                      answer.value ? QJsonValue(*answer.value) : QJsonValue(QStringLiteral("na")));
    QJsonObject object;
    object.insert(QStringLiteral("status"), statusCode(review.status));
    object.insert(QStringLiteral("score"), review.score ? QJsonValue(*review.score) : QJsonValue());
    object.insert(QStringLiteral("answers"), values);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool QaReviewRepository::saveDraft(qint64 reviewId, const QList<ScorecardAnswer> &answers, QString *error)
{
    QaReview review;
    Calibration session = Calibration::None;
    if (!loadStored(reviewId, &review, &session, error) || !changeable(review, session, error))
        return false;
    if (review.status != QaReview::Status::Draft) {
        *error = tr("QA review %1 is already submitted; its answers change only through a dispute decision.")
                     .arg(reviewId);
        return false;
    }
    ReviewSavepoint savepoint(m_db);
    return savepoint.isActive(error) && writeAnswers(reviewId, answers, error) && savepoint.release(error);
}

bool QaReviewRepository::submit(qint64 reviewId, const QString &actor, qint64 now, QString *error)
{
    QaReview review;
    Calibration session = Calibration::None;
    if (!loadStored(reviewId, &review, &session, error) || !changeable(review, session, error))
        return false;
    if (review.status != QaReview::Status::Draft) {
        *error = tr("QA review %1 is already submitted.").arg(reviewId);
        return false;
    }
    ScorecardResult result;
    if (!scoreOf(review, &result, error))
        return false;
    if (!result.complete()) {
        *error = tr("QA review %1 cannot be submitted: %n criterion(s) are not answered yet.", nullptr,
                    int(result.unanswered.size()))
                     .arg(reviewId);
        return false;
    }
    QList<ScorecardAnswer> given;
    if (!storedAnswers(reviewId, &given, error))
        return false;
    const QByteArray before = snapshotJson(review, given);

    ReviewSavepoint savepoint(m_db);
    if (!savepoint.isActive(error))
        return false;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE qa_reviews SET status = 'submitted', submitted_at = ?, score = ? WHERE id = ?"));
    query.addBindValue(now);
    query.addBindValue(result.score ? QVariant(*result.score) : QVariant());
    query.addBindValue(reviewId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    review.status = QaReview::Status::Submitted;
    review.score = result.score;
    AuditEntry entry;
    entry.at = now;
    entry.actor = actor;
    entry.action = QStringLiteral("submit_review");
    entry.entity = QStringLiteral("qa_review");
    entry.entityKey = QString::number(reviewId);
    entry.beforeJson = QString::fromUtf8(before);
    entry.afterJson = QString::fromUtf8(snapshotJson(review, given));
    return AuditLogRepository(m_db).append(&entry, error) && savepoint.release(error);
}

bool QaReviewRepository::amend(qint64 reviewId, const QList<ScorecardAnswer> &answers, const QString &actor,
                               qint64 now, const QString &reason, QString *error)
{
    QaReview review;
    Calibration session = Calibration::None;
    if (!loadStored(reviewId, &review, &session, error) || !changeable(review, session, error))
        return false;
    if (review.status != QaReview::Status::Submitted) {
        *error = tr("QA review %1 is still a draft; save the draft instead.").arg(reviewId);
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        *error = tr("Changing a submitted review's score needs a reason.");
        return false;
    }
    QList<ScorecardAnswer> beforeAnswers;
    if (!storedAnswers(reviewId, &beforeAnswers, error))
        return false;
    const QByteArray before = snapshotJson(review, beforeAnswers);

    ReviewSavepoint savepoint(m_db);
    if (!savepoint.isActive(error) || !writeAnswers(reviewId, answers, error))
        return false;
    ScorecardResult result;
    if (!scoreOf(review, &result, error))
        return false;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE qa_reviews SET score = ? WHERE id = ?"));
    query.addBindValue(result.score ? QVariant(*result.score) : QVariant());
    query.addBindValue(reviewId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    review.score = result.score;
    QList<ScorecardAnswer> afterAnswers;
    if (!storedAnswers(reviewId, &afterAnswers, error))
        return false;
    AuditEntry entry;
    entry.at = now;
    entry.actor = actor;
    entry.action = QStringLiteral("amend_review");
    entry.entity = QStringLiteral("qa_review");
    entry.entityKey = QString::number(reviewId);
    entry.reason = reason;
    entry.beforeJson = QString::fromUtf8(before);
    entry.afterJson = QString::fromUtf8(snapshotJson(review, afterAnswers));
    return AuditLogRepository(m_db).append(&entry, error) && savepoint.release(error);
}
