#pragma once

#include "services/ServiceContext.h"

#include <QMainWindow>

#include <memory>

class ImportProfileLibrary;
class QAction;
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

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void updateTitle();
    void updateImportActions();

    std::unique_ptr<Store> m_store;
    std::unique_ptr<ServiceContext> m_context;
    TicketWorkspace *m_ticketWorkspace = nullptr;
    std::unique_ptr<ImportProfileLibrary> m_importProfiles;
    QAction *m_importAction = nullptr;
    QAction *m_importHistoryAction = nullptr;
};
