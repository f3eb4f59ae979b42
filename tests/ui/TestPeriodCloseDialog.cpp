#include "MainWindow.h"
#include "common/MessageBoxes.h"
#include "kpi/store/KpiStaleRangeRepository.h"
#include "scoring/PeriodCloseDialog.h"
#include "scoring/PeriodCloser.h"
#include "scoring/TargetEditorDialog.h"
#include "scoring/store/AuditLogRepository.h"
#include "scoring/store/PeriodSnapshotRepository.h"
#include "services/ServiceContext.h"
#include "support/TestStores.h"

#include <QAction>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>

/**
 * GUI tests of the period close (月结) dialog on a real demo store: closing January through the
 * dialog freezes a snapshot, reopening without a reason is refused and with one is audited, and a
 * correction made after the close shows up in the comparison with a recomputation.
 */
class TestPeriodCloseDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void closeThroughDialog();
    void reopenNeedsReason();
    void compareListsCorrection();
    void menuOpensOneOfEach();

private:
    template<typename T> T *find(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }
    /** Clicks the button and waits for the signal the work ends with. */
    template<typename Signal> bool clickAndWait(const char *button, Signal signal)
    {
        QSignalSpy done(m_dialog.get(), signal);
        QPushButton *widget = find<QPushButton>(button);
        if (!widget || !widget->isEnabled()) {
            qWarning("%s is missing or disabled", button);
            return false;
        }
        QTest::mouseClick(widget, Qt::LeftButton);
        return done.wait(60000);
    }
    bool isClosed() const;
    bool closeJanuary();

    const KpiPeriod m_january = KpiPeriod::month(2026, 1);
    TestStores::DemoStoreTemplate m_template;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ServiceContext> m_context;
    std::unique_ptr<PeriodCloseDialog> m_dialog;
};

void TestPeriodCloseDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    DemoDataOptions options;
    options.agents = 12;
    options.days = 40;
    options.tickets = 3000;
    options.seed = 7;
    options.endDate = QDate(2026, 2, 5);
    options.conversationShare = 0;
    QVERIFY(m_template.create(options));
}

void TestPeriodCloseDialog::init()
{
    m_store = m_template.openCopy();
    QVERIFY(m_store);
    m_context = std::make_unique<ServiceContext>(*m_store, ActingUser::localOperator(QStringLiteral("lead")));
    m_dialog = std::make_unique<PeriodCloseDialog>(*m_context);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QSignalSpy shown(m_dialog.get(), &PeriodCloseDialog::stateShown);
    m_dialog->setMonth(2026, 1);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
    QVERIFY2(find<QLabel>("stateLabel")->text().contains(QStringLiteral("never been closed")),
             qPrintable(find<QLabel>("stateLabel")->text()));
}

void TestPeriodCloseDialog::cleanup()
{
    m_dialog.reset();
    m_context.reset();
    m_store.reset();
}

bool TestPeriodCloseDialog::isClosed() const
{
    bool closed = false;
    QString error;
    if (!PeriodCloser(m_store->connection()).isClosed(m_january, &closed, &error))
        qWarning("isClosed: %s", qPrintable(error));
    return closed;
}

bool TestPeriodCloseDialog::closeJanuary()
{
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    return clickAndWait("closeMonthButton", &PeriodCloseDialog::stateShown) && isClosed();
}

