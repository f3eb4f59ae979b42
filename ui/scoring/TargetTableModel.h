#pragma once

#include "scoring/Target.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

/** Which targets the table shows; empty/zero fields do not filter. */
struct TargetFilter
{
    qint64 teamId = 0; // a team's standards and its agents' overrides
    QString figureKey;
    QDate activeOn; // only rows valid that day
    bool history = false; // with rows that ended before `today` (replaced or ended)
    QDate today;
};

/**
 * The targets table of the targets editor: every scoring_targets row with its KPI label, team and
 * agent names and the value in its unit, filtered by TargetFilter. Holds copies; the dialog loads
 * them on a worker and hands them over.
 *
 * Threading: UI thread.
 */
class TargetTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        KpiColumn,
        TeamColumn,
        AgentColumn,
        ValueColumn,
        FromColumn,
        ToColumn,
        CreatedByColumn,
        CreatedAtColumn,
        ColumnCount
    };

    explicit TargetTableModel(QObject *parent = nullptr);

    void setTargets(const QList<Target> &targets, const QHash<qint64, QString> &teamNames,
                    const QHash<qint64, QString> &agentNames, const QHash<qint64, qint64> &teamOfAgent);
    void setFilter(const TargetFilter &filter);
    /** The shown row's target, or null. */
    const Target *targetAt(int row) const;
    /** The row showing target id, or -1. */
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void applyFilter();
    bool accepts(const Target &target) const;
    qint64 teamOf(const Target &target) const;

    QList<Target> m_all;
    QList<Target> m_shown;
    QHash<qint64, QString> m_teamNames;
    QHash<qint64, QString> m_agentNames;
    QHash<qint64, qint64> m_teamOfAgent;
    TargetFilter m_filter;
};
