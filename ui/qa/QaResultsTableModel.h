#pragma once

#include "QaResultsJobs.h"

#include <QAbstractTableModel>

/**
 * The rows of the QA results view: name, team, qa_score with its sample size ("insufficient"
 * below the rule set's minimum, the value still shown greyed), the critical-fail rate with its n
 * and the gap to the team (agents) or the center (teams). SortRole gives the raw values, missing
 * ones last. Threading: the UI thread.
 */
class QaResultsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TeamColumn,
        ScoreColumn,
        ReviewsColumn,
        CriticalColumn,
        GapColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit QaResultsTableModel(QObject *parent = nullptr);

    void setTable(const QaResultsTable &table);
    const QaResultsTable &table() const { return m_table; }
    const QaResultsRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const QaResultsRow &row, int column) const;
    QVariant sortValue(const QaResultsRow &row, int column) const;

    QaResultsTable m_table;
};
