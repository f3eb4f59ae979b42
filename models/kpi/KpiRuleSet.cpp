#include "KpiRuleSet.h"

#include "KpiCatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

KpiRuleSet KpiRuleSet::defaults()
{
    KpiRuleSet rules;
    rules.version = 1;
    rules.name = QStringLiteral("Default counting rules");
    rules.serviceWindows = { { Platform::Jd, 9 * 60, 23 * 60, 0 }, { Platform::Pdd, 8 * 60, 23 * 60, 3600 } };
    return rules;
}

int KpiRuleSet::topBoxMinScore(const QString &sourceSystem) const
{
    return csatTopBoxBySource.value(sourceSystem, csatTopBoxMinScore);
}

const KpiRuleSet::ServiceWindow *KpiRuleSet::serviceWindow(Platform platform) const
{
    for (const ServiceWindow &window : serviceWindows) {
        if (window.platform == platform)
            return &window;
    }
    return nullptr;
}

bool KpiRuleSet::outsideServiceWindow(Platform platform, int localMinuteOfDay) const
{
    const ServiceWindow *window = serviceWindow(platform);
    return window && (localMinuteOfDay < window->startMinute || localMinuteOfDay >= window->endMinute);
}

QStringList KpiRuleSet::exemptMetrics(const QDate &day) const
{
    QStringList metrics;
    for (const HolidayExemption &exemption : holidayExemptions) {
        if (day >= exemption.from && day <= exemption.to) {
            for (const QString &metric : exemption.metrics) {
                if (!metrics.contains(metric))
                    metrics.append(metric);
            }
        }
    }
    return metrics;
}

bool KpiRuleSet::sameAggregation(const KpiRuleSet &other) const
{
    // The message-level rules are counted into the aggregates too (kpi_agent_day's msg_* columns).
    if (csatTopBoxMinScore != other.csatTopBoxMinScore || csatTopBoxBySource != other.csatTopBoxBySource
        || autoReplyMarker != other.autoReplyMarker || sessionGapMinutes != other.sessionGapMinutes
        || slowResponseSeconds != other.slowResponseSeconds
        || slowResponseFlagCount != other.slowResponseFlagCount
        || serviceWindows.size() != other.serviceWindows.size())
        return false;
    for (const ServiceWindow &window : serviceWindows) {
        const ServiceWindow *theirs = other.serviceWindow(window.platform);
        if (!theirs || theirs->startMinute != window.startMinute || theirs->endMinute != window.endMinute
            || theirs->replyLimitSeconds != window.replyLimitSeconds)
            return false;
    }
    return true;
}

