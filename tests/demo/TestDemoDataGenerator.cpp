#include "demo/DemoDataGenerator.h"
#include "demo/DemoRandom.h"
#include "sla/SlaPolicy.h"
#include "store/SlaRepository.h"
#include "store/Store.h"
#include "support/TestStores.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

namespace {

const QDate EndDate(2026, 11, 20);

DemoDataOptions smallOptions()
{
    DemoDataOptions options;
    options.agents = 14;
    options.days = 30; // includes 11.11
    options.seed = 42;
    options.endDate = EndDate;
    return options;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning() << "query failed" << sql;
        return -1;
    }
    return query.value(0).toLongLong();
}

double ratio(const QSqlDatabase &db, const QString &numerator, const QString &denominator)
{
    const qint64 d = scalar(db, denominator);
    return d > 0 ? double(scalar(db, numerator)) / double(d) : 0.0;
}

QByteArray digest(const QSqlDatabase &db, const QString &sql)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return {};
    const int columns = query.record().count();
    while (query.next()) {
        for (int i = 0; i < columns; ++i) {
            hash.addData(query.value(i).toString().toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        }
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return hash.result();
}

} // namespace

/** The demo generator against real stores: determinism, plausible distributions and integrity. */
class TestDemoDataGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void randomIsStable();
    void isDeterministic();
    void differentSeedDiffers();
    void organisation();
    void everyCodeAppears();
    void rhythms();
    void timesAndSla();
    void outcomes();
    void conversations();
    void conversationShare();
    void integrity();
    void cancelLeavesNothing();
    void generatesTwiceIntoOneStore();
    void rejectsBadOptions();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QSqlDatabase m_db;
};

void TestDemoDataGenerator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = TestStores::createDemoStore(m_dir, smallOptions(), QStringLiteral("main.sqlite"));
    QVERIFY(m_store);
    m_db = m_store->connection();
}

void TestDemoDataGenerator::randomIsStable()
{
    // The sequence is part of the contract: a seed gives the same data everywhere.
    DemoRandom a(1);
    DemoRandom b(1);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(a.next(), b.next());
    DemoRandom c(2);
    QVERIFY(DemoRandom(1).next() != c.next());
    DemoRandom d(7);
    double sum = 0;
    for (int i = 0; i < 10000; ++i) {
        const double u = d.uniform();
        QVERIFY(u >= 0 && u < 1);
        sum += u;
    }
    QVERIFY(qAbs(sum / 10000 - 0.5) < 0.02);
}

void TestDemoDataGenerator::isDeterministic()
{
    const auto again = TestStores::createDemoStore(m_dir, smallOptions(), QStringLiteral("again.sqlite"));
    QVERIFY(again);
    const QSqlDatabase other = again->connection();
    for (const QString &sql :
         { QStringLiteral("SELECT * FROM tickets ORDER BY id"),
           QStringLiteral("SELECT * FROM messages ORDER BY conversation_id, seq"),
           QStringLiteral("SELECT * FROM agents ORDER BY id"),
           QStringLiteral("SELECT * FROM agent_accounts ORDER BY agent_id, platform") }) {
        const QByteArray first = digest(m_db, sql);
        QVERIFY(!first.isEmpty());
        QCOMPARE(digest(other, sql), first);
    }
    again->releaseThreadConnection();
}

void TestDemoDataGenerator::differentSeedDiffers()
{
    DemoDataOptions options = smallOptions();
    options.seed = 43;
    const auto other = TestStores::createDemoStore(m_dir, options, QStringLiteral("other-seed.sqlite"));
    QVERIFY(other);
    const QString sql = QStringLiteral("SELECT * FROM tickets ORDER BY id");
    QVERIFY(digest(other->connection(), sql) != digest(m_db, sql));
    other->releaseThreadConnection();
}

void TestDemoDataGenerator::organisation()
{
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM departments")), 4);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM teams")), 10);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM teams WHERE parent_team_id IS NOT NULL")) >= 1);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(DISTINCT tier) FROM teams")), 3);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM agents")), 14);
    QCOMPARE(
        scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM agents WHERE english_name IS NULL OR name = ''")),
        0);
    // Every agent works in a team of its own tier and has one account per platform served.
    QCOMPARE(scalar(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM agents a JOIN teams t ON t.id = a.team_id "
                                   "WHERE a.tier <> t.tier")),
             0);
    QCOMPARE(scalar(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM agents WHERE id NOT IN "
                                   "(SELECT agent_id FROM agent_accounts)")),
             0);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM agent_accounts WHERE account LIKE '%:小%'"))
            > 0);
    // Hire dates spread over years; new hires in the last six weeks have mentors; someone left.
    QVERIFY(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM agents WHERE hire_date < '2025-11-01'")) >= 3);
    const qint64 newHires
        = scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM agents WHERE hire_date >= '2026-10-09'"));
    QVERIFY(newHires >= 1);
    QCOMPARE(scalar(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM agents WHERE hire_date >= '2026-10-09' "
                                   "AND mentor_id IS NOT NULL")),
             newHires);
    QVERIFY(scalar(m_db,
                   QStringLiteral("SELECT COUNT(*) FROM agents WHERE status = 'left' AND left_date "
                                  "BETWEEN '2026-10-22' AND '2026-11-20'"))
            >= 1);
}

