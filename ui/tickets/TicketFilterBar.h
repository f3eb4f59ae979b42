#pragma once

#include "domain/Organization.h"
#include "tickets/TicketQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLineEdit;
class QTimer;
class QToolButton;

/**
 * The filter row above the ticket table: one combo per enumerated field (each entry shows how many
 * matching tickets have that value once the facet counts arrive), team and agent, a created date
 * range, "response SLA breached only" and a search box for order or external id prefixes
 * (debounced). Criteria only a chart can set (a heat-map cell's weekday and hour, CSAT scores) show
 * as removable chips so the user sees why the list is narrower; clicking a chip drops it. Emits
 * filterChanged() with the whole filter whenever any part changes. GUI thread only.
 */
class TicketFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit TicketFilterBar(QWidget *parent = nullptr);

    TicketFilter filter() const;
    void setTeams(const QList<Team> &teams);
    void setAgents(const QList<Agent> &agents);
    /** Shows per-value counts; an empty facet set clears them. */
    void setFacets(const TicketFacets &facets);
    void clear();
    /**
     * Shows a filter set from elsewhere (a chart point) without emitting filterChanged(): the
     * caller applies the exact filter to the model. Single values select their combo entry; the
     * date range shows the workstation days the UTC range covers.
     */
    void showFilter(const TicketFilter &filter);

    static constexpr int searchDelayMs = 300;

signals:
    void filterChanged(const TicketFilter &filter);

private:
    template<typename E> QComboBox *addEnumCombo(const QString &objectName, const QString &anyText);
    template<typename E> static void selectValue(QComboBox *combo, const QSet<E> &values);
    template<typename E> void showCounts(QComboBox *combo, const QList<qint64> &counts);
    void emitChanged();
    void showChips();

    QHBoxLayout *m_enumRow = nullptr;
    QComboBox *m_platform = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_agent = nullptr;
    QCheckBox *m_dateRange = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_breached = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QToolButton *m_localHourChip = nullptr;
    QToolButton *m_csatChip = nullptr;
    std::optional<TicketLocalHour> m_localHour;
    QSet<int> m_csatScores;
    bool m_quiet = false;
};
