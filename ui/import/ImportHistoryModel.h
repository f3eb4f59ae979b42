#pragma once

#include "store/ImportHistoryRepository.h"

#include <QAbstractTableModel>
#include <QList>

/** The import batches, newest first: when, file, profile, who, status and the row counts. */
class ImportHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        FileColumn,
        ProfileColumn,
        UserColumn,
        StatusColumn,
        ReadColumn,
        NewColumn,
        UpdatedColumn,
        UnchangedColumn,
        RejectedColumn,
        ColumnCount
    };
    enum Role { BatchIdRole = Qt::UserRole + 1, StatusCodeRole };

    explicit ImportHistoryModel(QObject *parent = nullptr);

    void setBatches(const QList<ImportBatchRecord> &batches);
    const ImportBatchRecord &batch(int row) const { return m_batches.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const QString &status);

private:
    QList<ImportBatchRecord> m_batches;
};
