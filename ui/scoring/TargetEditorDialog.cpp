#include "TargetEditorDialog.h"

#include "TargetTableModel.h"
#include "TargetUnits.h"
#include "domain/Organization.h"
#include "kpi/KpiCatalogue.h"
#include "kpi/KpiFormat.h"
#include "kpi/StoreTask.h"
#include "scoring/TargetEditor.h"
#include "scoring/store/AuditLogRepository.h"
#include "scoring/store/TargetRepository.h"
#include "services/ServiceContext.h"
#include "store/OrganizationRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFont>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

/** What the dialog shows, read in one go on a worker. */
struct TargetEditorData
{
    bool ok = false;
    QString error;
    QList<Target> targets;
    QList<Team> teams;
    QList<Agent> agents;
    QList<AuditEntry> audit;
};

namespace {

TargetEditorData loadData(QSqlDatabase db)
{
    TargetEditorData data;
    OrganizationRepository organization(db);
    data.ok = TargetRepository(db).all(&data.targets, &data.error)
        && organization.teams(&data.teams, &data.error) && organization.agents(&data.agents, &data.error)
        && AuditLogRepository(db).forEntityKind(QStringLiteral("scoring_target"), &data.audit, &data.error);
    return data;
}

struct WriteResult
{
    bool ok = false;
    QString error;
    qint64 id = 0;
};

QDate today()
{
    return QDate::currentDate();
}

} // namespace

