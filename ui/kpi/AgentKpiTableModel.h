#pragma once

#include "kpi/KpiResult.h"
#include "scoring/Ranking.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>

/**
 * One row per agent (or team, department, the center) of a KpiReport, one column per figure of
 * the KPI catalogue. Display is formatted text; SortRole is the raw value so the proxy sorts
 * numbers, not text. A figure is coloured against a reference, the catalogue's direction deciding
 * which side is better: the agent's target where the weight profile scores the KPI, else the row's
 * team's value for the same query; setReference() replaces that rule.
 *
 * Rank, movement and composite come from a ranking of the period (models/scoring): the store's, or
 * a what-if re-ranking under edited weights (setRanking). Ranks are across the center or within the
 * team (setRankByTeam); the cohort column sets onboarding agents apart and says why an agent is not
 * ranked. A KPI the profile scores shows its score after the value ("92.1% · 87"); the tooltip has
 * the score, weight, target, n and interval. Sorting stays on the raw value.
 */
class AgentKpiTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TeamColumn,
        RankColumn,
        MovementColumn,
        CompositeColumn,
        CohortColumn,
        FirstFigureColumn,
    };

    enum Role {
        IdRole = Qt::UserRole + 1, // the row's agent/team/department id
        SortRole, // the raw value (or name)
        StatusRole, // KpiFigureStatus as int
        FigureKeyRole, // the column's figure key
        ComparisonRole, // +1 better than the reference, −1 worse, 0 same or no reference
        ScoreRole, // the KPI's score under the weight profile (KpiScore::score), when it has one
    };

    /** The value a figure is judged against, or none; (row result, figure key). */
    using Reference = std::function<std::optional<double>(const KpiResult &, const QString &)>;

    explicit AgentKpiTableModel(QObject *parent = nullptr);

    /** Shows a report; teams maps an agent id to its team's result for the default reference. */
    void setReport(const KpiReport &report, const QHash<qint64, KpiResult> &teamOfAgent,
                   const QHash<qint64, RankedAgent> &rankOfAgent = {}, const QString &rankingNote = {});
    const KpiReport &report() const { return m_report; }
    void setReference(Reference reference);
    /** Replaces the ranking only (a what-if re-rank): rows, order and selection stay. */
    void setRanking(const QHash<qint64, RankedAgent> &rankOfAgent, bool whatIf);
    bool isWhatIf() const { return m_whatIf; }
    /** Rank and movement within the agent's team instead of across the center. */
    void setRankByTeam(bool byTeam);
    bool rankByTeam() const { return m_rankByTeam; }

    QStringList figureKeys() const { return m_figureKeys; }
    int columnOf(const QString &figureKey) const;
    const KpiResult *resultAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int comparison(const KpiResult &result, const KpiFigure &figure) const;
    QString tooltip(const KpiResult &result, const KpiFigure &figure) const;
    QVariant rankingData(const KpiResult &result, int column, int role) const;
    std::optional<double> targetOf(const KpiResult &result, const QString &figureKey) const;
    const KpiScore *scoreOf(const KpiResult &result, const QString &figureKey) const;
    void rankingChanged();

    KpiReport m_report;
    QHash<qint64, KpiResult> m_teamOfAgent;
    QHash<qint64, RankedAgent> m_rankOfAgent;
    QString m_rankingNote;
    bool m_hasRanking = false; // the period has a ranking (an agent missing from it was not employed)
    bool m_whatIf = false;
    bool m_rankByTeam = false;
    QStringList m_figureKeys;
    Reference m_reference;
};
