#include "import/ImportProfileLibrary.h"
#include "import/ImportRunner.h"
#include "qa/AutoQaRunner.h"
#include "qa/store/QaAutoFlagRepository.h"
#include "support/CliProcess.h"
#include "support/TestStores.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/**
 * Auto-QA flags follow the ticket's status without a full re-run: tickets come from TeamLens CSV
 * exports through ImportRunner, and a newer export closes one ticket and reopens another. The
 * conversations checked under the old status show up as stale, the next run over an unrelated
 * period rechecks them first (the closed one gains "missing closing", the reopened one loses it),
 * a "missing closing" flag computed on an open ticket before schema 9 is cleared, refreshing one
 * conversation before showing it does the same for that conversation alone, and `teamlens qa
 * sample` rechecks before it draws.
 */
class TestAutoQaTicketState : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importedStatusChangeIsRecheckedByTheNextRun();
    void refreshingOneConversationBeforeShowingIt();
    void aSampleDrawRechecksFirst();

private:
    void importTickets(const QString &name, const QString &t1Status, const QString &t2Status,
                       qint64 expectedUpdated);
    void exec(const QString &sql);
    QStringList flags(qint64 conversationId) const;
    QList<qint64> stale() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QSqlDatabase m_db;
};

namespace {

constexpr qint64 Started = 1772442000; // 2026-03-02 09:00 UTC
constexpr qint64 Now = 1772600000;

} // namespace

void TestAutoQaTicketState::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    QVERIFY2(query.exec(sql), qPrintable(query.lastError().text() + QStringLiteral(": ") + sql));
}

/** The stored flags of a conversation as "rule@seq", in stored order. */
QStringList TestAutoQaTicketState::flags(qint64 conversationId) const
{
    QHash<qint64, QList<StoredAutoQaFlag>> stored;
    QString error;
    if (!QaAutoFlagRepository(m_db).flags(conversationId, conversationId, &stored, &error))
        return { error };
    QStringList out;
    for (const StoredAutoQaFlag &flag : stored.value(conversationId))
        out.append(QStringLiteral("%1@%2").arg(flag.rule).arg(flag.messageSeq));
    return out;
}

QList<qint64> TestAutoQaTicketState::stale() const
{
    QList<qint64> ids;
    QString error;
    if (!QaAutoFlagRepository(m_db).staleConversations(&ids, &error))
        return { -1 };
    return ids;
}

/** A TeamLens ticket export with T-1 and T-2 in the given statuses, imported through ImportRunner. */
void TestAutoQaTicketState::importTickets(const QString &name, const QString &t1Status,
                                          const QString &t2Status, qint64 expectedUpdated)
{
    const auto row = [](const QString &id, const QString &status) {
        const bool ended = status == QLatin1String("resolved") || status == QLatin1String("closed");
        const QString end = ended ? QStringLiteral("2026-03-03 10:00:00") : QString();
        return QStringLiteral("%1,taobao,chat,logistics,logistics,normal,%2,L1,Li Lei,,,,2026-03-02 09:00:00,"
                              "2026-03-02 09:00:20,%3,%3,0,0,600,,\n")
            .arg(id, status, end);
    };
    const QString csv
        = QStringLiteral("external_id,platform,channel,type,category,priority,status,tier,agent,"
                         "order_id,order_amount,refund_amount,created_at,first_response_at,"
                         "resolved_at,closed_at,reopen_count,escalated,handle_seconds,csat_score,"
                         "tags\n")
        + row(QStringLiteral("T-1"), t1Status) + row(QStringLiteral("T-2"), t2Status);
    QFile file(m_dir->filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv.toUtf8());
    file.close();

    ImportProfile profile;
    QString error;
    QVERIFY2(ImportProfileLibrary(m_dir->filePath(QStringLiteral("no-user-profiles")))
                 .load(QStringLiteral("teamlens-tickets"), &profile, &error),
             qPrintable(error));
    ImportRunner runner(*m_store, ActingUser::localOperator(QStringLiteral("lead")));
    ImportRequest request;
    request.sourcePath = file.fileName();
    request.profile = profile;
    const ImportResult result = runner.run(request);
    QVERIFY2(result.committed, qPrintable(result.error));
    QCOMPARE(result.counts.updated, expectedUpdated);
}

