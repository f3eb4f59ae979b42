#include "KpiFixture.h"

#include "kpi/KpiAggregateBuilder.h"
#include "kpi/KpiCatalogue.h"
#include "kpi/KpiEngine.h"
#include "kpi/WilsonInterval.h"
#include "kpi/store/KpiRuleSetRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>
#include <limits>

using Scenario = std::function<bool(KpiFixture &)>;
Q_DECLARE_METATYPE(Scenario)
Q_DECLARE_METATYPE(KpiPeriod)

namespace {

constexpr double None = std::numeric_limits<double>::quiet_NaN();

/** A ticket of agent 1 (team 1) created at a local time of November 2026. */
KpiFixtureTicket ticket(const KpiFixture &f, int day, int hour, int minute = 0)
{
    KpiFixtureTicket t;
    t.created = f.at(2026, 11, day, hour, minute);
    return t;
}

KpiRuleSet minimalRules()
{
    // Minimums of 1 so small hand-made fixtures give plain numbers; the threshold rows use defaults.
    KpiRuleSet rules = KpiRuleSet::defaults();
    rules.name = QStringLiteral("test: no minimum");
    rules.minTicketSamples = 1;
    rules.minSurveySamples = 1;
    return rules;
}

// --- Scenarios: each adds tickets to a fresh fixture. Comments give the hand computation. ---

bool noResponses(KpiFixture &f)
{
    for (int i = 0; i < 3; ++i) {
        KpiFixtureTicket t = ticket(f, 2, 10);
        t.firstResponseDue = f.at(2026, 11, 2, 10, 30);
        if (!f.add(t))
            return false;
    }
    return true;
}

// now = 11-20 12:00. A: unanswered, due 09:30 (past: missed). B: unanswered, due 12:20 (not yet due:
// left out). C: answered 10:10, due 10:30 (met, 600 s). D: answered 10:45, due 10:30 (missed, 2700 s).
bool dueStates(KpiFixture &f)
{
    KpiFixtureTicket a = ticket(f, 20, 9);
    a.firstResponseDue = f.at(2026, 11, 20, 9, 30);
    KpiFixtureTicket b = ticket(f, 20, 11, 50);
    b.firstResponseDue = f.at(2026, 11, 20, 12, 20);
    KpiFixtureTicket c = ticket(f, 20, 10);
    c.firstResponse = f.at(2026, 11, 20, 10, 10);
    c.firstResponseDue = f.at(2026, 11, 20, 10, 30);
    KpiFixtureTicket d = ticket(f, 20, 10);
    d.firstResponse = f.at(2026, 11, 20, 10, 45);
    d.firstResponseDue = f.at(2026, 11, 20, 10, 30);
    return f.add(a) && f.add(b) && f.add(c) && f.add(d);
}

// Service hours 08:00–24:00. 23:50 → 08:10 next day: 600 + 600 = 1200. 07:00 → 08:05: 300.
// 12:00:00 → 12:00:30: 30. 22:00 → 09:00 next day: 7200 + 3600 = 10800.
// Sorted {30, 300, 1200, 10800}: mean 3082.5; median rank 1.5 → 750; P90 rank 2.7 → 1200 + 0.7·9600 = 7920.
bool serviceHours(KpiFixture &f)
{
    KpiFixtureTicket a = ticket(f, 3, 23, 50);
    a.firstResponse = f.at(2026, 11, 4, 8, 10);
    KpiFixtureTicket b = ticket(f, 3, 7);
    b.firstResponse = f.at(2026, 11, 3, 8, 5);
    KpiFixtureTicket c = ticket(f, 3, 12);
    c.firstResponse = f.at(2026, 11, 3, 12, 0, 30);
    KpiFixtureTicket d = ticket(f, 5, 22);
    d.firstResponse = f.at(2026, 11, 6, 9);
    return f.add(a) && f.add(b) && f.add(c) && f.add(d);
}

// Resolved: (reopen 0, esc 0, 3600 s), (1, 0, 7200), (0, 1, 1800), (2, 1, 86400); plus one open,
// escalated. handled 5, resolved 4, fcr 1/4, reopened 2/4, escalated 3/5, resolution median of
// {1800, 3600, 7200, 86400} at rank 1.5 = 5400.
bool reopenEscalation(KpiFixture &f)
{
    const struct
    {
        int reopen;
        bool escalated;
        int seconds;
        const char *status;
    } resolved[] = { { 0, false, 3600, "resolved" },
                     { 1, false, 7200, "closed" },
                     { 0, true, 1800, "resolved" },
                     { 2, true, 86400, "closed" } };
    for (const auto &r : resolved) {
        KpiFixtureTicket t = ticket(f, 10, 10);
        t.status = QString::fromLatin1(r.status);
        t.reopenCount = r.reopen;
        t.escalated = r.escalated;
        t.resolved = t.created.addSecs(r.seconds);
        if (!f.add(t))
            return false;
    }
    KpiFixtureTicket open = ticket(f, 10, 11);
    open.status = QStringLiteral("escalated");
    open.escalated = true;
    return f.add(open);
}

bool singleSurvey(KpiFixture &f)
{
    KpiFixtureTicket t = ticket(f, 4, 9);
    t.csat = 5;
    return f.add(t);
}

bool surveys(KpiFixture &f)
{
    for (const int score : { 5, 4, 3, 2 }) {
        KpiFixtureTicket t = ticket(f, 4, 9);
        t.csat = score;
        if (!f.add(t))
            return false;
    }
    return true;
}

// Source "taobao-legacy" counts 3 as top box (a 4-level scale mapped onto 1–5): 3 (legacy) top,
// 3 (helpdesk) not, 4 (helpdesk) top → 2/3.
bool surveysBySource(KpiFixture &f)
{
    KpiRuleSet rules = minimalRules();
    rules.csatTopBoxBySource.insert(QStringLiteral("taobao-legacy"), 3);
    if (f.useRules(rules) == 0)
        return false;
    KpiFixtureTicket legacy = ticket(f, 4, 9);
    legacy.source = QStringLiteral("taobao-legacy");
    legacy.csat = 3;
    KpiFixtureTicket three = ticket(f, 4, 9);
    three.csat = 3;
    KpiFixtureTicket four = ticket(f, 4, 9);
    four.csat = 4;
    return f.add(legacy) && f.add(three) && f.add(four);
}

// Agent 1 handles O1 (11-05), O1 (11-08) and two tickets without order: handled 4. Agent 2 handles
// O1 (11-06): handled 1. Agent 3 handles the complaints: C1 on O1 (11-07, names no one → latest
// earlier ticket on O1 is agent 2's of 11-06); C2 on O2 names agent 1; C3 on O3 has no earlier
// ticket (no one); C4 on O4 goes to agent 1 through his October ticket; C5 on O1 is made in December.
// Agent 1: 2 complaints / 4 = 0.5; agent 2: 1 / 1; agent 3: 0 / 4.
bool complaints(KpiFixture &f)
{
    auto onOrder = [&](qint64 agent, qint64 team, int month, int day, const char *order) {
        KpiFixtureTicket t;
        t.agent = agent;
        t.team = team;
        t.created = f.at(2026, month, day, 10);
        t.order = QString::fromLatin1(order);
        return t;
    };
    auto complaint = [&](int month, int day, const char *order, qint64 about) {
        KpiFixtureTicket t = onOrder(3, 2, month, day, order);
        t.type = QStringLiteral("complaint");
        t.aboutAgent = about;
        return t;
    };
    KpiFixtureTicket noOrder = ticket(f, 9, 10);
    return f.add(onOrder(1, 1, 10, 20, "O4")) && f.add(onOrder(1, 1, 11, 5, "O1"))
        && f.add(onOrder(2, 1, 11, 6, "O1")) && f.add(complaint(11, 7, "O1", 0))
        && f.add(complaint(11, 7, "O2", 1)) && f.add(complaint(11, 7, "O3", 0))
        && f.add(complaint(11, 7, "O4", 0)) && f.add(onOrder(1, 1, 11, 8, "O1")) && f.add(noOrder)
        && f.add(noOrder) && f.add(complaint(12, 2, "O1", 0));
}

bool answered(KpiFixture &f, int count)
{
    for (int i = 0; i < count; ++i) {
        KpiFixtureTicket t = ticket(f, 12, 10);
        t.firstResponse = f.at(2026, 11, 12, 10, 5);
        t.firstResponseDue = f.at(2026, 11, 12, 10, 30);
        if (!f.add(t))
            return false;
    }
    return true;
}

/** Tickets at UTC instants around the month's edges in the fixture's zone. */
bool monthEdges(KpiFixture &f, const QList<QDateTime> &utcInstants)
{
    for (const QDateTime &instant : utcInstants) {
        KpiFixtureTicket t;
        t.created = instant;
        if (!f.add(t))
            return false;
    }
    return true;
}

bool conversion(KpiFixture &f)
{
    const bool inquiry[] = { true, true, true, false };
    const bool converted[] = { true, true, false, true };
    for (int i = 0; i < 4; ++i) {
        KpiFixtureTicket t = ticket(f, 6, 14);
        t.inquiry = inquiry[i];
        t.converted = converted[i];
        if (!f.add(t))
            return false;
    }
    return true;
}

bool handleTimes(KpiFixture &f)
{
    for (const int seconds : { 100, 200, -1 }) {
        KpiFixtureTicket t = ticket(f, 6, 14);
        t.handleSeconds = seconds;
        if (!f.add(t))
            return false;
    }
    return true;
}

// Team 1: agent 1 ×2, agent 2 ×1, one unassigned team ticket: 4. Agents of team 1 employed in November:
// 1, 2 and 4 (left 11-15) → per capita 4/3. Attrition: 1 left; headcount 3 on 11-01 and 2 on 12-01
// → average 2.5 → 0.4.
bool teamTickets(KpiFixture &f)
{
    KpiFixtureTicket second = ticket(f, 8, 9);
    second.agent = 2;
    KpiFixtureTicket unassigned = ticket(f, 8, 9);
    unassigned.agent = 0;
    KpiFixtureTicket other = ticket(f, 8, 9);
    other.agent = 3;
    other.team = 2;
    return f.add(ticket(f, 8, 9)) && f.add(ticket(f, 8, 10)) && f.add(second) && f.add(unassigned)
        && f.add(other);
}

// JD scores responses only for sessions started 09:00–23:00 (rule set version 1): the 23:30 ticket
// counts as handled but not in frt.
bool platformWindow(KpiFixture &f)
{
    KpiFixtureTicket late = ticket(f, 12, 23, 30);
    late.platform = QStringLiteral("jd");
    late.firstResponse = f.at(2026, 11, 12, 23, 35);
    KpiFixtureTicket day = ticket(f, 12, 10);
    day.platform = QStringLiteral("jd");
    day.firstResponse = f.at(2026, 11, 12, 10, 5);
    return f.add(late) && f.add(day);
}

// 11-10 is exempt from frt: its 600 s response is left out, 11-11's 60 s stays; sla_response keeps both.
bool holidayExemption(KpiFixture &f)
{
    KpiRuleSet rules = minimalRules();
    rules.holidayExemptions.append({ QStringLiteral("Test holiday"),
                                     QDate(2026, 11, 10),
                                     QDate(2026, 11, 10),
                                     { QStringLiteral("frt") } });
    if (f.useRules(rules) == 0)
        return false;
    KpiFixtureTicket a = ticket(f, 10, 10);
    a.firstResponse = f.at(2026, 11, 10, 10, 10);
    a.firstResponseDue = f.at(2026, 11, 10, 10, 30);
    KpiFixtureTicket b = ticket(f, 11, 10);
    b.firstResponse = f.at(2026, 11, 11, 10, 1);
    b.firstResponseDue = f.at(2026, 11, 11, 10, 30);
    return f.add(a) && f.add(b);
}

} // namespace

