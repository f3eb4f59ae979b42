#include "KpiFigureCalculator.h"

#include "KpiRuleSet.h"
#include "Percentile.h"
#include "WilsonInterval.h"

#include <algorithm>
#include <cmath>
#include <map>

KpiFigureCalculator::KpiFigureCalculator(const KpiRuleSet &rules, qint64 now, KpiScope scope)
    : m_rules(rules)
    , m_now(now)
    , m_scope(scope)
{
}

qint64 KpiFigureCalculator::minimumFor(const KpiDefinition &definition) const
{
    switch (definition.samples) {
    case KpiSampleKind::Tickets:
        return m_rules.minTicketSamples;
    case KpiSampleKind::Surveys:
        return m_rules.minSurveySamples;
    case KpiSampleKind::Reviews:
        return m_rules.minReviewSamples;
    case KpiSampleKind::None:
    case KpiSampleKind::People:
        return 1; // no minimum beyond "there is something to divide by"
    }
    return 1;
}

KpiFigure KpiFigureCalculator::measure(const KpiDefinition &definition, const QString &key,
                                       std::optional<double> value, qint64 n) const
{
    KpiFigure figure;
    figure.key = key;
    figure.kpi = QString::fromLatin1(definition.key);
    figure.n = n;
    figure.value = value;
    if (!value || n < minimumFor(definition))
        figure.status = KpiFigureStatus::Insufficient;
    return figure;
}

KpiFigure KpiFigureCalculator::rate(const KpiDefinition &definition, const QString &key, qint64 k,
                                    qint64 n) const
{
    if (n <= 0)
        return measure(definition, key, std::nullopt, 0);
    KpiFigure figure = measure(definition, key, static_cast<double>(k) / static_cast<double>(n), n);
    // Complaints attributed from other agents' tickets can exceed handled; the interval is for a share.
    const WilsonInterval interval = WilsonInterval::of(std::min(k, n), n);
    figure.low = interval.low;
    figure.high = interval.high;
    return figure;
}

