#include "ReviewerWorkspace.h"

#include "QaQueueModel.h"
#include "ReassignDialog.h"
#include "ScorecardPanel.h"
#include "TranscriptModel.h"
#include "TranscriptPane.h"
#include "kpi/StoreTask.h"
#include "qa/AutoQaCriteria.h"
#include "qa/AutoQaRunner.h"
#include "qa/QaTranscript.h"
#include "qa/store/QaReassignRepository.h"
#include "qa/store/QaReviewRepository.h"
#include "qa/store/QaSampleRepository.h"
#include "qa/store/ScorecardTemplateRepository.h"
#include "services/ServiceContext.h"

#include <QComboBox>
#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMap>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace {

// Status filter entries that are not a single QaQueueItem::Status (whose values are >= 0).
constexpr int AnyStatus = -1;
constexpr int NotSubmitted = -2;

// The template a new review is scored on: the newest version of the shipped default (007_qa.sql).
// A draft keeps the version it was created with.
const QString DefaultTemplateName = QStringLiteral("Default");

struct QueueResult
{
    QList<QaQueueItem> items;
    QHash<qint64, QList<QaReassignment>> history;
    qint64 reviewerUserId = 0;
    QString error;
};

struct ItemResult
{
    ScorecardTemplate scorecard;
    QList<ScorecardAnswer> answers;
    QaTranscript transcript;
    QList<StoredAutoQaFlag> flags;
    bool flagsStale = false;
    bool flagsNeverRun = false;
    QList<AutoQaSuggestion> suggestions; // fresh reviews only
    QString error;
};

struct ChoicesResult
{
    QList<QaReassignChoice> choices;
    int workloadCap = 0;
    QString error;
};

struct StoreResult
{
    qint64 reviewId = 0;
    bool submitted = false;
    std::optional<double> score;
    QString error;
};

} // namespace

