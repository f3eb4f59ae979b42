#pragma once

#include "domain/Vocabulary.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * One version of the KPI counting rules (PRODUCT.md "Counting rules are data"). Platforms change
 * these, sometimes retroactively, so they are data in the store, versioned, and every KPI result
 * names the version that computed it. A version that has computed a result never changes; an edit
 * is a new version (KpiRuleSetRepository).
 *
 * The lists, and the rules added after the table's columns, are stored as one JSON document
 * (rules_json):
 *   { "minReviewSamples":  5,   (left out when it is the default)
 *     "satisfaction":      [ { "source": "taobao-api", "topBoxMinScore": 4 }, … ],
 *     "serviceWindows":    [ { "platform": "jd", "startMinute": 540, "endMinute": 1380,
 *                              "replyLimitSeconds": 3600 }, … ],
 *     "holidayExemptions": [ { "name": "春节", "from": "2027-02-05", "to": "2027-02-12",
 *                              "metrics": ["frt", "sla_response"] }, … ] }
 *
 * What the ticket KPIs use: the sample minimums, the top-box rule (per source system, scores
 * already mapped to 1–5 on import), the platform service windows (tickets created outside their
 * platform's window are left out of frt and sla_response) and holiday exemptions (the named KPIs
 * skip the days). The auto-reply marker, session gap, slow-response rules, the service windows (by
 * session start) and their reply limits apply to conversation messages (KpiMessageCounter): they
 * make the message-level figures answer_ratio, reply_time, slow_reception_rate and receptions.
 */
struct KpiRuleSet
{
    Q_DECLARE_TR_FUNCTIONS(KpiRuleSet)

public:
    struct ServiceWindow
    {
        Platform platform = Platform::Taobao;
        int startMinute = 0; // local minutes after midnight, [start, end)
        int endMinute = 1440;
        int replyLimitSeconds = 0; // 0 = none; a longer customer wait is an over-limit reply (PDD: 1 h)
    };
    struct HolidayExemption
    {
        QString name;
        QDate from; // inclusive, team time zone
        QDate to; // inclusive
        QStringList metrics; // catalogue keys whose figures skip these days
    };

    static constexpr int DefaultMinReviewSamples = 5;

    int version = 0; // 0 = not saved yet
    QString name;
    qint64 createdAt = 0;
    QString createdBy;
    bool used = false;

    int minTicketSamples = 20;
    int minSurveySamples = 10;
    // A QA sample is a few conversations per agent and week (PRODUCT.md "Sampling"), so a month's
    // qa_score rests on a handful of reviews; the ticket minimum of 20 would hide nearly all of them.
    int minReviewSamples = DefaultMinReviewSamples;
    int csatTopBoxMinScore = 4; // top-2-box of a 1–5 scale
    QHash<QString, int> csatTopBoxBySource; // source system → its own minimum top-box score
    QString autoReplyMarker;
    int sessionGapMinutes = 10;
    int slowResponseSeconds = 120;
    int slowResponseFlagCount = 3;
    QList<ServiceWindow> serviceWindows;
    QList<HolidayExemption> holidayExemptions;

    /** The built-in defaults, the same as version 1 of every store. */
    static KpiRuleSet defaults();

    int topBoxMinScore(const QString &sourceSystem) const;
    const ServiceWindow *serviceWindow(Platform platform) const;
    /** True when the ticket's local creation minute lies outside its platform's scored window. */
    bool outsideServiceWindow(Platform platform, int localMinuteOfDay) const;
    /** The catalogue keys that skip this day (empty on ordinary days). */
    QStringList exemptMetrics(const QDate &day) const;
    bool hasExemptions() const { return !holidayExemptions.isEmpty(); }

    /** Whether two versions count aggregates the same way (top-box rule, service windows and the
     *  message-level rules). */
    bool sameAggregation(const KpiRuleSet &other) const;

    /** The rules that have no column of their own (the lists, and scalars added after the table
     *  was laid out, e.g. the review sample minimum), as the JSON document stored in rules_json. */
    QByteArray extraRulesToJson() const;
    /** Reads that document; false with a reason for a malformed one. */
    bool extraRulesFromJson(const QByteArray &json, QString *error);
    /** Empty when the values make sense; otherwise what is wrong, for the user. */
    QString validationError() const;
};
