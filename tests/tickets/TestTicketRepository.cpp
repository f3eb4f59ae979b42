#include "TicketFixture.h"
#include "services/TicketService.h"
#include "store/TicketRepository.h"
#include "support/TestStores.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

/** TicketRepository against direct SQL on a generated store: paging, skipping, filters, facets. */
class TestTicketRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagingFollowsSortOrder_data();
    void pagingFollowsSortOrder();
    void keyAtOffsetFindsRow_data();
    void keyAtOffsetFindsRow();
    void filtersMatchSql_data();
    void filtersMatchSql();
    void hostileSearchTextIsInert();
    void localHourMatchesZone_data();
    void localHourMatchesZone();
    void facetsMatchGroupBy();
    void slicesAddUp();
    void detailReadsTicketAndTranscript();
    void readingNeedsPermission();

private:
    QList<qint64> sqlIds(const QString &where, const QString &order) const;
    QList<qint64> pagedIds(const TicketFilter &filter, const TicketSort &sort, int pageSize) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    static constexpr int ticketCount = 2500;
};

namespace {

QString orderSql(TicketSortKey key, bool descending)
{
    const QString d = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    switch (key) {
    case TicketSortKey::CreatedAt:
        return QStringLiteral("created_at%1, id%1").arg(d);
    case TicketSortKey::ExternalId:
        return QStringLiteral("external_id%1, id%1").arg(d);
    case TicketSortKey::Status:
        return QStringLiteral("status%1, created_at%1, id%1").arg(d);
    case TicketSortKey::Agent:
        return QStringLiteral("agent_id%1, created_at%1, id%1").arg(d);
    case TicketSortKey::Team:
        return QStringLiteral("team_id%1, created_at%1, id%1").arg(d);
    case TicketSortKey::OrderId:
        return QStringLiteral("order_id%1, id%1").arg(d);
    }
    return {};
}

} // namespace

void TestTicketRepository::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = TestStores::createStore(m_dir);
    QVERIFY(m_store);
    QString error;
    QVERIFY2(TicketFixture::fill(*m_store, ticketCount, &error), qPrintable(error));
}

QList<qint64> TestTicketRepository::sqlIds(const QString &where, const QString &order) const
{
    QSqlQuery query(m_store->connection());
    const QString sql = QStringLiteral("SELECT id FROM tickets WHERE %1 ORDER BY %2").arg(where, order);
    if (!query.exec(sql))
        qWarning("reference query failed: %s", qPrintable(sql));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QList<qint64> TestTicketRepository::pagedIds(const TicketFilter &filter, const TicketSort &sort,
                                             int pageSize) const
{
    const TicketRepository repository(m_store->connection());
    QList<qint64> ids;
    TicketRowKey after;
    for (;;) {
        QList<TicketRow> rows;
        QString error;
        if (!repository.fetchRows(filter, sort, after, pageSize, &rows, &error)) {
            qWarning("fetchRows failed: %s", qPrintable(error));
            return {};
        }
        for (const TicketRow &row : std::as_const(rows))
            ids.append(row.id);
        if (rows.size() < pageSize)
            return ids;
        after = rows.last().key;
    }
}

void TestTicketRepository::pagingFollowsSortOrder_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<bool>("filtered");
    const QList<std::pair<const char *, TicketSortKey>> keys = {
        { "created", TicketSortKey::CreatedAt }, { "external id", TicketSortKey::ExternalId },
        { "status", TicketSortKey::Status },     { "agent", TicketSortKey::Agent },
        { "team", TicketSortKey::Team },         { "order id", TicketSortKey::OrderId },
    };
    for (const auto &[name, key] : keys) {
        for (bool descending : { false, true }) {
            for (bool filtered : { false, true }) {
                QTest::addRow("%s %s%s", name, descending ? "desc" : "asc", filtered ? " filtered" : "")
                    << static_cast<int>(key) << descending << filtered;
            }
        }
    }
}