void TestDemoDataGenerator::everyCodeAppears()
{
    const auto distinct = [this](const QString &column) {
        return scalar(m_db, QStringLiteral("SELECT COUNT(DISTINCT %1) FROM tickets").arg(column));
    };
    QCOMPARE(distinct(QStringLiteral("platform")), 5);
    QCOMPARE(distinct(QStringLiteral("channel")), 5);
    QCOMPARE(distinct(QStringLiteral("type")), 7);
    QCOMPARE(distinct(QStringLiteral("category")), 4);
    QCOMPARE(distinct(QStringLiteral("status")), 6);
    QCOMPARE(distinct(QStringLiteral("priority")), 4);
    QCOMPARE(distinct(QStringLiteral("tier")), 3);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(DISTINCT speaker) FROM messages")), 4);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 14 * 30 * 40);
    // Agent and team of a ticket agree, and so do the tiers.
    QCOMPARE(scalar(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM tickets t JOIN agents a ON a.id = t.agent_id "
                                   "WHERE a.team_id <> t.team_id OR a.tier <> t.tier")),
             0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE source_system <> 'demo'")), 0);
}

void TestDemoDataGenerator::rhythms()
{
    // Local (UTC+8) days and hours.
    const QString day = QStringLiteral("date(created_at + 8 * 3600, 'unixepoch')");
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("SELECT %1, COUNT(*) FROM tickets GROUP BY 1").arg(day)));
    double weekday = 0, weekend = 0;
    int weekdays = 0, weekends = 0;
    qint64 singlesDay = 0;
    QList<qint64> ordinary;
    while (query.next()) {
        const QDate date = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        const qint64 count = query.value(1).toLongLong();
        if (date == QDate(2026, 11, 11))
            singlesDay = count;
        if (date.month() == 11 && date.day() >= 10 && date.day() <= 14)
            continue;
        ordinary.append(count);
        (date.dayOfWeek() >= 6 ? weekend : weekday) += double(count);
        ++(date.dayOfWeek() >= 6 ? weekends : weekdays);
    }
    const double weekendShare = (weekend / weekends) / (weekday / weekdays);
    QVERIFY2(weekendShare > 0.5 && weekendShare < 0.95, qPrintable(QString::number(weekendShare)));
    std::sort(ordinary.begin(), ordinary.end());
    const double median = double(ordinary.at(ordinary.size() / 2));
    QVERIFY2(singlesDay > 2.5 * median && singlesDay < 6 * median,
             qPrintable(QString::number(singlesDay / median)));

    const QString hour
        = QStringLiteral("CAST(strftime('%H', created_at + 8 * 3600, 'unixepoch') AS INTEGER)");
    const qint64 night
        = scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE %1 BETWEEN 2 AND 4").arg(hour));
    const qint64 peak
        = scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE %1 BETWEEN 20 AND 22").arg(hour));
    QVERIFY(peak > 10 * night);
}