/** Every KPI of the catalogue against hand-computed values, through both the raw and the aggregate path. */
class TestKpiEngine : public QObject
{
    Q_OBJECT

private slots:
    void figures_data();
    void figures();
    void pendingResponsesBecomeMissedLater();
    void ruleSetVersionIsReportedAndFrozen();
    void aggregatesRefuseAnotherZone();
    void invalidPeriodIsRefused();

private:
    void row(const char *name, Scenario scenario, const QString &key, double value, qint64 n,
             const QString &status = QStringLiteral("ok"), KpiScope scope = KpiScope::Agent,
             qint64 subject = 1);
    QDateTime m_now;
};

void TestKpiEngine::row(const char *name, Scenario scenario, const QString &key, double value, qint64 n,
                        const QString &status, KpiScope scope, qint64 subject)
{
    QTest::newRow(name) << scenario << key << value << n << status << static_cast<int>(scope) << subject
                        << KpiPeriod::month(2026, 11)
                        << QDateTime(QDate(2026, 12, 15), QTime(0, 0), QTimeZone(8 * 3600)) << true
                        << QStringLiteral("Asia/Shanghai");
}

void TestKpiEngine::figures_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("scope");
    QTest::addColumn<qint64>("subject");
    QTest::addColumn<KpiPeriod>("period");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("minimal");
    QTest::addColumn<QString>("zone");

    const QString ok = QStringLiteral("ok");
    const QString insufficient = QStringLiteral("insufficient");

    row("no responses: handled", noResponses, QStringLiteral("handled"), 3, 3);
    row("no responses: frt mean", noResponses, QStringLiteral("frt_mean"), None, 0, insufficient);
    row("no responses: frt median", noResponses, QStringLiteral("frt_median"), None, 0, insufficient);
    row("no responses: past due is missed", noResponses, QStringLiteral("sla_response"), 0.0, 3);
    row("no responses: nothing resolved", noResponses, QStringLiteral("resolution_rate"), 0.0, 3);

    const Scenario due = dueStates;
    const QDateTime noon(QDate(2026, 11, 20), QTime(12, 0), QTimeZone(8 * 3600));
    QTest::newRow("not yet due is left out")
        << due << QStringLiteral("sla_response") << 1.0 / 3 << qint64(3) << ok << int(KpiScope::Agent)
        << qint64(1) << KpiPeriod::month(2026, 11) << noon << true << QStringLiteral("Asia/Shanghai");
    QTest::newRow("once due it is missed") << due << QStringLiteral("sla_response") << 0.25 << qint64(4) << ok
                                           << int(KpiScope::Agent) << qint64(1) << KpiPeriod::month(2026, 11)
                                           << noon.addDays(1) << true << QStringLiteral("Asia/Shanghai");
    row("late and in-time responses: frt mean", due, QStringLiteral("frt_mean"), 1650, 2);
    row("two values: median interpolates", due, QStringLiteral("frt_median"), 1650, 2);

    row("service hours: frt mean", serviceHours, QStringLiteral("frt_mean"), 3082.5, 4);
    row("service hours: frt median", serviceHours, QStringLiteral("frt_median"), 750, 4);
    row("service hours: frt p90", serviceHours, QStringLiteral("frt_p90"), 7920, 4);

    row("reopen: handled", reopenEscalation, QStringLiteral("handled"), 5, 5);
    row("reopen: resolution rate", reopenEscalation, QStringLiteral("resolution_rate"), 0.8, 5);
    row("reopen: fcr", reopenEscalation, QStringLiteral("fcr"), 0.25, 4);
    row("reopen: reopen rate", reopenEscalation, QStringLiteral("reopen_rate"), 0.5, 4);
    row("reopen: escalation rate", reopenEscalation, QStringLiteral("escalation_rate"), 0.6, 5);
    row("reopen: resolution time median", reopenEscalation, QStringLiteral("resolution_time"), 5400, 4);

    auto december
        = [&](const char *name, const QString &figure, double value, qint64 n, const QString &status) {
              QTest::newRow(name) << Scenario(noResponses) << figure << value << n << status
                                  << int(KpiScope::Agent) << qint64(1) << KpiPeriod::month(2026, 12)
                                  << QDateTime(QDate(2027, 1, 15), QTime(0, 0), QTimeZone(8 * 3600)) << true
                                  << QStringLiteral("Asia/Shanghai");
          };
    december("empty period: handled 0", QStringLiteral("handled"), 0, 0, ok);
    december("empty period: no sla", QStringLiteral("sla_response"), None, 0, insufficient);
    december("empty period: no csat", QStringLiteral("csat"), None, 0, insufficient);
    december("empty period: no aht", QStringLiteral("aht"), None, 0, insufficient);

    row("single survey: csat", singleSurvey, QStringLiteral("csat"), 1.0, 1);
    row("single survey: csat mean", singleSurvey, QStringLiteral("csat_mean"), 5.0, 1);
    QTest::newRow("single survey under default minimum is insufficient")
        << Scenario(singleSurvey) << QStringLiteral("csat") << 1.0 << qint64(1) << insufficient
        << int(KpiScope::Agent) << qint64(1) << KpiPeriod::month(2026, 11)
        << QDateTime(QDate(2026, 12, 15), QTime(0, 0), QTimeZone(8 * 3600)) << false
        << QStringLiteral("Asia/Shanghai");
    row("csat top-2-box", surveys, QStringLiteral("csat"), 0.5, 4);
    row("csat mean", surveys, QStringLiteral("csat_mean"), 3.5, 4);
    row("csat top box per source", surveysBySource, QStringLiteral("csat"), 2.0 / 3, 3);

    row("complaint named or latest earlier ticket", complaints, QStringLiteral("complaint_rate"), 0.5, 4);
    row("complaint via latest earlier ticket", complaints, QStringLiteral("complaint_rate"), 1.0, 1, ok,
        KpiScope::Agent, 2);
    row("complaint handler is not blamed", complaints, QStringLiteral("complaint_rate"), 0.0, 4, ok,
        KpiScope::Agent, 3);

    auto threshold = [&](const char *name, int count, const QString &status) {
        QTest::newRow(name) << Scenario([count](KpiFixture &f) { return answered(f, count); })
                            << QStringLiteral("sla_response") << 1.0 << qint64(count) << status
                            << int(KpiScope::Agent) << qint64(1) << KpiPeriod::month(2026, 11)
                            << QDateTime(QDate(2026, 12, 15), QTime(0, 0), QTimeZone(8 * 3600)) << false
                            << QStringLiteral("Asia/Shanghai");
    };
    threshold("19 tickets are insufficient", 19, insufficient);
    threshold("20 tickets are enough", 20, ok);

    const QList<QDateTime> shanghaiEdges
        = { QDateTime(QDate(2026, 10, 31), QTime(15, 59), QTimeZone::utc()), // 10-31 23:59 local: out
            QDateTime(QDate(2026, 10, 31), QTime(16, 30), QTimeZone::utc()), // 11-01 00:30: in
            QDateTime(QDate(2026, 11, 30), QTime(15, 59), QTimeZone::utc()), // 11-30 23:59: in
            QDateTime(QDate(2026, 11, 30), QTime(16, 0), QTimeZone::utc()) }; // 12-01 00:00: out
    row(
        "period edges in the team zone", [=](KpiFixture &f) { return monthEdges(f, shanghaiEdges); },
        QStringLiteral("handled"), 2, 2);
    // New York leaves daylight saving time on 2026-11-01: November runs from 04:00 UTC to 05:00 UTC.
    const QList<QDateTime> newYorkEdges = { QDateTime(QDate(2026, 11, 1), QTime(3, 59, 59), QTimeZone::utc()),
                                            QDateTime(QDate(2026, 11, 1), QTime(4, 0), QTimeZone::utc()),
                                            QDateTime(QDate(2026, 12, 1), QTime(4, 59), QTimeZone::utc()),
                                            QDateTime(QDate(2026, 12, 1), QTime(5, 0), QTimeZone::utc()) };
    QTest::newRow("period edges across a DST change")
        << Scenario([=](KpiFixture &f) { return monthEdges(f, newYorkEdges); }) << QStringLiteral("handled")
        << 2.0 << qint64(2) << ok << int(KpiScope::Agent) << qint64(1) << KpiPeriod::month(2026, 11)
        << QDateTime(QDate(2026, 12, 15), QTime(0, 0), QTimeZone::utc()) << true
        << QStringLiteral("America/New_York");

    row("conversion among inquiries", conversion, QStringLiteral("conversion"), 2.0 / 3, 3);
    row("aht over tickets with a handle time", handleTimes, QStringLiteral("aht"), 150, 2);

    row("team handled includes unassigned", teamTickets, QStringLiteral("handled"), 4, 4, ok, KpiScope::Team,
        1);
    row("team per capita", teamTickets, QStringLiteral("per_capita"), 4.0 / 3, 3, ok, KpiScope::Team, 1);
    row("team attrition", teamTickets, QStringLiteral("attrition"), 0.4, 3, ok, KpiScope::Team, 1);
    row("department handled", teamTickets, QStringLiteral("handled"), 4, 4, ok, KpiScope::Department, 1);
    row("center handled", teamTickets, QStringLiteral("handled"), 5, 5, ok, KpiScope::Center, 0);
    row("agent per capita is not applicable", teamTickets, QStringLiteral("per_capita"), None, 0,
        QStringLiteral("not_applicable"));
    row("agent attrition is not applicable", teamTickets, QStringLiteral("attrition"), None, 0,
        QStringLiteral("not_applicable"));
    row("qa score is not available", teamTickets, QStringLiteral("qa_score"), None, 0,
        QStringLiteral("not_available"));
    row("training completion is not available", teamTickets, QStringLiteral("training_completion"), None, 0,
        QStringLiteral("not_available"), KpiScope::Team, 1);

    row("platform service window: handled", platformWindow, QStringLiteral("handled"), 2, 2);
    row("platform service window: frt", platformWindow, QStringLiteral("frt_mean"), 300, 1);
    row("holiday exemption: frt skips the day", holidayExemption, QStringLiteral("frt_mean"), 60, 1);
    row("holiday exemption: sla keeps it", holidayExemption, QStringLiteral("sla_response"), 1.0, 2);
}

