#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

/** A reviewer a sample item could go to, with the open load the workload cap counts. */
struct QaReassignChoice
{
    qint64 userId = 0;
    QString name; // users.display_name
    qint64 agentId = 0; // users.agent_id, 0 when the reviewer is no agent
    int load = 0; // assigned sample items without a submitted review
};

/** One row of an item's reassignment history (qa_sample_reassignments). */
struct QaReassignment
{
    qint64 itemId = 0;
    QString fromName; // empty when the item had no reviewer
    QString toName;
    QString reason;
    QString byUser; // the login that reassigned
    qint64 at = 0; // UTC seconds
};

/**
 * Reads for reassigning a sampled conversation in the reviewer workspace: the reviewers it could go
 * to with their names and open loads, the workload cap of the item's draw, and the reassignment
 * history of the items in a queue. The write itself is QaSampleRepository::reassign, which checks
 * the same rules (Sampler::reassignmentError).
 *
 * Threading: use it on the thread that owns the connection.
 */
class QaReassignRepository
{
    Q_DECLARE_TR_FUNCTIONS(QaReassignRepository)

public:
    explicit QaReassignRepository(QSqlDatabase db);

    /** Active reviewers by name, and the cap of the item's draw (0 = none). */
    bool choices(qint64 itemId, QList<QaReassignChoice> *out, int *workloadCap, QString *error) const;
    /**
     * The reassignments of the items now assigned to reviewerId (0 = to anyone), by item, oldest
     * first.
     */
    bool history(qint64 reviewerId, QHash<qint64, QList<QaReassignment>> *out, QString *error) const;

private:
    QSqlDatabase m_db;
};
