#include "AgentKpiTableModel.h"

#include "KpiFormat.h"
#include "kpi/KpiCatalogue.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QPalette>

AgentKpiTableModel::AgentKpiTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_figureKeys(KpiCatalogue::figureKeys())
{
    // Default reference: the agent's target for the KPI where the weight profile sets one, else the
    // agent's team under the same query.
    m_reference = [this](const KpiResult &result, const QString &key) -> std::optional<double> {
        if (const std::optional<double> target = targetOf(result, key))
            return target;
        const auto team = m_teamOfAgent.constFind(result.id);
        if (result.scope != KpiScope::Agent || team == m_teamOfAgent.constEnd())
            return std::nullopt;
        // An agent's volume compares with the team's volume per agent, not the team's total.
        const KpiFigure *figure
            = team->figure(key == QLatin1StringView("handled") ? QStringLiteral("per_capita") : key);
        if (!figure || !figure->isShown())
            return std::nullopt;
        return figure->value;
    };
}

void AgentKpiTableModel::setReport(const KpiReport &report, const QHash<qint64, KpiResult> &teamOfAgent,
                                   const QHash<qint64, RankedAgent> &rankOfAgent, const QString &rankingNote)
{
    beginResetModel();
    m_report = report;
    m_teamOfAgent = teamOfAgent;
    m_rankOfAgent = rankOfAgent;
    m_rankingNote = rankingNote;
    m_hasRanking = !rankOfAgent.isEmpty();
    m_whatIf = false;
    endResetModel();
}

void AgentKpiTableModel::setRanking(const QHash<qint64, RankedAgent> &rankOfAgent, bool whatIf)
{
    m_rankOfAgent = rankOfAgent;
    m_hasRanking = !rankOfAgent.isEmpty();
    m_whatIf = whatIf;
    rankingChanged();
}

void AgentKpiTableModel::setRankByTeam(bool byTeam)
{
    if (m_rankByTeam == byTeam)
        return;
    m_rankByTeam = byTeam;
    rankingChanged();
}

void AgentKpiTableModel::rankingChanged()
{
    // Every column but name and team shows or is coloured by the ranking (scores, targets).
    if (rowCount() > 0)
        emit dataChanged(index(0, RankColumn), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, RankColumn, MovementColumn);
}

