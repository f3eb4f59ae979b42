#include "CalibrationWindow.h"

#include "CalibrationComparisonPanel.h"
#include "CalibrationScoringPanel.h"
#include "CalibrationSessionDialog.h"
#include "kpi/StoreTask.h"
#include "qa/store/QaQueueRepository.h"
#include "qa/store/ScorecardTemplateRepository.h"
#include "services/ServiceContext.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

struct SessionsResult
{
    QList<QaCalibrationSessionRow> rows;
    qint64 reviewerUserId = 0;
    QString error;
};

struct ComparisonResult
{
    QaCalibrationSession session;
    CalibrationSummary summary;
    ScorecardTemplate scorecard;
    QHash<qint64, QString> names;
    QString error;
};

struct CloseResult
{
    QString error;
};

enum Page { HintPage, ScoringPage, ComparisonPage };

} // namespace

CalibrationWindow::CalibrationWindow(const ServiceContext &context, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_context(context)
{
    setObjectName(QStringLiteral("calibrationWindow"));
    setWindowTitle(tr("Calibration"));

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("calibrationSessionTable"));
    m_table->setHorizontalHeaderLabels({ tr("Session"), tr("Scorecard"), tr("Conversations"), tr("Reviewers"),
                                         tr("Submitted"), tr("State") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::currentCellChanged, this, &CalibrationWindow::currentChanged);

    auto button = [this](const QString &text, const QString &name, void (CalibrationWindow::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_new = button(tr("&New session…"), QStringLiteral("newSessionButton"), &CalibrationWindow::newSession);
    m_score = button(tr("&Score my drafts"), QStringLiteral("scoreDraftsButton"),
                     &CalibrationWindow::scoreMyDrafts);
    m_reference = button(tr("Set &references"), QStringLiteral("setReferencesButton"),
                         &CalibrationWindow::setReferences);
    m_close = button(tr("&Close session"), QStringLiteral("closeSessionButton"),
                     &CalibrationWindow::closeSession);
    m_close->setToolTip(tr("Ends the blind phase: everyone's scores become visible and drafts are frozen."));
    QPushButton *refresh
        = button(tr("Refresh"), QStringLiteral("refreshSessionsButton"), &CalibrationWindow::reload);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { m_new, m_score, m_reference, m_close })
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(refresh);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("calibrationMessage"));
    m_message->setWordWrap(true);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("calibrationHint"));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_scoring = new CalibrationScoringPanel(context, this);
    m_comparison = new CalibrationComparisonPanel(this);
    m_stack = new QStackedWidget(this);
    m_stack->insertWidget(HintPage, m_hint);
    m_stack->insertWidget(ScoringPage, m_scoring);
    m_stack->insertWidget(ComparisonPage, m_comparison);
    // Counts change when a draft is submitted or a reference saved.
    connect(m_scoring, &CalibrationScoringPanel::sessionChanged, this, &CalibrationWindow::reload);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_message);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    resize(1200, 800);
    updateButtons();
    reload();
}

qint64 CalibrationWindow::currentSessionId() const
{
    const QaCalibrationSessionRow *row = currentRow();
    return row ? row->id : 0;
}

const QaCalibrationSessionRow *CalibrationWindow::currentRow() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString CalibrationWindow::messageText() const
{
    return m_message->text();
}

void CalibrationWindow::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QString());
}

void CalibrationWindow::reload()
{
    reloadSelecting(0);
}

void CalibrationWindow::reloadSelecting(qint64 sessionId)
{
    const QString login = m_context.user().login;
    ++m_busy;
    runStoreTask(
        this, m_context.store(),
        [login](QSqlDatabase db) {
            SessionsResult result;
            if (QaQueueRepository(db).userIdForLogin(login, &result.reviewerUserId, &result.error))
                QaCalibrationRepository(db).sessions(&result.rows, &result.error);
            return result;
        },
        [this, sessionId](const SessionsResult &result) {
            --m_busy;
            applySessions(result.rows, result.reviewerUserId, result.error, sessionId);
        });
}

void CalibrationWindow::applySessions(const QList<QaCalibrationSessionRow> &rows, qint64 reviewerUserId,
                                      const QString &error, qint64 requested)
{
    // Reloads overlap (each saved reference asks for one). Every answer therefore keeps the
    // selection as it is now, unless its own request named a session: an answer must not treat
    // the selection as lost, which would reset the panels below mid-scoring.
    const qint64 wanted = requested != 0 ? requested : currentSessionId();
    m_reviewerUserId = reviewerUserId;
    m_rows = rows;
    {
        // Re-filling the table must not reopen the panels below; the selection is restored after.
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(int(rows.size()));
        for (int row = 0; row < rows.size(); ++row) {
            const QaCalibrationSessionRow &session = rows.at(row);
            auto set = [this, row](int column, const QString &text) {
                auto *item = new QTableWidgetItem(text);
                m_table->setItem(row, column, item);
            };
            set(NameColumn, session.name);
            set(TemplateColumn, tr("%1 v%2").arg(session.templateName).arg(session.templateVersion));
            set(ConversationsColumn, QLocale().toString(session.conversations));
            set(ReviewersColumn, QLocale().toString(session.reviewers));
            set(SubmittedColumn, tr("%1 of %2").arg(session.submitted).arg(session.reviews));
            set(StateColumn,
                session.closedAt == 0 ? tr("open (blind)")
                                      : tr("closed %1")
                                            .arg(QDateTime::fromSecsSinceEpoch(session.closedAt)
                                                     .toString(QStringLiteral("yyyy-MM-dd"))));
            m_table->item(row, NameColumn)->setData(Qt::UserRole, session.id);
        }
    }
    if (!error.isEmpty())
        showMessage(error, true);
    else if (rows.isEmpty())
        showMessage(tr("No calibration sessions yet. Start one with \"New session…\"."), false);
    const int previousRow = m_table->currentRow();
    int select = -1;
    for (int row = 0; row < rows.size(); ++row) {
        if (rows.at(row).id == wanted)
            select = row;
    }
    if (select >= 0 && select == previousRow) {
        // Same row: refresh what depends on the session's state (it may have been closed).
        updateButtons();
        if (rows.at(select).closedAt != 0 && m_stack->currentIndex() != ComparisonPage)
            loadComparison(rows.at(select).id);
    } else if (select >= 0) {
        m_table->setCurrentCell(select, 0);
    } else {
        currentChanged();
    }
    emit sessionsLoaded();
}