void TestAutoQaTicketState::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = TestStores::createStore(*m_dir);
    QVERIFY(m_store);
    m_db = m_store->connection();
    importTickets(QStringLiteral("export-1.csv"), QStringLiteral("open"), QStringLiteral("resolved"), 0);

    // One conversation per ticket, the same words in each: the agent greets ("您好") and answers,
    // but never closes ("It ships tomorrow." has none of the closing phrases). Conversation 3 (on
    // T-1 too) carries a "missing closing" flag from before schema 9, with no recorded state.
    QSqlQuery tickets(m_db);
    QVERIFY(
        tickets.exec(QStringLiteral("SELECT external_id, id FROM tickets WHERE source_system = 'teamlens'")));
    QHash<QString, qint64> ticketIds;
    while (tickets.next())
        ticketIds.insert(tickets.value(0).toString(), tickets.value(1).toLongLong());
    QCOMPARE(ticketIds.size(), 2);
    const QList<QPair<qint64, qint64>> conversations = { { 1, ticketIds.value(QStringLiteral("T-1")) },
                                                         { 2, ticketIds.value(QStringLiteral("T-2")) },
                                                         { 3, ticketIds.value(QStringLiteral("T-1")) } };
    for (const auto &[id, ticket] : conversations) {
        exec(QStringLiteral("INSERT INTO conversations (id, ticket_id, started_at) VALUES (%1, %2, %3)")
                 .arg(id)
                 .arg(ticket)
                 .arg(Started));
        exec(QStringLiteral("INSERT INTO messages (conversation_id, seq, speaker, sent_at, text) VALUES "
                            "(%1, 1, 'customer', %2, 'Where is my parcel?'), "
                            "(%1, 2, 'agent', %3, '您好, let me check.'), "
                            "(%1, 3, 'customer', %4, 'OK'), "
                            "(%1, 4, 'agent', %5, 'It ships tomorrow.')")
                 .arg(id)
                 .arg(Started)
                 .arg(Started + 20)
                 .arg(Started + 40)
                 .arg(Started + 70));
    }
}

void TestAutoQaTicketState::cleanup()
{
    m_db = {};
    m_store.reset();
    m_dir.reset();
}

void TestAutoQaTicketState::importedStatusChangeIsRecheckedByTheNextRun()
{
    // A full run: T-1 is open, so its conversation's closing is not judged yet; T-2 has ended.
    AutoQaRunSummary summary;
    QString error;
    AutoQaRunOptions options;
    options.now = Now;
    QVERIFY2(AutoQaRunner::run(m_db, options, &summary, &error), qPrintable(error));
    QCOMPARE(summary.conversations, qint64(3));
    QCOMPARE(flags(1), QStringList());
    QCOMPARE(flags(2), QStringList({ QStringLiteral("missing_closing@4") }));
    QCOMPARE(flags(3), QStringList());
    QCOMPARE(stale(), QList<qint64>());

    // A legacy flag on an open ticket (an older version judged it), with no recorded state.
    exec(QStringLiteral("DELETE FROM qa_auto_checks WHERE conversation_id = 3"));
    exec(QStringLiteral("INSERT INTO qa_auto_flags (conversation_id, rule, message_seq, detail, created_at) "
                        "VALUES (3, 'missing_closing', 4, '', 1)"));
    QCOMPARE(stale(), QList<qint64>({ 3 }));
    qint64 rechecked = -1;
    QVERIFY2(AutoQaRunner::recheckStale(m_db, Now, &rechecked, &error), qPrintable(error));
    QCOMPARE(rechecked, qint64(1));
    QCOMPARE(flags(3), QStringList()); // not judged while T-1 is open
    QCOMPARE(stale(), QList<qint64>());

    // A newer export: T-1 closed, T-2 reopened. Nothing has recomputed the flags yet, but the
    // store knows which are stale.
    importTickets(QStringLiteral("export-2.csv"), QStringLiteral("closed"), QStringLiteral("open"), 2);
    QCOMPARE(stale(), QList<qint64>({ 1, 2, 3 }));

    // The next run, over a week that holds none of these conversations, rechecks them first.
    options.first = QDate(2026, 2, 2);
    options.last = QDate(2026, 2, 8);
    QVERIFY2(AutoQaRunner::run(m_db, options, &summary, &error), qPrintable(error));
    QCOMPARE(summary.conversations, qint64(0));
    QCOMPARE(summary.rechecked, qint64(3));
    QCOMPARE(summary.changed, qint64(3));
    QCOMPARE(flags(1), QStringList({ QStringLiteral("missing_closing@4") }));
    QCOMPARE(flags(2), QStringList());
    QCOMPARE(flags(3), QStringList({ QStringLiteral("missing_closing@4") })); // now judged
    QCOMPARE(stale(), QList<qint64>());
    QSqlQuery states(m_db);
    QVERIFY(
        states.exec(QStringLiteral("SELECT conversation_id, ticket_ended FROM qa_auto_checks ORDER BY 1")));
    QStringList recorded;
    while (states.next())
        recorded.append(states.value(0).toString() + QLatin1Char('=') + states.value(1).toString());
    QCOMPARE(recorded, QStringList({ QStringLiteral("1=1"), QStringLiteral("2=0"), QStringLiteral("3=1") }));

    // Nothing more to recheck: the same run changes nothing.
    QVERIFY2(AutoQaRunner::run(m_db, options, &summary, &error), qPrintable(error));
    QCOMPARE(summary.rechecked, qint64(0));
    QCOMPARE(summary.changed, qint64(0));
    QVERIFY2(AutoQaRunner::recheckStale(m_db, Now, &rechecked, &error), qPrintable(error));
    QCOMPARE(rechecked, qint64(0));
}