ReviewerWorkspace::ReviewerWorkspace(const ServiceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("reviewerWorkspace"));
    m_queue = new QaQueueModel(this);
    m_filter = new QaQueueFilter(this);
    m_filter->setSourceModel(m_queue);

    auto makeCombo = [this](const QString &name) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(name);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::currentIndexChanged, this, &ReviewerWorkspace::applyFilters);
        return combo;
    };
    m_dueFilter = makeCombo(QStringLiteral("dueFilter"));
    m_dueFilter->addItem(tr("Any due date"), int(QaQueueFilter::Due::Any));
    m_dueFilter->addItem(tr("Overdue"), int(QaQueueFilter::Due::Overdue));
    m_dueFilter->addItem(tr("Due within %n day(s)", nullptr, QaQueueFilter::SoonDays),
                         int(QaQueueFilter::Due::DueSoon));
    m_agentFilter = makeCombo(QStringLiteral("agentFilter"));
    m_teamFilter = makeCombo(QStringLiteral("teamFilter"));
    m_reviewerFilter = makeCombo(QStringLiteral("reviewerFilter"));
    m_statusFilter = makeCombo(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("Any status"), AnyStatus);
    m_statusFilter->addItem(tr("Not submitted"), NotSubmitted);
    for (auto status :
         { QaQueueItem::Status::ToDo, QaQueueItem::Status::Draft, QaQueueItem::Status::Submitted })
        m_statusFilter->addItem(QaQueueModel::statusName(status), int(status));
    m_reviewerFilter->setVisible(context.user().role == Role::Administrator);
    m_reassignButton = new QPushButton(tr("Reassign…"), this);
    m_reassignButton->setObjectName(QStringLiteral("reassignButton"));
    m_reassignButton->setToolTip(tr("Give the selected conversation to another reviewer, with a reason."));
    m_reassignButton->setEnabled(false);
    connect(m_reassignButton, &QPushButton::clicked, this, &ReviewerWorkspace::reassignCurrent);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshQueue"));
    connect(refresh, &QPushButton::clicked, this, &ReviewerWorkspace::reload);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Queue:"), this));
    for (QComboBox *combo : { m_dueFilter, m_agentFilter, m_teamFilter, m_reviewerFilter, m_statusFilter })
        filters->addWidget(combo);
    filters->addStretch(1);
    filters->addWidget(m_reassignButton);
    filters->addWidget(refresh);

    m_queueView = new QTableView(this);
    m_queueView->setObjectName(QStringLiteral("qaQueueView"));
    m_queueView->setModel(m_filter);
    m_queueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queueView->verticalHeader()->hide();
    m_queueView->horizontalHeader()->setStretchLastSection(true);
    // A handful of short values per row: fit them, so status and score are not cut off.
    m_queueView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_queueView->installEventFilter(this);
    m_queueView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_queueView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_queueView->indexAt(pos);
        if (!index.isValid())
            return;
        m_queueView->setCurrentIndex(index);
        auto *menu = new QMenu(this);
        menu->setObjectName(QStringLiteral("qaQueueMenu"));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(tr("Reassign…"), this, &ReviewerWorkspace::reassignCurrent);
        menu->popup(m_queueView->viewport()->mapToGlobal(pos));
    });
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewerWorkspace::openCurrent);

    m_transcriptPane = new TranscriptPane(this);
    m_transcriptPane->view()->setObjectName(QStringLiteral("transcriptView"));
    m_itemTitle = new QLabel(tr("Select a conversation in the queue."), this);
    m_itemTitle->setObjectName(QStringLiteral("reviewItemTitle"));
    m_historyLine = new QLabel(this);
    m_historyLine->setObjectName(QStringLiteral("reassignHistory"));
    m_historyLine->setWordWrap(true);
    m_historyLine->setStyleSheet(QStringLiteral("color: #555;"));
    m_historyLine->hide();
    m_flagStrip = new QFrame(this);
    m_flagStrip->setObjectName(QStringLiteral("autoQaFlagStrip"));
    m_flagStrip->setStyleSheet(
        QStringLiteral("QFrame#autoQaFlagStrip { background: #fdf0f0; border: 1px solid #efc4c4; "
                       "border-radius: 3px; }"));
    auto *stripLayout = new QVBoxLayout(m_flagStrip);
    stripLayout->setContentsMargins(6, 3, 6, 3);
    stripLayout->setSpacing(2);
    m_flagSummary = new QLabel(m_flagStrip);
    m_flagSummary->setObjectName(QStringLiteral("autoQaFlagSummary"));
    m_flagStale = new QLabel(m_flagStrip);
    m_flagStale->setObjectName(QStringLiteral("autoQaFlagsStale"));
    m_flagStale->setStyleSheet(QStringLiteral("color: #a15c00;"));
    m_flagStale->setWordWrap(true);
    m_flagStale->hide();
    m_flagRow = new QHBoxLayout;
    m_flagRow->addWidget(m_flagSummary);
    m_flagRow->addStretch(1);
    stripLayout->addLayout(m_flagRow);
    stripLayout->addWidget(m_flagStale);
    m_flagStrip->hide();
    m_transcriptPane->addHeaderWidget(m_itemTitle);
    m_transcriptPane->addHeaderWidget(m_historyLine);
    m_transcriptPane->addHeaderWidget(m_flagStrip);

    m_scorecard = new ScorecardPanel(this);
    m_saveButton = new QPushButton(tr("Save draft"), this);
    m_saveButton->setObjectName(QStringLiteral("saveDraftButton"));
    m_saveButton->setToolTip(tr("Ctrl+S"));
    m_submitButton = new QPushButton(tr("Submit"), this);
    m_submitButton->setObjectName(QStringLiteral("submitReviewButton"));
    m_submitButton->setToolTip(tr("Ctrl+Enter"));
    connect(m_saveButton, &QPushButton::clicked, this, &ReviewerWorkspace::saveDraft);
    connect(m_submitButton, &QPushButton::clicked, this, &ReviewerWorkspace::submit);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_submitButton);
    buttons->addStretch(1);
    auto *scorePane = new QWidget(this);
    auto *scoreLayout = new QVBoxLayout(scorePane);
    scoreLayout->setContentsMargins(0, 0, 0, 0);
    scoreLayout->addWidget(m_scorecard, 1);
    scoreLayout->addWidget(m_message);
    scoreLayout->addLayout(buttons);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("reviewSplitter"));
    m_splitter->addWidget(m_queueView);
    m_splitter->addWidget(m_transcriptPane);
    m_splitter->addWidget(scorePane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 3);

    auto *hint
        = new QLabel(tr("Keys: J/K or ↓/↑ criterion · 1–5, 0 value · P pass · F fail · N N/A · C comment "
                        "(Return back) · Ctrl+S save draft · Ctrl+Enter submit · Ctrl+N next item"),
                     this);
    hint->setObjectName(QStringLiteral("shortcutHint"));
    hint->setStyleSheet(QStringLiteral("color: #555;"));
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(hint);

    auto shortcut = [this](const QKeySequence &keys, void (ReviewerWorkspace::*slot)()) {
        auto *action = new QShortcut(keys, this);
        action->setContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_S), &ReviewerWorkspace::saveDraft);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &ReviewerWorkspace::submit);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), &ReviewerWorkspace::submit);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_N), &ReviewerWorkspace::nextItem);
    m_saveButton->setEnabled(false);
    m_submitButton->setEnabled(false);
}