QVariant AgentKpiTableModel::rankingData(const KpiResult &result, int column, int role) const
{
    const auto found = m_rankOfAgent.constFind(result.id);
    if (found == m_rankOfAgent.constEnd()) {
        // A ranking lists everyone employed in the period; an agent missing from one was not (hired
        // after it or left before it ended) but may still have tickets in it.
        const bool notEmployed = m_hasRanking && result.scope == KpiScope::Agent;
        if (role == Qt::DisplayRole)
            return notEmployed && column == CohortColumn ? tr("not employed in the period")
                                                         : QStringLiteral("–");
        if (role == Qt::ToolTipRole)
            return notEmployed ? tr("Not ranked: not employed for the whole period (hired after it began or "
                                    "left before it ended).")
                               : m_rankingNote;
        if (role == Qt::ForegroundRole && notEmployed)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    }
    const RankedAgent &agent = *found;
    const bool onboarding = agent.cohort == RankingCohort::Onboarding;
    const int rank = agent.rank(m_rankByTeam);
    const int previous = m_rankByTeam ? agent.teamPrevious : agent.centerPrevious;
    switch (column) {
    case RankColumn:
        if (role == SortRole) // ranked first, then the onboarding cohort, then the unranked
            return agent.isRanked() ? (onboarding ? 10000 : 0) + rank : 20000;
        if (role == Qt::DisplayRole) {
            if (!agent.isRanked())
                return QStringLiteral("–");
            return onboarding ? tr("N%1", "rank in the onboarding cohort").arg(rank) : QString::number(rank);
        }
        if (role == Qt::ToolTipRole) {
            if (agent.notRanked == NotRankedReason::LowVolume)
                return tr("Not ranked: %n ticket(s) handled, under the minimum volume.", nullptr,
                          int(agent.handled));
            if (agent.notRanked == NotRankedReason::NoScore)
                return tr("Not ranked: no KPI had enough samples to score.");
            if (m_rankByTeam)
                return onboarding ? tr("Rank among the team's agents still in onboarding.")
                                  : tr("Rank within the team (%1).").arg(agent.teamName);
            return onboarding ? tr("Rank among agents still in onboarding.") : tr("Rank across the center.");
        }
        break;
    case MovementColumn:
        if (role == Qt::DisplayRole || role == SortRole) {
            const int change = previous - rank;
            switch (agent.movement(m_rankByTeam)) {
            case RankMovement::Up:
                return role == SortRole ? QVariant(change) : QVariant(QStringLiteral("↑%1").arg(change));
            case RankMovement::Down:
                return role == SortRole ? QVariant(change) : QVariant(QStringLiteral("↓%1").arg(-change));
            case RankMovement::Same:
                return role == SortRole ? QVariant(0) : QVariant(QStringLiteral("="));
            case RankMovement::New:
                return role == SortRole ? QVariant() : QVariant(tr("new"));
            case RankMovement::None:
                return {};
            }
        }
        if (role == Qt::ToolTipRole && previous > 0)
            return tr("Rank %1 in the previous period.").arg(previous);
        break;
    case CohortColumn: {
        QString text = onboarding ? tr("Onboarding") : tr("Regular");
        if (agent.notRanked == NotRankedReason::LowVolume)
            text = tr("%1 · not ranked: low volume").arg(text);
        else if (agent.notRanked == NotRankedReason::NoScore)
            text = tr("%1 · not ranked: no score").arg(text);
        if (role == Qt::DisplayRole || role == SortRole)
            return text;
        if (role == Qt::ToolTipRole && onboarding)
            return tr("Still in onboarding (recently hired): ranked apart from the regular agents.");
        if (role == Qt::ForegroundRole && (onboarding || !agent.isRanked()))
            return QBrush(onboarding ? QColor(0x1f, 0x5f, 0xa8)
                                     : QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    }
    case CompositeColumn:
        if (role == SortRole)
            return agent.composite ? QVariant(*agent.composite) : QVariant();
        if (role == Qt::DisplayRole)
            return agent.composite ? QVariant(QLocale().toString(*agent.composite, 'f', 1)
                                              + (agent.renormalised ? QStringLiteral("*") : QString()))
                                   : QVariant(QStringLiteral("–"));
        if (role == Qt::ToolTipRole && agent.renormalised)
            return tr("* Some KPIs had too few samples: the composite is over the others, their weights "
                      "scaled up to 100.");
        break;
    default:
        break;
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

const KpiScore *AgentKpiTableModel::scoreOf(const KpiResult &result, const QString &figureKey) const
{
    if (result.scope != KpiScope::Agent)
        return nullptr;
    const auto agent = m_rankOfAgent.constFind(result.id);
    return agent == m_rankOfAgent.constEnd() ? nullptr : agent->kpi(figureKey);
}

std::optional<double> AgentKpiTableModel::targetOf(const KpiResult &result, const QString &figureKey) const
{
    if (result.scope != KpiScope::Agent)
        return std::nullopt;
    const KpiScore *score = scoreOf(result, figureKey);
    return score ? score->target : std::nullopt;
}

void AgentKpiTableModel::setReference(Reference reference)
{
    m_reference = std::move(reference);
    if (rowCount() > 0)
        emit dataChanged(index(0, FirstFigureColumn), index(rowCount() - 1, columnCount() - 1),
                         { Qt::BackgroundRole, ComparisonRole });
}

int AgentKpiTableModel::columnOf(const QString &figureKey) const
{
    const int i = int(m_figureKeys.indexOf(figureKey));
    return i < 0 ? -1 : FirstFigureColumn + i;
}

const KpiResult *AgentKpiTableModel::resultAt(int row) const
{
    return row >= 0 && row < m_report.results.size() ? &m_report.results.at(row) : nullptr;
}

int AgentKpiTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.results.size());
}

int AgentKpiTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstFigureColumn + int(m_figureKeys.size());
}

int AgentKpiTableModel::comparison(const KpiResult &result, const KpiFigure &figure) const
{
    if (!figure.isShown() || !m_reference)
        return 0;
    const std::optional<double> reference = m_reference(result, figure.key);
    const KpiDefinition *definition = KpiCatalogue::find(figure.kpi);
    if (!reference || !definition || *figure.value == *reference)
        return 0;
    const bool higher = *figure.value > *reference;
    return (higher == (definition->better == KpiBetter::Higher)) ? 1 : -1;
}