void TestTicketRepository::pagingFollowsSortOrder()
{
    QFETCH(int, key);
    QFETCH(bool, descending);
    QFETCH(bool, filtered);
    const TicketSort sort { static_cast<TicketSortKey>(key), descending };
    TicketFilter filter;
    QString where = QStringLiteral("1");
    if (filtered) {
        filter.statuses = { TicketStatus::Open, TicketStatus::Pending };
        filter.platforms = { Platform::Jd };
        where = QStringLiteral("status IN ('open', 'pending') AND platform = 'jd'");
    }
    const QList<qint64> expected = sqlIds(where, orderSql(sort.key, descending));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(pagedIds(filter, sort, 97), expected);
}

void TestTicketRepository::keyAtOffsetFindsRow_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("descending");
    for (TicketSortKey key :
         { TicketSortKey::CreatedAt, TicketSortKey::Agent, TicketSortKey::OrderId, TicketSortKey::Status }) {
        for (bool descending : { false, true })
            QTest::addRow("%d %s", static_cast<int>(key), descending ? "desc" : "asc")
                << static_cast<int>(key) << descending;
    }
}

void TestTicketRepository::keyAtOffsetFindsRow()
{
    QFETCH(int, key);
    QFETCH(bool, descending);
    const TicketSort sort { static_cast<TicketSortKey>(key), descending };
    const QList<qint64> expected = sqlIds(QStringLiteral("1"), orderSql(sort.key, descending));
    const TicketRepository repository(m_store->connection());
    // From the start.
    for (qint64 offset : { 0, 1, 130, 1249, 2400, ticketCount - 1 }) {
        TicketRowKey found;
        bool ok = false;
        QString error;
        QVERIFY2(repository.keyAtOffset({}, sort, {}, offset, &found, &ok, &error), qPrintable(error));
        QVERIFY(ok);
        QCOMPARE(found.values.last().toLongLong(), expected.at(offset));
    }
    // Past the end.
    TicketRowKey none;
    bool ok = true;
    QString error;
    QVERIFY(repository.keyAtOffset({}, sort, {}, ticketCount, &none, &ok, &error));
    QVERIFY(!ok);
    // From a row's key, across the NULL group where there is one.
    for (qint64 from : { 0, 60, 1000, 2300 }) {
        QList<TicketRow> rows;
        QVERIFY(repository.fetchRows({}, sort, {}, int(from) + 1, &rows, &error));
        const TicketRowKey anchor = rows.last().key;
        for (qint64 offset : { 0, 5, 120, 190 }) {
            if (from + 1 + offset >= ticketCount)
                continue;
            TicketRowKey found;
            QVERIFY2(repository.keyAtOffset({}, sort, anchor, offset, &found, &ok, &error),
                     qPrintable(error));
            QVERIFY(ok);
            QCOMPARE(found.values.last().toLongLong(), expected.at(from + 1 + offset));
        }
    }
}

