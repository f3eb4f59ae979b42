#include "ImportTestHelpers.h"
#include "StoreTestHelpers.h"
#include "store/ImportHistoryRepository.h"
#include "store/ImportWriter.h"
#include "store/Store.h"
#include "support/TestStores.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ImportTestHelpers;

/**
 * ImportHistoryRepository: the history list, and undo of inserts, updates, replaced
 * conversations and created agents, refused while a later batch depends on the rows. Also the
 * upgrade of a version-2 store to the import schema.
 */
class TestImportHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listFindAndContent();
    void recordRejected();
    void undoInsertsRemovesTicketsAgentsAndTeams();
    void undoKeepsAgentsOthersUse();
    void undoRemovesAccountsAddedToExistingAgents();
    void undoRestoresUpdatedValues();
    void undoRestoresReplacedConversation();
    void conversationMovesToAnotherTicketAndBack();
    void undoRefusedWhileLaterBatchDependsOnRows();
    void undoTwiceIsAnError();
    void undoRefusedWhileQaWorkHoldsConversations();
    void migrationKeepsVersion2Data();

private:
    qint64 importTickets(const ImportBatchInfo &info, const QList<ImportTicketRow> &rows);
    qint64 importMessages(const QList<ImportMessageRow> &rows);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QSqlDatabase m_db;
};

void TestImportHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = TestStores::createStore(*m_dir);
    QVERIFY(m_store);
    m_db = m_store->connection();
}

void TestImportHistory::cleanup()
{
    m_db = QSqlDatabase();
    m_store.reset();
    m_dir.reset();
}

qint64 TestImportHistory::importTickets(const ImportBatchInfo &info, const QList<ImportTicketRow> &rows)
{
    ImportWriter writer(m_db);
    QString error;
    if (!writer.begin(info, &error))
        return 0;
    ImportCounts counts;
    for (const ImportTicketRow &row : rows) {
        QString reason;
        switch (writer.writeTicket(row, &reason)) {
        case ImportOutcome::Inserted:
            ++counts.inserted;
            break;
        case ImportOutcome::Updated:
            ++counts.updated;
            break;
        case ImportOutcome::Unchanged:
            ++counts.unchanged;
            break;
        default:
            ++counts.rejected;
        }
        ++counts.read;
    }
    return writer.commit(counts, &error) ? writer.batchId() : 0;
}

qint64 TestImportHistory::importMessages(const QList<ImportMessageRow> &rows)
{
    ImportWriter writer(m_db);
    QString error;
    if (!writer.begin(batchInfo(QStringLiteral("messages")), &error))
        return 0;
    for (const ImportMessageRow &row : rows) {
        if (!writer.stageMessage(row, &error))
            return 0;
    }
    ImportCounts counts;
    if (!writer.finishMessages(&counts, &error) || !writer.commit(counts, &error))
        return 0;
    return writer.batchId();
}

void TestImportHistory::listFindAndContent()
{
    const qint64 first
        = importTickets(batchInfo(), { ticket(QStringLiteral("T1")), ticket(QStringLiteral("T2")) });
    QVERIFY(first);
    ImportBatchInfo other = batchInfo();
    other.contentHash = QStringLiteral("other");
    const qint64 second = importTickets(other, { ticket(QStringLiteral("T1")) });
    QVERIFY(second);

    ImportHistoryRepository history(m_db);
    QList<ImportBatchRecord> batches;
    QString error;
    QVERIFY2(history.list(&batches, &error), qPrintable(error));
    QCOMPARE(batches.size(), 2);
    QCOMPARE(batches.first().id, second); // newest first
    QCOMPARE(batches.last().rowsImported, 2);
    QCOMPARE(batches.first().rowsUnchanged, 1);
    QCOMPARE(batches.first().status, QStringLiteral("committed"));
    QCOMPARE(batches.first().kind, QStringLiteral("tickets"));
    QCOMPARE(batches.first().userLogin, QStringLiteral("lead"));
    QVERIFY(batches.first().finishedAt >= batches.first().startedAt);

    ImportBatchRecord record;
    QVERIFY2(history.find(first, &record, &error), qPrintable(error));
    QCOMPARE(record.fileName, QStringLiteral("export.csv"));
    QVERIFY(!history.find(999, &record, &error));
    QVERIFY2(error.contains(QStringLiteral("999")), qPrintable(error));

    QVERIFY2(history.findByContent(QStringLiteral("helpdesk"), QStringLiteral("abc123"), &batches, &error),
             qPrintable(error));
    QCOMPARE(batches.size(), 1);
    QCOMPARE(batches.first().id, first);
    QVERIFY(history.findByContent(QStringLiteral("elsewhere"), QStringLiteral("abc123"), &batches, &error));
    QVERIFY(batches.isEmpty());
}

