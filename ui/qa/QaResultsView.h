#pragma once

#include "QaResultsJobs.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QaResultsCriterionChart;
class QaResultsTableModel;
class QaResultsTrendChart;
class ServiceContext;

/**
 * "QA results" (质检结果): for a month or a date range, every agent's (team's, the center's) QA
 * score with its sample size, critical-fail rate and gap to the team; selecting a row shows its
 * score by criterion (worst first) and its weekly trend. The score is the qa_score KPI exactly.
 * "Coach…" opens the coaching dialog for the selected agent. Store work runs on worker threads
 * (runStoreTask); an answer to an older query is dropped. Threading: the UI thread.
 */
class QaResultsView : public QWidget
{
    Q_OBJECT

public:
    enum PeriodKind { Month, Range };

    explicit QaResultsView(const ServiceContext &context, QWidget *parent = nullptr);

    KpiScope scope() const;
    KpiPeriod period() const;
    QaResultsTableModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QaResultsCriterionChart *criterionChart() const { return m_criteria; }
    QaResultsTrendChart *trendChart() const { return m_trend; }
    /** The row shown in the charts, or nullptr. */
    const QaResultsRow *selectedRow() const;
    bool isBusy() const { return m_pending != 0; }

signals:
    /** The table shows the current query's results (tests wait for this). */
    void resultsShown();
    /** The selected row's weekly trend is drawn. */
    void trendShown();

public slots:
    /** Computes the current query again (after an import, demo data or a submitted review). */
    void refresh();
    /** Opens the coaching dialog for the selected agent. */
    void coachSelected();

private:
    void showTable(quint64 generation, const QaResultsTable &table);
    void showSelection();
    void showTrend(quint64 generation, const QaResultsTrend &trend);
    void updatePeriodEditors();

    const ServiceContext &m_context;
    QComboBox *m_scope = nullptr;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_coach = nullptr;
    QaResultsTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_detailTitle = nullptr;
    QaResultsCriterionChart *m_criteria = nullptr;
    QaResultsTrendChart *m_trend = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    quint64 m_generation = 0;
    quint64 m_pending = 0;
    quint64 m_trendGeneration = 0;
};
