#include "MainWindow.h"
#include "demo/DemoDataGenerator.h"
#include "qa/AutoQaRunner.h"
#include "qa/AutoQaSettingsDialog.h"
#include "qa/SampleDrawDialog.h"
#include "qa/store/QaSampleRepository.h"
#include "services/ServiceContext.h"
#include "support/TestStores.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

/**
 * GUI tests of "Draw sample" on a real demo store with auto-QA flags: the inputs typed into the
 * dialog, "Draw" shows Sampler's per-stratum counts, explanation and assignment, and "Save draw"
 * stores exactly Sampler's draw for that seed; changing an input discards the shown draw; the QA
 * menu opens one of each dialog.
 */
class TestSampleDrawDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void drawShowsAndSavesSamplersDraw();
    void changingAnInputDiscardsTheDraw();
    void menuOpensOneOfEach();

private:
    template<typename T> T *find(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }
    void type(QWidget *widget, const QString &text);
    bool clickAndWaitDrawn();

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ServiceContext> m_context;
    std::unique_ptr<SampleDrawDialog> m_dialog;
};

void TestSampleDrawDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_store = TestStores::createStore(m_dir);
    QVERIFY(m_store);
    DemoDataOptions options;
    options.agents = 8;
    options.days = 14;
    options.endDate = QDate(2026, 11, 22);
    DemoDataGenerator generator(*m_store);
    QString error;
    QVERIFY2(generator.generate(options, &error), qPrintable(error));
    // The demo's own QA staff step aside: the draws here go to these three reviewers only.
    QSqlQuery query(m_store->connection());
    QVERIFY2(query.exec(QStringLiteral("UPDATE users SET disabled = 1")),
             qPrintable(query.lastError().text()));
    QVERIFY2(query.exec(QStringLiteral(
                 "INSERT INTO users (id, login, display_name, role, agent_id, created_at) VALUES "
                 "(11, 'rev-a', 'Reviewer A', 'qa_reviewer', (SELECT MIN(id) FROM agents), 0), "
                 "(12, 'rev-b', 'Reviewer B', 'qa_reviewer', NULL, 0), "
                 "(13, 'lead', 'Lead C', 'team_lead', NULL, 0)")),
             qPrintable(query.lastError().text()));
    AutoQaRunSummary summary;
    QVERIFY2(AutoQaRunner::run(m_store->connection(), {}, &summary, &error), qPrintable(error));
    QVERIFY(summary.flags > 0);
    m_context = std::make_unique<ServiceContext>(*m_store, ActingUser::localOperator(QStringLiteral("lead")));
}

void TestSampleDrawDialog::init()
{
    m_dialog = std::make_unique<SampleDrawDialog>(*m_context);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_dialog->setWeek(QDate(2026, 11, 19)); // a Thursday: the week of Monday 16 November
}

void TestSampleDrawDialog::cleanup()
{
    if (m_dialog)
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 20000);
    m_dialog.reset();
}

void TestSampleDrawDialog::type(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(widget, Qt::Key_Delete);
    QTest::keyClicks(widget, text);
}

bool TestSampleDrawDialog::clickAndWaitDrawn()
{
    QSignalSpy drawn(m_dialog.get(), &SampleDrawDialog::drawn);
    QTest::mouseClick(find<QPushButton>("drawButton"), Qt::LeftButton);
    return drawn.wait(60000);
}