TargetEditorDialog::TargetEditorDialog(const ServiceContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_data(std::make_unique<TargetEditorData>())
{
    setObjectName(QStringLiteral("targetEditorDialog"));
    setWindowTitle(tr("Targets"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("targetTabs"));
    m_tabs->addTab(createTargetsTab(), tr("Targets"));
    m_tabs->addTab(createAuditTab(), tr("Audit"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("targetStatus"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resize(1100, 720);
    updateEditor();
    reload();
}

TargetEditorDialog::~TargetEditorDialog() = default;

QWidget *TargetEditorDialog::createTargetsTab()
{
    auto *page = new QWidget(this);
    m_teamFilter = new QComboBox(page);
    m_teamFilter->setObjectName(QStringLiteral("teamFilter"));
    m_kpiFilter = new QComboBox(page);
    m_kpiFilter->setObjectName(QStringLiteral("kpiFilter"));
    m_activeOnCheck = new QCheckBox(tr("Active on"), page);
    m_activeOnCheck->setObjectName(QStringLiteral("activeOnCheck"));
    m_activeOnDate = new QDateEdit(today(), page);
    m_activeOnDate->setObjectName(QStringLiteral("activeOnDate"));
    m_activeOnDate->setCalendarPopup(true);
    m_activeOnDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_activeOnDate->setEnabled(false);
    m_historyCheck = new QCheckBox(tr("Show history"), page);
    m_historyCheck->setObjectName(QStringLiteral("showHistoryCheck"));
    m_historyCheck->setToolTip(tr("Also show targets that were replaced or ended before today"));

    m_kpiFilter->addItem(tr("All KPIs"), QString());
    m_kpiCombo = new QComboBox(page);
    m_kpiCombo->setObjectName(QStringLiteral("kpiCombo"));
    for (const QString &figure : KpiCatalogue::figureKeys()) {
        m_kpiFilter->addItem(KpiFormat::title(figure), figure);
        m_kpiCombo->addItem(KpiFormat::title(figure), figure);
    }
    m_teamFilter->addItem(tr("All teams"), 0);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Team:"), page));
    filters->addWidget(m_teamFilter);
    filters->addWidget(new QLabel(tr("KPI:"), page));
    filters->addWidget(m_kpiFilter);
    filters->addSpacing(12);
    filters->addWidget(m_activeOnCheck);
    filters->addWidget(m_activeOnDate);
    filters->addSpacing(12);
    filters->addWidget(m_historyCheck);
    filters->addStretch(1);

    m_model = new TargetTableModel(this);
    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("targetTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // A store holds tens of targets, not thousands: fitting every column to its contents is cheap.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    // The editor: a new target's subject, KPI, value and dates; the same fields change the selected one.
    m_kindCombo = new QComboBox(page);
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    m_kindCombo->addItem(tr("Team standard"));
    m_kindCombo->addItem(tr("Agent override"));
    m_teamCombo = new QComboBox(page);
    m_teamCombo->setObjectName(QStringLiteral("teamCombo"));
    m_agentCombo = new QComboBox(page);
    m_agentCombo->setObjectName(QStringLiteral("agentCombo"));
    m_agentCombo->setModel(new QStandardItemModel(m_agentCombo));
    m_agentCombo->setMinimumContentsLength(18);
    m_valueEdit = new QLineEdit(page);
    m_valueEdit->setObjectName(QStringLiteral("valueEdit"));
    m_unitLabel = new QLabel(page);
    m_unitLabel->setObjectName(QStringLiteral("unitLabel"));
    m_unitLabel->setMinimumWidth(60);
    m_fromDate = new QDateEdit(today(), page);
    m_fromDate->setObjectName(QStringLiteral("fromDate"));
    m_fromDate->setCalendarPopup(true);
    m_fromDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_openEndedCheck = new QCheckBox(tr("Open-ended"), page);
    m_openEndedCheck->setObjectName(QStringLiteral("openEndedCheck"));
    m_openEndedCheck->setChecked(true);
    m_toDate = new QDateEdit(today(), page);
    m_toDate->setObjectName(QStringLiteral("toDate"));
    m_toDate->setCalendarPopup(true);
    m_toDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_addButton = new QPushButton(tr("&Add"), page);
    m_addButton->setObjectName(QStringLiteral("addTargetButton"));
    m_addButton->setToolTip(tr("Add the target above as a new team standard or agent override"));
    m_changeButton = new QPushButton(tr("&Change selected"), page);
    m_changeButton->setObjectName(QStringLiteral("changeTargetButton"));
    m_changeButton->setToolTip(
        tr("Replace the selected target from the first day above; it ends the day before"));
    m_endDate = new QDateEdit(today(), page);
    m_endDate->setObjectName(QStringLiteral("endDate"));
    m_endDate->setCalendarPopup(true);
    m_endDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_endButton = new QPushButton(tr("&End selected"), page);
    m_endButton->setObjectName(QStringLiteral("endTargetButton"));
    m_endButton->setToolTip(tr("Make the date on the left the selected target's last day"));
    m_errorLabel = new QLabel(page);
    m_errorLabel->setObjectName(QStringLiteral("targetErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *subject = new QHBoxLayout;
    subject->addWidget(m_kindCombo);
    subject->addWidget(m_teamCombo, 1);
    subject->addWidget(m_agentCombo, 1);
    auto *value = new QHBoxLayout;
    value->addWidget(m_kpiCombo, 1);
    value->addWidget(m_valueEdit);
    value->addWidget(m_unitLabel);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_fromDate);
    dates->addWidget(new QLabel(tr("until"), page));
    dates->addWidget(m_toDate);
    dates->addWidget(m_openEndedCheck);
    dates->addStretch(1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_addButton);
    actions->addWidget(m_changeButton);
    actions->addSpacing(24);
    actions->addWidget(new QLabel(tr("Last day:"), page));
    actions->addWidget(m_endDate);
    actions->addWidget(m_endButton);
    actions->addStretch(1);

    auto *editor = new QGroupBox(tr("Target"), page);
    auto *form = new QFormLayout(editor);
    form->addRow(tr("For:"), subject);
    form->addRow(tr("KPI and value:"), value);
    form->addRow(tr("First day:"), dates);
    form->addRow(actions);
    form->addRow(m_errorLabel);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(editor);

    connect(m_teamFilter, &QComboBox::currentIndexChanged, this, &TargetEditorDialog::applyFilter);
    connect(m_kpiFilter, &QComboBox::currentIndexChanged, this, &TargetEditorDialog::applyFilter);
    connect(m_activeOnCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_activeOnDate->setEnabled(on);
        applyFilter();
    });
    connect(m_activeOnDate, &QDateEdit::dateChanged, this, &TargetEditorDialog::applyFilter);
    connect(m_historyCheck, &QCheckBox::toggled, this, &TargetEditorDialog::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TargetEditorDialog::selectionChanged);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &TargetEditorDialog::updateEditor);
    connect(m_kpiCombo, &QComboBox::currentIndexChanged, this, &TargetEditorDialog::updateEditor);
    connect(m_openEndedCheck, &QCheckBox::toggled, this, &TargetEditorDialog::updateEditor);
    connect(m_addButton, &QPushButton::clicked, this, &TargetEditorDialog::addTarget);
    connect(m_changeButton, &QPushButton::clicked, this, &TargetEditorDialog::changeTarget);
    connect(m_endButton, &QPushButton::clicked, this, &TargetEditorDialog::endTarget);
    return page;
}

QWidget *TargetEditorDialog::createAuditTab()
{
    auto *page = new QWidget(this);
    m_auditTable = new QTableWidget(0, 6, page);
    m_auditTable->setObjectName(QStringLiteral("auditTable"));
    m_auditTable->setHorizontalHeaderLabels(
        { tr("When"), tr("Who"), tr("Change"), tr("Target #"), tr("Before"), tr("After") });
    m_auditTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_auditTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_auditTable->verticalHeader()->hide();
    m_auditTable->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(page);
    auto *note
        = new QLabel(tr("Every change to targets, newest first. The audit log cannot be edited."), page);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_auditTable, 1);
    return page;
}

QString TargetEditorDialog::errorText() const
{
    return m_errorLabel->text();
}

void TargetEditorDialog::reload()
{
    setBusy(true);
    m_status->setText(tr("Loading…"));
    runStoreTask(
        this, m_context.store(), [](QSqlDatabase db) { return loadData(db); },
        [this](const TargetEditorData &fresh) { showData(fresh); });
}

void TargetEditorDialog::showData(const TargetEditorData &fresh)
{
    setBusy(false);
    if (!fresh.ok) {
        m_status->setText(tr("Could not read the targets: %1").arg(fresh.error));
        return;
    }
    *m_data = fresh;
    QHash<qint64, QString> teamNames;
    QHash<qint64, QString> agentNames;
    QHash<qint64, qint64> teamOfAgent;
    for (const Team &team : fresh.teams)
        teamNames.insert(team.id, team.name);
    for (const Agent &agent : fresh.agents) {
        agentNames.insert(agent.id, agent.name);
        teamOfAgent.insert(agent.id, agent.teamId.value_or(0));
    }

    // Filters and pickers keep what the user chose across reloads.
    const qint64 filterTeam = m_teamFilter->currentData().toLongLong();
    const qint64 pickedTeam = m_teamCombo->currentData().toLongLong();
    const qint64 pickedAgent = m_agentCombo->currentData().toLongLong();
    {
        const QSignalBlocker blockFilter(m_teamFilter);
        m_teamFilter->clear();
        m_teamFilter->addItem(tr("All teams"), 0);
        m_teamCombo->clear();
        for (const Team &team : fresh.teams) {
            m_teamFilter->addItem(team.name, team.id);
            m_teamCombo->addItem(team.name, team.id);
        }
        m_teamFilter->setCurrentIndex(std::max(0, m_teamFilter->findData(filterTeam)));
    }
    m_teamCombo->setCurrentIndex(std::max(0, m_teamCombo->findData(pickedTeam)));

    // The agent picker groups agents under their team; the team rows are headings, not choices.
    auto *agents = static_cast<QStandardItemModel *>(m_agentCombo->model());
    agents->clear();
    QList<std::optional<qint64>> groups;
    for (const Team &team : fresh.teams)
        groups.append(team.id);
    groups.append(std::nullopt);
    for (const std::optional<qint64> &group : std::as_const(groups)) {
        QList<QStandardItem *> members;
        for (const Agent &agent : fresh.agents) {
            if (agent.teamId != group || agent.status == AgentStatus::Left)
                continue;
            auto *item = new QStandardItem(QStringLiteral("    ") + agent.name);
            item->setData(agent.id, Qt::UserRole);
            members.append(item);
        }
        if (members.isEmpty())
            continue;
        auto *heading = new QStandardItem(group ? teamNames.value(*group) : tr("No team"));
        heading->setFlags(Qt::ItemIsEnabled);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        agents->appendRow(heading);
        for (QStandardItem *member : std::as_const(members))
            agents->appendRow(member);
    }
    int agentRow = m_agentCombo->findData(pickedAgent);
    if (agentRow < 0)
        agentRow = agents->rowCount() > 1 ? 1 : 0; // the first agent, not the first heading
    m_agentCombo->setCurrentIndex(agentRow);

    m_model->setTargets(fresh.targets, teamNames, agentNames, teamOfAgent);
    applyFilter();
    showAudit();
    if (m_selectAfterLoad > 0) {
        const int row = m_model->rowOf(m_selectAfterLoad);
        if (row >= 0)
            m_table->selectRow(row);
        m_selectAfterLoad = 0;
    }
    QString status = tr("%n target row(s) in the store.", nullptr, int(fresh.targets.size()));
    if (!m_done.isEmpty())
        status = m_done + u' ' + status;
    m_done.clear();
    m_status->setText(status);
    emit loaded();
}

void TargetEditorDialog::showAudit()
{
    m_auditTable->setRowCount(0);
    const QList<AuditEntry> &audit = m_data->audit;
    m_auditTable->setRowCount(int(audit.size()));
    for (int i = 0; i < audit.size(); ++i) {
        const AuditEntry &entry = audit.at(audit.size() - 1 - i);
        QString change = entry.action;
        if (entry.action == QLatin1StringView("set_target"))
            change = entry.beforeJson.isEmpty() ? tr("Added") : tr("Changed");
        else if (entry.action == QLatin1StringView("end_target"))
            change = tr("Ended");
        const QStringList cells {
            QLocale().toString(QDateTime::fromSecsSinceEpoch(entry.at), QLocale::ShortFormat),
            entry.actor,
            change,
            entry.entityKey,
            describe(entry.beforeJson),
            describe(entry.afterJson),
        };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column >= 4)
                item->setToolTip(column == 4 ? entry.beforeJson : entry.afterJson);
            m_auditTable->setItem(i, column, item);
        }
    }
    m_auditTable->resizeColumnsToContents();
}

QString TargetEditorDialog::describe(const QString &json) const
{
    if (json.isEmpty())
        return {};
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    const QString figure = object.value(QStringLiteral("kpi")).toString();
    QString subject;
    if (object.contains(QStringLiteral("agentId"))) {
        const qint64 id = object.value(QStringLiteral("agentId")).toInteger();
        subject = QString::number(id);
        for (const Agent &agent : std::as_const(m_data->agents)) {
            if (agent.id == id)
                subject = agent.name;
        }
    } else {
        const qint64 id = object.value(QStringLiteral("teamId")).toInteger();
        subject = QString::number(id);
        for (const Team &team : std::as_const(m_data->teams)) {
            if (team.id == id)
                subject = tr("%1 (team)").arg(team.name);
        }
    }
    const QString to = object.value(QStringLiteral("to")).toString();
    return tr("%1 %2 for %3, %4 – %5")
        .arg(KpiFormat::title(figure),
             TargetUnits::display(figure, object.value(QStringLiteral("target")).toDouble()), subject,
             object.value(QStringLiteral("from")).toString(), to.isEmpty() ? tr("open-ended") : to);
}

void TargetEditorDialog::applyFilter()
{
    TargetFilter filter;
    filter.teamId = m_teamFilter->currentData().toLongLong();
    filter.figureKey = m_kpiFilter->currentData().toString();
    if (m_activeOnCheck->isChecked())
        filter.activeOn = m_activeOnDate->date();
    filter.history = m_historyCheck->isChecked();
    filter.today = today();
    m_model->setFilter(filter);
    selectionChanged();
}

void TargetEditorDialog::updateEditor()
{
    const bool agent = m_kindCombo->currentIndex() == 1;
    m_teamCombo->setVisible(!agent);
    m_agentCombo->setVisible(agent);
    m_unitLabel->setText(TargetUnits::unitLabel(m_kpiCombo->currentData().toString()));
    m_toDate->setEnabled(!m_openEndedCheck->isChecked());
    const bool selected = selectedTarget() != nullptr;
    m_addButton->setEnabled(!m_busy);
    m_changeButton->setEnabled(!m_busy && selected);
    m_endButton->setEnabled(!m_busy && selected);
}

const Target *TargetEditorDialog::selectedTarget() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->targetAt(rows.constFirst().row());
}

void TargetEditorDialog::selectionChanged()
{
    // Selecting a row loads it into the editor, so "change" starts from its current value.
    if (const Target *target = selectedTarget()) {
        m_kindCombo->setCurrentIndex(target->agentId > 0 ? 1 : 0);
        if (target->agentId > 0)
            m_agentCombo->setCurrentIndex(std::max(0, m_agentCombo->findData(target->agentId)));
        else
            m_teamCombo->setCurrentIndex(std::max(0, m_teamCombo->findData(target->teamId)));
        m_kpiCombo->setCurrentIndex(std::max(0, m_kpiCombo->findData(target->kpi)));
        m_valueEdit->setText(QLocale()
                                 .toString(TargetUnits::toEntered(target->kpi, target->value), 'g', 12)
                                 .remove(QLocale().groupSeparator()));
    }
    updateEditor();
}

bool TargetEditorDialog::readEditor(Target *target, bool keepSubject)
{
    if (!keepSubject) {
        target->kpi = m_kpiCombo->currentData().toString();
        if (m_kindCombo->currentIndex() == 1) {
            target->agentId = m_agentCombo->currentData().toLongLong();
            target->teamId = 0;
            if (target->agentId <= 0) {
                showError(tr("Choose an agent for the override."));
                return false;
            }
            const KpiDefinition *definition = KpiCatalogue::find(KpiCatalogue::kpiOf(target->kpi));
            if (definition && definition->teamsOnly) {
                showError(tr("%1 is measured for teams only; it takes no agent override.")
                              .arg(KpiFormat::title(target->kpi)));
                return false;
            }
        } else {
            target->teamId = m_teamCombo->currentData().toLongLong();
            target->agentId = 0;
            if (target->teamId <= 0) {
                showError(tr("Choose a team for the standard."));
                return false;
            }
        }
    }
    QString error;
    const std::optional<double> value = TargetUnits::toStored(target->kpi, m_valueEdit->text(), &error);
    if (!value) {
        showError(error);
        return false;
    }
    target->value = *value;
    target->effectiveFrom = m_fromDate->date();
    target->effectiveTo = m_openEndedCheck->isChecked() ? QDate() : m_toDate->date();
    if (target->effectiveTo.isValid() && target->effectiveTo < target->effectiveFrom) {
        showError(
            tr("The last day (%1) comes before the first day (%2).")
                .arg(target->effectiveTo.toString(Qt::ISODate), target->effectiveFrom.toString(Qt::ISODate)));
        return false;
    }
    return true;
}

void TargetEditorDialog::addTarget()
{
    Target target;
    if (!readEditor(&target, false))
        return;
    write(tr("Added target."), target, 0, 0, {});
}

void TargetEditorDialog::changeTarget()
{
    const Target *selected = selectedTarget();
    if (!selected)
        return;
    Target target;
    target.kpi = selected->kpi;
    target.teamId = selected->teamId;
    target.agentId = selected->agentId;
    if (!readEditor(&target, true))
        return;
    // The old row ends the day before the new one starts, so the new one must start after it does,
    // and an already ended row would be stretched to meet it.
    if (target.effectiveFrom <= selected->effectiveFrom) {
        showError(tr("A change starts after the target it replaces, which starts on %1.")
                      .arg(selected->effectiveFrom.toString(Qt::ISODate)));
        return;
    }
    if (selected->effectiveTo.isValid() && target.effectiveFrom > selected->effectiveTo.addDays(1)) {
        showError(tr("The selected target already ended on %1; add a new target instead.")
                      .arg(selected->effectiveTo.toString(Qt::ISODate)));
        return;
    }
    write(tr("Changed target %1.").arg(selected->id), target, selected->id, 0, {});
}

void TargetEditorDialog::endTarget()
{
    const Target *selected = selectedTarget();
    if (!selected)
        return;
    write(tr("Ended target %1.").arg(selected->id), {}, 0, selected->id, m_endDate->date());
}

void TargetEditorDialog::write(const QString &done, Target target, qint64 replacesId, qint64 endId,
                               const QDate &lastDay)
{
    showError(QString());
    setBusy(true);
    m_status->setText(tr("Saving…"));
    const QString actor = m_context.user().login;
    runStoreTask(
        this, m_context.store(),
        [target, replacesId, endId, lastDay, actor](QSqlDatabase db) {
            WriteResult result;
            Target written = target;
            TargetEditor editor(db);
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            if (endId > 0) {
                result.ok = editor.end(endId, lastDay, actor, now, &result.error);
                result.id = endId;
            } else {
                result.ok = editor.set(&written, replacesId, actor, now, &result.error);
                result.id = written.id;
            }
            return result;
        },
        [this, done](const WriteResult &result) {
            if (!result.ok) {
                setBusy(false);
                m_status->clear();
                showError(result.error);
                return;
            }
            m_selectAfterLoad = result.id;
            m_done = done;
            emit targetsChanged();
            reload();
        });
}

void TargetEditorDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *widget : std::initializer_list<QWidget *> { m_teamFilter, m_kpiFilter, m_activeOnCheck,
                                                              m_historyCheck, m_table })
        widget->setEnabled(!busy);
    updateEditor();
}

void TargetEditorDialog::showError(const QString &text)
{
    m_errorLabel->setText(text);
}