void TestKpiEngine::figures()
{
    QFETCH(Scenario, scenario);
    QFETCH(QString, key);
    QFETCH(double, value);
    QFETCH(qint64, n);
    QFETCH(QString, status);
    QFETCH(int, scope);
    QFETCH(qint64, subject);
    QFETCH(KpiPeriod, period);
    QFETCH(QDateTime, now);
    QFETCH(bool, minimal);
    QFETCH(QString, zone);

    QTemporaryDir dir;
    KpiFixture fixture(dir.filePath(QStringLiteral("kpi.sqlite")), zone);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    if (minimal)
        QVERIFY2(fixture.useRules(minimalRules()) > 0, qPrintable(fixture.error()));
    QVERIFY2(scenario(fixture), qPrintable(fixture.error()));

    QString error;
    QVERIFY2(KpiAggregateBuilder(fixture.store().connection()).rebuildAll(now.toSecsSinceEpoch(), &error),
             qPrintable(error));
    for (const KpiSource source : { KpiSource::Tickets, KpiSource::Aggregates }) {
        KpiQuery query;
        query.period = period;
        query.scope = static_cast<KpiScope>(scope);
        query.source = source;
        query.now = now.toSecsSinceEpoch();
        KpiReport report;
        QVERIFY2(KpiEngine(fixture.store().connection()).compute(query, &report, &error), qPrintable(error));
        QCOMPARE(report.source, source);
        const KpiResult *result = nullptr;
        for (const KpiResult &candidate : report.results) {
            if (candidate.id == subject)
                result = &candidate;
        }
        QVERIFY2(result, "the subject is listed");
        const KpiFigure *figure = result->figure(key);
        QVERIFY2(figure, qPrintable(key));
        const QString path
            = source == KpiSource::Tickets ? QStringLiteral("tickets") : QStringLiteral("aggregates");
        QVERIFY2(KpiScopes::statusCode(figure->status) == status,
                 qPrintable(path + QStringLiteral(": status ") + KpiScopes::statusCode(figure->status)));
        QCOMPARE(figure->n, n);
        if (std::isnan(value)) {
            QVERIFY2(!figure->value.has_value(), qPrintable(path));
        } else {
            QVERIFY2(figure->value.has_value(), qPrintable(path));
            QVERIFY2(std::abs(*figure->value - value) < 1e-9,
                     qPrintable(path + QStringLiteral(": %1 != %2").arg(*figure->value).arg(value)));
        }
        // Every rate with a sample carries the Wilson interval of its k and n.
        const KpiDefinition *definition = KpiCatalogue::find(figure->kpi);
        QVERIFY(definition);
        if (definition->isRate && figure->key == figure->kpi && figure->value
            && key != QLatin1StringView("attrition")) {
            QVERIFY(figure->low && figure->high);
            const auto k = static_cast<qint64>(std::llround(*figure->value * double(n)));
            const WilsonInterval expected = WilsonInterval::of(std::min(k, n), n);
            QCOMPARE(*figure->low, expected.low);
            QCOMPARE(*figure->high, expected.high);
        }
    }
}

