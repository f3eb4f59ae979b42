#pragma once

#include "kpi/KpiPeriod.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class ServiceContext;
struct PeriodCloseState;
struct SnapshotDifference;

/**
 * Period close (月结) for one month: its state (open, closed by whom and when with which profile
 * and counting-rule versions, reopened by whom and why) and the history of its closes; closing it
 * under a chosen weight profile after a confirmation, reopening it with a required reason, and
 * comparing the frozen snapshot with a recomputation (every difference, or "no differences").
 * Everything goes through PeriodCloser, which writes the audit log.
 *
 * Threading: UI thread; the store work (reading the state, closing, reopening, comparing) runs on
 * workers (runStoreTask) and every button is disabled until it reports back.
 */
class PeriodCloseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PeriodCloseDialog(const ServiceContext &context, QWidget *parent = nullptr);
    ~PeriodCloseDialog() override;

    KpiPeriod period() const;
    void setMonth(int year, int month);
    bool isBusy() const { return m_busy; }
    /** The last refusal or failure shown (empty when none). */
    QString errorText() const;

public slots:
    void reload();

signals:
    /** The month's state is shown (after a load, close or reopen). */
    void stateShown();
    /** A comparison finished and its differences are listed. */
    void compared();
    /** The month was closed or reopened. */
    void periodChanged();

private:
    void showState(const PeriodCloseState &state);
    void closeMonth();
    void reopenMonth();
    void compare();
    void showDifferences(const QList<SnapshotDifference> &differences);
    void setBusy(bool busy);
    void updateButtons();
    void showError(const QString &text);

    const ServiceContext &m_context;
    std::unique_ptr<PeriodCloseState> m_state;
    bool m_busy = false;
    quint64 m_generation = 0;

    QDateEdit *m_month = nullptr;
    QLabel *m_stateLabel = nullptr;
    QTableWidget *m_history = nullptr;
    QComboBox *m_profile = nullptr;
    QPushButton *m_closeButton = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_reopenButton = nullptr;
    QPushButton *m_compareButton = nullptr;
    QLabel *m_differencesLabel = nullptr;
    QTableWidget *m_differences = nullptr;
    QLabel *m_errorLabel = nullptr;
};
