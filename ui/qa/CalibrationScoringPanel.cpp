#include "CalibrationScoringPanel.h"

#include "ScorecardPanel.h"
#include "TranscriptModel.h"
#include "TranscriptPane.h"
#include "kpi/StoreTask.h"
#include "qa/QaTranscript.h"
#include "qa/store/QaCalibrationRepository.h"
#include "qa/store/ScorecardTemplateRepository.h"
#include "services/ServiceContext.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace {

struct ListResult
{
    QaCalibrationSession session;
    ScorecardTemplate scorecard;
    QList<QaReview> reviews; // Drafts: the viewer's own
    QList<qint64> referenced; // Reference: conversations with a reference
    QString error;
};

struct ItemResult
{
    QList<ScorecardAnswer> answers;
    QaTranscript transcript;
    QString error;
};

struct StoreResult
{
    bool submitted = false;
    std::optional<double> score;
    QString error;
};

} // namespace

CalibrationScoringPanel::CalibrationScoringPanel(const ServiceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("calibrationScoringPanel"));
    m_items = new QListWidget(this);
    m_items->setObjectName(QStringLiteral("calibrationItemList"));
    connect(m_items, &QListWidget::currentRowChanged, this, &CalibrationScoringPanel::openCurrent);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("calibrationItemTitle"));
    m_transcriptPane = new TranscriptPane(this);
    m_transcriptPane->view()->setObjectName(QStringLiteral("calibrationTranscriptView"));
    m_transcriptPane->addHeaderWidget(m_title);

    m_scorecard = new ScorecardPanel(this);
    m_saveDraft = new QPushButton(tr("Save draft"), this);
    m_saveDraft->setObjectName(QStringLiteral("calibrationSaveDraftButton"));
    m_submit = new QPushButton(tr("Submit"), this);
    m_submit->setObjectName(QStringLiteral("calibrationSubmitButton"));
    m_saveReference = new QPushButton(tr("Save reference"), this);
    m_saveReference->setObjectName(QStringLiteral("calibrationSaveReferenceButton"));
    connect(m_saveDraft, &QPushButton::clicked, this, &CalibrationScoringPanel::saveDraft);
    connect(m_submit, &QPushButton::clicked, this, &CalibrationScoringPanel::submit);
    connect(m_saveReference, &QPushButton::clicked, this, &CalibrationScoringPanel::saveReference);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("calibrationScoringMessage"));
    m_message->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveDraft);
    buttons->addWidget(m_submit);
    buttons->addWidget(m_saveReference);
    buttons->addStretch(1);
    auto *scorePane = new QWidget(this);
    auto *scoreLayout = new QVBoxLayout(scorePane);
    scoreLayout->setContentsMargins(0, 0, 0, 0);
    scoreLayout->addWidget(m_scorecard, 1);
    scoreLayout->addWidget(m_message);
    scoreLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_items);
    splitter->addWidget(m_transcriptPane);
    splitter->addWidget(scorePane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    updateButtons();
}

QList<qint64> CalibrationScoringPanel::listedReviewIds() const
{
    QList<qint64> ids;
    for (const Item &item : m_list)
        ids.append(item.reviewId);
    return ids;
}

TranscriptModel *CalibrationScoringPanel::transcriptModel() const
{
    return m_transcriptPane->model();
}

QString CalibrationScoringPanel::messageText() const
{
    return m_message->text();
}

void CalibrationScoringPanel::openSession(qint64 sessionId, Mode mode, qint64 reviewerUserId)
{
    m_sessionId = sessionId;
    m_mode = mode;
    m_reviewerUserId = reviewerUserId;
    const int generation = ++m_generation;
    m_list.clear();
    {
        const QSignalBlocker blocker(m_items);
        m_items->clear();
    }
    m_openRow = m_loadedRow = -1;
    m_transcriptPane->clear();
    m_scorecard->clear();
    m_title->setText(tr("Loading the session…"));
    showMessage({}, false);
    updateButtons();
    ++m_busy;
    runStoreTask(
        this, m_context.store(),
        [sessionId, mode, reviewerUserId](QSqlDatabase db) {
            ListResult result;
            QaCalibrationRepository calibration(db);
            if (!calibration.load(sessionId, &result.session, &result.error)
                || !ScorecardTemplateRepository(db).load(result.session.templateVersionId, &result.scorecard,
                                                         &result.error))
                return result;
            if (mode == Mode::Drafts) {
                // The blind rule lives in reviewsFor: only the viewer's own drafts come back.
                calibration.reviewsFor(sessionId, reviewerUserId, &result.reviews, &result.error);
                return result;
            }
            for (const qint64 conversation : std::as_const(result.session.conversationIds)) {
                QList<ScorecardAnswer> reference;
                if (!calibration.references(sessionId, conversation, &reference, &result.error))
                    return result;
                if (!reference.isEmpty())
                    result.referenced.append(conversation);
            }
            return result;
        },
        [this, generation](const ListResult &result) {
            --m_busy;
            if (generation != m_generation)
                return;
            m_template = result.scorecard;
            m_closed = !result.session.isOpen();
            if (m_mode == Mode::Drafts) {
                for (const QaReview &review : result.reviews)
                    m_list.append(
                        { review.conversationId, review.id, review.status == QaReview::Status::Submitted });
            } else {
                for (const qint64 conversation : result.session.conversationIds)
                    m_list.append({ conversation, 0, result.referenced.contains(conversation) });
            }
            for (int row = 0; row < m_list.size(); ++row) {
                m_items->addItem(QString());
                updateItemText(row);
            }
            m_title->setText(m_list.isEmpty() ? QString() : tr("Select a conversation."));
            if (!result.error.isEmpty())
                showMessage(result.error, true);
            else if (m_list.isEmpty() && m_mode == Mode::Drafts)
                showMessage(tr("You have no drafts in this session."), false);
            else if (m_closed)
                showMessage(tr("This session is closed; its scores can no longer change."), false);
            emit itemsLoaded();
            if (!m_list.isEmpty())
                m_items->setCurrentRow(0);
        });
}

