#include "MainWindow.h"
#include "demo/DemoDataGenerator.h"
#include "support/TestStores.h"
#include "tickets/TicketDetailPane.h"
#include "tickets/TicketTableModel.h"
#include "tickets/TicketTableView.h"
#include "tickets/TicketWorkspace.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

/** GUI smoke test: the main window's ticket workspace on a small demo store. */
class TestTicketWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsFirstRows();
    void searchBoxFiltersTable();
    void comboFiltersTable();
    void selectingRowFillsDetail();
    void keepsLayoutInSettings();

private:
    QList<qint64> sqlIds(const QString &where, const QVariantList &binds = {}) const;
    QList<qint64> tableIds() const;
    TicketTableModel *model() const { return m_window->ticketWorkspace()->model(); }

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_tickets = 0;
    std::unique_ptr<MainWindow> m_window;
};

void TestTicketWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TeamLensTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestTicketWorkspace"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    auto store = TestStores::createStore(m_dir);
    QVERIFY(store);
    m_path = store->path();
    DemoDataOptions options;
    options.agents = 12;
    options.days = 14;
    options.tickets = 1500;
    options.seed = 42;
    options.endDate = QDate(2026, 1, 31);
    options.conversationShare = 0.7;
    DemoDataGenerator generator(*store);
    QString error;
    QVERIFY2(generator.generate(options, &error), qPrintable(error));
    QSqlQuery query(store->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM tickets")) && query.next());
    m_tickets = query.value(0).toLongLong();
    QVERIFY(m_tickets > 1000);
}

void TestTicketWorkspace::init()
{
    StoreError error;
    auto store = TestStores::openStore(m_path, &error);
    QVERIFY2(store, qPrintable(error.message));
    m_window
        = std::make_unique<MainWindow>(std::move(store), ActingUser::localOperator(QStringLiteral("lead")));
    m_window->resize(1500, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTicketWorkspace::cleanup()
{
    m_window.reset();
}

QList<qint64> TestTicketWorkspace::sqlIds(const QString &where, const QVariantList &binds) const
{
    QSqlQuery query(m_window->serviceContext().store().connection());
    query.prepare(
        QStringLiteral("SELECT id FROM tickets WHERE %1 ORDER BY created_at DESC, id DESC").arg(where));
    for (const QVariant &value : binds)
        query.addBindValue(value);
    QList<qint64> ids;
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    return ids;
}

QList<qint64> TestTicketWorkspace::tableIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < model()->rowCount(); ++row) {
        model()->ensureRowLoaded(row);
        if (!QTest::qWaitFor([&] { return model()->isRowLoaded(row); }))
            return {};
        ids.append(model()->index(row, 0).data(TicketTableModel::TicketIdRole).toLongLong());
    }
    return ids;
}

void TestTicketWorkspace::showsFirstRows()
{
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("ticketTableView"));
    QVERIFY(view);
    QTRY_VERIFY(model()->isRowLoaded(0));
    QTRY_VERIFY(model()->isCountKnown());
    QCOMPARE(view->model()->rowCount(), m_tickets);
    QCOMPARE(view->model()->index(0, 0).data(TicketTableModel::TicketIdRole).toLongLong(),
             sqlIds(QStringLiteral("1")).first());
    auto *count = m_window->findChild<QLabel *>(QStringLiteral("ticketCountLabel"));
    QVERIFY(count);
    QVERIFY(count->text().contains(QLocale().toString(m_tickets)));
}