void TestDemoDataGenerator::timesAndSla()
{
    QCOMPARE(scalar(m_db,
                    QStringLiteral(
                        "SELECT value = 'Asia/Shanghai' FROM store_settings WHERE key = 'team_time_zone'")),
             1);
    // Times are ordered.
    QCOMPARE(scalar(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM tickets WHERE first_response_at < created_at "
                                   "OR resolved_at < first_response_at OR closed_at < resolved_at "
                                   "OR (resolved_at IS NOT NULL AND first_response_at IS NULL)")),
             0);
    // Tickets are stored in creation order.
    QCOMPARE(scalar(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM tickets a JOIN tickets b ON b.id = a.id + 1 "
                                   "WHERE b.created_at < a.created_at")),
             0);
    // Median first response within a sane band.
    const qint64 responded
        = scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE first_response_at IS NOT NULL"));
    const qint64 median = scalar(m_db,
                                 QStringLiteral("SELECT first_response_at - created_at FROM tickets WHERE "
                                                "first_response_at IS NOT NULL ORDER BY 1 LIMIT 1 OFFSET %1")
                                     .arg(responded / 2));
    QVERIFY2(median >= 10 && median <= 3600, qPrintable(QString::number(median)));

    // Due times are the store's SLA policies applied to created_at.
    SlaPolicySet policies;
    QString error;
    QVERIFY2(SlaRepository(m_db).load(&policies, &error), qPrintable(error));
    QSqlQuery query(m_db);
    QVERIFY(query.exec(
        QStringLiteral("SELECT platform, type, priority, created_at, sla_policy_id, first_response_due_at, "
                       "resolution_due_at FROM tickets WHERE id % 23 = 0")));
    int checked = 0;
    while (query.next()) {
        const SlaDueTimes due = policies.dueTimes(
            *Vocabulary::fromCode<Platform>(query.value(0).toString()),
            *Vocabulary::fromCode<TicketType>(query.value(1).toString()),
            *Vocabulary::fromCode<Priority>(query.value(2).toString()), query.value(3).toLongLong());
        QCOMPARE(query.value(4).toLongLong(), due.policyId);
        QCOMPARE(query.value(5).toLongLong(), due.firstResponseDue);
        QCOMPARE(query.value(6).toLongLong(), due.resolutionDue);
        ++checked;
    }
    QVERIFY(checked > 100);

    // Some breached, most met.
    const qint64 asOf
        = QDateTime(EndDate.addDays(1), QTime(0, 0), QTimeZone("Asia/Shanghai")).toSecsSinceEpoch();
    const double breached = ratio(
        m_db,
        QStringLiteral(
            "SELECT COUNT(*) FROM tickets WHERE COALESCE(first_response_at, %1) > first_response_due_at "
            "OR COALESCE(resolved_at, %1) > resolution_due_at")
            .arg(asOf),
        QStringLiteral("SELECT COUNT(*) FROM tickets"));
    QVERIFY2(breached > 0.02 && breached < 0.40, qPrintable(QString::number(breached)));
}

void TestDemoDataGenerator::outcomes()
{
    const QString resolved
        = QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status IN ('resolved', 'closed')");
    const double resolvedShare = ratio(m_db, resolved, QStringLiteral("SELECT COUNT(*) FROM tickets"));
    QVERIFY2(resolvedShare > 0.8 && resolvedShare < 0.995, qPrintable(QString::number(resolvedShare)));
    // The open backlog sits in the last days.
    const qint64 asOf
        = QDateTime(EndDate.addDays(1), QTime(0, 0), QTimeZone("Asia/Shanghai")).toSecsSinceEpoch();
    const double recentOpen = ratio(
        m_db,
        QStringLiteral(
            "SELECT COUNT(*) FROM tickets WHERE status NOT IN ('resolved', 'closed') AND created_at > %1")
            .arg(asOf - 3 * 86400),
        QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status NOT IN ('resolved', 'closed')"));
    QVERIFY2(recentOpen > 0.6, qPrintable(QString::number(recentOpen)));

    const double csat = ratio(m_db, QStringLiteral("SELECT COUNT(csat_score) FROM tickets"), resolved);
    QVERIFY2(csat >= 0.2 && csat <= 0.4, qPrintable(QString::number(csat)));
    const double topTwo = ratio(m_db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE csat_score >= 4"),
                                QStringLiteral("SELECT COUNT(csat_score) FROM tickets"));
    QVERIFY2(topTwo > 0.6 && topTwo < 0.95, qPrintable(QString::number(topTwo)));
    const double reopened
        = ratio(m_db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE reopen_count > 0"), resolved);
    QVERIFY2(reopened > 0.01 && reopened < 0.1, qPrintable(QString::number(reopened)));
    QVERIFY(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE escalated = 1 AND tier = 'L1'"))
            > 0);
    QCOMPARE(
        scalar(m_db,
               QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status = 'escalated' AND escalated = 0")),
        0);
    const double converted = ratio(
        m_db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE is_inquiry AND converted"),
        QStringLiteral("SELECT COUNT(*) FROM tickets WHERE is_inquiry AND first_response_at IS NOT NULL"));
    QVERIFY2(converted >= 0.3 && converted <= 0.5, qPrintable(QString::number(converted)));
    QCOMPARE(
        scalar(m_db,
               QStringLiteral("SELECT COUNT(*) FROM tickets WHERE is_inquiry AND type <> 'consultation'")),
        0);
    QVERIFY(
        scalar(m_db,
               QStringLiteral(
                   "SELECT COUNT(*) FROM tickets WHERE type = 'complaint' AND about_agent_id IS NOT NULL"))
        > 0);
    QCOMPARE(
        scalar(m_db,
               QStringLiteral(
                   "SELECT COUNT(*) FROM tickets WHERE about_agent_id IS NOT NULL AND type <> 'complaint'")),
        0);
    QCOMPARE(scalar(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM tickets WHERE refund_amount_cents IS NOT NULL "
                                   "AND type NOT IN ('refund', 'return')")),
             0);
    QCOMPARE(
        scalar(m_db,
               QStringLiteral("SELECT COUNT(*) FROM tickets WHERE refund_amount_cents > order_amount_cents")),
        0);
    QCOMPARE(scalar(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM tickets WHERE customer_ref NOT GLOB "
                                   "'1[3-9][0-9]****[0-9][0-9][0-9][0-9]'")),
             0);
    QCOMPARE(scalar(m_db,
                    QStringLiteral(
                        "SELECT COUNT(*) FROM tickets WHERE platform = 'taobao' AND length(order_id) <> 19")),
             0);
    QCOMPARE(scalar(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM tickets WHERE platform = 'pdd' AND order_id NOT "
                                   "GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]-*'")),
             0);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE handle_seconds > 0")) > 0);
    QCOMPARE(scalar(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM tickets WHERE first_response_at IS NULL AND "
                                   "handle_seconds IS NOT NULL")),
             0);
}

