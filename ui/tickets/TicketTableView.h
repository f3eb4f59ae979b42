#pragma once

#include <QTableView>

class TicketTableModel;

/**
 * The ticket table: fixed row heights (so ten million rows cost nothing to lay out), a header
 * that sorts in SQL on the columns that have an index, and a header context menu to choose the
 * columns. Column choice, order, widths and the sort are kept in QSettings under settingsKey.
 */
class TicketTableView : public QTableView
{
    Q_OBJECT

public:
    TicketTableView(TicketTableModel *model, const QString &settingsKey, QWidget *parent = nullptr);
    ~TicketTableView() override;

    void saveState() const;
    void restoreState();

private:
    void showHeaderMenu(const QPoint &position);
    void onSortIndicatorChanged(int column, Qt::SortOrder order);

    TicketTableModel *m_model;
    QString m_settingsKey;
};
