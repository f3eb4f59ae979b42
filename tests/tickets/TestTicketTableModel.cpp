#include "TicketFixture.h"
#include "support/TestStores.h"
#include "tickets/TicketLoader.h"
#include "tickets/TicketTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

/** TicketTableModel on a generated store: loading, scrolling, sorting and filtering agree with SQL. */
class TestTicketTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstPageThenCount();
    void passesModelTester();
    void scrollsToArbitraryRows_data();
    void scrollsToArbitraryRows();
    void sortsThroughColumns();
    void ignoresUnsortableColumns();
    void filtersRestartTheQuery();
    void reportsEmptyFirstPage();
    void dropsOldRequestsAndTakesThemAgain();
    void dropsStaleAnswers();
    void showsPlaceholderUntilLoaded();
    void exposesRoles();
    void loadsDetail();
    void anchorWalkKeepsJumpsExact();

private:
    qint64 sqlIdAt(const QString &where, const QString &order, qint64 row) const;
    qint64 sqlCount(const QString &where) const;
    void waitForCount();

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ServiceContext> m_context;
    std::unique_ptr<TicketTableModel> m_model;
    static constexpr int ticketCount = 3000;
};

void TestTicketTableModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = TestStores::createStore(m_dir);
    QVERIFY(m_store);
    QString error;
    QVERIFY2(TicketFixture::fill(*m_store, ticketCount, &error), qPrintable(error));
    m_context = std::make_unique<ServiceContext>(*m_store, ActingUser::localOperator(QStringLiteral("lead")));
}

void TestTicketTableModel::init()
{
    m_model = std::make_unique<TicketTableModel>(*m_context);
}

void TestTicketTableModel::cleanup()
{
    m_model.reset();
}

qint64 TestTicketTableModel::sqlIdAt(const QString &where, const QString &order, qint64 row) const
{
    QSqlQuery query(m_store->connection());
    query.prepare(
        QStringLiteral("SELECT id FROM tickets WHERE %1 ORDER BY %2 LIMIT 1 OFFSET ?").arg(where, order));
    query.addBindValue(row);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

qint64 TestTicketTableModel::sqlCount(const QString &where) const
{
    QSqlQuery query(m_store->connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM tickets WHERE %1").arg(where)) && query.next()
        ? query.value(0).toLongLong()
        : -1;
}

void TestTicketTableModel::waitForCount()
{
    QTRY_VERIFY(m_model->isCountKnown());
    QCOMPARE(m_model->rowCount(), m_model->totalCount());
}

void TestTicketTableModel::firstPageThenCount()
{
    QSignalSpy loaded(m_model.get(), &TicketTableModel::rowsLoaded);
    QSignalSpy counted(m_model.get(), &TicketTableModel::countKnown);
    QTRY_VERIFY(!loaded.isEmpty());
    QCOMPARE(loaded.first().at(0).toInt(), 0);
    QCOMPARE(loaded.first().at(1).toInt(), TicketTableModel::defaultBlockSize - 1);
    QTRY_COMPARE(counted.size(), 1);
    QCOMPARE(counted.first().at(0).toLongLong(), ticketCount);
    QCOMPARE(m_model->rowCount(), ticketCount);
    QCOMPARE(m_model->columnCount(), int(TicketTableModel::ColumnCount));
    // Default order: newest first.
    const QString order = QStringLiteral("created_at DESC, id DESC");
    for (int row : { 0, 1, 77, TicketTableModel::defaultBlockSize - 1 })
        QCOMPARE(m_model->ticketIdAt(row), sqlIdAt(QStringLiteral("1"), order, row));
}

void TestTicketTableModel::passesModelTester()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    waitForCount();
    for (int row : { 2000, 150, ticketCount - 1 }) {
        m_model->ensureRowLoaded(row);
        QTRY_VERIFY(m_model->isRowLoaded(row));
    }
    TicketFilter filter;
    filter.statuses = { TicketStatus::Open };
    m_model->setFilter(filter);
    waitForCount();
    m_model->sort(TicketTableModel::ExternalIdColumn, Qt::AscendingOrder);
    waitForCount();
    m_model->setFilter({});
    QTRY_VERIFY(m_model->isRowLoaded(0));
}

void TestTicketTableModel::scrollsToArbitraryRows_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("order");
    QTest::newRow("created desc") << int(TicketTableModel::CreatedColumn) << true
                                  << QStringLiteral("created_at DESC, id DESC");
    QTest::newRow("created asc") << int(TicketTableModel::CreatedColumn) << false
                                 << QStringLiteral("created_at, id");
    QTest::newRow("external asc") << int(TicketTableModel::ExternalIdColumn) << false
                                  << QStringLiteral("external_id, id");
    QTest::newRow("status desc") << int(TicketTableModel::StatusColumn) << true
                                 << QStringLiteral("status DESC, created_at DESC, id DESC");
    QTest::newRow("agent asc") << int(TicketTableModel::AgentColumn) << false
                               << QStringLiteral("agent_id, created_at, id");
    QTest::newRow("agent desc") << int(TicketTableModel::AgentColumn) << true
                                << QStringLiteral("agent_id DESC, created_at DESC, id DESC");
    QTest::newRow("team desc") << int(TicketTableModel::TeamColumn) << true
                               << QStringLiteral("team_id DESC, created_at DESC, id DESC");
    QTest::newRow("order asc") << int(TicketTableModel::OrderIdColumn) << false
                               << QStringLiteral("order_id, id");
    QTest::newRow("order desc") << int(TicketTableModel::OrderIdColumn) << true
                                << QStringLiteral("order_id DESC, id DESC");
}

