#include "DisputesWindow.h"

#include "DisputeDecideDialog.h"
#include "DisputeRaiseDialog.h"
#include "DisputeTableModel.h"
#include "ScorecardPanel.h"
#include "TranscriptModel.h"
#include "TranscriptPane.h"
#include "kpi/StoreTask.h"
#include "qa/QaTranscript.h"
#include "qa/store/QaReviewRepository.h"
#include "qa/store/ScorecardTemplateRepository.h"
#include "services/ServiceContext.h"
#include "store/OrganizationRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// The state filter's extra entries beside the states themselves.
constexpr int AnyState = -1;
constexpr int DecidedStates = -2;

struct FiltersResult
{
    QList<Agent> agents;
    QList<Team> teams;
    QString error;
};

struct ListResult
{
    QList<QaDisputeRow> rows;
    qint64 now = 0;
    QString error;
};

struct DetailResult
{
    ScorecardTemplate scorecard;
    QList<ScorecardAnswer> answers;
    QaTranscript transcript;
    QList<QaDisputeEvent> history;
    QList<AuditEntry> audit;
    QString error;
};

struct ChangeResult
{
    bool ok = false;
    QString error;
};

QString scoreIn(const QString &json)
{
    const QJsonValue score = QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("score"));
    return score.isDouble() ? QLocale().toString(score.toDouble(), 'f', 1) : QStringLiteral("–");
}

QTableWidget *smallTable(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setToolTip(cells.at(column));
        table->setItem(row, column, item);
    }
}

} // namespace

DisputesWindow::DisputesWindow(const ServiceContext &context, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_context(context)
{
    setObjectName(QStringLiteral("disputesWindow"));
    setWindowTitle(tr("QA disputes"));

    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(QStringLiteral("disputeStateFilter"));
    m_stateFilter->addItem(tr("All states"), AnyState);
    for (auto state :
         { QaDispute::State::Open, QaDispute::State::Accepted, QaDispute::State::PartiallyAccepted,
           QaDispute::State::Rejected, QaDispute::State::Withdrawn })
        m_stateFilter->addItem(DisputeTableModel::stateLabel(state), int(state));
    m_stateFilter->addItem(tr("Decided"), DecidedStates);
    m_agentFilter = new QComboBox(this);
    m_agentFilter->setObjectName(QStringLiteral("disputeAgentFilter"));
    m_agentFilter->addItem(tr("All agents"), qint64(0));
    m_agentFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_teamFilter = new QComboBox(this);
    m_teamFilter->setObjectName(QStringLiteral("disputeTeamFilter"));
    m_teamFilter->addItem(tr("All teams"), qint64(0));
    m_teamFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_overdueOnly = new QCheckBox(tr("&Overdue only"), this);
    m_overdueOnly->setObjectName(QStringLiteral("disputeOverdueOnly"));
    m_overdueOnly->setToolTip(tr("Open disputes past their deadline."));
    for (QComboBox *combo : { m_stateFilter, m_agentFilter, m_teamFilter })
        connect(combo, &QComboBox::currentIndexChanged, this, &DisputesWindow::reload);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &DisputesWindow::reload);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshDisputes"));
    refresh->setAutoDefault(false);
    connect(refresh, &QPushButton::clicked, this, &DisputesWindow::reload);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_stateFilter);
    filters->addWidget(m_agentFilter);
    filters->addWidget(m_teamFilter);
    filters->addWidget(m_overdueOnly);
    filters->addStretch(1);
    filters->addWidget(refresh);

    m_model = new DisputeTableModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("disputesView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DisputesWindow::openCurrent);

    m_raise = new QPushButton(tr("&Raise dispute…"), this);
    m_raise->setObjectName(QStringLiteral("raiseDisputeAction"));
    m_decide = new QPushButton(tr("&Decide…"), this);
    m_decide->setObjectName(QStringLiteral("decideDisputeAction"));
    m_withdraw = new QPushButton(tr("&Withdraw"), this);
    m_withdraw->setObjectName(QStringLiteral("withdrawDisputeAction"));
    m_withdraw->setToolTip(tr("Takes back an open dispute you raised; the score stays as it is."));
    connect(m_raise, &QPushButton::clicked, this, &DisputesWindow::raiseDispute);
    connect(m_decide, &QPushButton::clicked, this, &DisputesWindow::decideDispute);
    connect(m_withdraw, &QPushButton::clicked, this, &DisputesWindow::withdrawDispute);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("disputesMessage"));
    m_message->setWordWrap(true);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_raise);
    actions->addWidget(m_decide);
    actions->addWidget(m_withdraw);
    actions->addWidget(m_message, 1);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_view, 1);
    listLayout->addLayout(actions);

    m_transcriptPane = new TranscriptPane(this);
    m_transcriptPane->view()->setObjectName(QStringLiteral("disputeTranscriptView"));
    m_scorecard = new ScorecardPanel(this);
    m_scorecard->setReadOnly(true);
    m_scorecard->setObjectName(QStringLiteral("disputeScorecard"));

    m_disputeText = new QLabel(tr("Select a dispute."), this);
    m_disputeText->setObjectName(QStringLiteral("disputeText"));
    m_disputeText->setWordWrap(true);
    m_disputeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_disputeText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_history = smallTable(QStringLiteral("disputeHistory"),
                           { tr("When"), tr("Who"), tr("State"), tr("Note") }, this);
    m_scoreChanges = smallTable(QStringLiteral("reviewScoreChanges"),
                                { tr("When"), tr("Who"), tr("Score before → after"), tr("Reason") }, this);
    auto *info = new QWidget(this);
    auto *infoLayout = new QVBoxLayout(info);
    infoLayout->setContentsMargins(0, 0, 0, 0);
    infoLayout->addWidget(m_disputeText);
    infoLayout->addWidget(new QLabel(tr("History"), this));
    infoLayout->addWidget(m_history, 1);
    infoLayout->addWidget(new QLabel(tr("Score changes of the review (audit log)"), this));
    infoLayout->addWidget(m_scoreChanges, 1);

    auto *detail = new QSplitter(Qt::Horizontal, this);
    detail->setObjectName(QStringLiteral("disputeDetail"));
    detail->addWidget(m_transcriptPane);
    detail->addWidget(m_scorecard);
    detail->addWidget(info);
    // The transcript's lines are short; the scorecard needs its buttons and the history its notes.
    detail->setStretchFactor(0, 2);
    detail->setStretchFactor(1, 3);
    detail->setStretchFactor(2, 4);
    detail->setSizes({ 380, 460, 560 });

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(listPane);
    split->addWidget(detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    resize(1400, 900);

    updateActions();
    loadFilters();
    reload();
}