void TestTicketRepository::filtersMatchSql_data()
{
    QTest::addColumn<TicketFilter>("filter");
    QTest::addColumn<QString>("where");
    const auto at = [](qint64 secs) {
        return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    };
    const qint64 base = TicketFixture::baseTime();
    const qint64 now = base + 20 * 86400;
    TicketFilter f;
    QTest::newRow("none") << f << QStringLiteral("1");
    f = {};
    f.platforms = { Platform::Taobao, Platform::Pdd };
    QTest::newRow("platforms") << f << QStringLiteral("platform IN ('taobao', 'pdd')");
    f = {};
    f.channels = { Channel::Phone };
    QTest::newRow("channel") << f << QStringLiteral("channel = 'phone'");
    f = {};
    f.types = { TicketType::Complaint, TicketType::Refund };
    QTest::newRow("types") << f << QStringLiteral("type IN ('complaint', 'refund')");
    f = {};
    f.categories = { Category::Logistics };
    QTest::newRow("category") << f << QStringLiteral("category = 'logistics'");
    f = {};
    f.statuses = { TicketStatus::Escalated };
    QTest::newRow("status") << f << QStringLiteral("status = 'escalated'");
    f = {};
    f.tiers = { Tier::L2, Tier::L3 };
    QTest::newRow("tiers") << f << QStringLiteral("tier IN ('L2', 'L3')");
    f = {};
    f.teamId = 2;
    QTest::newRow("team") << f << QStringLiteral("team_id = 2");
    f = {};
    f.agentId = 5;
    QTest::newRow("agent") << f << QStringLiteral("agent_id = 5");
    f = {};
    f.createdFrom = at(base + 5 * 86400);
    f.createdTo = at(base + 9 * 86400);
    QTest::newRow("created range")
        << f
        << QStringLiteral("created_at >= %1 AND created_at < %2").arg(base + 5 * 86400).arg(base + 9 * 86400);
    const QString breached
        = QStringLiteral("(first_response_due_at IS NOT NULL AND ((first_response_at IS NOT NULL "
                         "AND first_response_at > first_response_due_at) OR "
                         "(first_response_at IS NULL AND first_response_due_at < %1)))")
              .arg(now);
    f = {};
    f.firstResponseBreached = true;
    f.slaNow = at(now);
    QTest::newRow("breached") << f << breached;
    f.firstResponseBreached = false;
    QTest::newRow("not breached") << f << QStringLiteral("NOT ") + breached;
    f = {};
    f.searchText = QStringLiteral("O12");
    QTest::newRow("order prefix")
        << f << QStringLiteral("(substr(order_id, 1, 3) = 'O12' OR substr(external_id, 1, 3) = 'O12')");
    f.searchText = QStringLiteral(" EX-00 ");
    QTest::newRow("external prefix, trimmed") << f << QStringLiteral("substr(external_id, 1, 5) = 'EX-00'");
    f.searchText = QStringLiteral("EX%_");
    QTest::newRow("wildcards are literal") << f << QStringLiteral("substr(external_id, 1, 4) = 'EX%_'");
    f.searchText = QStringLiteral("%_");
    QTest::newRow("only wildcards") << f << QStringLiteral("0");
    f = {};
    f.csatScores = { 5, 2 };
    QTest::newRow("csat scores") << f << QStringLiteral("csat_score IN (2, 5)");
    f.teamId = 1;
    f.createdFrom = at(base + 3 * 86400);
    QTest::newRow("csat score, team, since")
        << f
        << QStringLiteral("csat_score IN (2, 5) AND team_id = 1 AND created_at >= %1").arg(base + 3 * 86400);
    f = {};
    f.platforms = { Platform::Jd };
    f.statuses = { TicketStatus::Open, TicketStatus::New };
    f.agentId = 3;
    f.createdFrom = at(base + 2 * 86400);
    f.searchText = QStringLiteral("EX-");
    QTest::newRow("combined") << f
                              << QStringLiteral(
                                     "platform = 'jd' AND status IN ('open', 'new') AND agent_id = 3 AND "
                                     "created_at >= %1 AND substr(external_id, 1, 3) = 'EX-'")
                                     .arg(base + 2 * 86400);
}

void TestTicketRepository::filtersMatchSql()
{
    QFETCH(TicketFilter, filter);
    QFETCH(QString, where);
    const TicketSort sort;
    const QList<qint64> expected = sqlIds(where, orderSql(sort.key, sort.descending));
    QCOMPARE(pagedIds(filter, sort, 128), expected);
    const TicketRepository repository(m_store->connection());
    qint64 count = -1;
    QString error;
    QVERIFY2(repository.count(filter, &count, &error), qPrintable(error));
    QCOMPARE(count, expected.size());
    // The same filter under another order.
    const TicketSort byAgent { TicketSortKey::Agent, false };
    QCOMPARE(pagedIds(filter, byAgent, 50), sqlIds(where, orderSql(byAgent.key, false)));
}

void TestTicketRepository::hostileSearchTextIsInert()
{
    const TicketRepository repository(m_store->connection());
    for (const QString &text :
         { QStringLiteral("'; DROP TABLE tickets; --"), QStringLiteral("\" OR 1=1 --"), QStringLiteral("%"),
           QStringLiteral("_"), QStringLiteral("?"), QStringLiteral("\\'") }) {
        TicketFilter filter;
        filter.searchText = text;
        qint64 count = -1;
        QString error;
        QVERIFY2(repository.count(filter, &count, &error), qPrintable(error));
        QCOMPARE(count, 0);
        QList<TicketRow> rows;
        QVERIFY2(repository.fetchRows(filter, {}, {}, 10, &rows, &error), qPrintable(error));
        QVERIFY(rows.isEmpty());
    }
    QCOMPARE(sqlIds(QStringLiteral("1"), QStringLiteral("id")).size(), ticketCount);
}

