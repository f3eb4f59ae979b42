#pragma once

#include "services/ServiceContext.h"

#include <QMainWindow>

#include <memory>

class ImportProfileLibrary;
class AgentsKpiPanel;
class QAction;
class QTabWidget;
class QaResultsView;
class ReviewerWorkspace;
class TrendsPanel;
class Store;
class TicketWorkspace;

/**
 * The workstation's main window: owns the open store and the service context every panel uses,
 * and hosts the panels. Panels do the work; this class only wires them to menus.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(std::unique_ptr<Store> store, const ActingUser &user, QWidget *parent = nullptr);
    ~MainWindow() override;

    const ServiceContext &serviceContext() const { return *m_context; }
    TicketWorkspace *ticketWorkspace() const { return m_ticketWorkspace; }
    AgentsKpiPanel *agentsKpiPanel() const { return m_agentsKpi; }
    TrendsPanel *trendsPanel() const { return m_trends; }
    ReviewerWorkspace *reviewerWorkspace() const { return m_reviewer; }
    QaResultsView *qaResultsView() const { return m_qaResults; }
    /** Where the import wizard keeps the user's profiles; tests point it at a temporary folder. */
    void setImportProfileFolder(const QString &folder);

public slots:
    /** Asks whether to fill an empty store with demo data, then generates it. */
    void offerDemoData();
    void generateDemoData();
    void showSettings();
    /** Opens the import wizard (window-modal, not blocking); the workspace reloads after an import. */
    void showImportWizard();
    void showImportHistory();
    void showAbout();
    /** View menu: the ticket workspace, "Agents & KPIs", the trend panels, QA review and QA results are tabs.
     */
    void showTicketWorkspace();
    void showAgentsKpi();
    void showTrends();
    void showReviewerWorkspace();
    void showQaResults();
    /** KPIs menu: the targets editor and period close (月结), modeless, one of each. */
    void showTargets();
    void showPeriodClose();
    void showSampleDraw();
    void showAutoQaSettings();
    /** QA menu: disputes (申诉), non-modal, one window. */
    void showDisputes();
    /** QA menu: calibration sessions (校准), non-modal, one window. */
    void showCalibration();
    /** QA menu: the scorecard template editor, modeless, one at a time. */
    void showTemplateEditor();
    /** QA menu: the coaching dialog (辅导), modeless, one at a time. */
    void showCoaching();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void updateTitle();
    void updateImportActions();
    void createPanels();
    /** Imports and demo data change what every panel shows. */
    void reloadPanels();
    /**
     * The non-modal windows exist once: a second request brings the open one to the front.
     * Returns the window it created, for the caller's connections, or null when one was open.
     */
    template<typename Window> Window *raiseOrShow()
    {
        if (auto *open = findChild<Window *>()) {
            open->raise();
            open->activateWindow();
            return nullptr;
        }
        auto *window = new Window(*m_context, this);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        return window;
    }

    std::unique_ptr<Store> m_store;
    std::unique_ptr<ServiceContext> m_context;
    QTabWidget *m_tabs = nullptr;
    TicketWorkspace *m_ticketWorkspace = nullptr;
    AgentsKpiPanel *m_agentsKpi = nullptr;
    TrendsPanel *m_trends = nullptr;
    ReviewerWorkspace *m_reviewer = nullptr;
    QaResultsView *m_qaResults = nullptr;
    bool m_agentsKpiLoaded = false;
    bool m_trendsLoaded = false;
    bool m_reviewerLoaded = false;
    bool m_qaResultsLoaded = false;
    std::unique_ptr<ImportProfileLibrary> m_importProfiles;
    QAction *m_importAction = nullptr;
    QAction *m_importHistoryAction = nullptr;
};