TranscriptModel *DisputesWindow::transcriptModel() const
{
    return m_transcriptPane->model();
}

QString DisputesWindow::messageText() const
{
    return m_message->text();
}

void DisputesWindow::loadFilters()
{
    ++m_busy;
    runStoreTask(
        this, m_context.store(),
        [](QSqlDatabase db) {
            FiltersResult result;
            OrganizationRepository organization(db);
            if (organization.agents(&result.agents, &result.error))
                organization.teams(&result.teams, &result.error);
            return result;
        },
        [this](const FiltersResult &result) {
            --m_busy;
            if (!result.error.isEmpty()) {
                showMessage(result.error, true);
                return;
            }
            const QSignalBlocker agents(m_agentFilter);
            const QSignalBlocker teams(m_teamFilter);
            for (const Agent &agent : result.agents)
                m_agentFilter->addItem(agent.name, agent.id);
            for (const Team &team : result.teams)
                m_teamFilter->addItem(team.name, team.id);
        });
}

void DisputesWindow::reload()
{
    QaDisputeFilter filter;
    const int state = m_stateFilter->currentData().toInt();
    if (state == DecidedStates)
        filter.states
            = { QaDispute::State::Accepted, QaDispute::State::PartiallyAccepted, QaDispute::State::Rejected };
    else if (state != AnyState)
        filter.states = { QaDispute::State(state) };
    filter.agentId = m_agentFilter->currentData().toLongLong();
    filter.teamId = m_teamFilter->currentData().toLongLong();
    filter.overdueOnly = m_overdueOnly->isChecked();
    ++m_busy;
    updateActions();
    runStoreTask(
        this, m_context.store(),
        [filter](QSqlDatabase db) {
            ListResult result;
            result.now = QDateTime::currentSecsSinceEpoch();
            QaDisputeFilter atNow = filter;
            atNow.now = result.now;
            QaDisputeRepository(db).list(atNow, &result.rows, &result.error);
            return result;
        },
        [this](const ListResult &result) {
            --m_busy;
            const qint64 keep = m_selectedDispute;
            {
                const QSignalBlocker blocker(m_view->selectionModel());
                m_model->setRows(result.rows, result.now);
            }
            if (!result.error.isEmpty())
                showMessage(tr("The disputes could not be read: %1").arg(result.error), true);
            const int row = m_model->rowOf(keep);
            if (row >= 0) {
                {
                    const QSignalBlocker blocker(m_view->selectionModel());
                    m_view->setCurrentIndex(m_model->index(row, 0));
                }
                openCurrent(); // once, also when the row did not move: its detail may have changed
            } else {
                m_selectedDispute = 0;
                clearDetail();
            }
            updateActions();
            emit listLoaded();
        });
}

