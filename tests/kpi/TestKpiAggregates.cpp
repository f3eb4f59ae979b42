#include "demo/DemoDataGenerator.h"
#include "import/ImportProfileLibrary.h"
#include "import/ImportRunner.h"
#include "kpi/KpiAggregateBuilder.h"
#include "kpi/KpiAggregateRefresher.h"
#include "kpi/KpiCatalogue.h"
#include "kpi/KpiEngine.h"
#include "kpi/KpiTrendPeriods.h"
#include "kpi/store/KpiAggregateRepository.h"
#include "kpi/store/KpiRuleSetRepository.h"
#include "kpi/store/KpiStaleRangeRepository.h"
#include "services/ActingUser.h"
#include "store/ImportHistoryRepository.h"
#include "store/ImportWriter.h"
#include "support/TestStores.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

Q_DECLARE_METATYPE(KpiPeriod)

namespace {

/** Fails with the first difference between two reports of the same query. */
QString difference(const KpiReport &a, const KpiReport &b)
{
    if (a.results.size() != b.results.size())
        return QStringLiteral("%1 results against %2").arg(a.results.size()).arg(b.results.size());
    for (qsizetype i = 0; i < a.results.size(); ++i) {
        const KpiResult &x = a.results.at(i);
        const KpiResult &y = b.results.at(i);
        if (x.id != y.id || x.figures.size() != y.figures.size())
            return QStringLiteral("result %1 differs in id or figures").arg(i);
        for (qsizetype j = 0; j < x.figures.size(); ++j) {
            const KpiFigure &f = x.figures.at(j);
            const KpiFigure &g = y.figures.at(j);
            auto same = [](const std::optional<double> &u, const std::optional<double> &v) {
                return u.has_value() == v.has_value()
                    && (!u || std::abs(*u - *v) <= 1e-9 * std::max(1.0, std::abs(*u)));
            };
            if (f.key != g.key || f.status != g.status || f.n != g.n || !same(f.value, g.value)
                || !same(f.low, g.low) || !same(f.high, g.high))
                return QStringLiteral("%1 %2: %3 n=%4 against %5 n=%6")
                    .arg(x.id)
                    .arg(f.key)
                    .arg(f.value.value_or(-1))
                    .arg(f.n)
                    .arg(g.value.value_or(-1))
                    .arg(g.n);
        }
    }
    return {};
}

bool storedRows(const Store &store, std::vector<KpiAggregateRow> *rows, QString *error)
{
    return KpiAggregateRepository(store.connection()).rows(0, std::numeric_limits<int>::max(), rows, error);
}

} // namespace

/** The aggregates against a full recomputation from the raw tickets of a generated demo store. */
class TestKpiAggregates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aggregatesEqualRecomputation_data();
    void aggregatesEqualRecomputation();
    void dayRebuildEqualsFullRebuild();
    void rebuildInsideCallersTransaction();
    void scatteredKeysEqualFullRebuild();
    void seriesEqualsComputeOfEachPeriod_data();
    void seriesEqualsComputeOfEachPeriod();
    void seriesRefusesOverlappingPeriods();
    void messageCountsCoverEveryMessage();
    void ruleSetChangeRecomputesMessageFigures();
    // Last: they change the store's tickets and conversations.
    void importedTranscriptMarksDaysStale();
    void importAndUndoKeepFiguresRight();

private:
    /** November for every agent, from the aggregates when they serve (Auto), and from the tickets. */
    void computeBoth(KpiReport *automatic, KpiReport *exact) const;
    static qint64 centerHandled(const Store &store, qint64 now);
    /** One figure of the center for November under a rule-set version (0 = active), and its source. */
    KpiFigure centerFigure(const QString &key, int ruleSetVersion, KpiSource source, KpiReport *report) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_now = 0;
};

void TestKpiAggregates::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = TestStores::createStore(m_dir);
    QVERIFY(m_store);
    DemoDataOptions options;
    options.agents = 24;
    options.days = 75;
    options.endDate = QDate(2026, 11, 30);
    DemoDataGenerator generator(*m_store);
    QString error;
    QVERIFY2(generator.generate(options, &error), qPrintable(error));
    QVERIFY(generator.summary().tickets > 5000);

    // The generator builds the aggregates with the current time; rebuild with a fixed one so the
    // comparison does not depend on when the test runs.
    m_now = QDateTime(QDate(2026, 12, 1), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
    KpiAggregateState state;
    QVERIFY(KpiAggregateRepository(m_store->connection()).state(&state, &error));
    QVERIFY2(state.exists, "demo generation builds the KPI aggregates");
    QVERIFY2(KpiAggregateBuilder(m_store->connection()).rebuildAll(m_now, &error), qPrintable(error));
}