void CalibrationWindow::selectSession(qint64 sessionId)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == sessionId) {
            m_table->setCurrentCell(row, 0);
            return;
        }
    }
}

void CalibrationWindow::currentChanged()
{
    updateButtons();
    const QaCalibrationSessionRow *row = currentRow();
    if (!row) {
        m_hint->setText(tr("Select a session, or start one with \"New session…\"."));
        m_stack->setCurrentIndex(HintPage);
        return;
    }
    if (row->closedAt != 0) {
        loadComparison(row->id);
        return;
    }
    m_hint->setText(tr("This session is open and blind: each reviewer sees only their own scores. The "
                       "comparison appears when its creator or a QA lead closes it."));
    m_stack->setCurrentIndex(HintPage);
}

void CalibrationWindow::updateButtons()
{
    const QaCalibrationSessionRow *row = currentRow();
    const bool open = row && row->closedAt == 0;
    QaCalibrationSession session;
    if (row)
        session.createdBy = row->createdBy;
    const bool leads = row && QaCalibrationRepository::mayClose(session, m_context.user());
    m_score->setEnabled(open);
    m_reference->setEnabled(open && leads);
    m_close->setEnabled(open && leads);
}

void CalibrationWindow::newSession()
{
    auto *dialog = new CalibrationSessionDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CalibrationSessionDialog::sessionCreated, this, [this](qint64 id) {
        showMessage(tr("Session created: each reviewer now has a blind draft per conversation."), false);
        reloadSelecting(id);
    });
    // Window-modal, not exec(): the window keeps handling store answers meanwhile.
    dialog->open();
}

void CalibrationWindow::scoreMyDrafts()
{
    const QaCalibrationSessionRow *row = currentRow();
    if (!row || row->closedAt != 0)
        return;
    if (m_reviewerUserId == 0) {
        showMessage(tr("You (%1) are not a reviewer in this store, so you have no drafts to score.")
                        .arg(m_context.user().login),
                    true);
        return;
    }
    m_scoring->openSession(row->id, CalibrationScoringPanel::Mode::Drafts, m_reviewerUserId);
    m_stack->setCurrentIndex(ScoringPage);
}

void CalibrationWindow::setReferences()
{
    const QaCalibrationSessionRow *row = currentRow();
    if (!row || row->closedAt != 0)
        return;
    m_scoring->openSession(row->id, CalibrationScoringPanel::Mode::Reference, m_reviewerUserId);
    m_stack->setCurrentIndex(ScoringPage);
}

void CalibrationWindow::closeSession()
{
    const QaCalibrationSessionRow *row = currentRow();
    // A reload may be running (a reference was just saved); only a second close is refused.
    if (!row || row->closedAt != 0 || m_closing)
        return;
    const qint64 id = row->id;
    const ActingUser actor = m_context.user();
    ++m_busy;
    m_closing = true;
    m_close->setEnabled(false);
    runStoreTask(
        this, m_context.store(),
        [id, actor](QSqlDatabase db) {
            CloseResult result;
            QaCalibrationRepository(db).close(id, actor, QDateTime::currentSecsSinceEpoch(), &result.error);
            return result;
        },
        [this, id](const CloseResult &result) {
            --m_busy;
            m_closing = false;
            if (!result.error.isEmpty()) {
                showMessage(result.error, true);
                updateButtons();
                return;
            }
            showMessage(tr("Session closed: the scores are no longer blind."), false);
            emit sessionClosed(id);
            reloadSelecting(id);
        });
}

void CalibrationWindow::loadComparison(qint64 sessionId)
{
    m_hint->setText(tr("Loading the comparison…"));
    m_stack->setCurrentIndex(HintPage);
    ++m_busy;
    runStoreTask(
        this, m_context.store(),
        [sessionId](QSqlDatabase db) {
            ComparisonResult result;
            QaCalibrationRepository calibration(db);
            if (calibration.load(sessionId, &result.session, &result.error)
                && calibration.comparison(sessionId, &result.summary, &result.error)
                && ScorecardTemplateRepository(db).load(result.session.templateVersionId, &result.scorecard,
                                                        &result.error))
                calibration.reviewerNames(sessionId, &result.names, &result.error);
            return result;
        },
        [this, sessionId](const ComparisonResult &result) {
            --m_busy;
            if (currentSessionId() != sessionId)
                return; // another session was selected meanwhile
            if (!result.error.isEmpty()) {
                m_hint->setText(result.error);
                return;
            }
            m_comparison->setComparison(result.session.name, result.summary, result.scorecard, result.names);
            m_stack->setCurrentIndex(ComparisonPage);
            emit comparisonShown();
        });
}