void TestTicketTableModel::scrollsToArbitraryRows()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(QString, order);
    m_model->sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    waitForCount();
    // Jumps in an order that exercises every way to a block: from the end, from anchors on either
    // side, from the start, and neighbours of loaded blocks.
    for (int row : { ticketCount - 1, 1500, 1501, 700, 2222, 129, 2990, 0, 1380, 2600, 1023, 1024 }) {
        m_model->ensureRowLoaded(row);
        QTRY_VERIFY(m_model->isRowLoaded(row));
        QCOMPARE(m_model->ticketIdAt(row), sqlIdAt(QStringLiteral("1"), order, row));
    }
}

void TestTicketTableModel::sortsThroughColumns()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->sort(TicketTableModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->sortOrder().key, TicketSortKey::Status);
    QVERIFY(!m_model->sortOrder().descending);
    QTRY_VERIFY(m_model->isRowLoaded(0));
    for (int row = 0; row < TicketTableModel::defaultBlockSize; row += 9)
        QCOMPARE(m_model->ticketIdAt(row),
                 sqlIdAt(QStringLiteral("1"), QStringLiteral("status, created_at, id"), row));
    QCOMPARE(TicketTableModel::columnOf(TicketSortKey::Status), int(TicketTableModel::StatusColumn));
}

void TestTicketTableModel::ignoresUnsortableColumns()
{
    QVERIFY(!TicketTableModel::isSortable(TicketTableModel::PlatformColumn));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->sort(TicketTableModel::PlatformColumn, Qt::AscendingOrder);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->sortOrder().key, TicketSortKey::CreatedAt);
}