void TestPeriodCloseDialog::closeThroughDialog()
{
    // Declining the confirmation closes nothing.
    MessageBoxes::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(find<QPushButton>("closeMonthButton"), Qt::LeftButton);
    QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("2026-01")));
    QTest::qWait(200);
    QVERIFY(!isClosed());
    QVERIFY(!m_dialog->isBusy());

    QVERIFY(closeJanuary());
    QVERIFY2(m_dialog->errorText().isEmpty(), qPrintable(m_dialog->errorText()));
    QList<PeriodCloseRecord> history;
    QString error;
    QVERIFY(PeriodSnapshotRepository(m_store->connection()).history(m_january, &history, &error));
    QCOMPARE(history.size(), 1);
    QCOMPARE(history[0].closedBy, QStringLiteral("lead"));
    QCOMPARE(history[0].profileName, QStringLiteral("Default"));
    QSqlQuery query(m_store->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM period_snapshot_agents WHERE close_id = %1")
                           .arg(history[0].id)));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toInt() >= 10);
    QVERIFY(
        query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'close_period' AND actor = "
                                  "'lead'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);

    const QString state = find<QLabel>("stateLabel")->text();
    QVERIFY2(state.contains(QStringLiteral("closed")) && state.contains(QStringLiteral("lead"))
                 && state.contains(QStringLiteral("Default v1")),
             qPrintable(state));
    QCOMPARE(find<QTableWidget>("closeHistoryTable")->rowCount(), 1);
    QVERIFY(!find<QPushButton>("closeMonthButton")->isEnabled());
    QVERIFY(find<QPushButton>("reopenButton")->isEnabled());

    // Another month is open and offers closing, not reopening.
    QSignalSpy shown(m_dialog.get(), &PeriodCloseDialog::stateShown);
    m_dialog->setMonth(2025, 12);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
    QVERIFY(find<QPushButton>("closeMonthButton")->isEnabled());
    QVERIFY(!find<QPushButton>("reopenButton")->isEnabled());
    QCOMPARE(find<QTableWidget>("closeHistoryTable")->rowCount(), 0);
}

void TestPeriodCloseDialog::reopenNeedsReason()
{
    QVERIFY(closeJanuary());
    QTest::mouseClick(find<QPushButton>("reopenButton"), Qt::LeftButton);
    QVERIFY2(m_dialog->errorText().contains(QStringLiteral("reason")), qPrintable(m_dialog->errorText()));
    QTest::keyClicks(find<QLineEdit>("reopenReasonEdit"), QStringLiteral("   "));
    QTest::mouseClick(find<QPushButton>("reopenButton"), Qt::LeftButton);
    QVERIFY(m_dialog->errorText().contains(QStringLiteral("reason")));
    QTest::qWait(200);
    QVERIFY(isClosed());

    find<QLineEdit>("reopenReasonEdit")->clear();
    QTest::keyClicks(find<QLineEdit>("reopenReasonEdit"), QStringLiteral("JD complaints re-attributed"));
    QVERIFY(clickAndWait("reopenButton", &PeriodCloseDialog::stateShown));
    QVERIFY2(m_dialog->errorText().isEmpty(), qPrintable(m_dialog->errorText()));
    QVERIFY(!isClosed());

    QList<AuditEntry> audit;
    QString error;
    QVERIFY(AuditLogRepository(m_store->connection())
                .forEntity(QStringLiteral("period"), m_january.toString(), &audit, &error));
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit[1].action, QStringLiteral("reopen_period"));
    QCOMPARE(audit[1].actor, QStringLiteral("lead"));
    QCOMPARE(audit[1].reason, QStringLiteral("JD complaints re-attributed"));
    const QString state = find<QLabel>("stateLabel")->text();
    QVERIFY2(state.contains(QStringLiteral("reopened by lead"))
                 && state.contains(QStringLiteral("re-attributed")),
             qPrintable(state));
    auto *history = find<QTableWidget>("closeHistoryTable");
    QCOMPARE(history->rowCount(), 1);
    QCOMPARE(history->item(0, 6)->text(), QStringLiteral("JD complaints re-attributed"));
    QVERIFY(find<QPushButton>("closeMonthButton")->isEnabled());
    QVERIFY(!find<QPushButton>("compareButton")->isEnabled());
}