void TestTicketWorkspace::searchBoxFiltersTable()
{
    QTRY_VERIFY(model()->isCountKnown());
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    QVERIFY(search);
    // A prefix shared by a few dozen external ids of the demo store.
    QSqlQuery query(m_window->serviceContext().store().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT external_id FROM tickets WHERE id = 1234")) && query.next());
    const QString prefix = query.value(0).toString().chopped(2);
    QSignalSpy counted(model(), &TicketTableModel::countKnown);
    QTest::keyClicks(search, prefix);
    QTRY_VERIFY(!counted.isEmpty() && model()->filter().searchText == prefix);
    QTRY_VERIFY(model()->isCountKnown());
    const QList<qint64> expected
        = sqlIds(QStringLiteral("substr(external_id, 1, ?) = ? OR substr(order_id, 1, ?) = ?"),
                 { prefix.size(), prefix, prefix.size(), prefix });
    QVERIFY(!expected.isEmpty());
    QCOMPARE(model()->rowCount(), expected.size());
    QCOMPARE(tableIds(), expected);
}

void TestTicketWorkspace::comboFiltersTable()
{
    QTRY_VERIFY(model()->isCountKnown());
    auto *platform = m_window->findChild<QComboBox *>(QStringLiteral("platformFilterComboBox"));
    auto *status = m_window->findChild<QComboBox *>(QStringLiteral("statusFilterComboBox"));
    QVERIFY(platform && status);
    // Counts appear in the entries once the facets are in.
    QTRY_VERIFY(platform->itemText(platform->findData(int(Platform::Jd))).contains(QLatin1Char('(')));
    platform->setCurrentIndex(platform->findData(int(Platform::Jd)));
    status->setCurrentIndex(status->findData(int(TicketStatus::Closed)));
    QTRY_VERIFY(model()->isCountKnown() && model()->filter().statuses.contains(TicketStatus::Closed));
    const QList<qint64> expected = sqlIds(QStringLiteral("platform = 'jd' AND status = 'closed'"));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(tableIds(), expected);
    const QString expectedCount = QLocale().toString(expected.size());
    QTRY_VERIFY(status->itemText(status->currentIndex()).contains(expectedCount));
}

void TestTicketWorkspace::selectingRowFillsDetail()
{
    QTRY_VERIFY(model()->isCountKnown());
    // A ticket with a conversation in which an agent answers a customer.
    QSqlQuery query(m_window->serviceContext().store().connection());
    QVERIFY(
        query.exec(QStringLiteral(
            "SELECT t.id, t.external_id, m.text FROM tickets t JOIN conversations c ON c.ticket_id = t.id "
            "JOIN messages m ON m.conversation_id = c.id AND m.speaker = 'agent' "
            "WHERE EXISTS (SELECT 1 FROM messages q WHERE q.conversation_id = c.id AND q.speaker = "
            "'customer' "
            "AND q.seq < m.seq) ORDER BY t.id LIMIT 1"))
        && query.next());
    const qint64 ticketId = query.value(0).toLongLong();
    const QString externalId = query.value(1).toString();
    const QString agentText = query.value(2).toString();
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    QTest::keyClicks(search, externalId);
    QTRY_VERIFY(model()->isCountKnown() && model()->filter().searchText == externalId);
    QCOMPARE(model()->rowCount(), 1);
    QTRY_VERIFY(model()->isRowLoaded(0));
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("ticketTableView"));
    const QRect cell = view->visualRect(view->model()->index(0, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    auto *pane = m_window->findChild<TicketDetailPane *>(QStringLiteral("ticketDetailPane"));
    QVERIFY(pane);
    QTRY_COMPARE(pane->ticketId(), ticketId);
    auto *title = pane->findChild<QLabel *>(QStringLiteral("ticketTitleLabel"));
    QVERIFY(title->text().contains(externalId));
    QVERIFY(pane->transcriptText().contains(agentText));
    QVERIFY(pane->transcriptText().contains(QStringLiteral("waited")));
    auto *sla = pane->findChild<QLabel *>(QStringLiteral("firstResponseSlaValueLabel"));
    QVERIFY(!sla->text().isEmpty());
    // TEAMLENS_SCREENSHOT=file.png keeps a picture of the window for a human to look at.
    if (!qEnvironmentVariableIsEmpty("TEAMLENS_SCREENSHOT"))
        m_window->grab().save(qEnvironmentVariable("TEAMLENS_SCREENSHOT"));
}

void TestTicketWorkspace::keepsLayoutInSettings()
{
    auto *view = m_window->ticketWorkspace()->tableView();
    view->horizontalHeader()->hideSection(TicketTableModel::ChannelColumn);
    view->horizontalHeader()->setSortIndicator(TicketTableModel::ExternalIdColumn, Qt::AscendingOrder);
    QCOMPARE(model()->sortOrder().key, TicketSortKey::ExternalId);
    m_window.reset();
    QVERIFY(QSettings().contains(QStringLiteral("ticketWorkspace/headerState")));
    QVERIFY(QSettings().contains(QStringLiteral("ticketWorkspace/splitterState")));
    init();
    view = m_window->ticketWorkspace()->tableView();
    QVERIFY(view->horizontalHeader()->isSectionHidden(TicketTableModel::ChannelColumn));
    QCOMPARE(model()->sortOrder().key, TicketSortKey::ExternalId);
    QVERIFY(!model()->sortOrder().descending);
    // Unsortable columns leave the order alone.
    view->horizontalHeader()->setSortIndicator(TicketTableModel::PlatformColumn, Qt::AscendingOrder);
    QCOMPARE(model()->sortOrder().key, TicketSortKey::ExternalId);
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(TicketTableModel::ExternalIdColumn));
    view->horizontalHeader()->showSection(TicketTableModel::ChannelColumn);
    view->horizontalHeader()->setSortIndicator(TicketTableModel::CreatedColumn, Qt::DescendingOrder);
}

QTEST_MAIN(TestTicketWorkspace)
#include "TestTicketWorkspace.moc"