void TestTicketTableModel::filtersRestartTheQuery()
{
    waitForCount();
    QSignalSpy counted(m_model.get(), &TicketTableModel::countKnown);
    QSignalSpy facets(m_model.get(), &TicketTableModel::facetsChanged);
    TicketFilter filter;
    filter.platforms = { Platform::Jd };
    filter.tiers = { Tier::L1, Tier::L3 };
    m_model->setFilter(filter);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->isCountKnown());
    const QString where = QStringLiteral("platform = 'jd' AND tier IN ('L1', 'L3')");
    QTRY_COMPARE(counted.size(), 1);
    QCOMPARE(m_model->totalCount(), sqlCount(where));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        m_model->ensureRowLoaded(row);
        QTRY_VERIFY(m_model->isRowLoaded(row));
        QCOMPARE(m_model->ticketIdAt(row), sqlIdAt(where, QStringLiteral("created_at DESC, id DESC"), row));
    }
    QTRY_COMPARE(facets.size(), 1);
    QCOMPARE(m_model->facets().total, m_model->totalCount());
    QCOMPARE(m_model->facets().platforms.at(int(Platform::Jd)), m_model->totalCount());
}

void TestTicketTableModel::dropsOldRequestsAndTakesThemAgain()
{
    waitForCount();
    // A fast scroll: many blocks asked for at once. The worker serves the newest and drops the
    // oldest; a dropped block can be asked for again and then arrives.
    QList<int> rows;
    for (int block = 2; block < 22; ++block)
        rows.append(block * TicketTableModel::defaultBlockSize + 5);
    for (int row : std::as_const(rows))
        m_model->ensureRowLoaded(row);
    QTRY_VERIFY(m_model->isRowLoaded(rows.last()));
    const QString order = QStringLiteral("created_at DESC, id DESC");
    for (int row : std::as_const(rows)) {
        m_model->ensureRowLoaded(row);
        QTRY_VERIFY(m_model->isRowLoaded(row));
        QCOMPARE(m_model->ticketIdAt(row), sqlIdAt(QStringLiteral("1"), order, row));
    }
}

void TestTicketTableModel::reportsEmptyFirstPage()
{
    QTRY_VERIFY(m_model->isCountKnown());
    QSignalSpy loaded(m_model.get(), &TicketTableModel::rowsLoaded);
    TicketFilter filter;
    filter.searchText = QStringLiteral("no such ticket");
    m_model->setFilter(filter);
    QTRY_VERIFY(!loaded.isEmpty());
    QCOMPARE(loaded.first().at(0).toInt(), 0);
    QCOMPARE(loaded.first().at(1).toInt(), -1);
    QTRY_VERIFY(m_model->isCountKnown());
    QCOMPARE(m_model->rowCount(), 0);
}

void TestTicketTableModel::dropsStaleAnswers()
{
    QSignalSpy counted(m_model.get(), &TicketTableModel::countKnown);
    TicketFilter first;
    first.agentId = 1;
    m_model->setFilter(first);
    TicketFilter second;
    second.searchText = QStringLiteral("EX%_");
    m_model->setFilter(second);
    QTRY_VERIFY(m_model->isCountKnown());
    QCOMPARE(m_model->totalCount(), sqlCount(QStringLiteral("substr(external_id, 1, 4) = 'EX%_'")));
    QTRY_VERIFY(m_model->isRowLoaded(0));
    QVERIFY(m_model->data(m_model->index(0, 0)).toString().startsWith(QStringLiteral("EX%_")));
    QCOMPARE(counted.size(), 1);
    QCOMPARE(counted.first().at(0).toLongLong(), m_model->totalCount());
}

void TestTicketTableModel::showsPlaceholderUntilLoaded()
{
    waitForCount();
    const int row = 2345;
    QVERIFY(!m_model->isRowLoaded(row));
    QSignalSpy loaded(m_model.get(), &TicketTableModel::rowsLoaded);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QCOMPARE(m_model->data(m_model->index(row, 0)).toString(), TicketTableModel::tr("Loading…"));
    QCOMPARE(m_model->data(m_model->index(row, 0), TicketTableModel::TicketIdRole).toLongLong(), 0);
    QTRY_VERIFY(m_model->isRowLoaded(row));
    QVERIFY(!loaded.isEmpty());
    const int first = loaded.last().at(0).toInt();
    QVERIFY(first <= row && row <= loaded.last().at(1).toInt());
    QVERIFY(!changed.isEmpty());
    QVERIFY(m_model->data(m_model->index(row, 0)).toString().startsWith(QStringLiteral("EX")));
}

