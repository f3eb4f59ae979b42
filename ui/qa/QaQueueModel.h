#pragma once

#include "qa/store/QaQueueRepository.h"
#include "qa/store/QaReassignRepository.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QSortFilterProxyModel>

/**
 * The reviewer's queue as a table: due date, agent, team, reviewer, status, score; a reassigned
 * item's tooltip tells its reassignment history (who, when, from, to, why). UI thread only.
 */
class QaQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DueColumn,
        AgentColumn,
        TeamColumn,
        ReviewerColumn,
        StatusColumn,
        ScoreColumn,
        ColumnCount
    };
    enum Role { ItemRole = Qt::UserRole + 1 }; // row index into items()

    explicit QaQueueModel(QObject *parent = nullptr);

    void setItems(const QList<QaQueueItem> &items);
    const QList<QaQueueItem> &items() const { return m_items; }
    /** The reassignment history by sample item id; kept across setItems until replaced. */
    void setHistory(const QHash<qint64, QList<QaReassignment>> &history);
    QList<QaReassignment> history(qint64 sampleItemId) const { return m_history.value(sampleItemId); }
    /** One line per reassignment: "2024-03-12 10:00 lead: Reviewer → Other (on leave)". */
    static QString historyText(const QList<QaReassignment> &history);
    /** "Today" for the overdue colouring and the due filter; tests pin it. */
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    static QString statusName(QaQueueItem::Status status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QaQueueItem> m_items;
    QHash<qint64, QList<QaReassignment>> m_history;
    QDate m_today = QDate::currentDate();
};

/** The queue filters: due (any / overdue / due within days), agent, team, reviewer, status. */
class QaQueueFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Due { Any, Overdue, DueSoon }; // DueSoon: overdue or due within soonDays

    explicit QaQueueFilter(QObject *parent = nullptr);

    void setDue(Due due);
    void setAgent(qint64 agentId); // 0 = any
    void setTeam(qint64 teamId);
    void setReviewer(qint64 userId);
    /** Only items in one of these states; an empty set shows every state. */
    void setStatuses(const QSet<QaQueueItem::Status> &statuses);

    static constexpr int SoonDays = 2;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Due m_due = Due::Any;
    qint64 m_agent = 0;
    qint64 m_team = 0;
    qint64 m_reviewer = 0;
    QSet<QaQueueItem::Status> m_statuses;
};
