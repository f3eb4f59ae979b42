#include "DisputeTableModel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

DisputeTableModel::DisputeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DisputeTableModel::setRows(const QList<QaDisputeRow> &rows, qint64 now)
{
    beginResetModel();
    m_rows = rows;
    m_now = now;
    endResetModel();
}

int DisputeTableModel::rowOf(qint64 disputeId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).dispute.id == disputeId)
            return row;
    }
    return -1;
}

int DisputeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DisputeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DisputeTableModel::reasonLabel(const QString &code)
{
    if (code == QLatin1String("misread_transcript"))
        return tr("Transcript misread");
    if (code == QLatin1String("guidance_unclear"))
        return tr("Guidance unclear");
    if (code == QLatin1String("outside_agent_control"))
        return tr("Outside the agent's control");
    if (code == QLatin1String("policy_changed"))
        return tr("Policy changed");
    if (code == QLatin1String("other"))
        return tr("Other");
    return code;
}

QString DisputeTableModel::stateLabel(QaDispute::State state)
{
    switch (state) {
    case QaDispute::State::Open:
        return tr("Open");
    case QaDispute::State::Accepted:
        return tr("Accepted");
    case QaDispute::State::PartiallyAccepted:
        return tr("Partially accepted");
    case QaDispute::State::Rejected:
        return tr("Rejected");
    case QaDispute::State::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

QString DisputeTableModel::criterionLabel(const QaDisputeRow &row)
{
    if (row.dispute.criterionId == 0)
        return tr("Whole review");
    const bool zh = QLocale().language() == QLocale::Chinese;
    return zh ? row.criterionTitleZh : row.criterionTitleEn;
}

QString DisputeTableModel::formatTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QVariant DisputeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QaDisputeRow &row = m_rows.at(index.row());
    const QaDispute &dispute = row.dispute;
    const bool overdue = dispute.state == QaDispute::State::Open && dispute.deadline < m_now;
    const int column = index.column();
    if (role == DisputeIdRole)
        return dispute.id;
    if (role == OverdueRole)
        return overdue;
    if (role == Qt::ForegroundRole)
        return overdue && (column == Deadline || column == State) ? QVariant(QBrush(QColor(0xc6, 0x28, 0x28)))
                                                                  : QVariant();
    if (role == Qt::ToolTipRole) {
        if (column == Deadline && overdue)
            return tr("Open past its deadline: decide it.");
        return column == Reason ? QVariant(dispute.text) : QVariant();
    }
    if (role == SortRole) {
        if (column == Raised)
            return dispute.raisedAt;
        if (column == Review)
            return dispute.reviewId;
        if (column == Deadline)
            return dispute.deadline;
        if (column == State)
            return int(dispute.state);
        return data(index, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Raised:
        return formatTime(dispute.raisedAt);
    case Agent:
        return row.teamName.isEmpty() ? row.agentName
                                      : QStringLiteral("%1 (%2)").arg(row.agentName, row.teamName);
    case Review:
        return tr("#%1 · %2")
            .arg(dispute.reviewId)
            .arg(row.reviewScore ? QLocale().toString(*row.reviewScore, 'f', 1) : QStringLiteral("–"));
    case Criterion:
        return criterionLabel(row);
    case Reason:
        return reasonLabel(dispute.reasonCode);
    case Deadline:
        return overdue ? tr("%1 (overdue)").arg(formatTime(dispute.deadline)) : formatTime(dispute.deadline);
    case State:
        return stateLabel(dispute.state);
    default:
        return {};
    }
}

QVariant DisputeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Raised:
        return tr("Raised");
    case Agent:
        return tr("Agent");
    case Review:
        return tr("Review · score");
    case Criterion:
        return tr("Criterion");
    case Reason:
        return tr("Reason");
    case Deadline:
        return tr("Deadline");
    case State:
        return tr("State");
    default:
        return {};
    }
}
