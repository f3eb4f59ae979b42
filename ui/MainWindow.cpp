#include "MainWindow.h"

#include "common/MessageBoxes.h"
#include "demo/DemoDataDialog.h"
#include "import/ImportHistoryDialog.h"
#include "import/ImportProfileLibrary.h"
#include "import/ImportWizard.h"
#include "kpi/AgentDrillDownDialog.h"
#include "kpi/AgentsKpiPanel.h"
#include "kpi/TrendsPanel.h"
#include "qa/AutoQaSettingsDialog.h"
#include "qa/CalibrationWindow.h"
#include "qa/CoachingDialog.h"
#include "qa/DisputesWindow.h"
#include "qa/QaResultsView.h"
#include "qa/ReviewerWorkspace.h"
#include "qa/SampleDrawDialog.h"
#include "qa/TemplateEditorDialog.h"
#include "scoring/PeriodCloseDialog.h"
#include "scoring/TargetEditorDialog.h"
#include "services/ImportService.h"
#include "settings/SettingsDialog.h"
#include "store/Store.h"
#include "tickets/TicketWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>

MainWindow::MainWindow(std::unique_ptr<Store> store, const ActingUser &user, QWidget *parent)
    : QMainWindow(parent)
    , m_store(std::move(store))
    , m_context(std::make_unique<ServiceContext>(*m_store, user))
    , m_importProfiles(std::make_unique<ImportProfileLibrary>())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/teamlens.svg")));
    createPanels();
    createMenus();
    updateTitle();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    if (!settings.contains(QStringLiteral("mainWindow/geometry")))
        resize(1400, 860);
}

MainWindow::~MainWindow()
{
    // Open windows and dialogs (import, drill-down, QA, targets…) stop their store workers before
    // the context they run in goes away: the members below are destroyed before QObject deletes
    // the children.
    const auto children = findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *child : children) {
        if (child->isWindow())
            delete child;
    }
    // Panels stop their worker threads before the store they read from goes away.
    delete m_tabs;
    m_tabs = nullptr;
    m_ticketWorkspace = nullptr;
    m_agentsKpi = nullptr;
    m_trends = nullptr;
    m_reviewer = nullptr;
    m_qaResults = nullptr;
}

void MainWindow::createPanels()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_ticketWorkspace = new TicketWorkspace(*m_context, m_tabs);
    m_agentsKpi = new AgentsKpiPanel(*m_context, m_tabs);
    m_trends = new TrendsPanel(*m_context, m_tabs);
    m_tabs->addTab(m_ticketWorkspace, tr("Tickets"));
    m_tabs->addTab(m_agentsKpi, tr("Agents && KPIs"));
    m_reviewer = new ReviewerWorkspace(*m_context, m_tabs);
    m_tabs->addTab(m_trends, tr("Trends"));
    m_tabs->addTab(m_reviewer, tr("QA review"));
    m_qaResults = new QaResultsView(*m_context, m_tabs);
    m_tabs->addTab(m_qaResults, tr("QA results"));
    setCentralWidget(m_tabs);

    // KPI panels compute when first looked at, not at start-up.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_agentsKpi && !std::exchange(m_agentsKpiLoaded, true))
            m_agentsKpi->refresh();
        if (m_tabs->currentWidget() == m_trends && !std::exchange(m_trendsLoaded, true))
            m_trends->refresh();
        if (m_tabs->currentWidget() == m_reviewer && !std::exchange(m_reviewerLoaded, true))
            m_reviewer->reload();
        if (m_tabs->currentWidget() == m_qaResults && !std::exchange(m_qaResultsLoaded, true))
            m_qaResults->refresh();
    });
    connect(m_agentsKpi, &AgentsKpiPanel::drillDownRequested, this,
            [this](KpiScope scope, qint64 id, const QString &name, const KpiQuery &query) {
                auto *dialog = new AgentDrillDownDialog(*m_context, scope, id, name, query, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &AgentDrillDownDialog::ticketsRequested, m_ticketWorkspace,
                        [this](const TicketFilter &filter) {
                            m_ticketWorkspace->showTickets(filter);
                            showTicketWorkspace();
                        });
                connect(dialog, &AgentDrillDownDialog::trendsRequested, this,
                        [this](KpiScope trendScope, qint64 trendId, const KpiPeriod &range) {
                            m_trendsLoaded = true;
                            m_trends->setSubject(trendScope, trendId, range);
                            showTrends();
                        });
                dialog->show();
            });
    connect(m_trends, &TrendsPanel::ticketsRequested, this, [this](const TicketFilter &filter) {
        m_ticketWorkspace->showTickets(filter);
        showTicketWorkspace();
    });
}