void TestPeriodCloseDialog::compareListsCorrection()
{
    QVERIFY(closeJanuary());
    QVERIFY(clickAndWait("compareButton", &PeriodCloseDialog::compared));
    QVERIFY2(m_dialog->errorText().isEmpty(), qPrintable(m_dialog->errorText()));
    QCOMPARE(find<QTableWidget>("differencesTable")->rowCount(), 0);
    QVERIFY(find<QLabel>("differencesLabel")->text().startsWith(QStringLiteral("No differences")));

    // A late correction: five of the busiest agent's January tickets were really another agent's.
    QSqlQuery query(m_store->connection());
    QVERIFY(query.exec(
        QStringLiteral(
            "SELECT t.agent_id, a.name, COUNT(*) AS n FROM tickets t JOIN agents a ON a.id = t.agent_id "
            "WHERE t.created_at >= %1 AND t.created_at < %2 GROUP BY t.agent_id ORDER BY n DESC, t.agent_id "
            "LIMIT 2")
            .arg(QDateTime(QDate(2026, 1, 3), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch())
            .arg(QDateTime(QDate(2026, 1, 29), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch())));
    QVERIFY(query.next());
    const qint64 busiest = query.value(0).toLongLong();
    const QString busiestName = query.value(1).toString();
    QVERIFY(query.next());
    const qint64 other = query.value(0).toLongLong();
    const qint64 from = QDateTime(QDate(2026, 1, 3), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2026, 1, 29), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    QVERIFY(query.exec(
        QStringLiteral("UPDATE tickets SET agent_id = %1 WHERE id IN (SELECT id FROM tickets WHERE "
                       "agent_id = %2 AND created_at >= %3 AND created_at < %4 ORDER BY id LIMIT 5)")
            .arg(other)
            .arg(busiest)
            .arg(from)
            .arg(to)));
    QCOMPARE(query.numRowsAffected(), 5);
    QString error;
    QVERIFY2(KpiStaleRangeRepository(m_store->connection()).record(from, to, QStringLiteral("test"), &error),
             qPrintable(error));

    QVERIFY(clickAndWait("compareButton", &PeriodCloseDialog::compared));
    QVERIFY2(m_dialog->errorText().isEmpty(), qPrintable(m_dialog->errorText()));
    auto *table = find<QTableWidget>("differencesTable");
    QVERIFY(table->rowCount() >= 2);
    bool handledRow = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == busiestName
            && table->item(row, 1)->toolTip() == QLatin1StringView("handled")) {
            handledRow = true;
            QCOMPARE(table->item(row, 1)->text(), QStringLiteral("Handled volume"));
            QCOMPARE(table->item(row, 4)->text(), QStringLiteral("-5"));
            QCOMPARE(QLocale().toInt(table->item(row, 2)->text())
                         - QLocale().toInt(table->item(row, 3)->text()),
                     5);
        }
    }
    QVERIFY(handledRow);
    QList<SnapshotDifference> differences;
    QVERIFY(PeriodCloser(m_store->connection()).compare(m_january, &differences, &error));
    QCOMPARE(table->rowCount(), int(differences.size()));
    QVERIFY(find<QLabel>("differencesLabel")->text().startsWith(QString::number(differences.size()) + u' '));
    // TEAMLENS_SCREENSHOT=file.png keeps a picture of the dialog for a human to look at.
    if (!qEnvironmentVariableIsEmpty("TEAMLENS_SCREENSHOT"))
        m_dialog->grab().save(qEnvironmentVariable("TEAMLENS_SCREENSHOT"));
}

void TestPeriodCloseDialog::menuOpensOneOfEach()
{
    m_dialog.reset();
    m_context.reset();
    const QString path = m_store->path();
    m_store.reset();
    StoreError error;
    auto store = TestStores::openStore(path, &error);
    QVERIFY2(store, qPrintable(error.message));
    MainWindow window(std::move(store), ActingUser::localOperator(QStringLiteral("lead")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const char *name : { "targetsAction", "periodCloseAction" }) {
        auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action, name);
        action->trigger();
        action->trigger(); // the open dialog comes to the front instead of a second one
    }
    QCOMPARE(window.findChildren<TargetEditorDialog *>().size(), 1);
    QCOMPARE(window.findChildren<PeriodCloseDialog *>().size(), 1);
    auto *dialog = window.findChild<PeriodCloseDialog *>();
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 20000); // closing the window waits for its workers anyway
}

QTEST_MAIN(TestPeriodCloseDialog)
#include "TestPeriodCloseDialog.moc"