QList<KpiFigure> KpiFigureCalculator::figuresOf(const KpiDefinition &definition, KpiCounts &counts,
                                                const KpiHeadcount &headcount) const
{
    const QString kpi = QString::fromLatin1(definition.key);
    auto mean = [](qint64 sum, qint64 n) -> std::optional<double> {
        return n > 0 ? std::optional<double>(static_cast<double>(sum) / static_cast<double>(n))
                     : std::nullopt;
    };
    auto notThere = [&](KpiFigureStatus status, const QString &note) {
        QList<KpiFigure> figures;
        for (const QString &key : definition.figureKeys) {
            KpiFigure figure;
            figure.key = key;
            figure.kpi = kpi;
            figure.status = status;
            figure.note = note;
            figures.append(figure);
        }
        return figures;
    };
    if (definition.teamsOnly && m_scope == KpiScope::Agent)
        return notThere(KpiFigureStatus::NotApplicable, tr("Defined for teams, not for one agent."));

    if (kpi == QLatin1StringView("handled")) {
        KpiFigure figure = measure(definition, kpi, static_cast<double>(counts.handled), counts.handled);
        figure.status = KpiFigureStatus::Ok; // a count is a fact at any size
        return { figure };
    }
    if (kpi == QLatin1StringView("per_capita")) {
        const std::optional<double> value = headcount.activeAgents > 0
            ? std::optional<double>(static_cast<double>(counts.handled)
                                    / static_cast<double>(headcount.activeAgents))
            : std::nullopt;
        return { measure(definition, kpi, value, headcount.activeAgents) };
    }
    if (kpi == QLatin1StringView("frt")) {
        const std::optional<double> median = Percentile::inclusive(counts.frtValues, 0.5);
        const std::optional<double> p90 = Percentile::inclusive(counts.frtValues, 0.9);
        return { measure(definition, QStringLiteral("frt_mean"), mean(counts.frtSum, counts.frtN),
                         counts.frtN),
                 measure(definition, QStringLiteral("frt_median"), median, counts.frtN),
                 measure(definition, QStringLiteral("frt_p90"), p90, counts.frtN) };
    }
    if (kpi == QLatin1StringView("sla_response")) {
        // Tickets that were not yet due when counted are missed once their due time has passed.
        const auto passed = std::count_if(counts.slaPendingDue.begin(), counts.slaPendingDue.end(),
                                          [this](qint64 due) { return due < m_now; });
        const qint64 missed = counts.slaMissed + static_cast<qint64>(passed);
        return { rate(definition, kpi, counts.slaMet, counts.slaMet + missed) };
    }
    if (kpi == QLatin1StringView("resolution_rate"))
        return { rate(definition, kpi, counts.resolved, counts.handled) };
    if (kpi == QLatin1StringView("resolution_time"))
        return { measure(definition, kpi, Percentile::inclusive(counts.resolutionValues, 0.5),
                         counts.resolutionN) };
    if (kpi == QLatin1StringView("fcr"))
        return { rate(definition, kpi, counts.fcr, counts.resolved) };
    if (kpi == QLatin1StringView("reopen_rate"))
        return { rate(definition, kpi, counts.reopened, counts.resolved) };
    if (kpi == QLatin1StringView("csat"))
        return { rate(definition, kpi, counts.csatTop, counts.csatN),
                 measure(definition, QStringLiteral("csat_mean"), mean(counts.csatSum, counts.csatN),
                         counts.csatN) };
    if (kpi == QLatin1StringView("complaint_rate"))
        return { rate(definition, kpi, counts.complaints, counts.handled) };
    if (kpi == QLatin1StringView("escalation_rate"))
        return { rate(definition, kpi, counts.escalated, counts.handled) };
    if (kpi == QLatin1StringView("conversion"))
        return { rate(definition, kpi, counts.converted, counts.inquiries) };
    if (kpi == QLatin1StringView("aht"))
        return { measure(definition, kpi, mean(counts.ahtSum, counts.ahtN), counts.ahtN) };
    if (kpi == QLatin1StringView("qa_score"))
        return notThere(KpiFigureStatus::NotAvailable,
                        tr("Not available: this store has no QA reviews yet (QA scorecards are not built)."));
    if (kpi == QLatin1StringView("training_completion"))
        return notThere(
            KpiFigureStatus::NotAvailable,
            tr("Not available: this store has no training records yet (onboarding is not built)."));
    if (kpi == QLatin1StringView("attrition")) {
        if (headcount.averageHeadcount <= 0)
            return { measure(definition, kpi, std::nullopt, 0) };
        const qint64 n = std::max<qint64>(1, std::llround(headcount.averageHeadcount));
        KpiFigure figure
            = measure(definition, kpi, static_cast<double>(headcount.left) / headcount.averageHeadcount, n);
        const WilsonInterval interval = WilsonInterval::of(std::min(headcount.left, n), n);
        figure.low = interval.low;
        figure.high = interval.high;
        return { figure };
    }
    const KpiMessageCounts &messages = counts.messages;
    if (kpi == QLatin1StringView("answer_ratio"))
        return { measure(definition, kpi, mean(messages.agentMessages, messages.customerMessages),
                         messages.customerMessages) };
    if (kpi == QLatin1StringView("reply_time"))
        return { measure(definition, kpi, mean(messages.replySeconds, messages.replies), messages.replies) };
    if (kpi == QLatin1StringView("slow_reception_rate"))
        return { rate(definition, kpi, messages.slowReceptions, messages.receptions) };
    if (kpi == QLatin1StringView("receptions")) {
        KpiFigure figure
            = measure(definition, kpi, static_cast<double>(messages.receptions), messages.receptions);
        figure.status = KpiFigureStatus::Ok; // a count, like handled
        return { figure };
    }
    return notThere(KpiFigureStatus::NotAvailable, tr("Not computed by this version of TeamLens."));
}

KpiFigure KpiFigureCalculator::qaScore(double scoreSum, qint64 reviews) const
{
    const KpiDefinition *definition = KpiCatalogue::find(QStringLiteral("qa_score"));
    return measure(
        *definition, QStringLiteral("qa_score"),
        reviews > 0 ? std::optional<double>(scoreSum / static_cast<double>(reviews)) : std::nullopt, reviews);
}

QList<KpiFigure> KpiFigureCalculator::figures(const KpiCounts &counts, const KpiHeadcount &headcount) const
{
    return figures(std::vector<KpiCounts> { counts }, { QStringList() }, headcount);
}

QList<KpiFigure> KpiFigureCalculator::figures(const std::vector<KpiCounts> &buckets,
                                              const QList<QStringList> &bucketExemptions,
                                              const KpiHeadcount &headcount) const
{
    QList<KpiFigure> all;
    // Each KPI sums the buckets whose days it does not skip; KPIs with the same set share the sum.
    std::map<std::vector<bool>, KpiCounts> sums;
    for (const KpiDefinition &definition : KpiCatalogue::all()) {
        std::vector<bool> included(buckets.size());
        for (std::size_t i = 0; i < buckets.size(); ++i)
            included[i] = !bucketExemptions.value(static_cast<qsizetype>(i))
                               .contains(QLatin1StringView(definition.key));
        auto sum = sums.find(included);
        if (sum == sums.end()) {
            KpiCounts merged;
            for (std::size_t i = 0; i < buckets.size(); ++i) {
                if (included[i])
                    merged.merge(buckets[i]);
            }
            sum = sums.emplace(included, std::move(merged)).first;
        }
        all += figuresOf(definition, sum->second, headcount);
    }
    return all;
}
