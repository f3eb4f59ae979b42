#include "TicketWorkspace.h"

#include "TicketDetailPane.h"
#include "TicketFilterBar.h"
#include "TicketTableView.h"
#include "services/OrganizationService.h"
#include "store/Store.h"
#include "tickets/TicketTableModel.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QThread>
#include <QVBoxLayout>

namespace {

const QString settingsGroup = QStringLiteral("ticketWorkspace");

} // namespace

TicketWorkspace::TicketWorkspace(const ServiceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("ticketWorkspace"));
    m_model = new TicketTableModel(context, this);
    m_model->setObjectName(QStringLiteral("ticketTableModel"));

    auto *layout = new QVBoxLayout(this);
    m_filterBar = new TicketFilterBar(this);
    layout->addWidget(m_filterBar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("ticketSplitter"));
    m_table = new TicketTableView(m_model, settingsGroup, m_splitter);
    m_detail = new TicketDetailPane(m_splitter);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 1000, 380 });
    m_splitter->restoreState(
        QSettings().value(settingsGroup + QStringLiteral("/splitterState")).toByteArray());
    layout->addWidget(m_splitter, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("ticketCountLabel"));
    layout->addWidget(m_status);

    connect(m_filterBar, &TicketFilterBar::filterChanged, m_model, &TicketTableModel::setFilter);
    connect(m_model, &TicketTableModel::facetsChanged, m_filterBar, &TicketFilterBar::setFacets);
    connect(m_model, &TicketTableModel::queryReset, this, [this] {
        m_detailRow = -1;
        m_detail->showNothing();
        updateStatus();
    });
    connect(m_model, &TicketTableModel::countKnown, this, &TicketWorkspace::updateStatus);
    connect(m_model, &TicketTableModel::loadFailed, this, [this](const QString &error) {
        m_status->setText(tr("Could not read the tickets: %1").arg(error));
    });
    connect(m_model, &TicketTableModel::rowsLoaded, this, [this](int first, int last) {
        if (m_detailRow >= first && m_detailRow <= last)
            requestDetailFor(m_detailRow);
    });
    connect(m_model, &TicketTableModel::detailLoaded, this,
            [this](quint64 request, const TicketDetail &detail, bool found) {
                if (request != m_detailRequest)
                    return;
                if (found)
                    m_detail->showDetail(detail);
                else
                    m_detail->showNothing();
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TicketWorkspace::onCurrentRowChanged);
    updateStatus();
    loadOrganization();
}

TicketWorkspace::~TicketWorkspace()
{
    QSettings().setValue(settingsGroup + QStringLiteral("/splitterState"), m_splitter->saveState());
}

void TicketWorkspace::reload()
{
    m_model->reload();
    loadOrganization();
}

void TicketWorkspace::showTickets(const TicketFilter &filter)
{
    m_filterBar->showFilter(filter);
    m_model->setFilter(filter);
}

void TicketWorkspace::loadOrganization()
{
    // Teams and agents are small, but still read off the UI thread, on a short-lived thread with
    // its own connection.
    QPointer<TicketFilterBar> bar = m_filterBar;
    const ServiceContext &context = m_context;
    QThread *thread = QThread::create([bar, &context] {
        QList<Team> teams;
        QList<Agent> agents;
        QString error;
        const OrganizationService service(context);
        const bool ok = service.teams(&teams, &error) && service.agents(&agents, &error);
        context.store().releaseThreadConnection();
        if (!ok || !bar)
            return;
        QMetaObject::invokeMethod(
            bar,
            [bar, teams, agents] {
                if (!bar)
                    return;
                bar->setTeams(teams);
                bar->setAgents(agents);
            },
            Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("OrganizationLoader"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(this, &QObject::destroyed, thread, [thread] { thread->wait(); });
    thread->start();
}

void TicketWorkspace::onCurrentRowChanged(const QModelIndex &current)
{
    if (!current.isValid()) {
        m_detailRow = -1;
        m_detail->showNothing();
        return;
    }
    requestDetailFor(current.row());
}

void TicketWorkspace::requestDetailFor(int row)
{
    const qint64 id = m_model->ticketIdAt(row);
    m_detail->showLoading();
    if (id == 0) {
        // Selected before its block arrived: ask again when it does.
        m_detailRow = row;
        m_model->ensureRowLoaded(row);
        return;
    }
    m_detailRow = -1;
    m_detailRequest = m_model->requestDetail(id);
}

void TicketWorkspace::updateStatus()
{
    if (!m_model->isCountKnown()) {
        m_status->setText(tr("Counting tickets…"));
        return;
    }
    const qint64 count = m_model->totalCount();
    // %Ln: the plural form and the locale's digit grouping (1,000,000 个工单).
    m_status->setText(tr("%Ln ticket(s)", nullptr, int(count)));
}
