#include "CoachingDialog.h"

#include "kpi/KpiCatalogue.h"
#include "kpi/KpiContext.h"
#include "kpi/KpiFormat.h"
#include "kpi/StoreTask.h"
#include "services/ServiceContext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int kRecentReviews = 30; // a few weeks of an agent's samples: what a session looks back on
constexpr int kReviewIdRole = Qt::UserRole + 1;

struct AgentEntry
{
    qint64 id = 0;
    QString name;
};

struct AgentList
{
    bool ok = false;
    QString error;
    QList<AgentEntry> agents;
};

struct SaveResult
{
    bool ok = false;
    QString error;
    qint64 id = 0;
};

/** The value a user types for a figure in its display unit: % for shares, minutes for times. */
double toStored(const QString &figureKey, double shown)
{
    switch (KpiFormat::unitOf(figureKey)) {
    case KpiFormat::Unit::Share:
        return shown / 100.0;
    case KpiFormat::Unit::Seconds:
        return shown * 60.0;
    default:
        return shown;
    }
}

QString firstFigure(const QString &kpi)
{
    const KpiDefinition *definition = KpiCatalogue::find(kpi);
    return definition && !definition->figureKeys.isEmpty() ? definition->figureKeys.first() : kpi;
}

} // namespace

CoachingDialog::CoachingDialog(const ServiceContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("coachingDialog"));
    setWindowTitle(tr("Coaching"));
    auto *layout = new QVBoxLayout(this);

    auto *agentRow = new QHBoxLayout;
    m_agent = new QComboBox(this);
    m_agent->setObjectName(QStringLiteral("coachingAgentComboBox"));
    m_agent->setMinimumContentsLength(16);
    auto *agentLabel = new QLabel(tr("&Agent:"), this);
    agentLabel->setBuddy(m_agent);
    agentRow->addWidget(agentLabel);
    agentRow->addWidget(m_agent);
    agentRow->addStretch(1);
    layout->addLayout(agentRow);

    auto *record = new QGroupBox(tr("New session"), this);
    record->setMaximumWidth(480); // the sessions list needs the width more
    auto *form = new QFormLayout(record);
    m_coach = new QLineEdit(m_context.user().login, record);
    m_coach->setObjectName(QStringLiteral("coachingCoachEdit"));
    form->addRow(tr("&Coach:"), m_coach);
    m_held = new QDateEdit(QDate::currentDate(), record);
    m_held->setObjectName(QStringLiteral("coachingHeldDateEdit"));
    m_held->setCalendarPopup(true);
    m_held->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Held on:"), m_held);
    m_reviews = new QListWidget(record);
    m_reviews->setObjectName(QStringLiteral("coachingReviewList"));
    m_reviews->setToolTip(tr("Tick the reviews this session discussed."));
    m_reviews->setMinimumHeight(110);
    form->addRow(tr("&Reviews discussed:"), m_reviews);
    m_agreed = new QPlainTextEdit(record);
    m_agreed->setObjectName(QStringLiteral("coachingAgreedEdit"));
    m_agreed->setPlaceholderText(tr("What the agent and the coach agreed"));
    m_agreed->setTabChangesFocus(true);
    m_agreed->setMinimumHeight(70);
    form->addRow(tr("A&greed:"), m_agreed);

    m_target = new QGroupBox(tr("KPI &target"), record);
    m_target->setObjectName(QStringLiteral("coachingTargetGroup"));
    m_target->setCheckable(true);
    m_target->setChecked(false);
    auto *targetForm = new QFormLayout(m_target);
    m_kpi = new QComboBox(m_target);
    m_kpi->setObjectName(QStringLiteral("coachingKpiComboBox"));
    for (const KpiDefinition &definition : KpiCatalogue::all()) {
        if (!definition.teamsOnly) // a target for one agent needs a KPI one agent has
            m_kpi->addItem(definition.displayName(), QString::fromLatin1(definition.key));
    }
    m_kpi->setCurrentIndex(std::max(0, m_kpi->findData(QStringLiteral("qa_score"))));
    targetForm->addRow(tr("&KPI:"), m_kpi);
    m_value = new QDoubleSpinBox(m_target);
    m_value->setObjectName(QStringLiteral("coachingTargetSpinBox"));
    m_value->setDecimals(1);
    targetForm->addRow(tr("&Value:"), m_value);
    m_due = new QDateEdit(QDate::currentDate().addDays(30), m_target);
    m_due->setObjectName(QStringLiteral("coachingDueDateEdit"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    targetForm->addRow(tr("&Due:"), m_due);
    form->addRow(m_target);

    m_message = new QLabel(record);
    m_message->setObjectName(QStringLiteral("coachingMessageLabel"));
    m_message->setWordWrap(true);
    m_save = new QPushButton(tr("&Save session"), record);
    m_save->setObjectName(QStringLiteral("coachingSaveButton"));
    m_save->setEnabled(false);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_message, 1);
    saveRow->addWidget(m_save);
    form->addRow(saveRow);

    auto *history = new QGroupBox(tr("Sessions with this agent"), this);
    auto *historyLayout = new QVBoxLayout(history);
    m_sessions = new QTreeWidget(history);
    m_sessions->setObjectName(QStringLiteral("coachingSessionsTree"));
    m_sessions->setRootIsDecorated(false);
    // The agreed text is the longest: last, where the column stretches.
    m_sessions->setHeaderLabels(
        { tr("Held"), tr("Coach"), tr("Target"), tr("Status"), tr("Reviews"), tr("Agreed") });
    m_sessions->header()->setStretchLastSection(true);
    historyLayout->addWidget(m_sessions);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(record);
    splitter->addWidget(history);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    resize(1240, 620);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_agent, &QComboBox::currentIndexChanged, this, &CoachingDialog::loadAgent);
    connect(m_kpi, &QComboBox::currentIndexChanged, this, &CoachingDialog::updateTargetUnit);
    connect(m_save, &QPushButton::clicked, this, &CoachingDialog::save);
    updateTargetUnit();
    loadAgents();
}