void TestImportHistory::recordRejected()
{
    ImportHistoryRepository history(m_db);
    ImportBatchRecord rejected;
    rejected.kind = QStringLiteral("tickets");
    rejected.sourceSystem = QStringLiteral("helpdesk");
    rejected.fileName = QStringLiteral("bad.csv");
    rejected.contentHash = QStringLiteral("abc123");
    rejected.startedAt = 100;
    rejected.rowsRead = 10;
    rejected.rowsRejected = 3;
    QString error;
    QVERIFY2(history.recordRejected(rejected, &error), qPrintable(error));
    QList<ImportBatchRecord> batches;
    QVERIFY(history.list(&batches, &error));
    QCOMPARE(batches.size(), 1);
    QCOMPARE(batches.first().status, QStringLiteral("rejected"));
    QCOMPARE(batches.first().rowsRejected, 3);
    QVERIFY(batches.first().finishedAt > 0);
    // A rejected attempt is not a previous import of the same file.
    QVERIFY(history.findByContent(QStringLiteral("helpdesk"), QStringLiteral("abc123"), &batches, &error));
    QVERIFY(batches.isEmpty());
    // Nor can it be undone.
    QVERIFY(!history.undo(1, 200, &error));
    QVERIFY2(error.contains(QStringLiteral("never committed")), qPrintable(error));
}

void TestImportHistory::undoInsertsRemovesTicketsAgentsAndTeams()
{
    QSqlQuery setup(m_db);
    QVERIFY(setup.exec(QStringLiteral("INSERT INTO agents (id, name, tier, shift, hire_date) VALUES "
                                      "(10, 'Old hand', 'L1', 'morning', '2024-01-01')")));
    const QStringList before = contentFingerprint(m_db);

    ImportTicketRow a = ticket(QStringLiteral("T1"), QStringLiteral("Amy"));
    a.agent.supervisor = QStringLiteral("Li");
    a.agent.manager = QStringLiteral("Wang");
    a.agent.accounts.insert(QStringLiteral("taobao"), QStringLiteral("tb_amy"));
    ImportTicketRow b = ticket(QStringLiteral("T2"), QStringLiteral("Old hand"));
    const qint64 tickets = importTickets(batchInfo(), { a, b });
    QVERIFY(tickets);
    const qint64 conversations = importMessages({ message(QStringLiteral("C1"), QStringLiteral("customer"),
                                                          "2026-03-01T09:00:00Z", QStringLiteral("Hi"), 1) });
    QVERIFY(conversations);
    // The messages batch created its own ticket for the conversation.
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM agents")), 2);
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM teams")), 2);

    ImportHistoryRepository history(m_db);
    QString error;
    QVERIFY2(history.undo(conversations, 500, &error), qPrintable(error));
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 2);
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM messages")), 0);
    QVERIFY2(history.undo(tickets, 600, &error), qPrintable(error));

    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 0);
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM agents")), 1);
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM teams")), 0);
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM agent_accounts")), 0);
    QCOMPARE(value(m_db,
                   QStringLiteral("SELECT status || '/' || undone_at FROM import_batches WHERE id = %1")
                       .arg(tickets))
                 .toString(),
             QStringLiteral("undone/600"));
    QCOMPARE(value(m_db, QStringLiteral("PRAGMA foreign_key_check")).toString(), QString());
    // Apart from the history itself, the store is as it was before both batches.
    QStringList after = contentFingerprint(m_db);
    QStringList expected = before;
    // Besides the history, what changed is recorded for the KPI aggregates: the batches and the undo.
    const auto withoutHistory = [](QStringList list) {
        list.removeIf([](const QString &entry) {
            return entry.startsWith(QLatin1String("import_"))
                || entry.startsWith(QLatin1String("kpi_stale_ranges"));
        });
        return list;
    };
    QCOMPARE(withoutHistory(after), withoutHistory(expected));
    QCOMPARE(count(m_db,
                   QStringLiteral(
                       "SELECT COUNT(*) FROM kpi_stale_ranges WHERE reason LIKE 'undo of import batch %'")),
             count(m_db,
                   QStringLiteral(
                       "SELECT COUNT(*) FROM import_batches WHERE status = 'undone' AND kind != 'agents'")));
}

