#pragma once

#include <QWidget>

class QLabel;
struct TicketFilter;
class QSplitter;
class ServiceContext;
class TicketDetailPane;
class TicketFilterBar;
class TicketTableModel;
class TicketTableView;

/**
 * The ticket workspace: the filter bar on top, the ticket table and the selected ticket's detail
 * side by side in a splitter, and a status line with the count. All reading happens on the
 * model's worker threads; the splitter position is kept in QSettings.
 */
class TicketWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit TicketWorkspace(const ServiceContext &context, QWidget *parent = nullptr);
    ~TicketWorkspace() override;

    TicketTableModel *model() const { return m_model; }
    TicketTableView *tableView() const { return m_table; }
    TicketFilterBar *filterBar() const { return m_filterBar; }
    TicketDetailPane *detailPane() const { return m_detail; }

    /**
     * Shows exactly the tickets of `filter` (e.g. the tickets behind a chart point: one agent or
     * team, a created range in UTC, optionally a platform or type). The model gets the filter as
     * given, so the count matches the KPI that produced it; the filter bar shows it as closely as
     * its controls can, and any later change there replaces it.
     */
    void showTickets(const TicketFilter &filter);

public slots:
    /** Reads the tickets again (after demo data or an import) and the team and agent lists. */
    void reload();

private:
    void loadOrganization();
    void onCurrentRowChanged(const QModelIndex &current);
    void requestDetailFor(int row);
    void updateStatus();

    const ServiceContext &m_context;
    TicketTableModel *m_model = nullptr;
    TicketFilterBar *m_filterBar = nullptr;
    TicketTableView *m_table = nullptr;
    TicketDetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_status = nullptr;
    quint64 m_detailRequest = 0;
    int m_detailRow = -1; // selected row whose data has not arrived yet
};
