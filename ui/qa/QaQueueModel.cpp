#include "QaQueueModel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

QaQueueModel::QaQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void QaQueueModel::setItems(const QList<QaQueueItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

void QaQueueModel::setHistory(const QHash<qint64, QList<QaReassignment>> &history)
{
    m_history = history;
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_items.size()) - 1, ColumnCount - 1), { Qt::ToolTipRole });
}

QString QaQueueModel::historyText(const QList<QaReassignment> &history)
{
    QStringList lines;
    for (const QaReassignment &row : history) {
        lines.append(
            tr("%1 %2: %3 → %4 (%5)")
                .arg(QDateTime::fromSecsSinceEpoch(row.at).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     row.byUser, row.fromName.isEmpty() ? tr("nobody") : row.fromName, row.toName,
                     row.reason));
    }
    return lines.join(QLatin1Char('\n'));
}

void QaQueueModel::setToday(const QDate &today)
{
    beginResetModel();
    m_today = today;
    endResetModel();
}

QString QaQueueModel::statusName(QaQueueItem::Status status)
{
    switch (status) {
    case QaQueueItem::Status::ToDo:
        return tr("To do");
    case QaQueueItem::Status::Draft:
        return tr("Draft");
    case QaQueueItem::Status::Submitted:
        return tr("Submitted");
    }
    return {};
}

int QaQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int QaQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QaQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const QaQueueItem &item = m_items.at(index.row());
    if (role == ItemRole)
        return index.row();
    const bool overdue = item.status != QaQueueItem::Status::Submitted && item.due < m_today;
    if (role == Qt::ForegroundRole && index.column() == DueColumn && overdue)
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == Qt::ToolTipRole) {
        QStringList tips;
        if (index.column() == DueColumn && overdue)
            tips.append(tr("Overdue"));
        const QList<QaReassignment> history = m_history.value(item.sampleItemId);
        if (!history.isEmpty())
            tips.append(tr("Reassigned:") + QLatin1Char('\n') + historyText(history));
        return tips.isEmpty() ? QVariant() : QVariant(tips.join(QLatin1Char('\n')));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DueColumn:
        return QLocale().toString(item.due, QLocale::ShortFormat);
    case AgentColumn:
        return item.agentName;
    case TeamColumn:
        return item.teamName;
    case ReviewerColumn:
        return item.reviewerName;
    case StatusColumn:
        return statusName(item.status);
    case ScoreColumn:
        return item.score ? QLocale().toString(*item.score, 'f', 1) : QString();
    default:
        return {};
    }
}

QVariant QaQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DueColumn:
        return tr("Due");
    case AgentColumn:
        return tr("Agent");
    case TeamColumn:
        return tr("Team");
    case ReviewerColumn:
        return tr("Reviewer");
    case StatusColumn:
        return tr("Status");
    case ScoreColumn:
        return tr("Score");
    default:
        return {};
    }
}

QaQueueFilter::QaQueueFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void QaQueueFilter::setDue(Due due)
{
    m_due = due;
    invalidateFilter();
}

void QaQueueFilter::setAgent(qint64 agentId)
{
    m_agent = agentId;
    invalidateFilter();
}

void QaQueueFilter::setTeam(qint64 teamId)
{
    m_team = teamId;
    invalidateFilter();
}

void QaQueueFilter::setReviewer(qint64 userId)
{
    m_reviewer = userId;
    invalidateFilter();
}

void QaQueueFilter::setStatuses(const QSet<QaQueueItem::Status> &statuses)
{
    m_statuses = statuses;
    invalidateFilter();
}

bool QaQueueFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *queue = qobject_cast<const QaQueueModel *>(sourceModel());
    if (!queue || sourceRow >= queue->items().size())
        return false;
    const QaQueueItem &item = queue->items().at(sourceRow);
    if (m_agent != 0 && item.agentId != m_agent)
        return false;
    if (m_team != 0 && item.teamId != m_team)
        return false;
    if (m_reviewer != 0 && item.reviewerId != m_reviewer)
        return false;
    if (!m_statuses.isEmpty() && !m_statuses.contains(item.status))
        return false;
    // A submitted review is never overdue, whatever its date.
    const bool open = item.status != QaQueueItem::Status::Submitted;
    switch (m_due) {
    case Due::Any:
        return true;
    case Due::Overdue:
        return open && item.due < queue->today();
    case Due::DueSoon:
        return open && item.due <= queue->today().addDays(SoonDays);
    }
    return true;
}