void TestImportHistory::undoRemovesAccountsAddedToExistingAgents()
{
    ImportTicketRow first = ticket(QStringLiteral("T1"), QStringLiteral("Amy"));
    first.agent.accounts.insert(QStringLiteral("taobao"), QStringLiteral("tb_amy"));
    QVERIFY(importTickets(batchInfo(), { first }));

    // An agents file names the same agent with her JD account: the batch adds it to her.
    ImportWriter writer(m_db);
    QString error;
    QVERIFY2(writer.begin(batchInfo(QStringLiteral("agents")), &error), qPrintable(error));
    ImportAgentRow row;
    row.agent.name = QStringLiteral("Amy");
    row.agent.accounts.insert(QStringLiteral("taobao"), QStringLiteral("tb_amy"));
    row.agent.accounts.insert(QStringLiteral("jd"), QStringLiteral("jd_amy"));
    QString reason;
    QCOMPARE(writer.writeAgent(row, &reason), ImportOutcome::Updated);
    ImportCounts counts;
    counts.read = counts.updated = 1;
    QVERIFY2(writer.commit(counts, &error), qPrintable(error));
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM agent_accounts")), 2);

    QVERIFY2(ImportHistoryRepository(m_db).undo(writer.batchId(), 500, &error), qPrintable(error));
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM agents")), 1);
    QCOMPARE(
        value(m_db, QStringLiteral("SELECT group_concat(platform || ':' || account) FROM agent_accounts"))
            .toString(),
        QStringLiteral("taobao:tb_amy"));
}

void TestImportHistory::undoKeepsAgentsOthersUse()
{
    const qint64 first = importTickets(batchInfo(), { ticket(QStringLiteral("T1"), QStringLiteral("Amy")) });
    QVERIFY(first);
    // Someone files a ticket by hand under the imported agent.
    QSqlQuery setup(m_db);
    QVERIFY(setup.exec(
        QStringLiteral("INSERT INTO tickets (source_system, external_id, platform, channel, type, "
                       "category, status, tier, agent_id, created_at) SELECT 'manual', 'M1', 'own', "
                       "'phone', 'complaint', 'service', 'open', 'L1', id, 0 FROM agents")));
    ImportHistoryRepository history(m_db);
    QString error;
    QVERIFY2(history.undo(first, 500, &error), qPrintable(error));
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 1);
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM agents WHERE name = 'Amy'")), 1);
}