void TestKpiEngine::pendingResponsesBecomeMissedLater()
{
    // Aggregates built while B was not yet due must count it as missed when read a day later.
    QTemporaryDir dir;
    KpiFixture fixture(dir.filePath(QStringLiteral("kpi.sqlite")));
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.useRules(minimalRules()) > 0);
    QVERIFY(dueStates(fixture));
    const qint64 builtAt = fixture.at(2026, 11, 20, 12).toSecsSinceEpoch();
    QString error;
    QVERIFY2(KpiAggregateBuilder(fixture.store().connection()).rebuildAll(builtAt, &error),
             qPrintable(error));
    KpiQuery query;
    query.period = KpiPeriod::month(2026, 11);
    query.source = KpiSource::Aggregates;
    query.now = builtAt + 86400;
    KpiReport report;
    QVERIFY2(KpiEngine(fixture.store().connection()).compute(query, &report, &error), qPrintable(error));
    const KpiFigure *sla = report.results.first().figure(QStringLiteral("sla_response"));
    QCOMPARE(sla->n, 4);
    QCOMPARE(*sla->value, 0.25);

    // Asking about an instant before the aggregates were built needs the tickets.
    query.now = builtAt - 60;
    QVERIFY(!KpiEngine(fixture.store().connection()).compute(query, &report, &error));
    query.source = KpiSource::Auto;
    QVERIFY2(KpiEngine(fixture.store().connection()).compute(query, &report, &error), qPrintable(error));
    QCOMPARE(report.source, KpiSource::Tickets);
}