void ReviewerWorkspace::reload()
{
    const QString login = m_context.user().login;
    const bool everyone = m_context.user().role == Role::Administrator;
    ++m_busy;
    runStoreTask(
        this, m_context.store(),
        [login, everyone](QSqlDatabase db) {
            QueueResult result;
            QaQueueRepository queue(db);
            if (!queue.userIdForLogin(login, &result.reviewerUserId, &result.error))
                return result;
            // Only an administrator sees other reviewers' items; anyone else without a users row
            // has no queue at all.
            if (!everyone && result.reviewerUserId == 0)
                return result;
            const qint64 reviewer = everyone ? 0 : result.reviewerUserId;
            if (queue.items(reviewer, &result.items, &result.error))
                QaReassignRepository(db).history(reviewer, &result.history, &result.error);
            return result;
        },
        [this](const QueueResult &result) {
            --m_busy;
            m_queue->setHistory(result.history);
            applyQueue(result.items, result.reviewerUserId, result.error);
        });
}

void ReviewerWorkspace::applyQueue(const QList<QaQueueItem> &items, qint64 reviewerUserId,
                                   const QString &error)
{
    m_reviewerUserId = reviewerUserId;
    const qint64 selected = m_openItem;
    m_queue->setItems(items);
    fillFilterCombos();
    fitQueuePaneOnce();
    if (!error.isEmpty())
        showMessage(error, true);
    else if (items.isEmpty())
        showMessage(m_context.user().role != Role::Administrator && reviewerUserId == 0
                        ? tr("You (%1) are not a reviewer in this store, so there is no queue.")
                              .arg(m_context.user().login)
                        : tr("No conversations are assigned for review."),
                    false);
    const bool stillThere = std::any_of(items.cbegin(), items.cend(), [selected](const QaQueueItem &item) {
        return item.sampleItemId == selected;
    });
    if (selected != 0 && !stillThere) {
        // Reassigned away (or removed): its panes must not stay open for scoring.
        m_openItem = m_loadedItem = m_reviewId = 0;
        m_transcriptPane->clear();
        m_flagStrip->hide();
        m_scorecard->clear();
        m_itemTitle->setText(tr("Select a conversation in the queue."));
        m_saveButton->setEnabled(false);
        m_submitButton->setEnabled(false);
    }
    selectItem(selected);
    const QaQueueItem *current = currentItem();
    m_reassignButton->setEnabled(current && current->status != QaQueueItem::Status::Submitted);
    showHistoryLine();
    emit queueLoaded();
}

QListView *ReviewerWorkspace::transcriptView() const
{
    return m_transcriptPane->view();
}

TranscriptModel *ReviewerWorkspace::transcriptModel() const
{
    return m_transcriptPane->model();
}