void TestImportHistory::undoRestoresUpdatedValues()
{
    const qint64 first = importTickets(batchInfo(QStringLiteral("tickets"), ticketFields()),
                                       { ticket(QStringLiteral("T1"), QStringLiteral("Amy")) });
    QVERIFY(first);
    ImportTicketRow changed = ticket(QStringLiteral("T1"), QStringLiteral("Bo"));
    changed.status = QStringLiteral("open");
    changed.tags = QStringLiteral("changed");
    const qint64 second = importTickets(batchInfo(QStringLiteral("tickets"), ticketFields()),
                                        { changed, ticket(QStringLiteral("T2"), QStringLiteral("Bo")) });
    QVERIFY(second);
    QCOMPARE(value(m_db,
                   QStringLiteral("SELECT a.name FROM tickets t JOIN agents a ON a.id = t.agent_id WHERE "
                                  "t.external_id = 'T1'"))
                 .toString(),
             QStringLiteral("Bo"));

    ImportHistoryRepository history(m_db);
    QString error;
    QVERIFY2(history.undo(second, 500, &error), qPrintable(error));
    QCOMPARE(value(m_db,
                   QStringLiteral("SELECT t.status || t.tags || a.name || t.import_batch_id FROM tickets t "
                                  "JOIN agents a ON a.id = t.agent_id"))
                 .toString(),
             QStringLiteral("closedvipAmy%1").arg(first));
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 1);
    // Bo was created by the undone batch and nothing uses him any more.
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM agents WHERE name = 'Bo'")), 0);
    // Now the first batch has nothing after it and can go too.
    QVERIFY2(history.undo(first, 600, &error), qPrintable(error));
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 0);
}

void TestImportHistory::undoRestoresReplacedConversation()
{
    QList<ImportMessageRow> rows = {
        message(QStringLiteral("C1"), QStringLiteral("customer"), "2026-03-01T09:00:00Z",
                QStringLiteral("Hi"), 1),
        message(QStringLiteral("C1"), QStringLiteral("agent"), "2026-03-01T09:01:00Z",
                QStringLiteral("Hello"), 2),
    };
    const qint64 first = importMessages(rows);
    QVERIFY(first);
    rows[1].text = QStringLiteral("Changed");
    rows.append(message(QStringLiteral("C1"), QStringLiteral("agent"), "2026-03-01T09:02:00Z",
                        QStringLiteral("Bye"), 3));
    const qint64 second = importMessages(rows);
    QVERIFY(second);
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM messages")), 3);

    ImportHistoryRepository history(m_db);
    QString error;
    QVERIFY2(history.undo(second, 500, &error), qPrintable(error));
    QCOMPARE(
        value(m_db,
              QStringLiteral("SELECT group_concat(text, '/') FROM (SELECT text FROM messages ORDER BY seq)"))
            .toString(),
        QStringLiteral("Hi/Hello"));
    QCOMPARE(count(m_db, QStringLiteral("SELECT import_batch_id FROM conversations")), first);
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 1);
}

void TestImportHistory::conversationMovesToAnotherTicketAndBack()
{
    QVERIFY(importTickets(batchInfo(), { ticket(QStringLiteral("T1")), ticket(QStringLiteral("T2")) }));
    QList<ImportMessageRow> rows = { message(QStringLiteral("C1"), QStringLiteral("customer"),
                                             "2026-03-01T09:00:00Z", QStringLiteral("Hi"), 1) };
    rows[0].ticketExternalId = QStringLiteral("T1");
    QVERIFY(importMessages(rows));
    const QString ticketOfC1 = QStringLiteral("SELECT t.external_id FROM conversations c JOIN tickets t ON "
                                              "t.id = c.ticket_id WHERE c.external_id = 'C1'");
    QCOMPARE(value(m_db, ticketOfC1).toString(), QStringLiteral("T1"));

    // The same transcript, now linked to T2 by a corrected export: the conversation moves.
    rows[0].ticketExternalId = QStringLiteral("T2");
    const qint64 moved = importMessages(rows);
    QVERIFY(moved);
    QCOMPARE(value(m_db, ticketOfC1).toString(), QStringLiteral("T2"));
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM conversations")), 1);

    QString error;
    QVERIFY2(ImportHistoryRepository(m_db).undo(moved, 500, &error), qPrintable(error));
    QCOMPARE(value(m_db, ticketOfC1).toString(), QStringLiteral("T1"));
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM messages")), 1);
}