void TestTicketTableModel::exposesRoles()
{
    QTRY_VERIFY(m_model->isRowLoaded(0));
    QSqlQuery query(m_store->connection());
    for (int row = 0; row < 40; ++row) {
        const QModelIndex index = m_model->index(row, TicketTableModel::FirstResponseSlaColumn);
        const qint64 id = m_model->data(index, TicketTableModel::TicketIdRole).toLongLong();
        query.prepare(
            QStringLiteral("SELECT first_response_due_at IS NOT NULL AND "
                           "COALESCE(first_response_at, ?) > first_response_due_at, created_at, status "
                           "FROM tickets WHERE id = ?"));
        query.addBindValue(QDateTime::currentSecsSinceEpoch());
        query.addBindValue(id);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(m_model->data(index, TicketTableModel::SlaBreachedRole).toBool(), query.value(0).toBool());
        QCOMPARE(
            m_model
                ->data(m_model->index(row, TicketTableModel::CreatedColumn), TicketTableModel::SortValueRole)
                .toLongLong(),
            query.value(1).toLongLong());
        QCOMPARE(
            m_model
                ->data(m_model->index(row, TicketTableModel::StatusColumn), TicketTableModel::SortValueRole)
                .toString(),
            query.value(2).toString());
        const QString created = QDateTime::fromSecsSinceEpoch(query.value(1).toLongLong())
                                    .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QCOMPARE(m_model->data(m_model->index(row, TicketTableModel::CreatedColumn)).toString(), created);
    }
}

void TestTicketTableModel::loadsDetail()
{
    QSignalSpy detail(m_model.get(), &TicketTableModel::detailLoaded);
    const quint64 request = m_model->requestDetail(5);
    QTRY_COMPARE(detail.size(), 1);
    QCOMPARE(detail.first().at(0).value<quint64>(), request);
    const auto loaded = detail.first().at(1).value<TicketDetail>();
    QVERIFY(detail.first().at(2).toBool());
    QCOMPARE(loaded.ticket.id, 5);
    QCOMPARE(loaded.conversations.size(), 1);
}

void TestTicketTableModel::anchorWalkKeepsJumpsExact()
{
    // Large enough for the background anchor walk (more than two anchor spacings).
    QTemporaryDir dir;
    auto store = TestStores::createStore(dir);
    QVERIFY(store);
    const int tickets = int(3 * TicketLoader::anchorSpacing) + 500;
    QString error;
    QVERIFY2(TicketFixture::fill(*store, tickets, &error), qPrintable(error));
    const ServiceContext context(*store, ActingUser::localOperator(QStringLiteral("lead")));
    TicketTableModel model(context);
    TicketFilter filter;
    filter.channels = { Channel::Chat, Channel::Phone, Channel::Email, Channel::Social };
    model.setFilter(filter);
    QTRY_VERIFY(model.isCountKnown());
    QVERIFY(model.totalCount() > 2 * TicketLoader::anchorSpacing);
    QSqlQuery query(store->connection());
    const auto sqlIdAtRow = [&](qint64 row) {
        query.prepare(QStringLiteral("SELECT id FROM tickets WHERE channel <> 'form' "
                                     "ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET ?"));
        query.addBindValue(row);
        return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
    };
    const int count = model.rowCount();
    for (int row : { count / 2, 40000, count - 3, 70001, 32768, 32767, 65535, 1000, count / 3 }) {
        model.ensureRowLoaded(row);
        QTRY_VERIFY(model.isRowLoaded(row));
        QCOMPARE(model.ticketIdAt(row), sqlIdAtRow(row));
    }
}

QTEST_GUILESS_MAIN(TestTicketTableModel)
#include "TestTicketTableModel.moc"