void TestKpiEngine::ruleSetVersionIsReportedAndFrozen()
{
    QTemporaryDir dir;
    KpiFixture fixture(dir.filePath(QStringLiteral("kpi.sqlite")));
    QVERIFY(fixture.isValid());
    QVERIFY(surveys(fixture));
    KpiRuleSet proposal = KpiRuleSet::defaults();
    proposal.name = QStringLiteral("proposal: 3 is top box");
    proposal.csatTopBoxMinScore = 3;
    proposal.minSurveySamples = 1;
    KpiRuleSetRepository repository(fixture.store().connection());
    QString error;
    QVERIFY2(repository.saveAsNewVersion(&proposal, &error), qPrintable(error));
    QCOMPARE(proposal.version, 2);

    // A lead re-runs the month under the proposal without adopting it.
    KpiQuery query;
    query.period = KpiPeriod::month(2026, 11);
    query.ruleSetVersion = 2;
    KpiReport report;
    QVERIFY2(KpiEngine(fixture.store().connection()).compute(query, &report, &error), qPrintable(error));
    QCOMPARE(report.ruleSetVersion, 2);
    QCOMPARE(*report.results.first().figure(QStringLiteral("csat"))->value, 0.75);
    query.ruleSetVersion = 0;
    QVERIFY2(KpiEngine(fixture.store().connection()).compute(query, &report, &error), qPrintable(error));
    QCOMPARE(report.ruleSetVersion, 1);
    QCOMPARE(report.results.first().figure(QStringLiteral("csat"))->status, KpiFigureStatus::Insufficient);

    // Version 2 computed a result: it is frozen, in the repository and in the store itself.
    proposal.csatTopBoxMinScore = 2;
    QVERIFY(!repository.updateUnused(proposal, &error));
    QSqlQuery direct(fixture.store().connection());
    QVERIFY(!direct.exec(
        QStringLiteral("UPDATE kpi_rule_sets SET csat_top_box_min_score = 2 WHERE version = 2")));
    QVERIFY(!direct.exec(QStringLiteral("DELETE FROM kpi_rule_sets WHERE version = 2")));
    KpiRuleSet unused = KpiRuleSet::defaults();
    QVERIFY(repository.saveAsNewVersion(&unused, &error));
    unused.minTicketSamples = 5;
    QVERIFY2(repository.updateUnused(unused, &error), qPrintable(error));
    KpiRuleSet reloaded;
    QVERIFY(repository.load(unused.version, &reloaded, &error));
    QCOMPARE(reloaded.minTicketSamples, 5);
    QCOMPARE(reloaded.serviceWindows.size(), 2);
}