QByteArray KpiRuleSet::extraRulesToJson() const
{
    QJsonArray satisfaction;
    QStringList sources = csatTopBoxBySource.keys();
    sources.sort(); // a stable document, so equal rules compare equal as text
    for (const QString &source : sources)
        satisfaction.append(
            QJsonObject { { QStringLiteral("source"), source },
                          { QStringLiteral("topBoxMinScore"), csatTopBoxBySource.value(source) } });
    QJsonArray windows;
    for (const ServiceWindow &window : serviceWindows) {
        QJsonObject object { { QStringLiteral("platform"), Vocabulary::code(window.platform) },
                             { QStringLiteral("startMinute"), window.startMinute },
                             { QStringLiteral("endMinute"), window.endMinute } };
        if (window.replyLimitSeconds > 0)
            object.insert(QStringLiteral("replyLimitSeconds"), window.replyLimitSeconds);
        windows.append(object);
    }
    QJsonArray exemptions;
    for (const HolidayExemption &exemption : holidayExemptions)
        exemptions.append(
            QJsonObject { { QStringLiteral("name"), exemption.name },
                          { QStringLiteral("from"), exemption.from.toString(Qt::ISODate) },
                          { QStringLiteral("to"), exemption.to.toString(Qt::ISODate) },
                          { QStringLiteral("metrics"), QJsonArray::fromStringList(exemption.metrics) } });
    QJsonObject root { { QStringLiteral("satisfaction"), satisfaction },
                       { QStringLiteral("serviceWindows"), windows },
                       { QStringLiteral("holidayExemptions"), exemptions } };
    // Written only when it differs from the default, so versions saved before the review minimum
    // existed keep their document byte for byte.
    if (minReviewSamples != DefaultMinReviewSamples)
        root.insert(QStringLiteral("minReviewSamples"), minReviewSamples);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool KpiRuleSet::extraRulesFromJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return fail(tr("The KPI rule lists are not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject root = document.object();

    const QJsonValue reviews = root.value(QStringLiteral("minReviewSamples"));
    if (!reviews.isUndefined() && !reviews.isDouble())
        return fail(tr("The minimum review count must be a number."));
    minReviewSamples = reviews.toInt(DefaultMinReviewSamples);
    csatTopBoxBySource.clear();
    for (const QJsonValue &value : root.value(QStringLiteral("satisfaction")).toArray()) {
        const QJsonObject object = value.toObject();
        const QString source = object.value(QStringLiteral("source")).toString();
        const int score = object.value(QStringLiteral("topBoxMinScore")).toInt(0);
        if (source.isEmpty() || score < 1 || score > 5)
            return fail(tr("A satisfaction rule needs a source and a top-box score between 1 and 5."));
        csatTopBoxBySource.insert(source, score);
    }
    serviceWindows.clear();
    for (const QJsonValue &value : root.value(QStringLiteral("serviceWindows")).toArray()) {
        const QJsonObject object = value.toObject();
        const auto platform
            = Vocabulary::fromCode<Platform>(object.value(QStringLiteral("platform")).toString());
        if (!platform)
            return fail(tr("A service window names an unknown platform."));
        serviceWindows.append({ *platform, object.value(QStringLiteral("startMinute")).toInt(0),
                                object.value(QStringLiteral("endMinute")).toInt(1440),
                                object.value(QStringLiteral("replyLimitSeconds")).toInt(0) });
    }
    holidayExemptions.clear();
    for (const QJsonValue &value : root.value(QStringLiteral("holidayExemptions")).toArray()) {
        const QJsonObject object = value.toObject();
        HolidayExemption exemption;
        exemption.name = object.value(QStringLiteral("name")).toString();
        exemption.from = QDate::fromString(object.value(QStringLiteral("from")).toString(), Qt::ISODate);
        exemption.to = QDate::fromString(object.value(QStringLiteral("to")).toString(), Qt::ISODate);
        for (const QJsonValue &metric : object.value(QStringLiteral("metrics")).toArray())
            exemption.metrics.append(metric.toString());
        if (!exemption.from.isValid() || !exemption.to.isValid())
            return fail(tr("A holiday exemption needs valid from and to dates (YYYY-MM-DD)."));
        holidayExemptions.append(exemption);
    }
    return validationError().isEmpty() || fail(validationError());
}

QString KpiRuleSet::validationError() const
{
    if (minTicketSamples < 1 || minSurveySamples < 1 || minReviewSamples < 1)
        return tr("The minimum sample sizes must be at least 1.");
    if (csatTopBoxMinScore < 1 || csatTopBoxMinScore > 5)
        return tr("The top-box score must be between 1 and 5.");
    if (sessionGapMinutes < 1 || slowResponseSeconds < 1 || slowResponseFlagCount < 1)
        return tr("The session gap, slow-response time and slow-response count must be positive.");
    for (const ServiceWindow &window : serviceWindows) {
        if (window.startMinute < 0 || window.endMinute > 1440 || window.startMinute >= window.endMinute)
            return tr("The service window of %1 must start before it ends, within one day.")
                .arg(Vocabulary::code(window.platform));
    }
    for (const HolidayExemption &exemption : holidayExemptions) {
        if (exemption.to < exemption.from)
            return tr("The holiday exemption \"%1\" ends before it starts.").arg(exemption.name);
        for (const QString &metric : exemption.metrics) {
            if (!KpiCatalogue::find(metric))
                return tr("The holiday exemption \"%1\" names an unknown KPI \"%2\".")
                    .arg(exemption.name, metric);
        }
    }
    return {};
}