void TestImportHistory::undoRefusedWhileLaterBatchDependsOnRows()
{
    const qint64 first = importTickets(batchInfo(), { ticket(QStringLiteral("T1")) });
    QVERIFY(first);
    ImportTicketRow changed = ticket(QStringLiteral("T1"));
    changed.status = QStringLiteral("open");
    const qint64 second = importTickets(batchInfo(), { changed });
    QVERIFY(second);

    ImportHistoryRepository history(m_db);
    QString error;
    QVERIFY(!history.undo(first, 500, &error));
    QVERIFY2(error.contains(QStringLiteral("batch %1 of ").arg(second)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("2026-")), qPrintable(error));
    QCOMPARE(value(m_db, QStringLiteral("SELECT status FROM tickets")).toString(), QStringLiteral("open"));
    QCOMPARE(
        value(m_db, QStringLiteral("SELECT status FROM import_batches WHERE id = %1").arg(first)).toString(),
        QStringLiteral("committed"));

    // A later messages batch that hangs a conversation on a ticket of the batch also blocks it.
    ImportMessageRow linked = message(QStringLiteral("C1"), QStringLiteral("customer"),
                                      "2026-03-01T09:00:00Z", QStringLiteral("Hi"), 1);
    linked.ticketExternalId = QStringLiteral("T1");
    QVERIFY2(history.undo(second, 600, &error), qPrintable(error));
    const qint64 third = importMessages({ linked });
    QVERIFY(third);
    QVERIFY(!history.undo(first, 700, &error));
    QVERIFY2(error.contains(QStringLiteral("batch %1 of ").arg(third)), qPrintable(error));
    QVERIFY2(history.undo(third, 800, &error), qPrintable(error));
    QVERIFY2(history.undo(first, 900, &error), qPrintable(error));
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 0);
}