void TestDemoDataGenerator::conversations()
{
    // Every conversation's first agent message is the first response.
    QCOMPARE(
        scalar(m_db,
               QStringLiteral("SELECT COUNT(*) FROM conversations c JOIN tickets t ON t.id = c.ticket_id "
                              "WHERE t.first_response_at IS NOT NULL AND t.first_response_at IS NOT "
                              "(SELECT MIN(sent_at) FROM messages m WHERE m.conversation_id = c.id AND "
                              "m.speaker = 'agent')")),
        0);
    QCOMPARE(
        scalar(m_db,
               QStringLiteral("SELECT COUNT(*) FROM conversations c JOIN tickets t ON t.id = c.ticket_id "
                              "WHERE t.first_response_at IS NULL AND EXISTS (SELECT 1 FROM messages m "
                              "WHERE m.conversation_id = c.id AND m.speaker = 'agent')")),
        0);
    // 4–12 messages, opened by the customer at created_at, in order, never after the resolution.
    QCOMPARE(scalar(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM (SELECT conversation_id, COUNT(*) n FROM messages "
                                   "GROUP BY 1) WHERE n < 4 OR n > 12")),
             0);
    QCOMPARE(
        scalar(m_db,
               QStringLiteral("SELECT COUNT(*) FROM conversations c JOIN tickets t ON t.id = c.ticket_id "
                              "JOIN messages m ON m.conversation_id = c.id AND m.seq = 0 "
                              "WHERE m.speaker <> 'customer' OR m.sent_at <> t.created_at OR c.started_at <> "
                              "t.created_at")),
        0);
    QCOMPARE(scalar(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM messages a JOIN messages b ON b.conversation_id = "
                                   "a.conversation_id AND b.seq = a.seq + 1 WHERE b.sent_at < a.sent_at")),
             0);
    QCOMPARE(scalar(m_db,
                    QStringLiteral(
                        "SELECT COUNT(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                        "JOIN tickets t ON t.id = c.ticket_id WHERE m.sent_at > t.resolved_at")),
             0);
    QCOMPARE(
        scalar(m_db,
               QStringLiteral("SELECT COUNT(*) FROM conversations c JOIN tickets t ON t.id = c.ticket_id "
                              "WHERE t.channel NOT IN ('chat', 'social', 'email')")),
        0);
    QVERIFY(scalar(m_db,
                   QStringLiteral(
                       "SELECT COUNT(*) FROM messages WHERE speaker = 'bot' AND text LIKE '【自动回复】%'"))
            > 0);
    QVERIFY(
        scalar(m_db,
               QStringLiteral("SELECT COUNT(*) FROM messages WHERE text LIKE '%物流%' OR text LIKE '%快递%'"))
        > 0);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM messages WHERE text LIKE 'Hi, this is %'"))
            > 0);
    // Some customers waited a long time between messages.
    QVERIFY(scalar(m_db,
                   QStringLiteral("SELECT COUNT(*) FROM messages a JOIN messages b ON b.conversation_id = "
                                  "a.conversation_id AND b.seq = a.seq + 1 WHERE b.speaker = 'customer' "
                                  "AND b.sent_at - a.sent_at > 600"))
            > 0);
    const double share = ratio(m_db, QStringLiteral("SELECT COUNT(*) FROM conversations"),
                               QStringLiteral("SELECT COUNT(*) FROM tickets"));
    QVERIFY2(share > 0.64 && share < 0.76, qPrintable(QString::number(share)));
}

