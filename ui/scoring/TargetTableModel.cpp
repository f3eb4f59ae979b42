#include "TargetTableModel.h"

#include "TargetUnits.h"
#include "kpi/KpiFormat.h"

#include <QDateTime>
#include <QLocale>

TargetTableModel::TargetTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TargetTableModel::setTargets(const QList<Target> &targets, const QHash<qint64, QString> &teamNames,
                                  const QHash<qint64, QString> &agentNames,
                                  const QHash<qint64, qint64> &teamOfAgent)
{
    m_all = targets;
    m_teamNames = teamNames;
    m_agentNames = agentNames;
    m_teamOfAgent = teamOfAgent;
    applyFilter();
}

void TargetTableModel::setFilter(const TargetFilter &filter)
{
    m_filter = filter;
    applyFilter();
}

void TargetTableModel::applyFilter()
{
    beginResetModel();
    m_shown.clear();
    for (const Target &target : std::as_const(m_all)) {
        if (accepts(target))
            m_shown.append(target);
    }
    endResetModel();
}

qint64 TargetTableModel::teamOf(const Target &target) const
{
    return target.agentId > 0 ? m_teamOfAgent.value(target.agentId) : target.teamId;
}

bool TargetTableModel::accepts(const Target &target) const
{
    if (m_filter.teamId > 0 && teamOf(target) != m_filter.teamId)
        return false;
    if (!m_filter.figureKey.isEmpty() && target.kpi != m_filter.figureKey)
        return false;
    if (m_filter.activeOn.isValid())
        return target.isActiveOn(m_filter.activeOn);
    if (!m_filter.history && target.effectiveTo.isValid() && target.effectiveTo < m_filter.today)
        return false;
    return true;
}

const Target *TargetTableModel::targetAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_shown.at(row) : nullptr;
}

int TargetTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_shown.at(row).id == id)
            return row;
    }
    return -1;
}

int TargetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int TargetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetTableModel::data(const QModelIndex &index, int role) const
{
    const Target *target = targetAt(index.row());
    if (!target)
        return {};
    if (role == Qt::TextAlignmentRole && (index.column() == IdColumn || index.column() == ValueColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == KpiColumn)
        return target->kpi;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return target->id;
    case KpiColumn:
        return KpiFormat::title(target->kpi);
    case TeamColumn:
        return m_teamNames.value(teamOf(*target));
    case AgentColumn:
        return target->agentId > 0 ? m_agentNames.value(target->agentId, QString::number(target->agentId))
                                   : tr("(team standard)");
    case ValueColumn:
        return TargetUnits::display(target->kpi, target->value);
    case FromColumn:
        return target->effectiveFrom.toString(Qt::ISODate);
    case ToColumn:
        return target->effectiveTo.isValid() ? target->effectiveTo.toString(Qt::ISODate) : tr("open-ended");
    case CreatedByColumn:
        return target->createdBy;
    case CreatedAtColumn:
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(target->createdAt), QLocale::ShortFormat);
    }
    return {};
}

QVariant TargetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("#");
    case KpiColumn:
        return tr("KPI");
    case TeamColumn:
        return tr("Team");
    case AgentColumn:
        return tr("Agent");
    case ValueColumn:
        return tr("Target");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("Until");
    case CreatedByColumn:
        return tr("Set by");
    case CreatedAtColumn:
        return tr("Set at");
    }
    return {};
}
