#include "MainWindow.h"

#include "common/MessageBoxes.h"
#include "demo/DemoDataDialog.h"
#include "settings/SettingsDialog.h"
#include "store/Store.h"
#include "tickets/TicketWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QMenuBar>
#include <QSettings>

MainWindow::MainWindow(std::unique_ptr<Store> store, const ActingUser &user, QWidget *parent)
    : QMainWindow(parent)
    , m_store(std::move(store))
    , m_context(std::make_unique<ServiceContext>(*m_store, user))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/teamlens.svg")));
    m_ticketWorkspace = new TicketWorkspace(*m_context, this);
    setCentralWidget(m_ticketWorkspace);
    createMenus();
    updateTitle();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    if (!settings.contains(QStringLiteral("mainWindow/geometry")))
        resize(1400, 860);
}

MainWindow::~MainWindow()
{
    // Panels stop their worker threads before the store they read from goes away.
    delete m_ticketWorkspace;
    m_ticketWorkspace = nullptr;
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *demoAction = fileMenu->addAction(tr("Generate &demo data…"), this, &MainWindow::generateDemoData);
    demoAction->setObjectName(QStringLiteral("generateDemoDataAction"));
    QAction *settingsAction = fileMenu->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About TeamLens"), this, &MainWindow::showAbout);
}

void MainWindow::updateTitle()
{
    const QString mode = m_store->mode() == StoreMode::Shared ? tr("shared") : tr("local");
    setWindowTitle(tr("TeamLens — %1 (%2 store)").arg(QFileInfo(m_store->path()).fileName(), mode));
}

void MainWindow::offerDemoData()
{
    const auto answer = MessageBoxes::question(
        this, tr("Empty store"),
        tr("The store %1 holds no tickets yet. Fill it with generated demo data to explore TeamLens?")
            .arg(m_store->path()));
    if (answer == QMessageBox::Yes)
        generateDemoData();
}

void MainWindow::generateDemoData()
{
    DemoDataDialog dialog(*m_context, this);
    if (dialog.exec() == QDialog::Accepted)
        m_ticketWorkspace->reload();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    MessageBoxes::information(this, tr("About TeamLens"),
                              tr("TeamLens %1\nA workstation for e-commerce after-sales customer-service teams.\n"
                                 "Store: %2 (schema version %3)")
                                  .arg(QApplication::applicationVersion(), m_store->path())
                                  .arg(m_store->schemaVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}