void TestDemoDataGenerator::conversationShare()
{
    DemoDataOptions options = smallOptions();
    options.conversationShare = 0.2;
    const auto light = TestStores::createDemoStore(m_dir, options, QStringLiteral("light.sqlite"));
    QVERIFY(light);
    const QSqlDatabase db = light->connection();
    const double share = ratio(db, QStringLiteral("SELECT COUNT(*) FROM conversations"),
                               QStringLiteral("SELECT COUNT(*) FROM tickets"));
    QVERIFY2(share > 0.16 && share < 0.24, qPrintable(QString::number(share)));
    // The share leaves the tickets themselves unchanged.
    const QString sql = QStringLiteral("SELECT * FROM tickets ORDER BY id");
    QCOMPARE(digest(db, sql), digest(m_db, sql));
    light->releaseThreadConnection();
}

void TestDemoDataGenerator::integrity()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!query.next());
    QCOMPARE(scalar(m_db, QStringLiteral("PRAGMA foreign_keys")), 1);
    QCOMPARE(scalar(m_db, QStringLiteral("PRAGMA ignore_check_constraints")), 0);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl = 'tickets'")) > 0);
    // The indexes deferred during the bulk load are back.
    const auto fresh = TestStores::createStore(m_dir, QStringLiteral("fresh.sqlite"));
    QVERIFY(fresh);
    const QString indexes
        = QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tickets'");
    QCOMPARE(scalar(m_db, indexes), scalar(fresh->connection(), indexes));
    fresh->releaseThreadConnection();
}

void TestDemoDataGenerator::cancelLeavesNothing()
{
    auto store = TestStores::createStore(m_dir, QStringLiteral("cancel.sqlite"));
    QVERIFY(store);
    const qint64 indexesBefore = scalar(
        store->connection(),
        QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tickets'"));
    DemoDataGenerator generator(*store);
    qint64 reported = 0;
    connect(&generator, &DemoDataGenerator::progress, &generator, [&](qint64 done, qint64) {
        reported = done;
        if (done > 0)
            generator.requestCancel();
    });
    QString error;
    QVERIFY(!generator.generate(smallOptions(), &error));
    QVERIFY(generator.wasCancelled());
    QVERIFY(!error.isEmpty());
    QVERIFY(reported > 0);
    const QSqlDatabase db = store->connection();
    for (const QString &table :
         { QStringLiteral("tickets"), QStringLiteral("agents"), QStringLiteral("teams"),
           QStringLiteral("conversations"), QStringLiteral("messages"),
           QStringLiteral("store_settings WHERE key = 'team_time_zone'") })
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + table), 0);
    QCOMPARE(scalar(db,
                    QStringLiteral(
                        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tickets'")),
             indexesBefore);
    // The generator works again after a cancelled run.
    DemoDataOptions options = smallOptions();
    options.agents = 3;
    options.days = 2;
    QVERIFY2(generator.generate(options, &error), qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 3 * 2 * 40);
    store->releaseThreadConnection();
}

void TestDemoDataGenerator::generatesTwiceIntoOneStore()
{
    DemoDataOptions options = smallOptions();
    options.agents = 4;
    options.days = 3;
    auto store = TestStores::createDemoStore(m_dir, options, QStringLiteral("twice.sqlite"));
    QVERIFY(store);
    DemoDataGenerator generator(*store);
    QString error;
    QVERIFY2(generator.generate(options, &error), qPrintable(error));
    const QSqlDatabase db = store->connection();
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM teams")), 10); // reused
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM agents")), 8);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 2 * 4 * 3 * 40);
    QCOMPARE(generator.summary().tickets, 4 * 3 * 40);
    store->releaseThreadConnection();
}

void TestDemoDataGenerator::rejectsBadOptions()
{
    auto store = TestStores::createStore(m_dir, QStringLiteral("bad.sqlite"));
    QVERIFY(store);
    DemoDataGenerator generator(*store);
    DemoDataOptions options = smallOptions();
    options.agents = 0;
    QString error;
    QVERIFY(!generator.generate(options, &error));
    QVERIFY(!error.isEmpty());
    options = smallOptions();
    options.conversationShare = 1.5;
    QVERIFY(!generator.generate(options, &error));
    store->releaseThreadConnection();
}

QTEST_GUILESS_MAIN(TestDemoDataGenerator)
#include "TestDemoDataGenerator.moc"