void ReviewerWorkspace::fitQueuePaneOnce()
{
    // The splitter's first guess is a fixed share of the width, which cuts off the queue's last
    // columns (status, score) on a laptop screen. The first filled queue therefore gets the width
    // its columns need, up to two fifths of the splitter; after that the reviewer's own splitter
    // position stands.
    const QList<int> sizes = m_splitter->sizes();
    const int total = std::accumulate(sizes.cbegin(), sizes.cend(), 0);
    if (m_queuePaneFitted || m_queue->rowCount() == 0 || total == 0)
        return; // not shown yet, or nothing to measure: try again on the next load
    m_queuePaneFitted = true;
    // The columns size to their contents, so the header's length is what they need (the last one,
    // which stretches, keeps at least the default section size when there is no room to stretch).
    const int wanted = m_queueView->horizontalHeader()->length() + 2 * m_queueView->frameWidth()
        + m_queueView->verticalScrollBar()->sizeHint().width();
    const int queue = std::min(wanted, total * 2 / 5);
    if (queue <= sizes.at(0))
        return;
    const int rest = total - queue;
    m_splitter->setSizes({ queue, rest / 2, rest - rest / 2 });
}

void ReviewerWorkspace::fillFilterCombos()
{
    auto refill = [](QComboBox *combo, const QString &anyText, const QMap<QString, qint64> &values) {
        const qint64 keep = combo->currentData().toLongLong();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(anyText, qint64(0));
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            combo->addItem(it.key(), it.value());
        combo->setCurrentIndex(std::max(0, combo->findData(keep)));
    };
    QMap<QString, qint64> agents, teams, reviewers;
    for (const QaQueueItem &item : m_queue->items()) {
        agents.insert(item.agentName, item.agentId);
        if (item.teamId != 0)
            teams.insert(item.teamName, item.teamId);
        reviewers.insert(item.reviewerName, item.reviewerId);
    }
    refill(m_agentFilter, tr("All agents"), agents);
    refill(m_teamFilter, tr("All teams"), teams);
    refill(m_reviewerFilter, tr("All reviewers"), reviewers);
    applyFilters();
}

void ReviewerWorkspace::applyFilters()
{
    if (!m_statusFilter)
        return; // still building the filter bar; the last combo is created after the others
    m_filter->setDue(QaQueueFilter::Due(m_dueFilter->currentData().toInt()));
    m_filter->setAgent(m_agentFilter->currentData().toLongLong());
    m_filter->setTeam(m_teamFilter->currentData().toLongLong());
    m_filter->setReviewer(m_reviewerFilter->currentData().toLongLong());
    const int status = m_statusFilter->currentData().toInt();
    if (status == AnyStatus)
        m_filter->setStatuses({});
    else if (status == NotSubmitted)
        m_filter->setStatuses({ QaQueueItem::Status::ToDo, QaQueueItem::Status::Draft });
    else
        m_filter->setStatuses({ QaQueueItem::Status(status) });
}

void ReviewerWorkspace::selectItem(qint64 sampleItemId)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const int source = m_filter->mapToSource(m_filter->index(row, 0)).row();
        if (m_queue->items().at(source).sampleItemId == sampleItemId) {
            m_queueView->setCurrentIndex(m_filter->index(row, 0));
            return;
        }
    }
}

const QaQueueItem *ReviewerWorkspace::currentItem() const
{
    for (const QaQueueItem &item : m_queue->items()) {
        if (item.sampleItemId == m_openItem)
            return &item;
    }
    return nullptr;
}

