#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/** What a KPI counts its sample in, which decides the minimum that applies to it. */
enum class KpiSampleKind {
    None, // a plain count (handled)
    Tickets, // rates and times over tickets (and their messages): the rule set's minimum ticket count
    Surveys, // CSAT: the minimum survey count
    Reviews, // qa_score: the minimum count of submitted QA reviews
    People, // per_capita and attrition: counted in agents, no minimum
};

enum class KpiBetter { Higher, Lower };

/** One entry of PRODUCT.md's KPI catalogue. */
struct KpiDefinition
{
    const char *key; // the catalogue key, e.g. "sla_response"; a contract with scripts and stores
    const char *name; // untranslated display name
    const char *definition; // untranslated one-line definition, for tooltips and --help
    KpiBetter better;
    KpiSampleKind samples;
    bool isRate; // a share in [0, 1] that carries a Wilson interval
    bool teamsOnly; // per_capita and attrition mean nothing for one agent
    QStringList figureKeys; // the output columns' stems: {"frt_mean", "frt_median", "frt_p90"} for frt

    QString displayName() const;
};

/** The KPI catalogue (绩效指标) of PRODUCT.md, in its order. */
class KpiCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(KpiCatalogue)

public:
    static const QList<KpiDefinition> &all();
    static const KpiDefinition *find(const QString &key);
    /** Every figure key in catalogue order: handled, per_capita, frt_mean, frt_median, … */
    static QStringList figureKeys();
    /** The catalogue key a figure key belongs to ("frt_p90" → "frt"). */
    static QString kpiOf(const QString &figureKey);
};