void MainWindow::reloadPanels()
{
    m_ticketWorkspace->reload();
    m_agentsKpiLoaded = m_tabs->currentWidget() == m_agentsKpi;
    m_trendsLoaded = m_tabs->currentWidget() == m_trends;
    if (m_agentsKpiLoaded)
        m_agentsKpi->refresh();
    if (m_trendsLoaded)
        m_trends->refresh();
    m_reviewerLoaded = m_tabs->currentWidget() == m_reviewer;
    if (m_reviewerLoaded)
        m_reviewer->reload();
    m_qaResultsLoaded = m_tabs->currentWidget() == m_qaResults;
    if (m_qaResultsLoaded)
        m_qaResults->refresh();
}

void MainWindow::showTicketWorkspace()
{
    m_tabs->setCurrentWidget(m_ticketWorkspace);
}

void MainWindow::showAgentsKpi()
{
    m_tabs->setCurrentWidget(m_agentsKpi);
}

void MainWindow::showTrends()
{
    m_tabs->setCurrentWidget(m_trends);
}

void MainWindow::showReviewerWorkspace()
{
    m_tabs->setCurrentWidget(m_reviewer);
}

void MainWindow::showQaResults()
{
    m_tabs->setCurrentWidget(m_qaResults);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *demoAction
        = fileMenu->addAction(tr("Generate &demo data…"), this, &MainWindow::generateDemoData);
    demoAction->setObjectName(QStringLiteral("generateDemoDataAction"));
    fileMenu->addSeparator();
    m_importAction = fileMenu->addAction(tr("&Import…"), this, &MainWindow::showImportWizard);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importHistoryAction = fileMenu->addAction(tr("Import &history…"), this, &MainWindow::showImportHistory);
    m_importHistoryAction->setObjectName(QStringLiteral("importHistoryAction"));
    // Disabled actions say why in their tooltip; menus hide tooltips unless told otherwise.
    fileMenu->setToolTipsVisible(true);
    updateImportActions();
    fileMenu->addSeparator();
    QAction *settingsAction = fileMenu->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *ticketsAction = viewMenu->addAction(tr("&Tickets"), this, &MainWindow::showTicketWorkspace);
    ticketsAction->setObjectName(QStringLiteral("showTicketsAction"));
    ticketsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *agentsAction = viewMenu->addAction(tr("&Agents && KPIs"), this, &MainWindow::showAgentsKpi);
    agentsAction->setObjectName(QStringLiteral("showAgentsKpiAction"));
    agentsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *trendsAction = viewMenu->addAction(tr("T&rends"), this, &MainWindow::showTrends);
    trendsAction->setObjectName(QStringLiteral("showTrendsAction"));
    trendsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction *reviewAction = viewMenu->addAction(tr("&QA review"), this, &MainWindow::showReviewerWorkspace);
    reviewAction->setObjectName(QStringLiteral("showReviewerWorkspaceAction"));
    reviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    QAction *resultsAction = viewMenu->addAction(tr("QA re&sults"), this, &MainWindow::showQaResults);
    resultsAction->setObjectName(QStringLiteral("showQaResultsAction"));
    resultsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));

    QMenu *kpiMenu = menuBar()->addMenu(tr("&KPIs"));
    QAction *targetsAction = kpiMenu->addAction(tr("&Targets…"), this, &MainWindow::showTargets);
    targetsAction->setObjectName(QStringLiteral("targetsAction"));
    QAction *closeAction = kpiMenu->addAction(tr("&Close period…"), this, &MainWindow::showPeriodClose);
    closeAction->setObjectName(QStringLiteral("periodCloseAction"));

    QMenu *qaMenu = menuBar()->addMenu(tr("&QA"));
    QAction *sampleAction = qaMenu->addAction(tr("&Draw sample…"), this, &MainWindow::showSampleDraw);
    sampleAction->setObjectName(QStringLiteral("sampleDrawAction"));
    QAction *autoQaAction = qaMenu->addAction(tr("&Auto-QA rules…"), this, &MainWindow::showAutoQaSettings);
    autoQaAction->setObjectName(QStringLiteral("autoQaSettingsAction"));
    QAction *disputesAction = qaMenu->addAction(tr("D&isputes…"), this, &MainWindow::showDisputes);
    disputesAction->setObjectName(QStringLiteral("disputesAction"));
    QAction *calibrationAction = qaMenu->addAction(tr("&Calibration…"), this, &MainWindow::showCalibration);
    calibrationAction->setObjectName(QStringLiteral("calibrationAction"));
    QAction *templatesAction
        = qaMenu->addAction(tr("&Scorecard templates…"), this, &MainWindow::showTemplateEditor);
    templatesAction->setObjectName(QStringLiteral("templateEditorAction"));
    QAction *coachingAction = qaMenu->addAction(tr("&Coaching…"), this, &MainWindow::showCoaching);
    coachingAction->setObjectName(QStringLiteral("coachingAction"));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About TeamLens"), this, &MainWindow::showAbout);
}