void ReviewerWorkspace::openCurrent()
{
    const QModelIndex index = m_queueView->currentIndex();
    if (!index.isValid())
        return;
    const QaQueueItem item = m_queue->items().at(m_filter->mapToSource(index).row());
    if (item.sampleItemId == m_openItem && m_loadedItem == m_openItem)
        return;
    m_openItem = item.sampleItemId;
    m_reviewId = item.reviewId;
    // A submitted review is final for its reviewer; a dispute, not a new reviewer, changes it.
    m_reassignButton->setEnabled(item.status != QaQueueItem::Status::Submitted);
    showHistoryLine();
    m_saveButton->setEnabled(false);
    m_submitButton->setEnabled(false);
    m_itemTitle->setText(tr("Loading conversation %1…").arg(item.conversationId));
    showMessage({}, false);
    runStoreTask(
        this, m_context.store(),
        [item](QSqlDatabase db) {
            ItemResult result;
            ScorecardTemplateRepository templates(db);
            if (item.reviewId != 0) {
                QaReviewRepository reviews(db);
                QaReview review;
                if (!reviews.load(item.reviewId, &review, &result.error)
                    || !templates.load(review.templateVersionId, &result.scorecard, &result.error)
                    || !reviews.answers(item.reviewId, &result.answers, &result.error))
                    return result;
            } else if (!templates.latest(DefaultTemplateName, &result.scorecard, &result.error)) {
                return result;
            }
            if (!QaTranscript::load(db, item.conversationId, &result.transcript, &result.error))
                return result;
            // Flags computed before the ticket ended (or reopened) are brought in step first, so the
            // strip and the suggestions never show a missing closing judged on the wrong state.
            bool rechecked = false;
            if (!AutoQaRunner::refreshConversation(db, item.conversationId, 0, &rechecked, &result.error))
                return result;
            QaAutoFlagRepository autoQa(db);
            QHash<qint64, QList<StoredAutoQaFlag>> flags;
            QString hash;
            if (!autoQa.flags(item.conversationId, item.conversationId, &flags, &result.error)
                || !autoQa.flagsStale(&result.flagsStale, &result.error)
                || !autoQa.flagsSettingsHash(&hash, &result.error))
                return result;
            result.flags = flags.value(item.conversationId);
            result.flagsStale = result.flagsStale && !rechecked; // just computed with the saved settings
            result.flagsNeverRun = hash.isEmpty() && result.flags.isEmpty();
            // Only a review nobody has answered yet is pre-filled; a draft keeps the reviewer's answers.
            if (item.reviewId == 0) {
                QStringList rules;
                for (const StoredAutoQaFlag &flag : std::as_const(result.flags))
                    rules.append(flag.rule);
                result.suggestions = AutoQaCriteria::suggest(result.scorecard, rules);
            }
            return result;
        },
        [this, item](const ItemResult &result) {
            if (item.sampleItemId != m_openItem)
                return; // the reviewer has moved on
            m_loadedItem = item.sampleItemId;
            m_transcriptPane->setTranscript(result.transcript);
            m_transcriptPane->model()->setFlags(result.flags);
            showFlags(result.flags, result.flagsStale, result.flagsNeverRun);
            m_scorecard->setScorecard(result.scorecard, result.answers);
            const bool submitted = item.status == QaQueueItem::Status::Submitted;
            m_scorecard->setReadOnly(submitted);
            if (!submitted)
                m_scorecard->setSuggestions(result.suggestions);
            m_itemTitle->setText(tr("Conversation %1 · %2 · %3")
                                     .arg(item.conversationId)
                                     .arg(item.agentName,
                                          QDateTime::fromSecsSinceEpoch(item.startedAt)
                                              .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
            const bool ok = result.error.isEmpty();
            m_saveButton->setEnabled(ok && !submitted);
            m_submitButton->setEnabled(ok && !submitted);
            if (!ok)
                showMessage(result.error, true);
            else if (submitted)
                showMessage(tr("This review was submitted; a dispute is the way to change it."), false);
            emit itemOpened();
        });
}

void ReviewerWorkspace::saveDraft()
{
    store(false);
}

void ReviewerWorkspace::submit()
{
    if (m_loadedItem == 0 || m_loadedItem != m_openItem || m_scorecard->isReadOnly())
        return;
    const QStringList missing = m_scorecard->unansweredTitles();
    if (!missing.isEmpty()) {
        showMessage(tr("Cannot submit: %n criterion(s) unanswered: %1.", nullptr, int(missing.size()))
                        .arg(missing.join(tr(", "))),
                    true);
        return;
    }
    store(true);
}

void ReviewerWorkspace::store(bool submitAfter)
{
    const QaQueueItem *current = currentItem();
    if (!current || m_loadedItem != m_openItem || m_busy > 0 || m_scorecard->isReadOnly())
        return;
    const QaQueueItem item = *current;
    const qint64 reviewId = m_reviewId;
    const qint64 versionId = m_scorecard->scorecard().versionId;
    const QList<ScorecardAnswer> answers = m_scorecard->answers();
    const QString actor = m_context.user().login;
    ++m_busy;
    m_saveButton->setEnabled(false);
    m_submitButton->setEnabled(false);
    runStoreTask(
        this, m_context.store(),
        [item, reviewId, versionId, answers, actor, submitAfter](QSqlDatabase db) {
            StoreResult result;
            result.reviewId = reviewId;
            QaReviewRepository reviews(db);
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            if (result.reviewId == 0) {
                // The review belongs to the item's assigned reviewer, also when an administrator
                // scores it for them; the audit log names who acted.
                QaReview review;
                review.conversationId = item.conversationId;
                review.agentId = item.agentId;
                review.reviewerId = item.reviewerId;
                review.templateVersionId = versionId;
                review.sampleItemId = item.sampleItemId;
                review.createdAt = now;
                if (!reviews.create(&review, &result.error))
                    return result;
                result.reviewId = review.id;
            }
            if (!reviews.saveDraft(result.reviewId, answers, &result.error))
                return result;
            if (submitAfter) {
                QaReview review;
                if (!reviews.submit(result.reviewId, actor, now, &result.error)
                    || !reviews.load(result.reviewId, &review, &result.error))
                    return result;
                result.submitted = true;
                result.score = review.score;
            }
            return result;
        },
        [this, item](const StoreResult &result) {
            --m_busy;
            if (item.sampleItemId != m_openItem)
                return;
            m_reviewId = result.reviewId;
            // Keep the queue's row in step without a reload, so the selection stays put.
            QList<QaQueueItem> items = m_queue->items();
            for (QaQueueItem &row : items) {
                if (row.sampleItemId != item.sampleItemId)
                    continue;
                row.reviewId = result.reviewId;
                if (result.reviewId != 0 && row.status == QaQueueItem::Status::ToDo)
                    row.status = QaQueueItem::Status::Draft;
                if (result.submitted) {
                    row.status = QaQueueItem::Status::Submitted;
                    row.score = result.score;
                }
            }
            {
                const QSignalBlocker blocker(m_queueView->selectionModel());
                m_queue->setItems(items);
                selectItem(item.sampleItemId);
            }
            const bool done = result.submitted;
            m_scorecard->setReadOnly(done);
            m_reassignButton->setEnabled(!done);
            m_saveButton->setEnabled(!done);
            m_submitButton->setEnabled(!done);
            if (!result.error.isEmpty()) {
                showMessage(result.error, true);
                return;
            }
            if (done) {
                showMessage(tr("Submitted: score %1.")
                                .arg(result.score ? QLocale().toString(*result.score, 'f', 1) : tr("n/a")),
                            false);
                emit this->submitted();
            } else {
                showMessage(
                    tr("Draft saved at %1.").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))),
                    false);
                emit saved();
            }
        });
}

