#include "qa/AutoQaSettingsDialog.h"
#include "qa/store/QaAutoFlagRepository.h"
#include "services/ServiceContext.h"
#include "support/TestStores.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>

/**
 * GUI tests of the auto-QA rules dialog on a real store: editing and saving the phrase lists and
 * the wait threshold stores them and marks the flags stale, "Run check now" brings them up to date
 * and flags a newly forbidden phrase, and "Restore defaults" puts the defaults back. On a store
 * upgraded to schema 9, whose flags were stored before the rules they were computed with were
 * recorded, the dialog says so instead of calling the flags out of date with the rules.
 */
class TestAutoQaSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editSaveAndCheck();
    void restoreDefaults();
    void flagsFromBeforeSchema9();

private:
    /** Opens a new dialog on the store and waits until it has read the settings. */
    void openDialog();
    template<typename T> T *find(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }
    template<typename Signal> bool clickAndWait(const char *button, Signal signal)
    {
        QSignalSpy done(m_dialog.get(), signal);
        auto *widget = find<QPushButton>(button);
        if (!widget || !widget->isEnabled())
            return false;
        QTest::mouseClick(widget, Qt::LeftButton);
        return done.wait(60000);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ServiceContext> m_context;
    std::unique_ptr<AutoQaSettingsDialog> m_dialog;
};

void TestAutoQaSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = TestStores::createStore(*m_dir);
    QVERIFY(m_store);
    // One conversation: the agent greets, says "催不了" (not forbidden by default), and closes.
    QVERIFY(TestStores::execAll(
        m_store->connection(),
        TestStores::oneAgentConversationSql(1763683200)
            << QStringLiteral("INSERT INTO messages (conversation_id, seq, speaker, sent_at, text) VALUES "
                              "(1, 0, 'customer', 1763683200, '快递怎么还没到'), "
                              "(1, 1, 'agent', 1763683210, '您好，很高兴为您服务，这边帮您查一下'), "
                              "(1, 2, 'agent', 1763683230, '这个情况我们也催不了催'), "
                              "(1, 3, 'agent', 1763683250, '感谢您的耐心，祝您生活愉快')")));
    m_context = std::make_unique<ServiceContext>(*m_store, ActingUser::localOperator(QStringLiteral("lead")));
    openDialog();
}

void TestAutoQaSettingsDialog::openDialog()
{
    if (m_dialog)
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 20000);
    m_dialog = std::make_unique<AutoQaSettingsDialog>(*m_context);
    QSignalSpy loaded(m_dialog.get(), &AutoQaSettingsDialog::loaded);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QVERIFY(!loaded.isEmpty() || loaded.wait(20000)); // it may have arrived while the window was shown
}

void TestAutoQaSettingsDialog::cleanup()
{
    if (m_dialog)
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 20000);
    m_dialog.reset();
    m_context.reset();
    m_store.reset();
    m_dir.reset();
}

