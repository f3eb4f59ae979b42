#pragma once

#include "import/ImportIssue.h"

#include <QAbstractTableModel>
#include <QList>

/** The issues of a dry run or an import, one per row: row, line, column, value, reason. */
class ImportIssueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RowColumn, LineColumn, SourceColumn, ValueColumn, ReasonColumn, ColumnCount };

    explicit ImportIssueModel(QObject *parent = nullptr);

    void setIssues(const QList<ImportIssue> &issues);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportIssue> m_issues;
};
