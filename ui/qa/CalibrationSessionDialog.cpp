#include "CalibrationSessionDialog.h"

#include "kpi/StoreTask.h"
#include "qa/store/QaCalibrationRepository.h"
#include "services/ServiceContext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace {

struct Choices
{
    QList<QaCalibrationChoice> templates;
    QList<QaCalibrationChoice> agents;
    QList<QaCalibrationChoice> reviewers;
    QString error;
};

struct Found
{
    QList<QaCalibrationChoice> conversations;
    QString error;
};

struct Created
{
    qint64 id = 0;
    QString error;
};

QList<qint64> checkedIds(const QListWidget *list)
{
    QList<qint64> ids;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            ids.append(list->item(row)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

} // namespace

CalibrationSessionDialog::CalibrationSessionDialog(const ServiceContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("calibrationSessionDialog"));
    setWindowTitle(tr("New calibration session"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("sessionNameEdit"));
    m_name->setPlaceholderText(tr("e.g. March refunds calibration"));
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("templateVersionComboBox"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Scorecard:"), m_template);

    m_agent = new QComboBox(this);
    m_agent->setObjectName(QStringLiteral("agentFilterComboBox"));
    m_agent->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_agent->addItem(tr("All agents"), qint64(0));
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-30), this);
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    m_to->setCalendarPopup(true);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("conversationSearchEdit"));
    m_search->setPlaceholderText(tr("Ticket number or words in the chat"));
    m_find = new QPushButton(tr("&Find"), this);
    m_find->setObjectName(QStringLiteral("findConversationsButton"));
    connect(m_find, &QPushButton::clicked, this, &CalibrationSessionDialog::findConversations);
    connect(m_search, &QLineEdit::returnPressed, this, &CalibrationSessionDialog::findConversations);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_agent);
    filters->addWidget(new QLabel(tr("from"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_find);

    m_conversations = new QListWidget(this);
    m_conversations->setObjectName(QStringLiteral("conversationListWidget"));
    m_reviewers = new QListWidget(this);
    m_reviewers->setObjectName(QStringLiteral("reviewerListWidget"));
    auto *lists = new QHBoxLayout;
    auto *conversationBox = new QVBoxLayout;
    conversationBox->addWidget(new QLabel(tr("Conversations to score (tick them):"), this));
    conversationBox->addLayout(filters);
    conversationBox->addWidget(m_conversations, 1);
    auto *reviewerBox = new QVBoxLayout;
    reviewerBox->addWidget(new QLabel(tr("Reviewers (at least two):"), this));
    reviewerBox->addWidget(m_reviewers, 1);
    lists->addLayout(conversationBox, 3);
    lists->addLayout(reviewerBox, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sessionDialogStatus"));
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create session"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createSessionButton"));
    // Accepting waits for the store's answer; the button only asks.
    connect(m_create, &QPushButton::clicked, this, &CalibrationSessionDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(lists, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 560);
    loadChoices();
}

QString CalibrationSessionDialog::statusText() const
{
    return m_status->text();
}

void CalibrationSessionDialog::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QString());
}

void CalibrationSessionDialog::setBusy(bool busy)
{
    m_busy += busy ? 1 : -1;
    m_find->setEnabled(m_busy == 0);
    m_create->setEnabled(m_busy == 0);
}

void CalibrationSessionDialog::loadChoices()
{
    setBusy(true);
    runStoreTask(
        this, m_context.store(),
        [](QSqlDatabase db) {
            Choices result;
            QaCalibrationRepository repository(db);
            if (repository.templateChoices(&result.templates, &result.error)
                && repository.agentChoices(&result.agents, &result.error))
                repository.reviewerChoices(&result.reviewers, &result.error);
            return result;
        },
        [this](const Choices &result) {
            setBusy(false);
            for (const QaCalibrationChoice &choice : result.templates)
                m_template->addItem(choice.label, choice.id);
            for (const QaCalibrationChoice &choice : result.agents)
                m_agent->addItem(choice.label, choice.id);
            for (const QaCalibrationChoice &choice : result.reviewers) {
                auto *item = new QListWidgetItem(choice.label, m_reviewers);
                item->setData(Qt::UserRole, choice.id);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
            if (!result.error.isEmpty())
                showStatus(result.error, true);
            emit choicesLoaded();
        });
}

void CalibrationSessionDialog::findConversations()
{
    if (m_busy > 0)
        return;
    QaCalibrationConversationFilter filter;
    filter.agentId = m_agent->currentData().toLongLong();
    filter.first = m_from->date();
    filter.last = m_to->date();
    filter.search = m_search->text();
    setBusy(true);
    runStoreTask(
        this, m_context.store(),
        [filter](QSqlDatabase db) {
            Found result;
            QaCalibrationRepository(db).conversationChoices(filter, &result.conversations, &result.error);
            return result;
        },
        [this, filter](const Found &result) {
            setBusy(false);
            // Ticked conversations stay, so a session can gather them from several searches.
            QSet<qint64> kept;
            for (int row = m_conversations->count() - 1; row >= 0; --row) {
                QListWidgetItem *item = m_conversations->item(row);
                if (item->checkState() == Qt::Checked)
                    kept.insert(item->data(Qt::UserRole).toLongLong());
                else
                    delete m_conversations->takeItem(row);
            }
            for (const QaCalibrationChoice &choice : result.conversations) {
                if (kept.contains(choice.id))
                    continue;
                const QString when = QDateTime::fromSecsSinceEpoch(choice.startedAt)
                                         .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
                auto *item = new QListWidgetItem(
                    tr("#%1 · %2 · %3 · ticket %4").arg(choice.id).arg(choice.agentName, when, choice.label),
                    m_conversations);
                item->setData(Qt::UserRole, choice.id);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
            if (!result.error.isEmpty())
                showStatus(result.error, true);
            else if (result.conversations.size() >= filter.limit)
                showStatus(tr("Showing the newest %n conversation(s); narrow the filter to see others.",
                              nullptr, filter.limit),
                           false);
            else
                showStatus(tr("%n conversation(s) found.", nullptr, int(result.conversations.size())), false);
            emit conversationsFound();
        });
}

void CalibrationSessionDialog::create()
{
    if (m_busy > 0)
        return;
    QaCalibrationSession session;
    session.name = m_name->text();
    session.templateVersionId = m_template->currentData().toLongLong();
    session.createdBy = m_context.user().login;
    session.createdAt = QDateTime::currentSecsSinceEpoch();
    session.conversationIds = checkedIds(m_conversations);
    session.reviewerIds = checkedIds(m_reviewers);
    setBusy(true);
    showStatus(tr("Creating the session…"), false);
    runStoreTask(
        this, m_context.store(),
        [session](QSqlDatabase db) {
            Created result;
            QaCalibrationSession stored = session;
            // One transaction: the session and every draft, or nothing (create() uses a savepoint).
            if (QaCalibrationRepository(db).create(&stored, &result.error))
                result.id = stored.id;
            return result;
        },
        [this](const Created &result) {
            setBusy(false);
            if (result.id == 0) {
                showStatus(result.error, true);
                return;
            }
            m_createdId = result.id;
            emit sessionCreated(result.id);
            accept();
        });
}