void TestSampleDrawDialog::drawShowsAndSavesSamplersDraw()
{
    QCOMPARE(m_dialog->weekStart(), QDate(2026, 11, 16));
    QVERIFY(!find<QLineEdit>("seedEdit")->text().isEmpty()); // a random seed is shown from the start
    QVERIFY(!find<QPushButton>("saveDrawButton")->isEnabled());

    type(find<QSpinBox>("perAgentSpin"), QStringLiteral("4"));
    type(find<QSpinBox>("quota_auto_qa_flag"), QStringLiteral("2"));
    type(find<QSpinBox>("quota_complaint"), QStringLiteral("0"));
    type(find<QSpinBox>("workloadCapSpin"), QStringLiteral("12"));
    type(find<QLineEdit>("seedEdit"), QStringLiteral("424242"));
    quint64 seed = 0;
    QVERIFY(m_dialog->seed(&seed));
    QCOMPARE(seed, 424242ULL);
    const SamplingRule rule = m_dialog->rule();
    QCOMPARE(rule.perAgent, 4);
    QCOMPARE(rule.workloadCap, 12);
    QCOMPARE(rule.strata.size(), 2); // low CSAT 1 (the default), auto-QA 2
    QCOMPARE(rule.strata.at(1).stratum, SampleStratum::AutoQaFlag);
    QCOMPARE(rule.strata.at(1).perAgent, 2);

    QVERIFY(clickAndWaitDrawn());

    // What the dialog shows is Sampler's draw over the store's candidates with that seed.
    QaSampleRepository repository(m_store->connection());
    QList<SampleCandidate> candidates;
    QString error;
    QVERIFY2(repository.candidates(QDate(2026, 11, 16), QDate(2026, 11, 22), 90, &candidates, &error),
             qPrintable(error));
    const SampleDrawResult expected = Sampler::draw(rule, candidates, 424242);
    QVERIFY(!expected.items.isEmpty());
    auto *strata = find<QTableWidget>("strataTable");
    QCOMPARE(strata->rowCount(), expected.explanations.size());
    const QString explanation = find<QLabel>("explanationLabel")->text();
    for (int row = 0; row < expected.explanations.size(); ++row) {
        QCOMPARE(strata->item(row, 3)->text().toInt(), expected.explanations.at(row).drawn);
        QCOMPARE(strata->item(row, 2)->text().toInt(), expected.explanations.at(row).eligible);
        QVERIFY2(explanation.contains(expected.explanations.at(row).text), qPrintable(explanation));
    }
    QVERIFY(expected.explanations.at(1).drawn > 0); // the auto-QA stratum drew flagged conversations
    auto *assignment = find<QTableWidget>("assignmentTable");
    QCOMPARE(assignment->rowCount(), 3);
    int assigned = 0;
    for (int row = 0; row < assignment->rowCount(); ++row) {
        assigned += assignment->item(row, 1)->text().toInt();
        QVERIFY(assignment->item(row, 1)->text().toInt() <= 12);
    }
    QCOMPARE(assigned, expected.items.size());

    QSignalSpy saved(m_dialog.get(), &SampleDrawDialog::drawSaved);
    QVERIFY(find<QPushButton>("saveDrawButton")->isEnabled());
    QTest::mouseClick(find<QPushButton>("saveDrawButton"), Qt::LeftButton);
    QVERIFY(saved.wait(60000));
    const qint64 drawId = saved.first().first().toLongLong();
    QCOMPARE(drawId, m_dialog->savedDrawId());
    QVERIFY2(m_dialog->statusText().contains(QString::number(drawId)), qPrintable(m_dialog->statusText()));

    StoredSampleDraw stored;
    QVERIFY2(repository.load(drawId, &stored, &error), qPrintable(error));
    QCOMPARE(stored.seed, 424242ULL);
    QCOMPARE(stored.first, QDate(2026, 11, 16));
    QCOMPARE(stored.last, QDate(2026, 11, 22));
    QCOMPARE(stored.rule.toJson(), rule.toJson());
    QCOMPARE(stored.items.size(), expected.items.size());
    const qint64 reviewerAgent = [this] {
        QSqlQuery query(m_store->connection());
        query.exec(QStringLiteral("SELECT agent_id FROM users WHERE id = 11"));
        return query.next() ? query.value(0).toLongLong() : -1;
    }();
    for (qsizetype i = 0; i < stored.items.size(); ++i) {
        QCOMPARE(stored.items.at(i).conversationId, expected.items.at(i).conversationId);
        QCOMPARE(stored.items.at(i).stratum, expected.items.at(i).stratum);
        QVERIFY(stored.items.at(i).reviewerId != 0);
        if (stored.items.at(i).agentId == reviewerAgent)
            QVERIFY(stored.items.at(i).reviewerId != 11); // never the agent themselves
    }
}

void TestSampleDrawDialog::changingAnInputDiscardsTheDraw()
{
    type(find<QLineEdit>("seedEdit"), QStringLiteral("7"));
    QVERIFY(clickAndWaitDrawn());
    QVERIFY(find<QPushButton>("saveDrawButton")->isEnabled());
    QVERIFY(find<QTableWidget>("strataTable")->rowCount() > 0);
    QTest::keyClicks(find<QLineEdit>("seedEdit"), QStringLiteral("1")); // seed 71 now
    QVERIFY(!find<QPushButton>("saveDrawButton")->isEnabled());
    QCOMPARE(find<QTableWidget>("strataTable")->rowCount(), 0);

    // A seed that is not a number is refused, nothing drawn.
    type(find<QLineEdit>("seedEdit"), QStringLiteral("abc"));
    QTest::mouseClick(find<QPushButton>("drawButton"), Qt::LeftButton);
    QVERIFY(!m_dialog->isBusy());
    QVERIFY(m_dialog->statusText().contains(QStringLiteral("seed")));
    QVERIFY(!find<QPushButton>("saveDrawButton")->isEnabled());
}

void TestSampleDrawDialog::menuOpensOneOfEach()
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
    for (const char *name : { "sampleDrawAction", "autoQaSettingsAction" }) {
        auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action, name);
        action->trigger();
        action->trigger(); // the open dialog comes to the front instead of a second one
    }
    QCOMPARE(window.findChildren<SampleDrawDialog *>().size(), 1);
    QCOMPARE(window.findChildren<AutoQaSettingsDialog *>().size(), 1);
    auto *settings = window.findChild<AutoQaSettingsDialog *>();
    QTRY_VERIFY_WITH_TIMEOUT(!settings->isBusy(), 20000);
}

QTEST_MAIN(TestSampleDrawDialog)
#include "TestSampleDrawDialog.moc"
