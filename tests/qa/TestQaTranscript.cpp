#include "qa/QaTranscript.h"
#include "qa/store/QaAutoFlagRepository.h"
#include "support/TestStores.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/**
 * QaTranscript::load on a real store: a conversation's messages in time order with the saved
 * auto-QA customer-wait limit, the default limit when none was saved, and the saved settings'
 * own error when they are broken.
 */
class TestQaTranscript : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void savedLimitAndMessagesInTimeOrder();
    void defaultLimitWithoutSavedSettings();
    void unknownConversationHasNoMessages();
    void brokenSavedSettingsAreAnError();

private:
    static constexpr qint64 Started = 1763683200; // 2025-11-21 00:00:00 UTC

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QSqlDatabase m_db;
};

void TestQaTranscript::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = TestStores::createStore(*m_dir);
    QVERIFY(m_store);
    m_db = m_store->connection();
    // Conversation 5: three messages, inserted out of order; seq follows the sending time.
    QVERIFY(TestStores::execAll(
        m_db,
        TestStores::oneAgentConversationSql(Started, 5)
            << QStringLiteral("INSERT INTO messages (conversation_id, seq, speaker, sent_at, text) VALUES "
                              "(5, 2, 'agent', %3, '感谢您的耐心'), "
                              "(5, 0, 'customer', %1, '快递怎么还没到'), "
                              "(5, 1, 'agent', %2, '您好，这边帮您查一下')")
                   .arg(Started)
                   .arg(Started + 300)
                   .arg(Started + 320)));
}

void TestQaTranscript::cleanup()
{
    m_db = {};
    m_store.reset();
    m_dir.reset();
}

void TestQaTranscript::savedLimitAndMessagesInTimeOrder()
{
    AutoQaSettings settings = AutoQaSettings::defaults();
    settings.customerWaitSeconds = 240;
    QString error;
    QVERIFY2(QaAutoFlagRepository(m_db).saveSettings(settings, &error), qPrintable(error));

    QaTranscript transcript;
    QVERIFY2(QaTranscript::load(m_db, 5, &transcript, &error), qPrintable(error));
    QCOMPARE(transcript.longWaitSeconds, qint64(240));
    QCOMPARE(transcript.messages.size(), 3);
    const QList<qint64> seqs
        = { transcript.messages.at(0).id, transcript.messages.at(1).id, transcript.messages.at(2).id };
    QCOMPARE(seqs, QList<qint64>({ 0, 1, 2 }));
    QCOMPARE(transcript.messages.at(0).speaker, Speaker::Customer);
    QCOMPARE(transcript.messages.at(0).sentAt, QDateTime::fromSecsSinceEpoch(Started, Qt::UTC));
    QCOMPARE(transcript.messages.at(0).text, QStringLiteral("快递怎么还没到"));
    QCOMPARE(transcript.messages.at(1).speaker, Speaker::Agent);
    QCOMPARE(transcript.messages.at(1).sentAt, QDateTime::fromSecsSinceEpoch(Started + 300, Qt::UTC));
    QCOMPARE(transcript.messages.at(2).sentAt, QDateTime::fromSecsSinceEpoch(Started + 320, Qt::UTC));
    QCOMPARE(transcript.messages.at(2).text, QStringLiteral("感谢您的耐心"));
}

void TestQaTranscript::defaultLimitWithoutSavedSettings()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM store_settings WHERE key = 'qa_auto_settings'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0); // a fresh store has saved no auto-QA settings

    QaTranscript transcript;
    transcript.longWaitSeconds = 1; // overwritten, not kept
    QString error;
    QVERIFY2(QaTranscript::load(m_db, 5, &transcript, &error), qPrintable(error));
    QCOMPARE(transcript.longWaitSeconds, qint64(180)); // AutoQaSettings::defaults(): 3 minutes
    QCOMPARE(transcript.longWaitSeconds, AutoQaSettings::defaults().customerWaitSeconds);
    QCOMPARE(transcript.messages.size(), 3);
}

void TestQaTranscript::unknownConversationHasNoMessages()
{
    QaTranscript transcript;
    QString error;
    QVERIFY2(QaTranscript::load(m_db, 999, &transcript, &error), qPrintable(error));
    QVERIFY(transcript.messages.isEmpty());
    QCOMPARE(transcript.longWaitSeconds, qint64(180));
}

void TestQaTranscript::brokenSavedSettingsAreAnError()
{
    // A limit of 0 edited into the store by hand: the settings refuse it, and the views show why.
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("INSERT INTO store_settings (key, value) VALUES ('qa_auto_settings', "
                                      "'{\"customer_wait_seconds\": 0}')")));
    QaTranscript transcript;
    QString error;
    QVERIFY(!QaTranscript::load(m_db, 5, &transcript, &error));
    QVERIFY2(error.contains(QStringLiteral("more than 0")), qPrintable(error));
    QCOMPARE(transcript.messages.size(), 3); // read before the settings
}

QTEST_GUILESS_MAIN(TestQaTranscript)
#include "TestQaTranscript.moc"
