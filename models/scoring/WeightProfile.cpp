#include "WeightProfile.h"

#include "kpi/KpiCatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

const KpiWeight *WeightProfile::find(const QString &kpi) const
{
    for (const KpiWeight &weight : kpis) {
        if (weight.kpi == kpi)
            return &weight;
    }
    return nullptr;
}

double WeightProfile::totalWeight() const
{
    double total = 0;
    for (const KpiWeight &weight : kpis)
        total += weight.weight;
    return total;
}

QString WeightProfile::validationError() const
{
    if (name.trimmed().isEmpty())
        return tr("A weight profile needs a name.");
    if (kpis.isEmpty())
        return tr("The weight profile \"%1\" has no KPI.").arg(name);
    QStringList seen;
    for (const KpiWeight &weight : kpis) {
        if (KpiCatalogue::kpiOf(weight.kpi).isEmpty())
            return tr("\"%1\" is not a KPI of the catalogue.").arg(weight.kpi);
        if (seen.contains(weight.kpi))
            return tr("The KPI %1 appears twice in the weight profile.").arg(weight.kpi);
        seen.append(weight.kpi);
        if (!(weight.weight > 0) || weight.weight > 100)
            return tr("The weight of %1 must be more than 0 and at most 100.").arg(weight.kpi);
        if (weight.method == ScoringMethod::CappedAttainment) {
            if (!(weight.target > 0))
                return tr("The target of %1 must be more than 0.").arg(weight.kpi);
            if (!(weight.cap >= 1))
                return tr("The cap of %1 must be at least 100%.").arg(weight.kpi);
        } else {
            if (weight.bands.isEmpty())
                return tr("The band table of %1 is empty.").arg(weight.kpi);
            for (const ScoreBand &band : weight.bands) {
                if (band.points < 0 || band.points > 100)
                    return tr("Band points of %1 must be between 0 and 100.").arg(weight.kpi);
            }
        }
    }
    // Weights are entered with at most two decimals; a sum like 33.33 + 33.33 + 33.34 must pass.
    if (std::abs(totalWeight() - 100.0) > 1e-6)
        return tr("The weights add up to %1, not 100.").arg(totalWeight());
    return {};
}

QString WeightProfile::methodCode(ScoringMethod method)
{
    return method == ScoringMethod::Bands ? QStringLiteral("bands") : QStringLiteral("attainment");
}

bool WeightProfile::methodFromCode(const QString &code, ScoringMethod *method)
{
    if (code == QLatin1StringView("attainment"))
        *method = ScoringMethod::CappedAttainment;
    else if (code == QLatin1StringView("bands"))
        *method = ScoringMethod::Bands;
    else
        return false;
    return true;
}

QByteArray WeightProfile::bandsToJson(const QList<ScoreBand> &bands)
{
    QJsonArray array;
    for (const ScoreBand &band : bands)
        array.append(QJsonObject { { QStringLiteral("threshold"), band.threshold },
                                   { QStringLiteral("points"), band.points } });
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

bool WeightProfile::bandsFromJson(const QByteArray &json, QList<ScoreBand> *bands, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isArray()) {
        *error = tr("A band table is not a JSON list: %1").arg(parseError.errorString());
        return false;
    }
    bands->clear();
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        bands->append({ object.value(QStringLiteral("threshold")).toDouble(),
                        object.value(QStringLiteral("points")).toDouble() });
    }
    return true;
}