void TestKpiAggregates::aggregatesEqualRecomputation_data()
{
    QTest::addColumn<KpiPeriod>("period");
    QTest::addColumn<int>("scope");
    QTest::addColumn<QString>("platform");
    QTest::newRow("month, agents") << KpiPeriod::month(2026, 11) << int(KpiScope::Agent) << QString();
    QTest::newRow("month, teams") << KpiPeriod::month(2026, 11) << int(KpiScope::Team) << QString();
    QTest::newRow("month, departments")
        << KpiPeriod::month(2026, 11) << int(KpiScope::Department) << QString();
    QTest::newRow("month, center") << KpiPeriod::month(2026, 11) << int(KpiScope::Center) << QString();
    QTest::newRow("month, agents, jd")
        << KpiPeriod::month(2026, 11) << int(KpiScope::Agent) << QStringLiteral("jd");
    QTest::newRow("quarter, agents") << KpiPeriod::quarter(2026, 4) << int(KpiScope::Agent) << QString();
    QTest::newRow("week, teams") << KpiPeriod::week(QDate(2026, 11, 11)) << int(KpiScope::Team) << QString();
    QTest::newRow("one day, agents") << KpiPeriod::day(QDate(2026, 10, 17)) << int(KpiScope::Agent)
                                     << QString();
    QTest::newRow("range across months, center, pdd")
        << KpiPeriod::range(QDate(2026, 9, 20), QDate(2026, 10, 9)) << int(KpiScope::Center)
        << QStringLiteral("pdd");
}

void TestKpiAggregates::aggregatesEqualRecomputation()
{
    QFETCH(KpiPeriod, period);
    QFETCH(int, scope);
    QFETCH(QString, platform);
    KpiQuery query;
    query.period = period;
    query.scope = static_cast<KpiScope>(scope);
    if (!platform.isEmpty())
        query.platform = Vocabulary::fromCode<Platform>(platform);
    query.now = m_now;
    QString error;
    KpiReport fromAggregates;
    KpiReport fromTickets;
    query.source = KpiSource::Aggregates;
    QVERIFY2(KpiEngine(m_store->connection()).compute(query, &fromAggregates, &error), qPrintable(error));
    query.source = KpiSource::Tickets;
    QVERIFY2(KpiEngine(m_store->connection()).compute(query, &fromTickets, &error), qPrintable(error));
    QVERIFY(!fromTickets.results.isEmpty());
    const QString diff = difference(fromAggregates, fromTickets);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    // Not vacuous: the data has volume, answered tickets and surveys.
    qint64 handled = 0;
    for (const KpiResult &result : fromTickets.results)
        handled += result.figure(QStringLiteral("handled"))->n;
    QVERIFY(handled > 0);
    // Nor for the message-level figures: the demo's chat tickets have conversations.
    qint64 customerMessages = 0;
    qint64 replies = 0;
    qint64 receptions = 0;
    for (const KpiResult &result : fromTickets.results) {
        customerMessages += result.figure(QStringLiteral("answer_ratio"))->n;
        replies += result.figure(QStringLiteral("reply_time"))->n;
        receptions += result.figure(QStringLiteral("receptions"))->n;
        QCOMPARE(result.figure(QStringLiteral("slow_reception_rate"))->n,
                 result.figure(QStringLiteral("receptions"))->n);
    }
    QVERIFY(customerMessages > 0);
    QVERIFY(replies > 0);
    QVERIFY(receptions > 0);
}

