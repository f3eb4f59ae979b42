#include "demo/DemoDataDialog.h"
#include "services/ServiceContext.h"
#include "support/TestStores.h"

#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>

namespace {
qint64 ticketCount(const Store &store)
{
    QSqlQuery query(store.connection());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM tickets")) && query.next()
        ? query.value(0).toLongLong()
        : -1;
}
} // namespace

/** The demo-data dialog: generates on a worker thread, cancels without changing the store. */
class TestDemoDataDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void generates();
    void cancelLeavesStoreUnchanged();
    void deniedWithoutPermission();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void TestDemoDataDialog::initTestCase()
{
    m_store = TestStores::createStore(m_dir);
    QVERIFY(m_store);
}

void TestDemoDataDialog::cleanupTestCase()
{
    m_store->releaseThreadConnection();
}

void TestDemoDataDialog::generates()
{
    ServiceContext context(*m_store, ActingUser::localOperator(QStringLiteral("test")));
    DemoDataDialog dialog(context);
    dialog.show();
    dialog.findChild<QSpinBox *>(QStringLiteral("agentsSpinBox"))->setValue(3);
    dialog.findChild<QSpinBox *>(QStringLiteral("daysSpinBox"))->setValue(2);
    auto *generate = dialog.findChild<QPushButton *>(QStringLiteral("generateButton"));
    QVERIFY(generate && generate->isEnabled());
    QTest::mouseClick(generate, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
    QVERIFY(!dialog.isRunning());
    QCOMPARE(ticketCount(*m_store), 3 * 2 * 40);
}

void TestDemoDataDialog::cancelLeavesStoreUnchanged()
{
    const qint64 before = ticketCount(*m_store);
    ServiceContext context(*m_store, ActingUser::localOperator(QStringLiteral("test")));
    DemoDataDialog dialog(context);
    dialog.show();
    dialog.findChild<QSpinBox *>(QStringLiteral("agentsSpinBox"))->setValue(500);
    dialog.findChild<QSpinBox *>(QStringLiteral("daysSpinBox"))->setValue(365);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("generateButton")), Qt::LeftButton);
    QVERIFY(dialog.isRunning());
    auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QTRY_VERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 20000);
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))->text().isEmpty());
    QCOMPARE(ticketCount(*m_store), before);
}

void TestDemoDataDialog::deniedWithoutPermission()
{
    ServiceContext context(*m_store, ActingUser { 7, QStringLiteral("rater"), Role::Rater });
    DemoDataDialog dialog(context);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("generateButton"))->isEnabled());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))->text().isEmpty());
}

QTEST_MAIN(TestDemoDataDialog)
#include "TestDemoDataDialog.moc"