const QaDisputeRow *DisputesWindow::currentRow() const
{
    const int row = m_model->rowOf(m_selectedDispute);
    return row < 0 ? nullptr : &m_model->rows().at(row);
}

void DisputesWindow::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const QaDisputeRow row = m_model->rows().at(index.row());
    m_selectedDispute = row.dispute.id;
    updateActions();
    ++m_busy;
    runStoreTask(
        this, m_context.store(),
        [row](QSqlDatabase db) {
            DetailResult result;
            QaReviewRepository reviews(db);
            QaReview review;
            if (!reviews.load(row.dispute.reviewId, &review, &result.error)
                || !ScorecardTemplateRepository(db).load(review.templateVersionId, &result.scorecard,
                                                         &result.error)
                || !reviews.answers(review.id, &result.answers, &result.error)
                || !QaTranscript::load(db, review.conversationId, &result.transcript, &result.error)
                || !QaDisputeRepository(db).history(row.dispute.id, &result.history, &result.error))
                return result;
            AuditLogRepository(db).forEntity(QStringLiteral("qa_review"), QString::number(review.id),
                                             &result.audit, &result.error);
            return result;
        },
        [this, row](const DetailResult &result) {
            --m_busy;
            if (row.dispute.id != m_selectedDispute) {
                updateActions();
                return; // the user has moved on
            }
            if (!result.error.isEmpty()) {
                clearDetail();
                showMessage(result.error, true);
                updateActions();
                return;
            }
            m_transcriptPane->setTranscript(result.transcript);
            Detail detail;
            detail.disputeId = row.dispute.id;
            detail.scorecard = result.scorecard;
            detail.answers = result.answers;
            detail.history = result.history;
            detail.audit = result.audit;
            showDetail(row, detail);
            updateActions();
            emit detailLoaded();
        });
}