void TestTicketRepository::localHourMatchesZone_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<qint64>("shift"); // seconds added to every fixture ticket's created time
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<int>("offsetChanges"); // within [first, last], to prove the case is what it says
    // A fixed offset (the demo teams' zone), over the fixture's January.
    QTest::newRow("Asia/Shanghai") << QByteArray("Asia/Shanghai") << qint64(0) << QDate(2026, 1, 3)
                                   << QDate(2026, 1, 27) << 0;
    // Summer time starts 2026-03-29 01:00 UTC: tickets moved to 2026-03-22 … 04-20.
    QTest::newRow("Europe/Berlin, spring forward")
        << QByteArray("Europe/Berlin") << qint64(80 * 86400) << QDate(2026, 3, 23) << QDate(2026, 4, 12) << 1;
    // New York moves 2026-03-08; tickets moved to 2026-02-25 … 03-26.
    QTest::newRow("America/New_York, spring forward") << QByteArray("America/New_York") << qint64(55 * 86400)
                                                      << QDate(2026, 3, 1) << QDate(2026, 3, 20) << 1;
}

void TestTicketRepository::localHourMatchesZone()
{
    // Every ticket of the range lies in exactly the cell of its local weekday and hour, also across
    // a change of the zone's offset, and the 168 cells add up to the range.
    QFETCH(QByteArray, zone);
    QFETCH(qint64, shift);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(int, offsetChanges);
    const QTimeZone timeZone(zone);
    QVERIFY(timeZone.isValid());
    const QDateTime from = QDateTime(first, QTime(0, 0), timeZone).toUTC();
    const QDateTime to = QDateTime(last.addDays(1), QTime(0, 0), timeZone).toUTC();
    QCOMPARE(int(timeZone.transitions(from, to).size()), offsetChanges);

    QTemporaryDir dir;
    std::unique_ptr<Store> shifted;
    const Store *store = m_store.get();
    if (shift != 0) {
        shifted = TestStores::createStore(dir);
        QVERIFY(shifted);
        QString error;
        QVERIFY2(TicketFixture::fill(*shifted, ticketCount, &error), qPrintable(error));
        QSqlQuery move(shifted->connection());
        QVERIFY(move.exec(QStringLiteral("UPDATE tickets SET created_at = created_at + %1").arg(shift)));
        store = shifted.get();
    }

    std::array<QList<qint64>, 168> expected;
    QSqlQuery query(store->connection());
    query.prepare(
        QStringLiteral("SELECT id, created_at FROM tickets WHERE created_at >= ? AND created_at < ? "
                       "ORDER BY created_at DESC, id DESC"));
    query.addBindValue(from.toSecsSinceEpoch());
    query.addBindValue(to.toSecsSinceEpoch());
    QVERIFY(query.exec());
    qint64 total = 0;
    while (query.next()) {
        const QDateTime local = QDateTime::fromSecsSinceEpoch(query.value(1).toLongLong(), timeZone);
        expected[std::size_t((local.date().dayOfWeek() - 1) * 24 + local.time().hour())].append(
            query.value(0).toLongLong());
        ++total;
    }
    QVERIFY(total > 1000);

    const TicketRepository repository(store->connection());
    TicketFilter filter;
    filter.createdFrom = from;
    filter.createdTo = to;
    qint64 sum = 0;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        for (int hour = 0; hour < 24; ++hour) {
            filter.localHour = TicketLocalHour { weekday, hour, zone };
            qint64 count = -1;
            QString error;
            QVERIFY2(repository.count(filter, &count, &error), qPrintable(error));
            const QList<qint64> &want = expected[std::size_t((weekday - 1) * 24 + hour)];
            QVERIFY2(
                count == want.size(),
                qPrintable(
                    QStringLiteral("%1 %2: %3 != %4").arg(weekday).arg(hour).arg(count).arg(want.size())));
            sum += count;
        }
    }
    QCOMPARE(sum, total);

    // The rows themselves, for the cells around the change (Sunday 01:00–04:00 local) and a busy one.
    for (int hour : { 1, 2, 3, 14 }) {
        filter.localHour = TicketLocalHour { 7, hour, zone };
        QList<qint64> ids;
        QList<TicketRow> rows;
        QString error;
        QVERIFY2(repository.fetchRows(filter, TicketSort {}, {}, 100000, &rows, &error), qPrintable(error));
        for (const TicketRow &row : std::as_const(rows))
            ids.append(row.id);
        QCOMPARE(ids, expected[std::size_t(6 * 24 + hour)]);
    }
}