void MainWindow::updateTitle()
{
    const QString mode = m_store->mode() == StoreMode::Shared ? tr("shared") : tr("local");
    setWindowTitle(tr("TeamLens — %1 (%2 store)").arg(QFileInfo(m_store->path()).fileName(), mode));
}

void MainWindow::updateImportActions()
{
    QString denied;
    const bool allowed = ImportService(*m_context).mayImport(ImportKind::Tickets, &denied);
    for (QAction *action : { m_importAction, m_importHistoryAction }) {
        action->setEnabled(allowed);
        action->setToolTip(allowed ? QString() : denied);
    }
}

void MainWindow::setImportProfileFolder(const QString &folder)
{
    m_importProfiles = std::make_unique<ImportProfileLibrary>(folder);
}

void MainWindow::showImportWizard()
{
    if (auto *open = findChild<ImportWizard *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *wizard = new ImportWizard(*m_context, *m_importProfiles, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::storeChanged, this, &MainWindow::reloadPanels);
    wizard->open();
}

void MainWindow::showImportHistory()
{
    auto *dialog = new ImportHistoryDialog(*m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportHistoryDialog::storeChanged, this, &MainWindow::reloadPanels);
    dialog->open();
}

void MainWindow::showTargets()
{
    auto *dialog = raiseOrShow<TargetEditorDialog>();
    if (!dialog)
        return;
    // Targets colour the agents table; the trends do not use them.
    connect(dialog, &TargetEditorDialog::targetsChanged, this, [this] {
        if (m_agentsKpiLoaded)
            m_agentsKpi->refresh();
    });
}

void MainWindow::showSampleDraw()
{
    raiseOrShow<SampleDrawDialog>();
}

void MainWindow::showAutoQaSettings()
{
    raiseOrShow<AutoQaSettingsDialog>();
}

void MainWindow::showDisputes()
{
    raiseOrShow<DisputesWindow>();
}

void MainWindow::showCalibration()
{
    raiseOrShow<CalibrationWindow>();
}

void MainWindow::showTemplateEditor()
{
    raiseOrShow<TemplateEditorDialog>();
}

void MainWindow::showCoaching()
{
    CoachingDialog::open(*m_context, this);
}

void MainWindow::showPeriodClose()
{
    auto *dialog = raiseOrShow<PeriodCloseDialog>();
    if (!dialog)
        return;
    // A closed month's ranking is read from its snapshot from now on.
    connect(dialog, &PeriodCloseDialog::periodChanged, this, [this] {
        if (m_agentsKpiLoaded)
            m_agentsKpi->refresh();
    });
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
        reloadPanels();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    MessageBoxes::information(
        this, tr("About TeamLens"),
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
