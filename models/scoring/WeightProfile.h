#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

/** How a KPI's actual value becomes a score. */
enum class ScoringMethod {
    CappedAttainment, // actual ÷ target (target ÷ actual when lower is better), capped, ×100
    Bands, // a table of thresholds → points
};

/** One row of a band table: an actual at or better than threshold earns points. */
struct ScoreBand
{
    double threshold = 0;
    double points = 0;
};

/** One KPI of a weight profile. kpi is a figure key of the KPI catalogue ("sla_response", "frt_median"). */
struct KpiWeight
{
    QString kpi;
    double weight = 0; // the profile's weights sum to 100
    double target = 0; // the profile's own target; team standards and agent overrides take precedence
    ScoringMethod method = ScoringMethod::CappedAttainment;
    double cap = 1.2;
    QList<ScoreBand> bands;
};

/**
 * A weight profile version (考核方案): weights summing to 100 and a scoring rule per KPI, for every
 * platform (platform empty) or for one platform. Versions are immutable once a closed period used
 * them (locked); an edit is saved as a new version.
 */
struct WeightProfile
{
    Q_DECLARE_TR_FUNCTIONS(WeightProfile)

public:
    qint64 id = 0; // 0 = not stored yet
    QString name;
    QString platform; // a Platform code, or empty for every platform without a variant of its own
    int version = 0;
    qint64 createdAt = 0;
    QString createdBy;
    bool locked = false;
    QList<KpiWeight> kpis;

    const KpiWeight *find(const QString &kpi) const;
    double totalWeight() const;
    /** Empty when the profile can score; otherwise a sentence naming what is wrong. */
    QString validationError() const;

    static QString methodCode(ScoringMethod method); // "attainment", "bands"
    static bool methodFromCode(const QString &code, ScoringMethod *method);
    static QByteArray bandsToJson(const QList<ScoreBand> &bands);
    static bool bandsFromJson(const QByteArray &json, QList<ScoreBand> *bands, QString *error);
};
