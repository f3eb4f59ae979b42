#include "QaResultsTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <limits>

QaResultsTableModel::QaResultsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void QaResultsTableModel::setTable(const QaResultsTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

const QaResultsRow *QaResultsTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_table.rows.size() ? &m_table.rows.at(row) : nullptr;
}

int QaResultsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int QaResultsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QaResultsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ScoreColumn:
            return tr("Mean score of the submitted QA reviews of conversations in the period (the qa_score "
                      "KPI); calibration reviews never count. Under %n review(s) it is insufficient.",
                      nullptr, m_table.minimumReviews);
        case CriticalColumn:
            return tr("Share of the reviews with a failed critical criterion.");
        case GapColumn:
            return m_table.scope == KpiScope::Agent ? tr("QA score minus the agent's team's QA score.")
                                                    : tr("QA score minus the center's QA score.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return m_table.scope == KpiScope::Team ? tr("Team")
            : m_table.scope == KpiScope::Agent ? tr("Agent")
                                               : tr("Scope");
    case TeamColumn:
        return tr("Team");
    case ScoreColumn:
        return tr("QA score");
    case ReviewsColumn:
        return tr("Reviews");
    case CriticalColumn:
        return tr("Critical fails");
    case GapColumn:
        return m_table.scope == KpiScope::Agent ? tr("Gap to team") : tr("Gap to center");
    }
    return {};
}

QVariant QaResultsTableModel::display(const QaResultsRow &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return row.name;
    case TeamColumn:
        return row.teamName;
    case ScoreColumn:
        if (!row.qaScore.value)
            return QStringLiteral("–");
        if (row.qaScore.status == KpiFigureStatus::Insufficient)
            return tr("%1 (insufficient)").arg(locale.toString(*row.qaScore.value, 'f', 1));
        return locale.toString(*row.qaScore.value, 'f', 1);
    case ReviewsColumn:
        return locale.toString(row.results.n);
    case CriticalColumn:
        if (!row.results.criticalFailRate)
            return QStringLiteral("–");
        return tr("%1% (%2 of %3)")
            .arg(locale.toString(*row.results.criticalFailRate * 100.0, 'f', 1))
            .arg(row.results.criticalFails)
            .arg(row.results.n);
    case GapColumn:
        if (!row.gap)
            return QStringLiteral("–");
        return QString((*row.gap > 0 ? QStringLiteral("+") : QString()) + locale.toString(*row.gap, 'f', 1));
    }
    return {};
}

QVariant QaResultsTableModel::sortValue(const QaResultsRow &row, int column) const
{
    constexpr double missing = -std::numeric_limits<double>::max();
    switch (column) {
    case NameColumn:
        return row.name;
    case TeamColumn:
        return row.teamName;
    case ScoreColumn:
        return row.qaScore.value.value_or(missing);
    case ReviewsColumn:
        return row.results.n;
    case CriticalColumn:
        return row.results.criticalFailRate.value_or(missing);
    case GapColumn:
        return row.gap.value_or(missing);
    }
    return {};
}

QVariant QaResultsTableModel::data(const QModelIndex &index, int role) const
{
    const QaResultsRow *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case SortRole:
        return sortValue(*row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= ScoreColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        // A score from too few reviews is shown, but greyed: not a number to compare people by.
        if (index.column() == ScoreColumn && row->qaScore.status == KpiFigureStatus::Insufficient)
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (index.column() == GapColumn && row->gap && *row->gap < 0)
            return QBrush(QColor(0xb0, 0x30, 0x20));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ScoreColumn && row->qaScore.status == KpiFigureStatus::Insufficient
            && row->qaScore.n > 0)
            return tr("Only %n review(s); the rule set asks for at least %1 before comparing.", nullptr,
                      int(row->qaScore.n))
                .arg(m_table.minimumReviews);
        return {};
    }
    return {};
}