void TestKpiEngine::aggregatesRefuseAnotherZone()
{
    QTemporaryDir dir;
    KpiFixture fixture(dir.filePath(QStringLiteral("kpi.sqlite")));
    QVERIFY(fixture.isValid());
    QVERIFY(surveys(fixture));
    QString error;
    QVERIFY(KpiAggregateBuilder(fixture.store().connection()).rebuildAll(-1, &error));
    QSqlQuery query(fixture.store().connection());
    QVERIFY(query.exec(
        QStringLiteral("UPDATE store_settings SET value = 'Europe/Berlin' WHERE key = 'team_time_zone'")));
    KpiQuery kpi;
    kpi.period = KpiPeriod::month(2026, 11);
    kpi.source = KpiSource::Aggregates;
    KpiReport report;
    QVERIFY(!KpiEngine(fixture.store().connection()).compute(kpi, &report, &error));
    QVERIFY2(error.contains(QStringLiteral("Europe/Berlin")), qPrintable(error));
    kpi.source = KpiSource::Auto;
    QVERIFY(KpiEngine(fixture.store().connection()).compute(kpi, &report, &error));
    QCOMPARE(report.source, KpiSource::Tickets);
    QCOMPARE(report.timeZone, QStringLiteral("Europe/Berlin"));
}

void TestKpiEngine::invalidPeriodIsRefused()
{
    QTemporaryDir dir;
    KpiFixture fixture(dir.filePath(QStringLiteral("kpi.sqlite")));
    QVERIFY(fixture.isValid());
    KpiQuery query;
    query.period = KpiPeriod::range(QDate(2026, 11, 30), QDate(2026, 11, 1));
    KpiReport report;
    QString error;
    QVERIFY(!KpiEngine(fixture.store().connection()).compute(query, &report, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestKpiEngine)
#include "TestKpiEngine.moc"
