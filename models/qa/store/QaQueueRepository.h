#pragma once

#include "domain/Conversation.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <optional>

/** One sample item in a reviewer's queue (PRODUCT.md "QA scorecards", reviewer workspace). */
struct QaQueueItem
{
    enum class Status { ToDo, Draft, Submitted };

    qint64 sampleItemId = 0;
    qint64 conversationId = 0;
    qint64 agentId = 0;
    QString agentName;
    qint64 teamId = 0;
    QString teamName;
    qint64 reviewerId = 0; // a users row
    QString reviewerName;
    QDate due; // the draw period's last day + the store's review due days
    Status status = Status::ToDo;
    qint64 reviewId = 0; // the reviewer's newest regular review of the item, 0 = none yet
    std::optional<double> score; // submitted reviews only
    qint64 startedAt = 0; // the conversation's start, UTC seconds
};

/**
 * Reads for the reviewer workspace: the sample items assigned to a reviewer (or to everyone) with
 * their due date and review status, a conversation's transcript, and which users row a login is.
 * The due date is the draw period's last day plus store_settings 'qa_review_due_days' (3 when the
 * setting is missing or not a number).
 *
 * Threading: use it on the thread that owns the connection.
 */
class QaQueueRepository
{
    Q_DECLARE_TR_FUNCTIONS(QaQueueRepository)

public:
    static constexpr int DefaultDueDays = 3;

    explicit QaQueueRepository(QSqlDatabase db);

    /** Days after a draw's period a review is due. */
    bool dueDays(int *out, QString *error) const;
    /** Items assigned to reviewerId, or to any reviewer when reviewerId is 0: not yet submitted first,
     *  then submitted; each part by due date, then id. */
    bool items(qint64 reviewerId, QList<QaQueueItem> *out, QString *error) const;
    /** The messages of a conversation in order. */
    bool transcript(qint64 conversationId, QList<Message> *out, QString *error) const;
    /** The users row with this login; 0 when there is none. */
    bool userIdForLogin(const QString &login, qint64 *out, QString *error) const;

private:
    QSqlDatabase m_db;
};
