#include "ImportHistoryModel.h"

#include <QDateTime>
#include <QLocale>

ImportHistoryModel::ImportHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportHistoryModel::setBatches(const QList<ImportBatchRecord> &batches)
{
    beginResetModel();
    m_batches = batches;
    endResetModel();
}

int ImportHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_batches.size());
}

int ImportHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportHistoryModel::statusText(const QString &status)
{
    if (status == QLatin1String("committed"))
        return tr("imported");
    if (status == QLatin1String("rejected"))
        return tr("rejected");
    if (status == QLatin1String("undone"))
        return tr("undone");
    if (status == QLatin1String("running"))
        return tr("running");
    return status;
}

QVariant ImportHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_batches.size())
        return {};
    const ImportBatchRecord &batch = m_batches.at(index.row());
    if (role == BatchIdRole)
        return batch.id;
    if (role == StatusCodeRole)
        return batch.status;
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case WhenColumn:
            // Stored in UTC, shown in the workstation's zone.
            return locale.toString(QDateTime::fromSecsSinceEpoch(batch.startedAt).toLocalTime(),
                                   QLocale::ShortFormat);
        case FileColumn:
            return batch.fileName;
        case ProfileColumn:
            return batch.profile;
        case UserColumn:
            return batch.userLogin;
        case StatusColumn:
            return statusText(batch.status);
        case ReadColumn:
            return locale.toString(batch.rowsRead);
        case NewColumn:
            return locale.toString(batch.rowsImported);
        case UpdatedColumn:
            return locale.toString(batch.rowsUpdated);
        case UnchangedColumn:
            return locale.toString(batch.rowsUnchanged);
        case RejectedColumn:
            return locale.toString(batch.rowsRejected);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && batch.undoneAt > 0)
        return tr("Undone %1")
            .arg(locale.toString(QDateTime::fromSecsSinceEpoch(batch.undoneAt).toLocalTime(),
                                 QLocale::ShortFormat));
    if (role == Qt::TextAlignmentRole && index.column() >= ReadColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case FileColumn:
        return tr("File");
    case ProfileColumn:
        return tr("Profile");
    case UserColumn:
        return tr("Who");
    case StatusColumn:
        return tr("Status");
    case ReadColumn:
        return tr("Read");
    case NewColumn:
        return tr("New");
    case UpdatedColumn:
        return tr("Updated");
    case UnchangedColumn:
        return tr("Unchanged");
    case RejectedColumn:
        return tr("Rejected");
    }
    return {};
}
