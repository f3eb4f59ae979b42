#include "QaReassignRepository.h"

#include "qa/Sampler.h"
#include "qa/store/QaSampleRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

bool fail(const QSqlQuery &query, QString *error)
{
    *error = query.lastError().text();
    return false;
}

} // namespace

QaReassignRepository::QaReassignRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool QaReassignRepository::choices(qint64 itemId, QList<QaReassignChoice> *out, int *workloadCap,
                                   QString *error) const
{
    QSqlQuery rule(m_db);
    rule.prepare(QStringLiteral("SELECT d.rule_json FROM qa_sample_items i JOIN qa_sample_draws d ON d.id = "
                                "i.draw_id WHERE i.id = ?"));
    rule.addBindValue(itemId);
    if (!rule.exec())
        return fail(rule, error);
    if (!rule.next()) {
        *error = tr("Sampled conversation %1 does not exist in this store.").arg(itemId);
        return false;
    }
    SamplingRule sampling;
    if (!SamplingRule::fromJson(rule.value(0).toString().toUtf8(), &sampling, error))
        return false;
    rule.finish();
    *workloadCap = sampling.workloadCap;

    // The loads as QaSampleRepository counts them, so the dialog shows what reassign() will check.
    QList<SampleReviewer> reviewers;
    if (!QaSampleRepository(m_db).reviewers(&reviewers, error))
        return false;
    QHash<qint64, int> loads;
    for (const SampleReviewer &reviewer : std::as_const(reviewers))
        loads.insert(reviewer.userId, reviewer.load);

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, display_name, COALESCE(agent_id, 0) FROM users "
                                 "WHERE role IN ('qa_reviewer', 'team_lead') AND disabled = 0 "
                                 "ORDER BY display_name, id"));
    if (!query.exec())
        return fail(query, error);
    out->clear();
    while (query.next()) {
        const qint64 userId = query.value(0).toLongLong();
        out->append({ userId, query.value(1).toString(), query.value(2).toLongLong(), loads.value(userId) });
    }
    return true;
}

bool QaReassignRepository::history(qint64 reviewerId, QHash<qint64, QList<QaReassignment>> *out,
                                   QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT r.item_id, COALESCE(f.display_name, ''), t.display_name, r.reason, "
                                 "r.by_user, r.at FROM qa_sample_reassignments r "
                                 "JOIN qa_sample_items i ON i.id = r.item_id "
                                 "LEFT JOIN users f ON f.id = r.from_reviewer_id "
                                 "JOIN users t ON t.id = r.to_reviewer_id "
                                 "WHERE (? = 0 OR i.reviewer_id = ?) ORDER BY r.item_id, r.at, r.id"));
    query.addBindValue(reviewerId);
    query.addBindValue(reviewerId);
    if (!query.exec())
        return fail(query, error);
    out->clear();
    while (query.next()) {
        QaReassignment row;
        row.itemId = query.value(0).toLongLong();
        row.fromName = query.value(1).toString();
        row.toName = query.value(2).toString();
        row.reason = query.value(3).toString();
        row.byUser = query.value(4).toString();
        row.at = query.value(5).toLongLong();
        (*out)[row.itemId].append(row);
    }
    return true;
}