void ReviewerWorkspace::nextItem()
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return;
    const int row = m_queueView->currentIndex().isValid() ? m_queueView->currentIndex().row() + 1 : 0;
    if (row >= rows) {
        showMessage(tr("This was the last conversation in the queue."), false);
        return;
    }
    m_queueView->setCurrentIndex(m_filter->index(row, 0));
    m_scorecard->setFocus(Qt::ShortcutFocusReason);
}

void ReviewerWorkspace::showFlags(const QList<StoredAutoQaFlag> &flags, bool stale, bool neverRun)
{
    qDeleteAll(m_flagButtons);
    m_flagButtons.clear();
    if (neverRun) {
        m_flagSummary->setText(tr("Auto-QA has not checked this store yet."));
    } else if (flags.isEmpty()) {
        m_flagSummary->setText(tr("Auto-QA: no flags."));
    } else {
        m_flagSummary->setText(tr("%n auto-QA flag(s):", nullptr, int(flags.size())));
        for (int i = 0; i < int(flags.size()); ++i) {
            const StoredAutoQaFlag &flag = flags.at(i);
            auto *button = new QToolButton(m_flagStrip);
            button->setObjectName(QStringLiteral("autoQaFlag_%1").arg(i));
            button->setText(TranscriptModel::ruleName(flag.rule));
            button->setAutoRaise(true);
            button->setStyleSheet(
                QStringLiteral("QToolButton { color: #b71c1c; text-decoration: underline; }"));
            const bool located = m_transcriptPane->model()->rowForSeq(flag.messageSeq) >= 0;
            button->setToolTip(located ? TranscriptModel::flagDescription(flag) + QLatin1Char('\n')
                                       + tr("Click to show the message.")
                                       : TranscriptModel::flagDescription(flag));
            button->setEnabled(located);
            connect(button, &QToolButton::clicked, this, [this, i] { scrollToFlag(i); });
            m_flagRow->insertWidget(1 + i, button);
            m_flagButtons.append(button);
        }
    }
    // Either the rules changed after the last run, or the store was upgraded from a version that did
    // not record what the flags were computed under (schema 9): the remedy is the same.
    m_flagStale->setText(tr("Out of date: these flags were computed under other auto-QA rules or by an "
                            "older TeamLens; run auto-QA again."));
    m_flagStale->setVisible(stale && !neverRun);
    m_flagStrip->show();
}