QString AgentKpiTableModel::tooltip(const KpiResult &result, const KpiFigure &figure) const
{
    const KpiDefinition *definition = KpiCatalogue::find(figure.kpi);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> — %2")
                 .arg(KpiFormat::title(figure.key).toHtmlEscaped(), result.name.toHtmlEscaped());
    if (definition)
        lines << QStringLiteral("<i>%1</i>: %2")
                     .arg(definition->displayName().toHtmlEscaped(),
                          KpiCatalogue::tr(definition->definition).toHtmlEscaped());
    if (figure.value)
        lines << tr("Value: %1").arg(KpiFormat::value(figure.key, *figure.value));
    lines << tr("Sample size: %1").arg(figure.n);
    if (const QString interval = KpiFormat::interval(figure); !interval.isEmpty())
        lines << interval;
    if (figure.status == KpiFigureStatus::Insufficient)
        lines << tr("Too few samples to compare people by this figure.");
    if (!figure.note.isEmpty())
        lines << figure.note.toHtmlEscaped();
    if (m_reference && figure.isShown()) {
        if (const auto reference = m_reference(result, figure.key))
            lines << (targetOf(result, figure.key) ? tr("Target: %1") : tr("Compared with the team: %1"))
                         .arg(KpiFormat::value(figure.key, *reference));
    }
    if (const KpiScore *score = scoreOf(result, figure.key)) {
        lines << (score->score
                      ? tr("Score: %1 (weight %2%)")
                            .arg(QLocale().toString(*score->score, 'f', 1),
                                 QLocale().toString(score->weight, 'f', 0))
                      : tr("No score (weight %1%): too few samples; the other KPIs carry its weight.")
                            .arg(QLocale().toString(score->weight, 'f', 0)));
        if (m_whatIf)
            lines << tr("What-if weights, not saved.");
    }
    lines << tr("Counting rules: version %1").arg(m_report.ruleSetVersion);
    return lines.join(QStringLiteral("<br>"));
}

QVariant AgentKpiTableModel::data(const QModelIndex &index, int role) const
{
    const KpiResult *result = index.isValid() ? resultAt(index.row()) : nullptr;
    if (!result)
        return {};
    if (role == IdRole)
        return result->id;
    if (index.column() == NameColumn) {
        if (role == Qt::DisplayRole || role == SortRole)
            return result->name;
        return {};
    }
    if (index.column() == TeamColumn) {
        const auto team = m_teamOfAgent.constFind(result->id);
        const QString name = team == m_teamOfAgent.constEnd() ? QString() : team->name;
        if (role == Qt::DisplayRole || role == SortRole)
            return name;
        return {};
    }
    if (index.column() >= RankColumn && index.column() <= CohortColumn)
        return rankingData(*result, index.column(), role);
    const int i = index.column() - FirstFigureColumn;
    if (i < 0 || i >= m_figureKeys.size())
        return {};
    const KpiFigure *figure = result->figure(m_figureKeys.at(i));
    if (!figure)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const KpiScore *score = scoreOf(*result, figure->key);
        if (!score || !score->score || !figure->isShown())
            return KpiFormat::cell(*figure);
        return tr("%1 · %2", "a KPI's value · its score")
            .arg(KpiFormat::cell(*figure), QLocale().toString(*score->score, 'f', 0));
    }
    case ScoreRole: {
        const KpiScore *score = scoreOf(*result, figure->key);
        return score && score->score ? QVariant(*score->score) : QVariant();
    }
    case SortRole:
        // Insufficient and missing figures sort after every real value.
        return figure->isShown() ? QVariant(*figure->value) : QVariant();
    case StatusRole:
        return int(figure->status);
    case FigureKeyRole:
        return figure->key;
    case ComparisonRole:
        return comparison(*result, *figure);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (!figure->isShown())
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::BackgroundRole: {
        const int c = comparison(*result, *figure);
        if (c > 0)
            return QBrush(QColor(0xd8, 0xf0, 0xd8));
        if (c < 0)
            return QBrush(QColor(0xf8, 0xdc, 0xd8));
        return {};
    }
    case Qt::ToolTipRole:
        return tooltip(*result, *figure);
    default:
        return {};
    }
}

QVariant AgentKpiTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        if (section == NameColumn)
            return tr("Name");
        if (section == TeamColumn)
            return tr("Team");
        if (section == RankColumn)
            return m_rankByTeam ? tr("Team rank") : tr("Rank");
        if (section == MovementColumn)
            return tr("Move");
        if (section == CompositeColumn)
            return tr("Composite");
        if (section == CohortColumn)
            return tr("Cohort");
        const int i = section - FirstFigureColumn;
        return i >= 0 && i < m_figureKeys.size() ? KpiFormat::title(m_figureKeys.at(i)) : QVariant();
    }
    if (role == Qt::ToolTipRole && section >= FirstFigureColumn) {
        const int i = section - FirstFigureColumn;
        if (i < m_figureKeys.size()) {
            const KpiDefinition *definition = KpiCatalogue::find(KpiCatalogue::kpiOf(m_figureKeys.at(i)));
            if (definition)
                return KpiCatalogue::tr(definition->definition);
        }
    }
    return {};
}
