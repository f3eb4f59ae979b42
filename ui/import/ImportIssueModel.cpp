#include "ImportIssueModel.h"

#include <QLocale>

ImportIssueModel::ImportIssueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportIssueModel::setIssues(const QList<ImportIssue> &issues)
{
    beginResetModel();
    m_issues = issues;
    endResetModel();
}

int ImportIssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_issues.size());
}

int ImportIssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_issues.size())
        return {};
    const ImportIssue &issue = m_issues.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case RowColumn:
            return QLocale().toString(issue.row);
        case LineColumn:
            return QLocale().toString(issue.line);
        case SourceColumn:
            return issue.column;
        case ValueColumn:
            return issue.value;
        case ReasonColumn:
            return issue.reason;
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == RowColumn || index.column() == LineColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        return tr("Row");
    case LineColumn:
        return tr("Line");
    case SourceColumn:
        return tr("Column");
    case ValueColumn:
        return tr("Value");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}