void ReviewerWorkspace::scrollToFlag(int flagIndex)
{
    TranscriptModel *transcript = m_transcriptPane->model();
    const QList<StoredAutoQaFlag> &flags = transcript->flags();
    if (flagIndex < 0 || flagIndex >= flags.size())
        return;
    const int row = transcript->rowForSeq(flags.at(flagIndex).messageSeq);
    if (row < 0)
        return;
    const QModelIndex index = transcript->index(row);
    m_transcriptPane->view()->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_transcriptPane->view()->setCurrentIndex(index);
}

void ReviewerWorkspace::showHistoryLine()
{
    const QList<QaReassignment> history = m_queue->history(m_openItem);
    if (history.isEmpty()) {
        m_historyLine->hide();
        return;
    }
    m_historyLine->setText(tr("Reassigned: %1").arg(QaQueueModel::historyText(history)));
    m_historyLine->show();
}

void ReviewerWorkspace::reassignCurrent()
{
    const QaQueueItem *current = currentItem();
    if (!current || m_busy > 0 || current->status == QaQueueItem::Status::Submitted)
        return;
    const QaQueueItem item = *current;
    ++m_busy;
    runStoreTask(
        this, m_context.store(),
        [item](QSqlDatabase db) {
            ChoicesResult result;
            QaReassignRepository(db).choices(item.sampleItemId, &result.choices, &result.workloadCap,
                                             &result.error);
            return result;
        },
        [this, item](const ChoicesResult &result) {
            --m_busy;
            if (!result.error.isEmpty()) {
                showMessage(result.error, true);
                return;
            }
            auto *dialog = new ReassignDialog(item, result.choices, result.workloadCap, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, dialog, item] {
                const qint64 to = dialog->selectedUserId();
                const QString reason = dialog->reason();
                const QString actor = m_context.user().login;
                ++m_busy;
                runStoreTask(
                    this, m_context.store(),
                    [item, to, reason, actor](QSqlDatabase db) {
                        QString error;
                        QaSampleRepository(db).reassign(item.sampleItemId, to, reason, actor,
                                                        QDateTime::currentSecsSinceEpoch(), &error);
                        return error;
                    },
                    [this, item](const QString &error) {
                        --m_busy;
                        if (!error.isEmpty()) {
                            showMessage(error, true);
                            emit reassigned(error);
                            return;
                        }
                        showMessage(tr("Conversation %1 was reassigned.").arg(item.conversationId), false);
                        // The reloaded queue carries the new reviewer and the history.
                        connect(
                            this, &ReviewerWorkspace::queueLoaded, this, [this] { emit reassigned({}); },
                            Qt::SingleShotConnection);
                        reload();
                    });
            });
            dialog->open();
            emit reassignDialogOpened();
        });
}

void ReviewerWorkspace::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QString());
}

bool ReviewerWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_queueView && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::NoModifier) {
            m_scorecard->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