void TestTicketRepository::facetsMatchGroupBy()
{
    TicketFilter filter;
    filter.tiers = { Tier::L1 };
    TicketFacets facets;
    QString error;
    QVERIFY2(TicketRepository(m_store->connection()).facets(filter, &facets, &error), qPrintable(error));
    QCOMPARE(facets.total, sqlIds(QStringLiteral("tier = 'L1'"), QStringLiteral("id")).size());
    const QStringList platforms = Vocabulary::allCodes<Platform>();
    for (int i = 0; i < platforms.size(); ++i) {
        const QString where = QStringLiteral("tier = 'L1' AND platform = '%1'").arg(platforms.at(i));
        QCOMPARE(facets.platforms.at(i), sqlIds(where, QStringLiteral("id")).size());
    }
    const QStringList statuses = Vocabulary::allCodes<TicketStatus>();
    for (int i = 0; i < statuses.size(); ++i) {
        const QString where = QStringLiteral("tier = 'L1' AND status = '%1'").arg(statuses.at(i));
        QCOMPARE(facets.statuses.at(i), sqlIds(where, QStringLiteral("id")).size());
    }
    QCOMPARE(facets.tiers.at(static_cast<int>(Tier::L2)), 0);
}

void TestTicketRepository::slicesAddUp()
{
    const TicketRepository repository(m_store->connection());
    TicketFilter filter;
    filter.channels = { Channel::Email, Channel::Chat };
    qint64 whole = 0;
    qint64 maxId = 0;
    QString error;
    QVERIFY(repository.count(filter, &whole, &error));
    QVERIFY(repository.maxId(&maxId, &error));
    QCOMPARE(maxId, ticketCount);
    qint64 sum = 0;
    qint64 facetSum = 0;
    for (const TicketIdRange &range :
         { TicketIdRange { std::numeric_limits<qint64>::min(), 1000 }, TicketIdRange { 1000, 1001 },
           TicketIdRange { 1001, std::numeric_limits<qint64>::max() } }) {
        qint64 part = 0;
        QVERIFY2(repository.count(filter, &part, &error, range), qPrintable(error));
        sum += part;
        TicketFacets facets;
        QVERIFY2(repository.facets(filter, &facets, &error, range), qPrintable(error));
        QCOMPARE(facets.total, part);
        facetSum += facets.channels.at(int(Channel::Email)) + facets.channels.at(int(Channel::Chat));
    }
    QCOMPARE(sum, whole);
    QCOMPARE(facetSum, whole);
}

void TestTicketRepository::detailReadsTicketAndTranscript()
{
    const ServiceContext context(*m_store, ActingUser::localOperator(QStringLiteral("lead")));
    TicketDetail detail;
    bool found = false;
    QString error;
    QVERIFY2(TicketService(context).detail(3, &detail, &found, &error), qPrintable(error));
    QVERIFY(found);
    QCOMPARE(detail.ticket.id, 3);
    QCOMPARE(detail.conversations.size(), 1);
    QCOMPARE(detail.conversations.first().messages.size(), 4);
    QCOMPARE(detail.conversations.first().messages.at(1).speaker, Speaker::Agent);
    QVERIFY(TicketService(context).detail(999999, &detail, &found, &error));
    QVERIFY(!found);
}

void TestTicketRepository::readingNeedsPermission()
{
    const ServiceContext context(*m_store, ActingUser { 7, QStringLiteral("rater"), Role::Rater });
    const TicketService service(context);
    QList<TicketRow> rows;
    QString error;
    QVERIFY(!service.fetchRows({}, {}, {}, 10, &rows, &error));
    QVERIFY(!error.isEmpty());
    qint64 count = 0;
    QVERIFY(!service.count({}, &count, &error));
    TicketDetail detail;
    bool found = false;
    QVERIFY(!service.detail(1, &detail, &found, &error));
    QVERIFY(rows.isEmpty());
}

QTEST_GUILESS_MAIN(TestTicketRepository)
#include "TestTicketRepository.moc"