void TestAutoQaTicketState::refreshingOneConversationBeforeShowingIt()
{
    AutoQaRunSummary summary;
    QString error;
    QVERIFY2(AutoQaRunner::run(m_db, {}, &summary, &error), qPrintable(error));
    QCOMPARE(flags(1), QStringList());

    bool rechecked = true;
    QVERIFY2(AutoQaRunner::refreshConversation(m_db, 1, Now, &rechecked, &error), qPrintable(error));
    QVERIFY(!rechecked); // in step: nothing to do

    importTickets(QStringLiteral("export-2.csv"), QStringLiteral("resolved"), QStringLiteral("resolved"), 1);
    QVERIFY2(AutoQaRunner::refreshConversation(m_db, 1, Now, &rechecked, &error), qPrintable(error));
    QVERIFY(rechecked);
    QCOMPARE(flags(1), QStringList({ QStringLiteral("missing_closing@4") }));
    QCOMPARE(stale(), QList<qint64>({ 3 })); // the other conversation of T-1 waits for the next run

    // Reopened: the closing is no longer judged, and the flag goes.
    importTickets(QStringLiteral("export-3.csv"), QStringLiteral("open"), QStringLiteral("resolved"), 1);
    QVERIFY2(AutoQaRunner::refreshConversation(m_db, 1, Now, &rechecked, &error), qPrintable(error));
    QVERIFY(rechecked);
    QCOMPARE(flags(1), QStringList());

    // A conversation no run has checked is left for a run over its period.
    exec(QStringLiteral("DELETE FROM qa_auto_checks WHERE conversation_id = 2"));
    exec(QStringLiteral("DELETE FROM qa_auto_flags WHERE conversation_id = 2"));
    QVERIFY2(AutoQaRunner::refreshConversation(m_db, 2, Now, &rechecked, &error), qPrintable(error));
    QVERIFY(!rechecked);
    QCOMPARE(flags(2), QStringList());
}

void TestAutoQaTicketState::aSampleDrawRechecksFirst()
{
    // The sample's flagged stratum reads the stored flags, so the draw brings them in step first.
    AutoQaRunSummary summary;
    QString error;
    QVERIFY2(AutoQaRunner::run(m_db, {}, &summary, &error), qPrintable(error));
    QCOMPARE(flags(1), QStringList());
    importTickets(QStringLiteral("export-2.csv"), QStringLiteral("closed"), QStringLiteral("resolved"), 1);
    QCOMPARE(stale(), QList<qint64>({ 1, 3 }));
    exec(QStringLiteral("INSERT INTO users (login, display_name, role, created_at) VALUES "
                        "('qa_a', 'Reviewer A', 'qa_reviewer', 0)"));

    const CliProcess::Result result = CliProcess::run(
        { QStringLiteral("qa"), QStringLiteral("sample"), QStringLiteral("--db"), m_store->path(),
          QStringLiteral("--from"), QStringLiteral("2026-03-02"), QStringLiteral("--to"),
          QStringLiteral("2026-03-08"), QStringLiteral("--dry-run") },
        m_dir->path());
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(flags(1), QStringList({ QStringLiteral("missing_closing@4") }));
    QCOMPARE(flags(3), QStringList({ QStringLiteral("missing_closing@4") }));
    QCOMPARE(stale(), QList<qint64>());
}

QTEST_GUILESS_MAIN(TestAutoQaTicketState)
#include "TestAutoQaTicketState.moc"