void TestKpiAggregates::dayRebuildEqualsFullRebuild()
{
    // Change tickets on one day the way an import batch would: move tickets to other agents, answer
    // one, add a ticket on an order that a later complaint (naming no one) is attributed through.
    QSqlDatabase db = m_store->connection();
    QSqlQuery query(db);
    const qint64 dayStart
        = QDateTime(QDate(2026, 11, 3), QTime(0, 0), QTimeZone("Asia/Shanghai")).toSecsSinceEpoch();
    QVERIFY(query.exec(
        QStringLiteral("UPDATE tickets SET agent_id = (agent_id %% 24) + 1 WHERE created_at >= %1 AND "
                       "created_at < %2 AND id %% 3 = 0 AND agent_id IS NOT NULL")
            .arg(dayStart)
            .arg(dayStart + 86400)
            .replace(QStringLiteral("%%"), QStringLiteral("%"))));
    QVERIFY(query.exec(
        QStringLiteral("UPDATE tickets SET first_response_at = created_at + 90 WHERE created_at >= %1 "
                       "AND created_at < %2 AND first_response_at IS NULL")
            .arg(dayStart)
            .arg(dayStart + 86400)));
    QVERIFY(query.exec(
        QStringLiteral("SELECT order_id FROM tickets WHERE type = 'complaint' AND about_agent_id IS NULL "
                       "AND order_id IS NOT NULL AND created_at > %1 LIMIT 1")
            .arg(dayStart + 86400)));
    const bool haveComplaint = query.next();
    if (haveComplaint) {
        const QString order = query.value(0).toString();
        QVERIFY2(
            query.exec(
                QStringLiteral(
                    "INSERT INTO tickets (source_system, external_id, platform, channel, type, category, "
                    "status, tier, "
                    "agent_id, team_id, order_id, created_at) SELECT 'test', 'moved-blame', 'taobao', "
                    "'chat', "
                    "'consultation', 'other', 'open', 'L1', 5, team_id, '%1', %2 FROM agents WHERE id = 5")
                    .arg(order)
                    .arg(dayStart + 3600)),
            qPrintable(query.lastError().text()));
    }

    QString error;
    KpiAggregateBuilder builder(db);
    QVERIFY2(builder.rebuildDays(QDate(2026, 11, 3), QDate(2026, 11, 3), m_now, &error), qPrintable(error));
    std::vector<KpiAggregateRow> patched;
    QVERIFY2(storedRows(*m_store, &patched, &error), qPrintable(error));
    QVERIFY2(builder.rebuildAll(m_now, &error), qPrintable(error));
    std::vector<KpiAggregateRow> rebuilt;
    QVERIFY2(storedRows(*m_store, &rebuilt, &error), qPrintable(error));
    QCOMPARE(patched.size(), rebuilt.size());
    for (std::size_t i = 0; i < rebuilt.size(); ++i) {
        QVERIFY2(patched[i].key == rebuilt[i].key, qPrintable(QString::number(i)));
        QVERIFY2(patched[i].counts == rebuilt[i].counts,
                 qPrintable(
                     QStringLiteral("day %1 agent %2").arg(rebuilt[i].key.day).arg(rebuilt[i].key.agentId)));
    }
}

void TestKpiAggregates::rebuildInsideCallersTransaction()
{
    // As an import batch would: change tickets and rebuild their days inside its own transaction; a
    // rollback takes the aggregates back together with the tickets.
    QSqlDatabase db = m_store->connection();
    QString error;
    std::vector<KpiAggregateRow> before;
    QVERIFY2(storedRows(*m_store, &before, &error), qPrintable(error));
    const qint64 dayStart
        = QDateTime(QDate(2026, 11, 5), QTime(0, 0), QTimeZone("Asia/Shanghai")).toSecsSinceEpoch();
    QVERIFY(db.transaction());
    QSqlQuery query(db);
    QVERIFY(query.exec(
        QStringLiteral("UPDATE tickets SET escalated = 1 WHERE created_at >= %1 AND created_at < %2")
            .arg(dayStart)
            .arg(dayStart + 86400)));
    QVERIFY(query.numRowsAffected() > 0);
    KpiAggregateBuilder builder(db);
    QVERIFY2(builder.rebuildCreatedRange(dayStart, dayStart + 86399, m_now, &error,
                                         KpiAggregateBuilder::Transaction::Callers),
             qPrintable(error));
    QVERIFY(builder.ticketsRead() > 0);
    std::vector<KpiAggregateRow> during;
    QVERIFY2(storedRows(*m_store, &during, &error), qPrintable(error));
    qint64 escalatedBefore = 0;
    qint64 escalatedDuring = 0;
    for (const KpiAggregateRow &row : before)
        escalatedBefore += row.counts.escalated;
    for (const KpiAggregateRow &row : during)
        escalatedDuring += row.counts.escalated;
    QVERIFY(escalatedDuring > escalatedBefore);
    QVERIFY(db.rollback());
    std::vector<KpiAggregateRow> after;
    QVERIFY2(storedRows(*m_store, &after, &error), qPrintable(error));
    QCOMPARE(after.size(), before.size());
    for (std::size_t i = 0; i < after.size(); ++i)
        QVERIFY(after[i].key == before[i].key && after[i].counts == before[i].counts);
}

