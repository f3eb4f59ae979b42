#pragma once

#include "qa/Sampler.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QSqlDatabase>

/** A stored draw: what Sampler needs to reproduce it, and when and by whom it was made. */
struct StoredSampleDraw
{
    qint64 id = 0;
    SamplingRule rule;
    quint64 seed = 0;
    QDate first;
    QDate last;
    QString createdBy;
    qint64 createdAt = 0;
    QList<SampledItem> items; // in draw order
};

/**
 * SQL for QA sampling (qa_sample_draws, qa_sample_items, qa_sample_reassignments): reads the
 * candidates of a period, records a draw with its rule, seed and explanation, lists reviewers with
 * their open workload, and reassigns an item with a reason. The seed is stored as the signed 64-bit
 * integer with the same bits (SQLite has no unsigned type).
 *
 * Reviewers are users with the qa_reviewer or team_lead role who are not disabled; users.agent_id
 * says which agent a reviewer is, so Sampler never gives them their own conversations.
 *
 * Threading: use it on the thread that owns the connection.
 */
class QaSampleRepository
{
    Q_DECLARE_TR_FUNCTIONS(QaSampleRepository)

public:
    explicit QaSampleRepository(QSqlDatabase db);

    /**
     * Conversations that started in [first, last] (UTC days) on tickets with an agent. An agent hired
     * fewer than newHireDays before last is a new hire.
     */
    bool candidates(const QDate &first, const QDate &last, int newHireDays, QList<SampleCandidate> *out,
                    QString *error) const;
    /** Active reviewers; load = assigned sample items without a submitted review. */
    bool reviewers(QList<SampleReviewer> *out, QString *error) const;
    /** Every user's display name (their login when it is empty) by user id, for assignment lines. */
    bool userNames(QMap<qint64, QString> *out, QString *error) const;

    /** Records a draw and its items (with their reviewers, if assigned); sets draw->id. */
    bool save(StoredSampleDraw *draw, const QList<StratumExplanation> &explanations, QString *error);
    bool load(qint64 drawId, StoredSampleDraw *out, QString *error) const;

    /** Gives an item to another reviewer, checked by Sampler::reassignmentError, and records why. */
    bool reassign(qint64 itemId, qint64 toUserId, const QString &reason, const QString &byUser, qint64 at,
                  QString *error);

private:
    QSqlDatabase m_db;
};
