#pragma once

#include "KpiJobs.h"
#include "domain/Organization.h"
#include "tickets/TicketQuery.h"

#include <QTimeZone>

#include <QWidget>

class BeforeAfterView;
class CsatDistributionChart;
class KpiTrendChart;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QTabWidget;
class ServiceContext;
class VolumeChart;
class WeekdayHourHeatMap;

/**
 * Trend panels (趋势面板) for the center, a team or an agent over a date range: a KPI by
 * day/week/month with a target line, first-response median and P90 per day, volume by
 * type/platform/channel, the CSAT distribution, the weekday × hour heat map and a before/after
 * comparison, for every platform or one. Everything is read on worker threads from the daily
 * aggregates or small grouped ticket counts. Clicking a point, bar or heat-map cell emits
 * ticketsRequested() with exactly the tickets behind it.
 *
 * The target line is the subject's stored target for the KPI (KpiJobs::addTargets), read with the
 * series, one value per period so it steps where a target changed; without one the panel says so.
 * GUI thread only.
 */
class TrendsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TrendsPanel(const ServiceContext &context, QWidget *parent = nullptr);

    /** Shows `id` at `scope` (0 for the center) over [first, last]. */
    void setSubject(KpiScope scope, qint64 id, const KpiPeriod &range);
    KpiTrendChart *kpiChart() const { return m_kpiChart; }
    KpiTrendChart *frtChart() const { return m_frtChart; }
    WeekdayHourHeatMap *heatMap() const { return m_heatMap; }
    BeforeAfterView *beforeAfter() const { return m_beforeAfter; }
    CsatDistributionChart *csatChart() const { return m_csat; }
    /** The filter of the tickets behind a period of the current subject (and platform). */
    TicketFilter filterFor(const KpiPeriod &period) const;

signals:
    void ticketsRequested(const TicketFilter &filter);
    /** Every panel of the last refresh has its data (tests wait for this). */
    void refreshed();

public slots:
    void refresh();

private:
    void loadSubjects();
    void fillSubjects();
    void updateTarget();
    void compare();
    void finishOne();
    KpiScope scope() const;
    qint64 subjectId() const;
    KpiPeriod range() const;
    std::optional<Platform> platform() const;

    const ServiceContext &m_context;
    QComboBox *m_scope = nullptr;
    QComboBox *m_subject = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_granularity = nullptr;
    QComboBox *m_figure = nullptr;
    QCheckBox *m_showTarget = nullptr;
    QLabel *m_targetNote = nullptr;
    QComboBox *m_platform = nullptr;
    QComboBox *m_dimension = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    KpiTrendChart *m_kpiChart = nullptr;
    KpiTrendChart *m_frtChart = nullptr;
    VolumeChart *m_volume = nullptr;
    CsatDistributionChart *m_csat = nullptr;
    WeekdayHourHeatMap *m_heatMap = nullptr;
    BeforeAfterView *m_beforeAfter = nullptr;
    QList<Team> m_teams;
    QList<Agent> m_agents;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    KpiSeriesResult m_kpiSeries;
    KpiSeriesResult m_frtSeries;
    quint64 m_generation = 0;
    int m_outstanding = 0;
    std::optional<qint64> m_wantedSubject; // set by setSubject() until the subject lists arrive
    bool m_quiet = false;
};