void TestKpiAggregates::scatteredKeysEqualFullRebuild()
{
    // Two separate days change; (agent, day) keys name them, and the result equals a full rebuild.
    QSqlDatabase db = m_store->connection();
    QSqlQuery query(db);
    const QTimeZone zone("Asia/Shanghai");
    const QList<QDate> changed = { QDate(2026, 10, 2), QDate(2026, 11, 20) };
    for (const QDate &day : changed) {
        const qint64 start = QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch();
        QVERIFY(
            query.exec(QStringLiteral("UPDATE tickets SET csat_score = 1, reopen_count = reopen_count + 1 "
                                      "WHERE created_at >= %1 AND created_at < %2 AND id %3 4 = 1")
                           .arg(start)
                           .arg(start + 86400)
                           .arg(QLatin1Char('%'))));
        QVERIFY(query.numRowsAffected() > 0);
    }
    QString error;
    KpiAggregateBuilder builder(db);
    QVERIFY2(builder.rebuildKeys({ { 3, changed.at(1) }, { 7, changed.at(0) }, { 9, changed.at(1) } }, m_now,
                                 &error),
             qPrintable(error));
    std::vector<KpiAggregateRow> patched;
    QVERIFY2(storedRows(*m_store, &patched, &error), qPrintable(error));
    QVERIFY2(builder.rebuildAll(m_now, &error), qPrintable(error));
    std::vector<KpiAggregateRow> rebuilt;
    QVERIFY2(storedRows(*m_store, &rebuilt, &error), qPrintable(error));
    QCOMPARE(patched.size(), rebuilt.size());
    for (std::size_t i = 0; i < rebuilt.size(); ++i)
        QVERIFY(patched[i].key == rebuilt[i].key && patched[i].counts == rebuilt[i].counts);
}

void TestKpiAggregates::seriesEqualsComputeOfEachPeriod_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<int>("granularity");
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("platform");
    QTest::newRow("team by day, aggregates")
        << int(KpiScope::Team) << int(KpiGranularity::Day) << int(KpiSource::Aggregates) << QString();
    QTest::newRow("team by day, tickets")
        << int(KpiScope::Team) << int(KpiGranularity::Day) << int(KpiSource::Tickets) << QString();
    QTest::newRow("agent by week, aggregates, taobao")
        << int(KpiScope::Agent) << int(KpiGranularity::Week) << int(KpiSource::Aggregates)
        << QStringLiteral("taobao");
    QTest::newRow("department by month, aggregates")
        << int(KpiScope::Department) << int(KpiGranularity::Month) << int(KpiSource::Aggregates) << QString();
    QTest::newRow("center by week, tickets")
        << int(KpiScope::Center) << int(KpiGranularity::Week) << int(KpiSource::Tickets) << QString();
}

void TestKpiAggregates::seriesEqualsComputeOfEachPeriod()
{
    QFETCH(int, scope);
    QFETCH(int, granularity);
    QFETCH(int, source);
    QFETCH(QString, platform);
    KpiQuery query;
    query.scope = static_cast<KpiScope>(scope);
    query.source = static_cast<KpiSource>(source);
    query.now = m_now;
    if (!platform.isEmpty())
        query.platform = Vocabulary::fromCode<Platform>(platform);
    // The whole demo span and a little before it, so empty periods are in the series too.
    const QList<KpiPeriod> periods = KpiTrendPeriods::split(
        KpiPeriod::range(QDate(2026, 9, 10), QDate(2026, 11, 30)), static_cast<KpiGranularity>(granularity));

    // The subject: the group with the most tickets in the last period (any group for the center).
    QString error;
    KpiReport last;
    query.period = periods.last();
    QVERIFY2(KpiEngine(m_store->connection()).compute(query, &last, &error), qPrintable(error));
    qint64 subject = 0;
    qint64 most = -1;
    for (const KpiResult &result : std::as_const(last.results)) {
        if (result.figure(QStringLiteral("handled"))->n > most) {
            most = result.figure(QStringLiteral("handled"))->n;
            subject = result.id;
        }
    }
    QVERIFY(most > 0);

    QList<KpiResult> points;
    KpiReport meta;
    QVERIFY2(KpiEngine(m_store->connection()).computeSeries(query, periods, subject, &points, &meta, &error),
             qPrintable(error));
    QCOMPARE(points.size(), periods.size());
    QCOMPARE(meta.source, query.source);
    qint64 handledInSeries = 0;
    for (qsizetype i = 0; i < periods.size(); ++i) {
        query.period = periods.at(i);
        KpiReport single;
        QVERIFY2(KpiEngine(m_store->connection()).compute(query, &single, &error), qPrintable(error));
        KpiReport one = single;
        one.results.clear();
        for (const KpiResult &result : std::as_const(single.results))
            if (result.id == subject)
                one.results.append(result);
        QCOMPARE(one.results.size(), 1);
        KpiReport fromSeries = single;
        fromSeries.results = { points.at(i) };
        QCOMPARE(points.at(i).name, one.results.first().name);
        const QString diff = difference(fromSeries, one);
        QVERIFY2(diff.isEmpty(), qPrintable(periods.at(i).toString() + QStringLiteral(": ") + diff));
        handledInSeries += points.at(i).figure(QStringLiteral("handled"))->n;
    }
    QVERIFY(handledInSeries > most); // more than one period had tickets: not vacuous
    if (static_cast<KpiGranularity>(granularity) != KpiGranularity::Month) // September's month has data
        QCOMPARE(points.first().figure(QStringLiteral("handled"))->n, 0); // a period before the demo data
}