void TestImportHistory::undoRefusedWhileQaWorkHoldsConversations()
{
    QSqlQuery setup(m_db);
    QVERIFY(setup.exec(QStringLiteral("INSERT INTO agents (id, name, tier, shift, hire_date) VALUES "
                                      "(10, 'Old hand', 'L1', 'morning', '2024-01-01')")));
    QVERIFY(setup.exec(QStringLiteral("INSERT INTO users (id, login, display_name, role, created_at) VALUES "
                                      "(7, 'qa1', 'QA one', 'qa_reviewer', 0)")));
    const qint64 batch = importMessages({ message(QStringLiteral("C1"), QStringLiteral("customer"),
                                                  "2026-03-01T09:00:00Z", QStringLiteral("Hi"), 1) });
    QVERIFY(batch);
    const QStringList before = contentFingerprint(m_db);
    // A reviewer has scored the imported conversation (a draft is QA work too).
    QVERIFY(setup.exec(QStringLiteral(
        "INSERT INTO qa_reviews (conversation_id, agent_id, reviewer_id, template_version_id, status, kind, "
        "created_at) SELECT c.id, 10, 7, (SELECT MIN(id) FROM qa_template_versions), 'draft', 'regular', 0 "
        "FROM conversations c")));
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM qa_reviews")), 1);

    ImportHistoryRepository history(m_db);
    QString error;
    QVERIFY(!history.undo(batch, 500, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be undone")) && error.contains(QStringLiteral("QA")),
             qPrintable(error));
    // Nothing changed: the conversation, its messages and the review are all still there.
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM messages")), 1);
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM qa_reviews")), 1);
    QCOMPARE(
        count(m_db,
              QStringLiteral("SELECT status = 'committed' FROM import_batches WHERE id = %1").arg(batch)),
        1);

    // Once the review is gone the batch can be undone.
    QVERIFY(setup.exec(QStringLiteral("DELETE FROM qa_reviews")));
    QCOMPARE(contentFingerprint(m_db), before);
    QVERIFY2(history.undo(batch, 600, &error), qPrintable(error));
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM conversations")), 0);
}

void TestImportHistory::undoTwiceIsAnError()
{
    const qint64 batch = importTickets(batchInfo(), { ticket(QStringLiteral("T1")) });
    QVERIFY(batch);
    ImportHistoryRepository history(m_db);
    QString error;
    QVERIFY2(history.undo(batch, 500, &error), qPrintable(error));
    QVERIFY(!history.undo(batch, 600, &error));
    QVERIFY2(error.contains(QStringLiteral("already undone")), qPrintable(error));
    QCOMPARE(count(m_db, QStringLiteral("SELECT undone_at FROM import_batches")), 500);
    QVERIFY(!history.undo(12345, 600, &error));
    QVERIFY2(error.contains(QStringLiteral("12345")), qPrintable(error));
}

void TestImportHistory::migrationKeepsVersion2Data()
{
    const QString folder = m_dir->filePath(QStringLiteral("migrations-2"));
    QVERIFY(StoreTestHelpers::copyMigrations(folder, 2));
    const QString path = m_dir->filePath(QStringLiteral("old.sqlite"));
    {
        StoreOptions options;
        options.path = path;
        options.createIfMissing = true;
        options.migrationsPath = folder;
        StoreError error;
        auto old = Store::open(options, &error);
        QVERIFY2(old, qPrintable(error.message + error.detail));
        QCOMPARE(old->schemaVersion(), 2);
        QSqlQuery query(old->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO agents (id, name, tier, shift, hire_date) VALUES "
                                          "(1, 'Amy', 'L2', 'night', '2023-04-05')")));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO import_batches (id, source_system, started_at, status) VALUES "
                           "(1, 'legacy', 10, 'committed')")));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO tickets (id, source_system, external_id, platform, channel, type, "
                           "category, status, tier, agent_id, created_at, import_batch_id) VALUES "
                           "(1, 'legacy', 'L-1', 'jd', 'phone', 'repair', 'product', 'open', 'L2', 1, "
                           "20, 1)")));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO conversations (id, ticket_id, started_at) VALUES (1, 1, 20)")));
    }
    StoreError error;
    auto store = TestStores::openStore(path, &error);
    QVERIFY2(store, qPrintable(error.message + error.detail));
    QCOMPARE(store->schemaVersion(), Store::currentSchemaVersion());
    QVERIFY(store->schemaVersion() >= 3);
    const QSqlDatabase db = store->connection();
    QCOMPARE(
        value(db,
              QStringLiteral("SELECT name || hire_date || hire_date_estimated || COALESCE(external_id, '-') "
                             "FROM agents"))
            .toString(),
        QStringLiteral("Amy2023-04-050-"));
    QCOMPARE(
        value(db,
              QStringLiteral("SELECT external_id || platform || COALESCE(csat_comment, '-') FROM tickets"))
            .toString(),
        QStringLiteral("L-1jd-"));
    QCOMPARE(
        value(db, QStringLiteral("SELECT status || rows_skipped || COALESCE(kind, '-') FROM import_batches"))
            .toString(),
        QStringLiteral("committed0-"));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM conversations WHERE external_id IS NULL")), 1);
    QCOMPARE(value(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    // The legacy batch can be undone with the new tables: its ticket goes.
    ImportHistoryRepository history(db);
    QString undoError;
    QVERIFY2(history.undo(1, 30, &undoError), qPrintable(undoError));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM conversations")), 0);
}

QTEST_GUILESS_MAIN(TestImportHistory)
#include "TestImportHistory.moc"