void CalibrationScoringPanel::updateItemText(int row)
{
    const Item &item = m_list.at(row);
    QString state;
    if (m_mode == Mode::Drafts)
        state = item.done ? tr("submitted") : tr("draft");
    else
        state = item.done ? tr("reference set") : tr("no reference yet");
    m_items->item(row)->setText(tr("Conversation %1 · %2").arg(item.conversationId).arg(state));
}

void CalibrationScoringPanel::updateButtons()
{
    const bool loaded = m_openRow >= 0 && m_loadedRow == m_openRow && m_busy == 0;
    const bool drafts = m_mode == Mode::Drafts;
    m_saveDraft->setVisible(drafts);
    m_submit->setVisible(drafts);
    m_saveReference->setVisible(!drafts);
    const bool done = loaded && drafts && m_list.at(m_openRow).done;
    m_saveDraft->setEnabled(loaded && !m_closed && !done);
    m_submit->setEnabled(loaded && !m_closed && !done);
    m_saveReference->setEnabled(loaded && !m_closed);
}

void CalibrationScoringPanel::openCurrent()
{
    const int row = m_items->currentRow();
    if (row < 0 || row >= m_list.size())
        return;
    m_openRow = row;
    const Item item = m_list.at(row);
    const qint64 sessionId = m_sessionId;
    const Mode mode = m_mode;
    const qint64 viewer = m_reviewerUserId;
    const int generation = m_generation;
    m_title->setText(tr("Loading conversation %1…").arg(item.conversationId));
    showMessage({}, false);
    updateButtons();
    runStoreTask(
        this, m_context.store(),
        [item, sessionId, mode, viewer](QSqlDatabase db) {
            ItemResult result;
            QaCalibrationRepository calibration(db);
            const bool ok = mode == Mode::Drafts
                ? calibration.answersFor(sessionId, item.reviewId, viewer, &result.answers, &result.error)
                : calibration.references(sessionId, item.conversationId, &result.answers, &result.error);
            if (ok)
                QaTranscript::load(db, item.conversationId, &result.transcript, &result.error);
            return result;
        },
        [this, row, generation](const ItemResult &result) {
            if (generation != m_generation || row != m_openRow)
                return; // moved on
            m_loadedRow = row;
            const Item &shown = m_list.at(row);
            m_transcriptPane->setTranscript(result.transcript);
            m_scorecard->setScorecard(m_template, result.answers);
            m_scorecard->setReadOnly(m_closed || (m_mode == Mode::Drafts && shown.done));
            m_title->setText(m_mode == Mode::Drafts
                                 ? tr("Conversation %1 · your blind score").arg(shown.conversationId)
                                 : tr("Conversation %1 · reference answers").arg(shown.conversationId));
            if (!result.error.isEmpty())
                showMessage(result.error, true);
            updateButtons();
            emit itemOpened();
        });
}

void CalibrationScoringPanel::saveDraft()
{
    store(false);
}

void CalibrationScoringPanel::submit()
{
    if (!isIdle() || m_mode != Mode::Drafts)
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

void CalibrationScoringPanel::saveReference()
{
    if (!isIdle() || m_mode != Mode::Reference)
        return;
    store(false);
}

void CalibrationScoringPanel::store(bool submitAfter)
{
    if (!isIdle() || m_closed || m_scorecard->isReadOnly())
        return;
    const int row = m_openRow;
    const Item item = m_list.at(row);
    const qint64 sessionId = m_sessionId;
    const Mode mode = m_mode;
    const QList<ScorecardAnswer> answers = m_scorecard->answers();
    const QString actor = m_context.user().login;
    const ActingUser user = m_context.user();
    const int generation = m_generation;
    ++m_busy;
    updateButtons();
    runStoreTask(
        this, m_context.store(),
        [item, sessionId, mode, answers, actor, user, submitAfter](QSqlDatabase db) {
            StoreResult result;
            if (mode == Mode::Reference) {
                QaCalibrationRepository(db).setReference(sessionId, item.conversationId, answers, user,
                                                         &result.error);
                return result;
            }
            // The review repository refuses a draft whose session was closed meanwhile.
            QaReviewRepository reviews(db);
            if (!reviews.saveDraft(item.reviewId, answers, &result.error))
                return result;
            if (submitAfter) {
                if (!reviews.submit(item.reviewId, actor, QDateTime::currentSecsSinceEpoch(), &result.error))
                    return result;
                result.submitted = true;
            }
            return result;
        },
        [this, row, generation, mode](const StoreResult &result) {
            --m_busy;
            if (generation != m_generation)
                return;
            if (!result.error.isEmpty()) {
                showMessage(result.error, true);
                updateButtons();
                return;
            }
            if (mode == Mode::Reference) {
                m_list[row].done = true;
                showMessage(tr("Reference saved."), false);
                emit saved();
            } else if (result.submitted) {
                m_list[row].done = true;
                if (row == m_openRow)
                    m_scorecard->setReadOnly(true);
                showMessage(tr("Submitted. The other reviewers' scores stay hidden until the session is "
                               "closed."),
                            false);
                emit submitted();
            } else {
                showMessage(
                    tr("Draft saved at %1.").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))),
                    false);
                emit saved();
            }
            updateItemText(row);
            updateButtons();
            if (mode == Mode::Reference || result.submitted)
                emit sessionChanged();
        });
}

void CalibrationScoringPanel::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QString());
}