void TestKpiAggregates::seriesRefusesOverlappingPeriods()
{
    KpiQuery query;
    query.scope = KpiScope::Center;
    QList<KpiResult> points;
    QString error;
    const QList<KpiPeriod> overlapping { KpiPeriod::range(QDate(2026, 11, 1), QDate(2026, 11, 10)),
                                         KpiPeriod::range(QDate(2026, 11, 10), QDate(2026, 11, 20)) };
    QVERIFY(!KpiEngine(m_store->connection()).computeSeries(query, overlapping, 0, &points, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("overlap")), qPrintable(error));
}

void TestKpiAggregates::messageCountsCoverEveryMessage()
{
    // Every message of every ticket's conversations lands in exactly one stored row: the sums of
    // kpi_agent_day equal counts taken straight from the messages table.
    std::vector<KpiAggregateRow> rows;
    QString error;
    QVERIFY2(storedRows(*m_store, &rows, &error), qPrintable(error));
    KpiMessageCounts total;
    for (const KpiAggregateRow &row : rows)
        total.merge(row.counts.messages);
    auto count = [this](const QString &sql) {
        QSqlQuery query(m_store->connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    };
    QVERIFY(total.customerMessages > 1000);
    QCOMPARE(total.customerMessages,
             count(QStringLiteral("SELECT count(*) FROM messages WHERE speaker = 'customer'")));
    // No marker in the default rules: agent messages are the agent's, bot messages automatic.
    QCOMPARE(total.agentMessages,
             count(QStringLiteral("SELECT count(*) FROM messages WHERE speaker = 'agent'")));
    QCOMPARE(total.autoReplies, count(QStringLiteral("SELECT count(*) FROM messages WHERE speaker = 'bot'")));
    // A conversation is one customer: receptions are its distinct local days with a customer message.
    // The demo store's zone is the one the aggregates were built in.
    KpiAggregateState state;
    QVERIFY2(KpiAggregateRepository(m_store->connection()).state(&state, &error), qPrintable(error));
    const QTimeZone zone(state.timeZone.toUtf8());
    QVERIFY(zone.isValid());
    QSqlQuery days(m_store->connection());
    QVERIFY(days.exec(
        QStringLiteral("SELECT conversation_id, sent_at FROM messages WHERE speaker = 'customer'")));
    QSet<QPair<qint64, qint64>> customerDays;
    while (days.next())
        customerDays.insert(
            { days.value(0).toLongLong(),
              QDateTime::fromSecsSinceEpoch(days.value(1).toLongLong(), zone).date().toJulianDay() });
    QCOMPARE(total.receptions, qint64(customerDays.size()));
    QVERIFY(total.sessions >= count(QStringLiteral("SELECT count(DISTINCT conversation_id) FROM messages "
                                                   "WHERE speaker = 'customer'")));
    QVERIFY(total.replies > 0 && total.replies <= total.agentMessages);
    QVERIFY(total.slowReplies <= total.replies);
    QVERIFY(total.overLimitReplies <= total.slowReplies);
}

KpiFigure TestKpiAggregates::centerFigure(const QString &key, int ruleSetVersion, KpiSource source,
                                          KpiReport *report) const
{
    KpiQuery query;
    query.period = KpiPeriod::month(2026, 11);
    query.scope = KpiScope::Center;
    query.now = m_now;
    query.source = source;
    query.ruleSetVersion = ruleSetVersion;
    QString error;
    if (!KpiEngine(m_store->connection()).compute(query, report, &error) || report->results.isEmpty()) {
        qWarning() << "compute failed:" << error;
        return {};
    }
    const KpiFigure *figure = report->results.first().figure(key);
    return figure ? *figure : KpiFigure();
}

void TestKpiAggregates::ruleSetChangeRecomputesMessageFigures()
{
    // A lead re-runs November under a proposed rule set: a 1-minute session gap (more silences start
    // new sessions and the silence before them is not waited), slow after 30 s flagged at the first,
    // and the greeting the demo's Chinese agents open with treated as an auto-reply marker (it then
    // answers nobody and is no agent message).
    QSqlDatabase db = m_store->connection();
    KpiRuleSetRepository ruleSets(db);
    QString error;
    const int original = ruleSets.activeVersion(&error);
    QVERIFY2(original > 0, qPrintable(error));
    KpiRuleSet proposed;
    QVERIFY2(ruleSets.load(original, &proposed, &error), qPrintable(error));
    proposed.name = QStringLiteral("Proposed: strict sessions");
    proposed.sessionGapMinutes = 1;
    proposed.slowResponseSeconds = 30;
    proposed.slowResponseFlagCount = 1;
    proposed.autoReplyMarker = QStringLiteral("您好，我是客服");
    QVERIFY2(ruleSets.saveAsNewVersion(&proposed, &error), qPrintable(error));
    QVERIFY(proposed.version != original);

    KpiReport before, after, exact;
    const KpiFigure replyBefore
        = centerFigure(QStringLiteral("reply_time"), original, KpiSource::Auto, &before);
    QCOMPARE(before.source, KpiSource::Aggregates);
    QCOMPARE(before.ruleSetVersion, original);
    const KpiFigure replyAfter
        = centerFigure(QStringLiteral("reply_time"), proposed.version, KpiSource::Auto, &after);
    // The aggregates count under the old rules, so the engine reads the raw tickets and says why.
    QCOMPARE(after.source, KpiSource::Tickets);
    QCOMPARE(after.ruleSetVersion, proposed.version);
    QVERIFY2(after.note.contains(QString::number(proposed.version)), qPrintable(after.note));
    QVERIFY(replyBefore.n > 0 && replyAfter.n > 0);
    QVERIFY2(
        replyAfter.n < replyBefore.n,
        qPrintable(
            QStringLiteral("%1 replies under the proposal, %2 before").arg(replyAfter.n).arg(replyBefore.n)));
    const KpiFigure slowBefore
        = centerFigure(QStringLiteral("slow_reception_rate"), original, KpiSource::Auto, &before);
    const KpiFigure slowAfter
        = centerFigure(QStringLiteral("slow_reception_rate"), proposed.version, KpiSource::Auto, &after);
    QCOMPARE(slowAfter.n, slowBefore.n); // receptions do not depend on these rules
    QVERIFY(slowAfter.value.value_or(0) > slowBefore.value.value_or(1));
    const KpiFigure ratioBefore
        = centerFigure(QStringLiteral("answer_ratio"), original, KpiSource::Auto, &before);
    const KpiFigure ratioAfter
        = centerFigure(QStringLiteral("answer_ratio"), proposed.version, KpiSource::Auto, &after);
    QCOMPARE(ratioAfter.n, ratioBefore.n); // customer messages are customer messages
    QVERIFY(ratioAfter.value.value_or(1) < ratioBefore.value.value_or(0));

    // Adopted: the day rebuild notices the aggregates count differently and rebuilds everything;
    // then the aggregates serve the new version and equal the recomputation.
    QVERIFY2(ruleSets.setActiveVersion(proposed.version, &error), qPrintable(error));
    QVERIFY2(KpiAggregateBuilder(db).rebuildDays(QDate(2026, 11, 1), QDate(2026, 11, 2), m_now, &error),
             qPrintable(error));
    const KpiFigure adopted = centerFigure(QStringLiteral("reply_time"), 0, KpiSource::Auto, &after);
    QCOMPARE(after.source, KpiSource::Aggregates);
    QCOMPARE(after.ruleSetVersion, proposed.version);
    QCOMPARE(adopted.n, replyAfter.n);
    QCOMPARE(adopted.value.value_or(-1), replyAfter.value.value_or(-2));
    KpiReport automatic;
    computeBoth(&automatic, &exact);
    QCOMPARE(automatic.source, KpiSource::Aggregates);
    const QString diff = difference(automatic, exact);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // Back to the original rules for the tests after this one.
    QVERIFY2(ruleSets.setActiveVersion(original, &error), qPrintable(error));
    QVERIFY2(KpiAggregateBuilder(db).rebuildAll(m_now, &error), qPrintable(error));
}

void TestKpiAggregates::importedTranscriptMarksDaysStale()
{
    // A transcript imported for an existing ticket changes only messages, not the ticket: the batch
    // still records the ticket's creation day as stale, so the aggregates never miss the messages.
    QSqlDatabase db = m_store->connection();
    QSqlQuery pick(db);
    QVERIFY(pick.exec(
        QStringLiteral(
            "SELECT id, source_system, external_id, created_at FROM tickets WHERE external_id IS NOT NULL "
            "AND "
            "agent_id IS NOT NULL AND created_at >= %1 AND id NOT IN (SELECT ticket_id FROM conversations) "
            "ORDER BY created_at LIMIT 1")
            .arg(QDateTime(QDate(2026, 11, 12), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch())));
    QVERIFY(pick.next());
    const qint64 ticketId = pick.value(0).toLongLong();
    const QString source = pick.value(1).toString();
    const QString externalId = pick.value(2).toString();
    const qint64 createdAt = pick.value(3).toLongLong();
    pick.finish();

    KpiReport automatic, exact;
    QString error;
    KpiAggregateRefresher refresher(db);
    QVERIFY2(refresher.refresh(m_now, &error), qPrintable(error));
    computeBoth(&automatic, &exact);
    QCOMPARE(automatic.source, KpiSource::Aggregates);
    KpiReport centerBefore;
    const KpiFigure customersBefore
        = centerFigure(QStringLiteral("answer_ratio"), 0, KpiSource::Tickets, &centerBefore);

    ImportBatchInfo info;
    info.kind = QStringLiteral("messages");
    info.sourceSystem = source;
    info.fileName = QStringLiteral("transcripts.csv");
    info.contentHash = QStringLiteral("kpi-transcript");
    info.profile = QStringLiteral("test-messages");
    info.userLogin = QStringLiteral("lead");
    info.startedAt = m_now;
    ImportWriter writer(db);
    QVERIFY2(writer.begin(info, &error), qPrintable(error));
    const char *speakers[] = { "customer", "agent", "customer", "agent" };
    for (int i = 0; i < 4; ++i) {
        ImportMessageRow row;
        row.origin.row = i + 1;
        row.origin.line = i + 2;
        row.conversationKey = QStringLiteral("KPI-TRANSCRIPT");
        row.ticketExternalId = externalId;
        row.speaker = QLatin1String(speakers[i]);
        row.sentAt = createdAt + 30 * i;
        row.text = QStringLiteral("message %1").arg(i);
        row.position = i;
        QVERIFY2(writer.stageMessage(row, &error), qPrintable(error));
    }
    ImportCounts counts;
    QVERIFY2(writer.finishMessages(&counts, &error), qPrintable(error));
    QCOMPARE(counts.inserted, 1);
    QVERIFY2(writer.commit(counts, &error), qPrintable(error));
    QSqlQuery linked(db);
    QVERIFY(
        linked.exec(QStringLiteral("SELECT count(*) FROM conversations WHERE ticket_id = %1").arg(ticketId)));
    QVERIFY(linked.next());
    QCOMPARE(linked.value(0).toInt(), 1);

    QList<KpiStaleRange> stale;
    QVERIFY2(KpiStaleRangeRepository(db).all(&stale, &error), qPrintable(error));
    QCOMPARE(stale.size(), 1);
    QVERIFY(stale.first().fromEpoch <= createdAt && createdAt <= stale.first().toEpoch);
    computeBoth(&automatic, &exact);
    QCOMPARE(automatic.source, KpiSource::Tickets);
    KpiReport centerAfter;
    const KpiFigure customersAfter
        = centerFigure(QStringLiteral("answer_ratio"), 0, KpiSource::Tickets, &centerAfter);
    QCOMPARE(customersAfter.n, customersBefore.n + 2);

    QVERIFY2(refresher.refresh(m_now, &error), qPrintable(error));
    computeBoth(&automatic, &exact);
    QCOMPARE(automatic.source, KpiSource::Aggregates);
    const QString diff = difference(automatic, exact);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestKpiAggregates::computeBoth(KpiReport *automatic, KpiReport *exact) const
{
    KpiQuery query;
    query.period = KpiPeriod::month(2026, 11);
    query.scope = KpiScope::Agent;
    query.now = m_now;
    QString error;
    query.source = KpiSource::Auto;
    QVERIFY2(KpiEngine(m_store->connection()).compute(query, automatic, &error), qPrintable(error));
    query.source = KpiSource::Tickets;
    QVERIFY2(KpiEngine(m_store->connection()).compute(query, exact, &error), qPrintable(error));
}

qint64 TestKpiAggregates::centerHandled(const Store &store, qint64 now)
{
    KpiQuery query;
    query.period = KpiPeriod::month(2026, 11);
    query.scope = KpiScope::Center;
    query.now = now;
    query.source = KpiSource::Tickets;
    KpiReport report;
    QString error;
    if (!KpiEngine(store.connection()).compute(query, &report, &error) || report.results.isEmpty())
        return -1;
    const KpiFigure *handled = report.results.first().figure(QStringLiteral("handled"));
    return handled ? qint64(handled->value.value_or(-1)) : -1;
}

void TestKpiAggregates::importAndUndoKeepFiguresRight()
{
    // An import records which days it changed; until they are rebuilt the engine reads the raw
    // tickets, so no figure is ever computed from aggregates that miss the import.
    QStringList agents;
    {
        QSqlQuery query(QStringLiteral("SELECT name FROM agents ORDER BY id LIMIT 3"), m_store->connection());
        while (query.next())
            agents.append(query.value(0).toString());
    }
    QCOMPARE(agents.size(), 3);
    const QString csv = m_dir.filePath(QStringLiteral("november.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("external_id,platform,channel,type,category,status,agent,created_at,first_response_at,"
                   "resolved_at,csat_score\n");
        for (int i = 0; i < 30; ++i)
            file.write(
                QStringLiteral("UPKEEP-%1,taobao,chat,complaint,service,resolved,%2,2026-11-%3 10:00:00,"
                               "2026-11-%3 10:05:00,2026-11-%3 12:00:00,%4\n")
                    .arg(i)
                    .arg(agents.at(i % 3))
                    .arg(10 + i % 10)
                    .arg(1 + i % 5)
                    .toUtf8());
    }
    const qint64 before = centerHandled(*m_store, m_now);
    QVERIFY(before > 0);

    ImportProfile profile;
    QString error;
    QVERIFY2(ImportProfileLibrary(m_dir.filePath(QStringLiteral("no-user-profiles")))
                 .load(QStringLiteral("teamlens-tickets"), &profile, &error),
             qPrintable(error));
    ImportRequest request;
    request.sourcePath = csv;
    request.profile = profile;
    const ImportResult imported
        = ImportRunner(*m_store, ActingUser::localOperator(QStringLiteral("lead"))).run(request);
    QVERIFY2(imported.committed, qPrintable(imported.error));
    QCOMPARE(centerHandled(*m_store, m_now), before + 30);

    KpiReport automatic, exact;
    computeBoth(&automatic, &exact);
    QCOMPARE(automatic.source, KpiSource::Tickets);
    QVERIFY2(automatic.note.contains(QStringLiteral("import")), qPrintable(automatic.note));

    KpiAggregateRefresher refresher(m_store->connection());
    QVERIFY2(refresher.refresh(m_now, &error), qPrintable(error));
    QCOMPARE(refresher.rangesRebuilt(), 1);
    computeBoth(&automatic, &exact);
    QCOMPARE(automatic.source, KpiSource::Aggregates);
    QString diff = difference(automatic, exact);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    QVERIFY2(ImportHistoryRepository(m_store->connection()).undo(imported.batchId, m_now, &error),
             qPrintable(error));
    QCOMPARE(centerHandled(*m_store, m_now), before);
    computeBoth(&automatic, &exact);
    QCOMPARE(automatic.source, KpiSource::Tickets);
    QVERIFY2(refresher.refresh(m_now, &error), qPrintable(error));
    computeBoth(&automatic, &exact);
    QCOMPARE(automatic.source, KpiSource::Aggregates);
    diff = difference(automatic, exact);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

QTEST_GUILESS_MAIN(TestKpiAggregates)
#include "TestKpiAggregates.moc"
