#pragma once

#include "qa/Scorecard.h"
#include "qa/store/QaDisputeRepository.h"
#include "scoring/store/AuditLogRepository.h"

#include <QWidget>

class DisputeTableModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class ScorecardPanel;
class ServiceContext;
class TranscriptModel;
class TranscriptPane;

/**
 * The disputes window (申诉, PRODUCT.md "QA scorecards"), non-modal: a filter bar (state, agent,
 * team, overdue only) over the disputes table, newest first, with open disputes past their deadline
 * in red; below, the selected dispute's review — transcript and read-only scorecard with the
 * disputed criterion highlighted — its text, its history (who, when, state, note) and the review's
 * score changes from audit_log (before → after). Actions for the signed-in user: Raise dispute…
 * (DisputeRaiseDialog), Decide… on an open dispute (DisputeDecideDialog) and Withdraw on an open
 * dispute they raised (the model refuses anyone else).
 *
 * Threading: UI thread; every store read and write runs through runStoreTask, and an answer for a
 * dispute that is no longer selected is dropped.
 */
class DisputesWindow : public QWidget
{
    Q_OBJECT

public:
    explicit DisputesWindow(const ServiceContext &context, QWidget *parent = nullptr);

    QTableView *disputesView() const { return m_view; }
    DisputeTableModel *disputesModel() const { return m_model; }
    ScorecardPanel *scorecardPanel() const { return m_scorecard; }
    TranscriptModel *transcriptModel() const;
    QTableWidget *historyTable() const { return m_history; }
    QTableWidget *scoreChangesTable() const { return m_scoreChanges; }
    /** The dispute the detail pane shows, 0 for none. */
    qint64 shownDisputeId() const { return m_shownDispute; }
    QString messageText() const;
    bool isIdle() const { return m_busy == 0; }

public slots:
    /** Reloads the table with the filters; keeps the selected dispute when it is still listed. */
    void reload();
    void raiseDispute();
    void decideDispute();
    void withdrawDispute();

signals:
    void listLoaded();
    void detailLoaded();
    /** A dispute was raised, decided or withdrawn here. */
    void disputesChanged();

private:
    struct Detail
    {
        qint64 disputeId = 0;
        ScorecardTemplate scorecard;
        QList<ScorecardAnswer> answers;
        QList<QaDisputeEvent> history;
        QList<AuditEntry> audit;
    };

    void loadFilters();
    void openCurrent();
    void showDetail(const QaDisputeRow &row, const Detail &detail);
    void clearDetail();
    const QaDisputeRow *currentRow() const;
    void updateActions();
    void showMessage(const QString &text, bool problem);
    void afterChange(qint64 disputeId, const QString &message);

    const ServiceContext &m_context;
    int m_busy = 0;
    qint64 m_selectedDispute = 0; // the row selected in the table
    qint64 m_shownDispute = 0; // the dispute whose detail the pane shows
    Detail m_detail;
    QComboBox *m_stateFilter = nullptr;
    QComboBox *m_agentFilter = nullptr;
    QComboBox *m_teamFilter = nullptr;
    QCheckBox *m_overdueOnly = nullptr;
    DisputeTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_raise = nullptr;
    QPushButton *m_decide = nullptr;
    QPushButton *m_withdraw = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_disputeText = nullptr;
    TranscriptPane *m_transcriptPane = nullptr;
    ScorecardPanel *m_scorecard = nullptr;
    QTableWidget *m_history = nullptr;
    QTableWidget *m_scoreChanges = nullptr;
};