void DisputesWindow::showDetail(const QaDisputeRow &row, const Detail &detail)
{
    m_detail = detail;
    m_shownDispute = row.dispute.id;
    m_scorecard->setScorecard(detail.scorecard, detail.answers);
    m_scorecard->setReadOnly(true);
    int index = 0;
    for (const ScorecardSection &section : detail.scorecard.sections) {
        for (const ScorecardCriterion &criterion : section.criteria) {
            if (criterion.id == row.dispute.criterionId)
                m_scorecard->setCurrentCriterion(index); // the panel frames its current criterion
            ++index;
        }
    }

    const QaDispute &dispute = row.dispute;
    QString text
        = tr("<b>Dispute %1</b> on review #%2 (conversation %3, %4) · disputed: <b>%5</b> · "
             "reason: %6 · raised by %7 on %8 · deadline %9 · <b>%10</b>")
              .arg(dispute.id)
              .arg(dispute.reviewId)
              .arg(row.conversationId)
              .arg(row.agentName.toHtmlEscaped(), DisputeTableModel::criterionLabel(row).toHtmlEscaped(),
                   DisputeTableModel::reasonLabel(dispute.reasonCode).toHtmlEscaped(),
                   dispute.raisedBy.toHtmlEscaped(), DisputeTableModel::formatTime(dispute.raisedAt),
                   DisputeTableModel::formatTime(dispute.deadline),
                   DisputeTableModel::stateLabel(dispute.state));
    text += QStringLiteral("<p>%1</p>").arg(dispute.text.toHtmlEscaped());
    if (!dispute.decision.isEmpty())
        text += tr("<p>Decision by %1: %2</p>")
                    .arg(dispute.decidedBy.toHtmlEscaped(), dispute.decision.toHtmlEscaped());
    m_disputeText->setText(text);

    m_history->setRowCount(int(detail.history.size()));
    for (int i = 0; i < detail.history.size(); ++i) {
        const QaDisputeEvent &event = detail.history.at(i);
        setRow(m_history, i,
               { DisputeTableModel::formatTime(event.at), event.actor,
                 DisputeTableModel::stateLabel(event.state), event.note });
    }
    m_scoreChanges->setRowCount(int(detail.audit.size()));
    for (int i = 0; i < detail.audit.size(); ++i) {
        const AuditEntry &entry = detail.audit.at(i);
        setRow(m_scoreChanges, i,
               { DisputeTableModel::formatTime(entry.at), entry.actor,
                 tr("%1 → %2").arg(scoreIn(entry.beforeJson), scoreIn(entry.afterJson)),
                 entry.reason.isEmpty() ? entry.action : entry.reason });
    }
    m_history->resizeRowsToContents();
    m_scoreChanges->resizeRowsToContents();
}

void DisputesWindow::clearDetail()
{
    m_shownDispute = 0;
    m_detail = {};
    m_transcriptPane->clear();
    m_scorecard->clear();
    m_disputeText->setText(tr("Select a dispute."));
    m_history->setRowCount(0);
    m_scoreChanges->setRowCount(0);
}

void DisputesWindow::updateActions()
{
    const QaDisputeRow *row = currentRow();
    const bool loaded = row && m_shownDispute == row->dispute.id;
    const bool open = loaded && row->dispute.state == QaDispute::State::Open;
    const bool raisedByMe = loaded && row->dispute.raisedBy == m_context.user().login;
    // The model refuses the raiser's own decision too; the button says so first.
    m_decide->setEnabled(open && !raisedByMe);
    m_withdraw->setEnabled(open && raisedByMe);
}

void DisputesWindow::raiseDispute()
{
    auto *dialog = new DisputeRaiseDialog(m_context, QDateTime::currentSecsSinceEpoch(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DisputeRaiseDialog::raised, this,
            [this](qint64 id) { afterChange(id, tr("Dispute %1 raised.").arg(id)); });
    dialog->open();
}

void DisputesWindow::decideDispute()
{
    const QaDisputeRow *row = currentRow();
    if (!row || m_shownDispute != row->dispute.id || row->dispute.state != QaDispute::State::Open)
        return;
    auto *dialog = new DisputeDecideDialog(m_context, *row, m_detail.scorecard, m_detail.answers, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DisputeDecideDialog::decided, this,
            [this](qint64 id) { afterChange(id, tr("Dispute %1 decided.").arg(id)); });
    dialog->open();
}

void DisputesWindow::withdrawDispute()
{
    const QaDisputeRow *row = currentRow();
    if (!row || row->dispute.state != QaDispute::State::Open)
        return;
    const qint64 id = row->dispute.id;
    const QString actor = m_context.user().login;
    ++m_busy;
    m_withdraw->setEnabled(false);
    runStoreTask(
        this, m_context.store(),
        [id, actor](QSqlDatabase db) {
            ChangeResult result;
            result.ok = QaDisputeRepository(db).withdraw(id, actor, QDateTime::currentSecsSinceEpoch(),
                                                         QString(), &result.error);
            return result;
        },
        [this, id](const ChangeResult &result) {
            --m_busy;
            if (!result.ok) {
                showMessage(result.error, true);
                updateActions();
                return;
            }
            afterChange(id, tr("Dispute %1 withdrawn.").arg(id));
        });
}

void DisputesWindow::afterChange(qint64 disputeId, const QString &message)
{
    showMessage(message, false);
    m_selectedDispute = disputeId;
    m_shownDispute = 0; // reload the detail: the state, history and maybe the score changed
    emit disputesChanged();
    reload();
}

void DisputesWindow::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QString());
}
