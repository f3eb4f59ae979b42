#pragma once

#include "qa/store/QaDisputeRepository.h"

#include <QAbstractTableModel>

/**
 * The disputes table of DisputesWindow: one row per QaDisputeRow (raised, agent, review, criterion
 * or "whole review", reason, deadline, state). An open dispute past its deadline is overdue: its
 * deadline is painted red and OverdueRole says so. Also names reason codes and states for every
 * dispute view. UI thread only; the rows come from a store task.
 */
class DisputeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Raised, Agent, Review, Criterion, Reason, Deadline, State, ColumnCount };
    enum Role {
        DisputeIdRole = Qt::UserRole + 1, // qint64
        OverdueRole, // bool: open and past the deadline
        SortRole, // the raw value of the column
    };

    explicit DisputeTableModel(QObject *parent = nullptr);

    /** Replaces the rows; now decides which are overdue. */
    void setRows(const QList<QaDisputeRow> &rows, qint64 now);
    const QList<QaDisputeRow> &rows() const { return m_rows; }
    /** The row of dispute id, or -1. */
    int rowOf(qint64 disputeId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** A reason code (QaDisputeRepository::reasonCodes()) as the user reads it. */
    static QString reasonLabel(const QString &code);
    static QString stateLabel(QaDispute::State state);
    /** The criterion's title in the workstation's language, or "Whole review". */
    static QString criterionLabel(const QaDisputeRow &row);
    static QString formatTime(qint64 secs);

private:
    QList<QaDisputeRow> m_rows;
    qint64 m_now = 0;
};
