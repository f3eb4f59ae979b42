#pragma once

#include "qa/Scorecard.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class ScorecardPanel;
class ServiceContext;
class TranscriptModel;
class TranscriptPane;

/**
 * Scoring inside a calibration session (校准), in one of two modes. Drafts: the signed-in
 * reviewer's own blind drafts, one per conversation (QaCalibrationRepository::reviewsFor, so never
 * another reviewer's), each shown with its transcript and the ScorecardPanel, with Save draft and
 * Submit. Reference: the session's conversations, where its creator or a QA lead records the agreed
 * answers with Save reference. A closed session is shown read-only.
 *
 * Threading: UI thread; every store read and write runs through runStoreTask, and an answer for a
 * conversation that is no longer selected is dropped.
 */
class CalibrationScoringPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Drafts, Reference };

    explicit CalibrationScoringPanel(const ServiceContext &context, QWidget *parent = nullptr);

    /** Lists the session's items for mode; reviewerUserId is the signed-in reviewer (Drafts). */
    void openSession(qint64 sessionId, Mode mode, qint64 reviewerUserId);
    qint64 sessionId() const { return m_sessionId; }
    Mode mode() const { return m_mode; }

    QListWidget *itemList() const { return m_items; }
    ScorecardPanel *scorecardPanel() const { return m_scorecard; }
    TranscriptModel *transcriptModel() const;
    /** The review ids listed (Drafts), in list order. */
    QList<qint64> listedReviewIds() const;
    /** True when the selected item is loaded and nothing is being saved. */
    bool isIdle() const { return m_busy == 0 && m_loadedRow == m_openRow && m_openRow >= 0; }
    QString messageText() const;

public slots:
    void saveDraft();
    void submit();
    void saveReference();

signals:
    void itemsLoaded();
    void itemOpened();
    void saved();
    void submitted();
    /** A draft was submitted or a reference saved: the session list's counts may have changed. */
    void sessionChanged();

private:
    struct Item
    {
        qint64 conversationId = 0;
        qint64 reviewId = 0; // Drafts
        bool done = false; // submitted (Drafts) or reference set (Reference)
    };
    void openCurrent();
    void store(bool submitAfter);
    void updateItemText(int row);
    void updateButtons();
    void showMessage(const QString &text, bool problem);

    const ServiceContext &m_context;
    qint64 m_sessionId = 0;
    Mode m_mode = Mode::Drafts;
    qint64 m_reviewerUserId = 0;
    bool m_closed = false;
    ScorecardTemplate m_template;
    QList<Item> m_list;
    int m_openRow = -1;
    int m_loadedRow = -1;
    int m_busy = 0;
    int m_generation = 0; // a new openSession() drops answers for the previous one

    QListWidget *m_items = nullptr;
    QLabel *m_title = nullptr;
    TranscriptPane *m_transcriptPane = nullptr;
    ScorecardPanel *m_scorecard = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_saveDraft = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_saveReference = nullptr;
};