CoachingDialog *CoachingDialog::open(const ServiceContext &context, QWidget *parent, qint64 agentId)
{
    CoachingDialog *dialog = parent ? parent->findChild<CoachingDialog *>() : nullptr;
    if (!dialog) {
        dialog = new CoachingDialog(context, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (agentId != 0)
        dialog->selectAgent(agentId);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void CoachingDialog::loadAgents()
{
    runStoreTask(
        this, m_context.store(),
        [](QSqlDatabase db) {
            AgentList list;
            KpiContext context; // small: the organisation, loaded whole
            if (!KpiContext::load(db, &context, &list.error))
                return list;
            for (const Agent &agent : std::as_const(context.agents)) {
                if (agent.status == AgentStatus::Active || !agent.leftDate.isValid())
                    list.agents.append({ agent.id, agent.name });
            }
            std::sort(list.agents.begin(), list.agents.end(), [](const AgentEntry &a, const AgentEntry &b) {
                return a.name.localeAwareCompare(b.name) < 0;
            });
            list.ok = true;
            return list;
        },
        [this](const AgentList &list) {
            if (!list.ok) {
                m_message->setText(tr("Could not read the agents: %1").arg(list.error));
                return;
            }
            {
                const QSignalBlocker blocker(m_agent);
                m_agent->clear();
                for (const AgentEntry &agent : list.agents)
                    m_agent->addItem(agent.name, agent.id);
                const int wanted = m_agent->findData(m_wantedAgent);
                m_agent->setCurrentIndex(wanted >= 0 ? wanted : 0);
            }
            m_agentsLoaded = true;
            emit agentsLoaded();
            loadAgent();
        });
}

void CoachingDialog::selectAgent(qint64 agentId)
{
    m_wantedAgent = agentId;
    if (!m_agentsLoaded)
        return;
    const int index = m_agent->findData(agentId);
    if (index >= 0)
        m_agent->setCurrentIndex(index); // loads it
}

qint64 CoachingDialog::agentId() const
{
    return m_agent->currentData().toLongLong();
}

void CoachingDialog::loadAgent()
{
    const quint64 generation = ++m_generation;
    const qint64 agent = agentId();
    m_save->setEnabled(false);
    m_reviews->clear();
    m_sessions->clear();
    if (agent == 0)
        return;
    m_message->setText(tr("Loading…"));
    const QDate today = QDate::currentDate();
    runStoreTask(
        this, m_context.store(),
        [agent, today](QSqlDatabase db) {
            CoachingAgentData loaded;
            loaded.agentId = agent;
            const QaCoachingRepository coaching(db);
            if (!coaching.recentReviews(agent, kRecentReviews, &loaded.reviews, &loaded.error)
                || !coaching.forAgent(agent, &loaded.sessions, &loaded.error))
                return loaded;
            for (const QaCoachingSession &session : std::as_const(loaded.sessions)) {
                QaCoachingProgress progress;
                if (!coaching.progress(session, today, &progress, &loaded.error))
                    return loaded;
                loaded.progress.append(progress);
            }
            loaded.ok = true;
            return loaded;
        },
        [this, generation](const CoachingAgentData &loaded) { showAgent(generation, loaded); });
}

QString CoachingDialog::statusText(const QaCoachingSession &session, const QaCoachingProgress &progress)
{
    if (!session.hasTarget())
        return QStringLiteral("–");
    const QString value = progress.value ? KpiFormat::value(progress.figureKey, *progress.value) : QString();
    QString text;
    switch (progress.state) {
    case QaCoachingProgress::State::NoTarget:
        return QStringLiteral("–");
    case QaCoachingProgress::State::Due:
        text = progress.value ? tr("Due %1, now %2").arg(session.dueDate.toString(Qt::ISODate), value)
                              : tr("Due %1, no data yet").arg(session.dueDate.toString(Qt::ISODate));
        break;
    case QaCoachingProgress::State::Met:
        text = tr("Met: %1").arg(value);
        break;
    case QaCoachingProgress::State::Missed:
        text = tr("Missed: %1").arg(value);
        break;
    case QaCoachingProgress::State::NoData:
        return tr("No data by %1").arg(session.dueDate.toString(Qt::ISODate));
    }
    if (progress.value)
        text += progress.insufficient ? tr(" (n = %1, insufficient)").arg(progress.n)
                                      : tr(" (n = %1)").arg(progress.n);
    return text;
}

void CoachingDialog::showAgent(quint64 generation, const CoachingAgentData &loaded)
{
    if (generation != m_generation)
        return; // another agent was picked meanwhile
    if (!loaded.ok) {
        m_message->setText(tr("Could not read the agent's coaching: %1").arg(loaded.error));
        return;
    }
    m_data = loaded;
    m_message->clear();
    const QLocale locale;
    m_reviews->clear();
    for (const QaCoachableReview &review : loaded.reviews) {
        const QDate day = QDateTime::fromSecsSinceEpoch(review.conversationStartedAt).date();
        auto *item = new QListWidgetItem(tr("%1 · conversation %2 · score %3")
                                             .arg(day.toString(Qt::ISODate))
                                             .arg(review.conversationId)
                                             .arg(locale.toString(review.score, 'f', 1)),
                                         m_reviews);
        item->setData(kReviewIdRole, review.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (loaded.reviews.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No submitted reviews of this agent yet."), m_reviews);
        item->setFlags(Qt::NoItemFlags);
    }
    m_sessions->clear();
    for (int i = 0; i < loaded.sessions.size(); ++i) {
        const QaCoachingSession &session = loaded.sessions.at(i);
        QString target = QStringLiteral("–");
        if (session.hasTarget()) {
            const KpiDefinition *definition = KpiCatalogue::find(session.kpi);
            const QString figure = firstFigure(session.kpi);
            target = tr("%1 %2 %3 by %4")
                         .arg(definition ? definition->displayName() : session.kpi,
                              definition && definition->better == KpiBetter::Lower ? QStringLiteral("≤")
                                                                                   : QStringLiteral("≥"),
                              KpiFormat::value(figure, *session.kpiTarget),
                              session.dueDate.toString(Qt::ISODate));
        }
        auto *item = new QTreeWidgetItem(m_sessions);
        item->setText(0, QDateTime::fromSecsSinceEpoch(session.heldAt).date().toString(Qt::ISODate));
        item->setText(1, session.coach);
        item->setText(2, target);
        item->setText(3, statusText(session, loaded.progress.value(i)));
        item->setToolTip(3, item->text(3));
        item->setText(4, locale.toString(session.reviewIds.size()));
        item->setText(5, session.agreedText.simplified());
        item->setToolTip(5, session.agreedText);
        item->setData(0, Qt::UserRole, session.id);
    }
    for (int column = 0; column < m_sessions->columnCount() - 1; ++column)
        m_sessions->resizeColumnToContents(column);
    m_save->setEnabled(true);
    emit agentShown();
}

void CoachingDialog::updateTargetUnit()
{
    const QString figure = firstFigure(m_kpi->currentData().toString());
    switch (KpiFormat::unitOf(figure)) {
    case KpiFormat::Unit::Share:
        m_value->setRange(0, 100);
        m_value->setSuffix(tr(" %"));
        m_value->setValue(90);
        break;
    case KpiFormat::Unit::Seconds:
        m_value->setRange(0, 60 * 24);
        m_value->setSuffix(tr(" min"));
        m_value->setValue(5);
        break;
    case KpiFormat::Unit::Score:
        m_value->setRange(0, 100);
        m_value->setSuffix(QString());
        m_value->setValue(90);
        break;
    case KpiFormat::Unit::Count:
        m_value->setRange(0, 100000);
        m_value->setSuffix(QString());
        m_value->setValue(100);
        break;
    }
}

bool CoachingDialog::collect(QaCoachingSession *session, QString *error) const
{
    session->agentId = agentId();
    session->coach = m_coach->text().trimmed();
    if (session->agentId == 0) {
        *error = tr("Choose the agent first.");
        return false;
    }
    if (session->coach.isEmpty()) {
        *error = tr("Enter the coach's name.");
        return false;
    }
    // Held at noon of the day picked: the same day in any zone the team could be in.
    session->heldAt = QDateTime(m_held->date(), QTime(12, 0)).toSecsSinceEpoch();
    session->createdAt = QDateTime::currentSecsSinceEpoch();
    session->agreedText = m_agreed->toPlainText().trimmed();
    for (int i = 0; i < m_reviews->count(); ++i) {
        const QListWidgetItem *item = m_reviews->item(i);
        if (item->checkState() == Qt::Checked)
            session->reviewIds.append(item->data(kReviewIdRole).toLongLong());
    }
    if (m_target->isChecked()) {
        session->kpi = m_kpi->currentData().toString();
        session->kpiTarget = toStored(firstFigure(session->kpi), m_value->value());
        session->dueDate = m_due->date();
        if (session->dueDate < m_held->date()) {
            *error = tr("The target is due before the session was held.");
            return false;
        }
    }
    if (session->agreedText.isEmpty() && session->reviewIds.isEmpty() && !session->hasTarget()) {
        *error = tr("Write what was agreed, link a review or set a target.");
        return false;
    }
    return true;
}

void CoachingDialog::save()
{
    QaCoachingSession session;
    QString error;
    if (!collect(&session, &error)) {
        m_message->setText(error);
        return;
    }
    m_save->setEnabled(false);
    m_message->setText(tr("Saving…"));
    runStoreTask(
        this, m_context.store(),
        [session](QSqlDatabase db) {
            SaveResult result;
            QaCoachingSession stored = session;
            result.ok = QaCoachingRepository(db).create(&stored, &result.error);
            result.id = stored.id;
            return result;
        },
        [this](const SaveResult &result) {
            if (!result.ok) {
                m_save->setEnabled(true);
                m_message->setText(tr("Could not save the session: %1").arg(result.error));
                return;
            }
            m_agreed->clear();
            m_target->setChecked(false);
            emit sessionSaved(result.id);
            loadAgent(); // lists it with its target's status
        });
}