void TestAutoQaSettingsDialog::editSaveAndCheck()
{
    auto *forbidden = find<QPlainTextEdit>("forbiddenPhrasesEdit");
    QCOMPARE(forbidden->toPlainText(), AutoQaSettings::defaults().forbiddenPhrases.join(u'\n'));
    QVERIFY(!AutoQaSettings::defaults().forbiddenPhrases.contains(QStringLiteral("催不了")));
    // Type a new phrase on a line of its own at the end, and a new wait threshold.
    forbidden->setFocus();
    forbidden->moveCursor(QTextCursor::End);
    QTest::keyClick(forbidden, Qt::Key_Return);
    // Chinese text arrives as key events carrying the text, as an input method sends it.
    QTest::sendKeyEvent(QTest::Press, forbidden, Qt::Key_unknown, QStringLiteral("催不了"), Qt::NoModifier);
    QTest::sendKeyEvent(QTest::Release, forbidden, Qt::Key_unknown, QStringLiteral("催不了"), Qt::NoModifier);
    auto *wait = find<QSpinBox>("customerWaitSpin");
    wait->setFocus();
    QTest::keyClick(wait, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(wait, QStringLiteral("240"));
    QVERIFY(clickAndWait("saveButton", &AutoQaSettingsDialog::saved));
    QVERIFY2(m_dialog->statusText().contains(QStringLiteral("out of date")),
             qPrintable(m_dialog->statusText()));

    QaAutoFlagRepository repository(m_store->connection());
    AutoQaSettings stored;
    QString error;
    QVERIFY2(repository.loadSettings(&stored, &error), qPrintable(error));
    QVERIFY(stored.forbiddenPhrases.contains(QStringLiteral("催不了")));
    QCOMPARE(stored.forbiddenPhrases.size(), AutoQaSettings::defaults().forbiddenPhrases.size() + 1);
    QCOMPARE(stored.customerWaitSeconds, 240);
    bool stale = false;
    QVERIFY2(repository.flagsStale(&stale, &error), qPrintable(error));
    QVERIFY(stale);

    QVERIFY(clickAndWait("runCheckButton", &AutoQaSettingsDialog::checked));
    QVERIFY2(repository.flagsStale(&stale, &error), qPrintable(error));
    QVERIFY(!stale);
    QSqlQuery query(m_store->connection());
    QVERIFY(query.exec(
        QStringLiteral("SELECT message_seq, detail FROM qa_auto_flags WHERE rule = 'forbidden_phrase'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2);
    QCOMPARE(query.value(1).toString(), QStringLiteral("催不了"));
    QVERIFY(!query.next());
}

void TestAutoQaSettingsDialog::restoreDefaults()
{
    auto *greetings = find<QPlainTextEdit>("greetingPhrasesEdit");
    greetings->setFocus();
    QTest::keyClick(greetings, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(greetings, QStringLiteral("hello there"));
    QCOMPARE(m_dialog->settings().greetingPhrases, QStringList { QStringLiteral("hello there") });
    QTest::mouseClick(find<QPushButton>("restoreDefaultsButton"), Qt::LeftButton);
    QCOMPARE(m_dialog->settings().greetingPhrases, AutoQaSettings::defaults().greetingPhrases);
    QCOMPARE(m_dialog->settings().toJson(), AutoQaSettings::defaults().toJson());
}

void TestAutoQaSettingsDialog::flagsFromBeforeSchema9()
{
    using FlagsState = QaAutoFlagRepository::FlagsState;
    QaAutoFlagRepository repository(m_store->connection());
    QString error;
    FlagsState state = FlagsState::Current;
    // A store upgraded to schema 9: 009_qa_auto_checks.sql dropped the settings hash, and the flags an
    // older TeamLens computed (here it took "催不了" for forbidden) have no qa_auto_checks row.
    QSqlQuery query(m_store->connection());
    QVERIFY(
        query.exec(QStringLiteral("INSERT INTO qa_auto_flags (conversation_id, rule, message_seq, detail, "
                                  "created_at) VALUES (1, 'forbidden_phrase', 2, '催不了', 1)")));
    QString hash;
    QVERIFY2(repository.flagsSettingsHash(&hash, &error), qPrintable(error));
    QVERIFY(hash.isEmpty());
    QVERIFY2(repository.flagsState(&state, &error), qPrintable(error));
    QCOMPARE(state, FlagsState::SettingsNotRecorded);
    // The same flag with its check recorded came from a run over a period since schema 9, which
    // records no settings: out of date, not from an upgrade.
    QVERIFY(query.exec(
        QStringLiteral("INSERT INTO qa_auto_checks (conversation_id, ticket_ended) VALUES (1, 1)")));
    QVERIFY2(repository.flagsState(&state, &error), qPrintable(error));
    QCOMPARE(state, FlagsState::OtherSettings);
    QVERIFY(query.exec(QStringLiteral("DELETE FROM qa_auto_checks")));

    openDialog();
    QVERIFY2(m_dialog->statusText().contains(QStringLiteral("predate the recording of their rules")),
             qPrintable(m_dialog->statusText()));
    QVERIFY2(m_dialog->statusText().contains(QStringLiteral("upgraded")), qPrintable(m_dialog->statusText()));
    QVERIFY2(!m_dialog->statusText().contains(QStringLiteral("out of date")),
             qPrintable(m_dialog->statusText()));
    // Saving the rules records them for the next run, not for these flags: still the same story.
    QVERIFY(clickAndWait("saveButton", &AutoQaSettingsDialog::saved));
    QVERIFY2(m_dialog->statusText().contains(QStringLiteral("predate the recording of their rules")),
             qPrintable(m_dialog->statusText()));

    // The full check records the rules and each conversation's check; the old flag goes, since the
    // default rules do not forbid "催不了".
    QVERIFY(clickAndWait("runCheckButton", &AutoQaSettingsDialog::checked));
    QVERIFY2(repository.flagsState(&state, &error), qPrintable(error));
    QCOMPARE(state, FlagsState::Current);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM qa_auto_flags")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(query.exec(QStringLiteral("SELECT ticket_ended FROM qa_auto_checks WHERE conversation_id = 1")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1); // ticket 1 is resolved
    openDialog();
    QCOMPARE(m_dialog->statusText(), QStringLiteral("The stored flags are up to date with these rules."));
}

QTEST_MAIN(TestAutoQaSettingsDialog)
#include "TestAutoQaSettingsDialog.moc"
