#pragma once

#include "qa/store/QaAutoFlagRepository.h"
#include "qa/store/QaQueueRepository.h"

#include <QWidget>

class QComboBox;
class QFrame;
class QHBoxLayout;
class QLabel;
class QToolButton;
class QListView;
class QPushButton;
class QSplitter;
class QTableView;
class QaQueueFilter;
class QaQueueModel;
class ScorecardPanel;
class ServiceContext;
class TranscriptModel;
class TranscriptPane;

/**
 * The QA reviewer workspace (PRODUCT.md "QA scorecards"): the acting reviewer's queue of sampled
 * conversations (an administrator sees every reviewer's, with a reviewer filter) filtered by due,
 * agent, team and status; the transcript of the selected item with the customer waits over the
 * auto-QA limit highlighted (TranscriptLegend) and the messages auto-QA flagged marked, under a
 * strip naming the flags (a click scrolls to the message; flags computed with other settings say
 * they are stale; flags computed before the ticket ended or reopened are rechecked as the item
 * opens, AutoQaRunner::refreshConversation); the scorecard
 * beside it with the live total, on a fresh review pre-filled with the auto-QA suggestions
 * (AutoQaCriteria; nothing is stored before a save); Save draft (the first save creates the
 * review, linked to the sample item) and Submit (refused, naming them, while criteria are
 * unanswered); "Reassign…" (button and queue context menu) hands the selected item to another
 * reviewer with a reason (ReassignDialog), and the queue's tooltips tell each item's reassignments.
 * Keyboard-first: Ctrl+S, Ctrl+Enter and Ctrl+N (next queue item) here, the scoring keys in
 * ScorecardPanel, Return in the queue moves to the scorecard.
 *
 * Threading: every store read and write runs through runStoreTask; an answer for an item that is no
 * longer selected is dropped.
 */
class ReviewerWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewerWorkspace(const ServiceContext &context, QWidget *parent = nullptr);

    QTableView *queueView() const { return m_queueView; }
    QaQueueModel *queueModel() const { return m_queue; }
    QListView *transcriptView() const;
    TranscriptModel *transcriptModel() const;
    ScorecardPanel *scorecardPanel() const { return m_scorecard; }
    /** The selected item's review id (0 before its first save). */
    qint64 currentReviewId() const { return m_reviewId; }
    /** True while the selected item is loaded and no save or submit is running. */
    bool isIdle() const { return m_busy == 0 && m_loadedItem == m_openItem; }

public slots:
    /** Reloads the queue; keeps the selected item when it is still there. */
    void reload();
    void saveDraft();
    void submit();
    /** Selects the next queue row and moves to its scorecard. */
    void nextItem();
    /** Opens the reassignment dialog for the selected item (after reading the reviewers). */
    void reassignCurrent();

signals:
    void queueLoaded();
    void itemOpened();
    void saved();
    void submitted();
    /** The reassignment dialog is open (tests drive it). */
    void reassignDialogOpened();
    /** An item was reassigned and the queue reloaded; error is empty on success. */
    void reassigned(const QString &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openCurrent();
    void applyQueue(const QList<QaQueueItem> &items, qint64 reviewerUserId, const QString &error);
    void fillFilterCombos();
    void applyFilters();
    /** Once, when the queue first has rows: widens its pane so no column starts cut off. */
    void fitQueuePaneOnce();
    const QaQueueItem *currentItem() const;
    /** Makes the item current in the queue view if the filters show it. */
    void selectItem(qint64 sampleItemId);
    /** Saves the panel's answers (creating the review first if needed), then submits when asked. */
    void store(bool submitAfter);
    void showMessage(const QString &text, bool problem);
    /** Fills the flag strip above the transcript. */
    void showFlags(const QList<StoredAutoQaFlag> &flags, bool stale, bool neverRun);
    void scrollToFlag(int flagIndex);
    void showHistoryLine();

    const ServiceContext &m_context;
    QaQueueModel *m_queue = nullptr;
    QaQueueFilter *m_filter = nullptr;
    QTableView *m_queueView = nullptr;
    QSplitter *m_splitter = nullptr; // queue | transcript | scorecard
    bool m_queuePaneFitted = false;
    QComboBox *m_dueFilter = nullptr;
    QComboBox *m_agentFilter = nullptr;
    QComboBox *m_teamFilter = nullptr;
    QComboBox *m_reviewerFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    TranscriptPane *m_transcriptPane = nullptr;
    ScorecardPanel *m_scorecard = nullptr;
    QLabel *m_itemTitle = nullptr;
    QLabel *m_historyLine = nullptr;
    QFrame *m_flagStrip = nullptr;
    QHBoxLayout *m_flagRow = nullptr; // the summary, then one button per flag
    QLabel *m_flagSummary = nullptr;
    QLabel *m_flagStale = nullptr;
    QList<QToolButton *> m_flagButtons;
    QPushButton *m_reassignButton = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_submitButton = nullptr;
    qint64 m_reviewerUserId = 0; // the acting user's users row, 0 when unknown
    qint64 m_openItem = 0; // the selected sample item
    qint64 m_loadedItem = 0; // the sample item the panes show
    qint64 m_reviewId = 0;
    int m_busy = 0;
};
