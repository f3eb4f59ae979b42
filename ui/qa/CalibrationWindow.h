#pragma once

#include "qa/store/QaCalibrationRepository.h"

#include <QWidget>

class CalibrationComparisonPanel;
class CalibrationScoringPanel;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class ServiceContext;

/**
 * The calibration window (校准, PRODUCT.md "QA scorecards"): the sessions with their template
 * version, size and progress (submitted x of y, open or closed, never anyone's scores); "New
 * session…"; for the signed-in reviewer "Score my drafts" (their own blind drafts only); for the
 * session's creator or a QA lead "Set references" and "Close session"; and, once a session is
 * closed, its comparison. Non-modal; MainWindow keeps one.
 *
 * Threading: UI thread; every store read and write runs through runStoreTask.
 */
class CalibrationWindow : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TemplateColumn,
        ConversationsColumn,
        ReviewersColumn,
        SubmittedColumn,
        StateColumn,
        ColumnCount
    };

    explicit CalibrationWindow(const ServiceContext &context, QWidget *parent = nullptr);

    QTableWidget *sessionTable() const { return m_table; }
    CalibrationScoringPanel *scoringPanel() const { return m_scoring; }
    CalibrationComparisonPanel *comparisonPanel() const { return m_comparison; }
    /** The session selected in the list, 0 = none. */
    qint64 currentSessionId() const;
    /** Selects the session's row (after a reload, for instance). */
    void selectSession(qint64 sessionId);
    /** The signed-in user's users row, 0 until known or when they have none. */
    qint64 reviewerUserId() const { return m_reviewerUserId; }
    QString messageText() const;
    bool isBusy() const { return m_busy > 0; }

public slots:
    void reload();
    void newSession();
    void scoreMyDrafts();
    void setReferences();
    void closeSession();

signals:
    void sessionsLoaded();
    void comparisonShown();
    void sessionClosed(qint64 sessionId);

private:
    /** Reloads the list, then selects sessionId, or (0) keeps what is selected when the answer arrives. */
    void reloadSelecting(qint64 sessionId);
    void applySessions(const QList<QaCalibrationSessionRow> &rows, qint64 reviewerUserId,
                       const QString &error, qint64 requested);
    const QaCalibrationSessionRow *currentRow() const;
    void currentChanged();
    void loadComparison(qint64 sessionId);
    void updateButtons();
    void showMessage(const QString &text, bool problem);

    const ServiceContext &m_context;
    QList<QaCalibrationSessionRow> m_rows;
    qint64 m_reviewerUserId = 0;
    int m_busy = 0;
    bool m_closing = false;

    QTableWidget *m_table = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_score = nullptr;
    QPushButton *m_reference = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_message = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_hint = nullptr;
    CalibrationScoringPanel *m_scoring = nullptr;
    CalibrationComparisonPanel *m_comparison = nullptr;
};
