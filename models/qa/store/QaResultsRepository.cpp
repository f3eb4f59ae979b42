#include "QaResultsRepository.h"

#include "qa/ScorecardScorer.h"
#include "qa/store/QaReviewRepository.h"
#include "qa/store/ScorecardTemplateRepository.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

/** The reviews that count, as a FROM/WHERE tail binding (from, to, id). */
QString countingReviews(KpiScope scope)
{
    QString group;
    switch (scope) {
    case KpiScope::Agent:
        group = QStringLiteral("r.agent_id = ?");
        break;
    case KpiScope::Team:
        group = QStringLiteral("a.team_id = ?");
        break;
    case KpiScope::Department:
        group = QStringLiteral("t.department_id = ?");
        break;
    case KpiScope::Center:
        group = QStringLiteral("? IS NOT NULL");
        break;
    }
    return QStringLiteral("FROM qa_reviews r JOIN conversations c ON c.id = r.conversation_id "
                          "JOIN agents a ON a.id = r.agent_id LEFT JOIN teams t ON t.id = a.team_id "
                          "WHERE r.kind = 'regular' AND r.status = 'submitted' AND r.score IS NOT NULL "
                          "AND c.started_at >= ? AND c.started_at < ? AND ")
        + group;
}

} // namespace

QaResultsRepository::QaResultsRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool QaResultsRepository::scoreSum(KpiScope scope, qint64 id, qint64 from, qint64 to, double *sum, int *n,
                                   QString *error, const QString &platformCode) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COALESCE(SUM(r.score), 0), COUNT(*) ") + countingReviews(scope)
                  + (platformCode.isEmpty() ? QString()
                                            : QStringLiteral(" AND (SELECT platform FROM tickets WHERE id = "
                                                             "c.ticket_id) = ?")));
    query.addBindValue(from);
    query.addBindValue(to);
    query.addBindValue(id);
    if (!platformCode.isEmpty())
        query.addBindValue(platformCode);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    *sum = query.value(0).toDouble();
    *n = query.value(1).toInt();
    return true;
}

bool QaResultsRepository::results(KpiScope scope, qint64 id, qint64 from, qint64 to, const QTimeZone &zone,
                                  QaResults *out, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT r.id, r.template_version_id, r.score, c.started_at ")
                  + countingReviews(scope) + QStringLiteral(" ORDER BY c.started_at, r.id"));
    query.addBindValue(from);
    query.addBindValue(to);
    query.addBindValue(id);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    struct Row
    {
        qint64 review;
        qint64 version;
        double score;
        qint64 startedAt;
    };
    QList<Row> rows;
    while (query.next())
        rows.append({ query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toDouble(),
                      query.value(3).toLongLong() });

    *out = {};
    QHash<qint64, ScorecardTemplate> templates;
    QStringList criterionOrder;
    QHash<QString, QPair<QString, QString>> criterionTitles; // key → (zh, en)
    QHash<QString, QPair<double, int>> criterionSums;
    QMap<QDate, QPair<double, int>> weeks;
    double scoreSum = 0;
    QaReviewRepository reviews(m_db);
    ScorecardTemplateRepository templateStore(m_db);
    for (const Row &row : std::as_const(rows)) {
        if (!templates.contains(row.version)) {
            ScorecardTemplate tmpl;
            if (!templateStore.load(row.version, &tmpl, error))
                return false;
            templates.insert(row.version, tmpl);
        }
        const ScorecardTemplate &tmpl = templates[row.version];
        QList<ScorecardAnswer> given;
        ScorecardResult result;
        if (!reviews.answers(row.review, &given, error)
            || !ScorecardScorer::score(tmpl, given, &result, error))
            return false;
        ++out->n;
        scoreSum += row.score;
        if (!result.failedCriticalKeys.isEmpty())
            ++out->criticalFails;
        for (const ScorecardAnswer &answer : std::as_const(given)) {
            const ScorecardCriterion *criterion = tmpl.findCriterion(answer.criterionId);
            const std::optional<double> share
                = criterion ? ScorecardScorer::fraction(*criterion, answer) : std::nullopt;
            if (!share)
                continue;
            if (!criterionOrder.contains(criterion->key)) {
                criterionOrder.append(criterion->key);
                criterionTitles.insert(criterion->key, { criterion->titleZh, criterion->titleEn });
            }
            QPair<double, int> &sum = criterionSums[criterion->key];
            sum.first += *share * 100.0;
            ++sum.second;
        }
        const QDate day = QDateTime::fromSecsSinceEpoch(row.startedAt, zone).date();
        QPair<double, int> &week = weeks[day.addDays(1 - day.dayOfWeek())];
        week.first += row.score;
        ++week.second;
    }
    if (out->n > 0) {
        out->meanScore = scoreSum / out->n;
        out->criticalFailRate = static_cast<double>(out->criticalFails) / out->n;
    }
    for (const QString &key : std::as_const(criterionOrder)) {
        const QPair<double, int> sum = criterionSums.value(key);
        const QPair<QString, QString> titles = criterionTitles.value(key);
        out->byCriterion.append({ key, titles.first, titles.second, sum.second, sum.first / sum.second });
    }
    for (auto it = weeks.cbegin(); it != weeks.cend(); ++it)
        out->weekly.append({ it.key(), it.value().second, it.value().first / it.value().second });
    return true;
}

bool QaResultsRepository::hasSubmittedReviews(bool *out, QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM qa_reviews WHERE kind = 'regular' AND "
                                   "status = 'submitted')"))
        || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    *out = query.value(0).toBool();
    return true;
}
