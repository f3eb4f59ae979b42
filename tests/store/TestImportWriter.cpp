#include "ImportTestHelpers.h"
#include "store/ImportWriter.h"
#include "store/Store.h"
#include "support/TestStores.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ImportTestHelpers;

/**
 * ImportWriter on real SQLite stores: idempotent ticket writes keyed by (source, external id),
 * versions saved before updates, agents found or created with their team structure, survey
 * answers, conversations in all three groupings, and the transaction boundaries (rollback,
 * a second writer).
 */
class TestImportWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void insertThenUnchanged();
    void updateKeepsUnmappedFields();
    void unmappedFieldsTakeDefaultsOnInsert();
    void supervisorUnderTwoManagers();
    void explicitTeamAndSupervisorOnly();
    void agentFoundByAccountAndUniqueName();
    void ambiguousNameIsNotGuessed();
    void rejectPolicyAndUnknownDepartment();
    void hireDateEstimatedFromTenure();
    void agentsFile();
    void csatUpdateAndMissingTicket();
    void messagePerRowCreatesTickets();
    void conversationUnchangedAndReplaced();
    void replyChains();
    void linkedTicketsAndMissingTicket();
    void rollbackLeavesStoreUnchanged();
    void storeRulesHoldWithoutSqliteChecks_data();
    void storeRulesHoldWithoutSqliteChecks();
    void secondWriterIsToldTheStoreIsLocked();

private:
    /** Runs one batch over rows and commits it; returns the outcomes in row order. */
    QList<ImportOutcome> importTickets(const ImportBatchInfo &info, const QList<ImportTicketRow> &rows);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QSqlDatabase m_db;
};

void TestImportWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = TestStores::createStore(*m_dir);
    QVERIFY(m_store);
    m_db = m_store->connection();
}

void TestImportWriter::cleanup()
{
    m_db = QSqlDatabase();
    m_store.reset();
    m_dir.reset();
}

QList<ImportOutcome> TestImportWriter::importTickets(const ImportBatchInfo &info,
                                                     const QList<ImportTicketRow> &rows)
{
    QList<ImportOutcome> outcomes;
    ImportWriter writer(m_db);
    QString error;
    if (!writer.begin(info, &error)) {
        qWarning() << "begin failed:" << error;
        return outcomes;
    }
    ImportCounts counts;
    for (const ImportTicketRow &row : rows) {
        QString reason;
        const ImportOutcome outcome = writer.writeTicket(row, &reason);
        if (outcome == ImportOutcome::Rejected || outcome == ImportOutcome::Failed)
            qInfo() << "row" << row.externalId << "not written:" << reason;
        outcomes.append(outcome);
        ++counts.read;
    }
    if (!writer.commit(counts, &error)) {
        qWarning() << "commit failed:" << error;
        outcomes.clear();
    }
    return outcomes;
}

void TestImportWriter::insertThenUnchanged()
{
    const QList<ImportTicketRow> rows
        = { ticket(QStringLiteral("T1"), QStringLiteral("Amy")),
            ticket(QStringLiteral("T2"), QStringLiteral("Amy")), ticket(QStringLiteral("T3")) };
    const ImportBatchInfo info = batchInfo(QStringLiteral("tickets"), ticketFields());
    QCOMPARE(
        importTickets(info, rows),
        QList<ImportOutcome>({ ImportOutcome::Inserted, ImportOutcome::Inserted, ImportOutcome::Inserted }));
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE source_system = 'helpdesk'")), 3);
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM agents WHERE name = 'Amy'")), 1);
    QCOMPARE(value(m_db, QStringLiteral("SELECT status FROM import_batches")).toString(),
             QStringLiteral("committed"));

    QCOMPARE(importTickets(info, rows),
             QList<ImportOutcome>(
                 { ImportOutcome::Unchanged, ImportOutcome::Unchanged, ImportOutcome::Unchanged }));
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 3);
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM import_ticket_versions")), 0);
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM agents")), 1);
    QCOMPARE(count(m_db,
                   QStringLiteral("SELECT COUNT(*) FROM import_batches WHERE status = 'committed' AND "
                                  "kind = 'tickets' AND user_login = 'lead' AND rows_read = 3")),
             2);

    // Known and new tickets interleaved: the writer's guess of which comes next is wrong every row.
    ImportTicketRow changed = rows.at(1);
    changed.status = QStringLiteral("open");
    QCOMPARE(
        importTickets(info,
                      { rows.at(0), ticket(QStringLiteral("T4")), changed, ticket(QStringLiteral("T5")),
                        ticket(QStringLiteral("T6")), rows.at(2) }),
        QList<ImportOutcome>({ ImportOutcome::Unchanged, ImportOutcome::Inserted, ImportOutcome::Updated,
                               ImportOutcome::Inserted, ImportOutcome::Inserted, ImportOutcome::Unchanged }));
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 6);
    QCOMPARE(value(m_db, QStringLiteral("SELECT status FROM tickets WHERE external_id = 'T2'")).toString(),
             QStringLiteral("open"));
}

void TestImportWriter::updateKeepsUnmappedFields()
{
    ImportTicketRow row = ticket(QStringLiteral("T1"), QStringLiteral("Amy"));
    QCOMPARE(importTickets(batchInfo(QStringLiteral("tickets"), ticketFields()), { row }),
             QList<ImportOutcome>({ ImportOutcome::Inserted }));
    const qint64 firstBatch = count(m_db, QStringLiteral("SELECT MAX(id) FROM import_batches"));

    // A status export: maps only the key and the status. The order id differs in the row but is
    // not the batch's to change.
    row.status = QStringLiteral("open");
    row.orderId = QStringLiteral("CHANGED");
    row.agent.name.clear();
    const ImportBatchInfo statusOnly
        = batchInfo(QStringLiteral("tickets"), { QStringLiteral("external_id"), QStringLiteral("status") });
    QCOMPARE(importTickets(statusOnly, { row }), QList<ImportOutcome>({ ImportOutcome::Updated }));
    const qint64 secondBatch = count(m_db, QStringLiteral("SELECT MAX(id) FROM import_batches"));
    QCOMPARE(value(m_db, QStringLiteral("SELECT status FROM tickets")).toString(), QStringLiteral("open"));
    QCOMPARE(value(m_db, QStringLiteral("SELECT order_id FROM tickets")).toString(), QStringLiteral("O-T1"));
    QVERIFY(!value(m_db, QStringLiteral("SELECT agent_id FROM tickets")).isNull());
    QCOMPARE(count(m_db, QStringLiteral("SELECT import_batch_id FROM tickets")), secondBatch);

    // The previous row is saved whole, with the batch that wrote it.
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM import_ticket_versions")), 1);
    QCOMPARE(value(m_db, QStringLiteral("SELECT status FROM import_ticket_versions")).toString(),
             QStringLiteral("closed"));
    QCOMPARE(count(m_db, QStringLiteral("SELECT batch_id FROM import_ticket_versions")), secondBatch);
    QCOMPARE(count(m_db, QStringLiteral("SELECT import_batch_id FROM import_ticket_versions")), firstBatch);
    QCOMPARE(value(m_db, QStringLiteral("SELECT order_id FROM import_ticket_versions")).toString(),
             QStringLiteral("O-T1"));

    // Same status again: unchanged, no new version.
    QCOMPARE(importTickets(statusOnly, { row }), QList<ImportOutcome>({ ImportOutcome::Unchanged }));
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM import_ticket_versions")), 1);
}

void TestImportWriter::unmappedFieldsTakeDefaultsOnInsert()
{
    ImportTicketRow row = ticket(QStringLiteral("T1"));
    row.agent.name = QStringLiteral("Amy");
    row.agent.tier = QStringLiteral("L2");
    QCOMPARE(importTickets(batchInfo(QStringLiteral("tickets"), ticketFields()), { row }),
             QList<ImportOutcome>({ ImportOutcome::Inserted }));
    QCOMPARE(value(m_db, QStringLiteral("SELECT priority FROM tickets")).toString(),
             QStringLiteral("normal"));
    // The ticket's tier follows its agent when the file has none.
    QCOMPARE(value(m_db, QStringLiteral("SELECT tier FROM tickets")).toString(), QStringLiteral("L2"));
    QCOMPARE(
        count(m_db, QStringLiteral("SELECT reopen_count + escalated + is_inquiry + converted FROM tickets")),
        0);
    QVERIFY(value(m_db, QStringLiteral("SELECT handle_seconds FROM tickets")).isNull());
}

void TestImportWriter::supervisorUnderTwoManagers()
{
    ImportTicketRow a = ticket(QStringLiteral("T1"), QStringLiteral("Amy"));
    a.agent.supervisor = QStringLiteral("Li");
    a.agent.manager = QStringLiteral("Wang");
    ImportTicketRow b = ticket(QStringLiteral("T2"), QStringLiteral("Bo"));
    b.agent.supervisor = QStringLiteral("Li");
    b.agent.manager = QStringLiteral("Zhao");
    ImportTicketRow c = ticket(QStringLiteral("T3"), QStringLiteral("Cai"));
    c.agent.supervisor = QStringLiteral("Li");
    c.agent.manager = QStringLiteral("Wang");

    ImportWriter writer(m_db);
    QString error;
    QVERIFY2(writer.begin(batchInfo(), &error), qPrintable(error));
    for (const ImportTicketRow &row : { a, b, c }) {
        QString reason;
        QCOMPARE(writer.writeTicket(row, &reason), ImportOutcome::Inserted);
    }
    QCOMPARE(writer.agentsCreated(), 3);
    QCOMPARE(writer.teamsCreated(), 4);
    QVERIFY2(writer.commit({}, &error), qPrintable(error));

    const auto teamOf = [&](const char *agent) {
        return value(
                   m_db,
                   QStringLiteral("SELECT t.name || '<' || p.name || '>' || t.leader FROM agents a "
                                  "JOIN teams t ON t.id = a.team_id JOIN teams p ON p.id = t.parent_team_id "
                                  "WHERE a.name = '%1'")
                       .arg(QLatin1String(agent)))
            .toString();
    };
    QCOMPARE(teamOf("Amy"), QStringLiteral("Li (Wang)<Wang>Li"));
    QCOMPARE(teamOf("Bo"), QStringLiteral("Li (Zhao)<Zhao>Li"));
    QCOMPARE(teamOf("Cai"), QStringLiteral("Li (Wang)<Wang>Li"));
    QCOMPARE(value(m_db, QStringLiteral("SELECT leader FROM teams WHERE name = 'Wang'")).toString(),
             QStringLiteral("Wang"));
    QCOMPARE(value(m_db,
                   QStringLiteral("SELECT d.code FROM teams t JOIN departments d ON d.id = t.department_id "
                                  "WHERE t.name = 'Zhao'"))
                 .toString(),
             QStringLiteral("customer_service"));
    // Each ticket is filed under its agent's team.
    QCOMPARE(count(m_db,
                   QStringLiteral("SELECT COUNT(*) FROM tickets t JOIN agents a ON a.id = t.agent_id "
                                  "WHERE t.team_id IS a.team_id AND t.team_id IS NOT NULL")),
             3);
}

void TestImportWriter::explicitTeamAndSupervisorOnly()
{
    ImportTicketRow a = ticket(QStringLiteral("T1"), QStringLiteral("Amy"));
    a.agent.supervisor = QStringLiteral("Li");
    ImportTicketRow b = ticket(QStringLiteral("T2"), QStringLiteral("Bo"));
    b.agent.team = QStringLiteral("Returns desk");
    b.agent.department = QStringLiteral("logistics");
    ImportTicketRow c = ticket(QStringLiteral("T3"), QStringLiteral("Amy"));
    c.team = QStringLiteral("Returns desk"); // the ticket's own team wins over the agent's
    QCOMPARE(
        importTickets(batchInfo(), { a, b, c }),
        QList<ImportOutcome>({ ImportOutcome::Inserted, ImportOutcome::Inserted, ImportOutcome::Inserted }));
    QCOMPARE(value(m_db,
                   QStringLiteral("SELECT t.name FROM agents a JOIN teams t ON t.id = a.team_id WHERE "
                                  "a.name = 'Amy'"))
                 .toString(),
             QStringLiteral("Li"));
    QCOMPARE(value(m_db,
                   QStringLiteral("SELECT d.code FROM agents a JOIN teams t ON t.id = a.team_id JOIN "
                                  "departments d ON d.id = t.department_id WHERE a.name = 'Bo'"))
                 .toString(),
             QStringLiteral("logistics"));
    QCOMPARE(value(m_db,
                   QStringLiteral("SELECT t.name FROM tickets k JOIN teams t ON t.id = k.team_id WHERE "
                                  "k.external_id = 'T3'"))
                 .toString(),
             QStringLiteral("Returns desk"));
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM teams")), 2);
}

void TestImportWriter::agentFoundByAccountAndUniqueName()
{
    QSqlQuery setup(m_db);
    QVERIFY(setup.exec(QStringLiteral("INSERT INTO agents (id, name, tier, shift, hire_date) VALUES "
                                      "(10, 'Amy Chen', 'L1', 'morning', '2024-01-01'), "
                                      "(11, 'Bo', 'L2', 'evening', '2024-01-01')")));
    QVERIFY(setup.exec(QStringLiteral("INSERT INTO agent_accounts (agent_id, platform, account) VALUES (10, 'taobao', 'tb_amy')")));

    ImportTicketRow byAccount = ticket(QStringLiteral("T1"), QStringLiteral("A. Chen (shop)"));
    byAccount.agent.accounts.insert(QStringLiteral("taobao"), QStringLiteral("tb_amy"));
    ImportTicketRow byName = ticket(QStringLiteral("T2"), QStringLiteral("Bo"));
    QCOMPARE(importTickets(batchInfo(), { byAccount, byName }),
             QList<ImportOutcome>({ ImportOutcome::Inserted, ImportOutcome::Inserted }));
    QCOMPARE(count(m_db, QStringLiteral("SELECT agent_id FROM tickets WHERE external_id = 'T1'")), 10);
    QCOMPARE(count(m_db, QStringLiteral("SELECT agent_id FROM tickets WHERE external_id = 'T2'")), 11);
    QCOMPARE(value(m_db, QStringLiteral("SELECT tier FROM tickets WHERE external_id = 'T2'")).toString(),
             QStringLiteral("L2"));
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM agents")), 2);
}

void TestImportWriter::ambiguousNameIsNotGuessed()
{
    QSqlQuery setup(m_db);
    QVERIFY(setup.exec(QStringLiteral("INSERT INTO agents (id, name, tier, shift, hire_date) VALUES "
                                      "(10, 'Bo', 'L1', 'morning', '2024-01-01'), "
                                      "(11, 'Bo', 'L1', 'morning', '2024-01-01')")));
    ImportBatchInfo info = batchInfo();
    info.createUnknownAgents = false;
    ImportWriter writer(m_db);
    QString error;
    QVERIFY2(writer.begin(info, &error), qPrintable(error));
    QString reason;
    QCOMPARE(writer.writeTicket(ticket(QStringLiteral("T1"), QStringLiteral("Bo")), &reason),
             ImportOutcome::Rejected);
    QVERIFY2(reason.contains(QStringLiteral("“Bo”")), qPrintable(reason));
    writer.rollback();
}

void TestImportWriter::rejectPolicyAndUnknownDepartment()
{
    ImportBatchInfo info = batchInfo();
    info.createUnknownAgents = false;
    ImportWriter writer(m_db);
    QString error;
    QVERIFY2(writer.begin(info, &error), qPrintable(error));
    QString reason;
    QCOMPARE(writer.writeTicket(ticket(QStringLiteral("T1"), QStringLiteral("Nobody")), &reason),
             ImportOutcome::Rejected);
    QCOMPARE(reason, QStringLiteral("unknown agent “Nobody”"));
    // A ticket without an agent is fine under the same policy.
    QCOMPARE(writer.writeTicket(ticket(QStringLiteral("T2")), &reason), ImportOutcome::Inserted);
    writer.rollback();

    ImportWriter creating(m_db);
    QVERIFY2(creating.begin(batchInfo(), &error), qPrintable(error));
    ImportTicketRow row = ticket(QStringLiteral("T3"), QStringLiteral("Amy"));
    row.agent.department = QStringLiteral("marketing");
    QCOMPARE(creating.writeTicket(row, &reason), ImportOutcome::Rejected);
    QVERIFY2(reason.contains(QStringLiteral("“marketing”")), qPrintable(reason));
    row.agent.department = QStringLiteral("Complaint center"); // by name works too
    QCOMPARE(creating.writeTicket(row, &reason), ImportOutcome::Inserted);
    QCOMPARE(creating.agentsCreated(), 1);
    creating.rollback();
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 0);
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM agents")), 0);
}

void TestImportWriter::hireDateEstimatedFromTenure()
{
    ImportTicketRow estimated = ticket(QStringLiteral("T1"), QStringLiteral("Amy"));
    estimated.agent.tenureBucket = QStringLiteral(">90");
    estimated.agent.tenureDays = 90;
    ImportTicketRow given = ticket(QStringLiteral("T2"), QStringLiteral("Bo"));
    given.agent.hireDate = QDate(2020, 5, 4);
    QCOMPARE(importTickets(batchInfo(), { estimated, given }),
             QList<ImportOutcome>({ ImportOutcome::Inserted, ImportOutcome::Inserted }));
    // 2026-03-01 minus 90 days.
    QCOMPARE(value(m_db,
                   QStringLiteral("SELECT hire_date || '/' || hire_date_estimated || '/' || tenure_bucket "
                                  "FROM agents WHERE name = 'Amy'"))
                 .toString(),
             QStringLiteral("2025-12-01/1/>90"));
    QCOMPARE(
        value(m_db,
              QStringLiteral("SELECT hire_date || '/' || hire_date_estimated FROM agents WHERE name = 'Bo'"))
            .toString(),
        QStringLiteral("2020-05-04/0"));
    QCOMPARE(value(m_db,
                   QStringLiteral("SELECT source_system || '/' || external_id || '/' || shift || '/' || tier "
                                  "FROM agents WHERE name = 'Bo'"))
                 .toString(),
             QStringLiteral("helpdesk/Bo/morning/L1"));
}

void TestImportWriter::agentsFile()
{
    QSqlQuery setup(m_db);
    QVERIFY(setup.exec(QStringLiteral("INSERT INTO agents (id, name, tier, shift, hire_date) VALUES "
                                      "(10, 'Mentor Ma', 'L3', 'morning', '2019-01-01')")));
    const QStringList fields = { QStringLiteral("agent.name"),   QStringLiteral("agent.tier"),
                                 QStringLiteral("agent.shift"),  QStringLiteral("agent.supervisor"),
                                 QStringLiteral("agent.mentor"), QStringLiteral("agent.accounts") };
    ImportAgentRow row;
    row.agent.name = QStringLiteral("Amy");
    row.agent.externalId = QStringLiteral("E1");
    row.agent.tier = QStringLiteral("L2");
    row.agent.shift = QStringLiteral("night");
    row.agent.supervisor = QStringLiteral("Li");
    row.agent.mentor = QStringLiteral("Mentor Ma");
    row.agent.accounts.insert(QStringLiteral("jd"), QStringLiteral("jd_amy"));

    const auto run = [&](const ImportAgentRow &agentRow) {
        ImportWriter writer(m_db);
        QString error;
        if (!writer.begin(batchInfo(QStringLiteral("agents"), fields), &error))
            return ImportOutcome::Failed;
        QString reason;
        const ImportOutcome outcome = writer.writeAgent(agentRow, &reason);
        writer.commit({}, &error);
        return outcome;
    };
    QCOMPARE(run(row), ImportOutcome::Inserted);
    QCOMPARE(value(m_db,
                   QStringLiteral("SELECT a.tier || a.shift || t.name || m.name || c.account FROM agents a "
                                  "JOIN teams t ON t.id = a.team_id JOIN agents m ON m.id = a.mentor_id "
                                  "JOIN agent_accounts c ON c.agent_id = a.id WHERE a.external_id = 'E1'"))
                 .toString(),
             QStringLiteral("L2nightLiMentor Majd_amy"));
    QCOMPARE(run(row), ImportOutcome::Unchanged);

    row.agent.tier = QStringLiteral("L3");
    row.agent.englishName = QStringLiteral("Not mapped");
    QCOMPARE(run(row), ImportOutcome::Updated);
    QCOMPARE(value(m_db, QStringLiteral("SELECT tier FROM agents WHERE external_id = 'E1'")).toString(),
             QStringLiteral("L3"));
    QVERIFY(value(m_db, QStringLiteral("SELECT english_name FROM agents WHERE external_id = 'E1'")).isNull());
    QCOMPARE(value(m_db, QStringLiteral("SELECT tier FROM import_agent_versions")).toString(),
             QStringLiteral("L2"));
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM agents")), 2);
}

void TestImportWriter::csatUpdateAndMissingTicket()
{
    QCOMPARE(importTickets(batchInfo(), { ticket(QStringLiteral("T1")) }),
             QList<ImportOutcome>({ ImportOutcome::Inserted }));
    ImportWriter writer(m_db);
    QString error;
    QVERIFY2(writer.begin(batchInfo(QStringLiteral("csat"),
                                    { QStringLiteral("ticket_external_id"), QStringLiteral("csat_score"),
                                      QStringLiteral("csat_comment") }),
                          &error),
             qPrintable(error));
    ImportCsatRow csat;
    csat.ticketExternalId = QStringLiteral("T1");
    csat.csatScore = 2;
    csat.csatComment = QStringLiteral("slow");
    csat.csatAnsweredAt = at("2026-03-02T10:00:00Z"); // not mapped: ignored
    QString reason;
    QCOMPARE(writer.writeCsat(csat, &reason), ImportOutcome::Updated);
    csat.ticketExternalId = QStringLiteral("NOPE");
    QCOMPARE(writer.writeCsat(csat, &reason), ImportOutcome::Rejected);
    QVERIFY2(reason.contains(QStringLiteral("“NOPE”")), qPrintable(reason));
    QVERIFY2(writer.commit({}, &error), qPrintable(error));
    QCOMPARE(value(m_db, QStringLiteral("SELECT csat_score || csat_comment FROM tickets")).toString(),
             QStringLiteral("2slow"));
    QVERIFY(value(m_db, QStringLiteral("SELECT csat_answered_at FROM tickets")).isNull());
    QCOMPARE(count(m_db, QStringLiteral("SELECT csat_score FROM import_ticket_versions")), 5);

    ImportWriter again(m_db);
    QVERIFY2(again.begin(batchInfo(QStringLiteral("csat"),
                                   { QStringLiteral("csat_score"), QStringLiteral("csat_comment") }),
                         &error),
             qPrintable(error));
    csat.ticketExternalId = QStringLiteral("T1");
    QCOMPARE(again.writeCsat(csat, &reason), ImportOutcome::Unchanged);
    again.rollback();
}

void TestImportWriter::messagePerRowCreatesTickets()
{
    ImportBatchInfo info = batchInfo(QStringLiteral("messages"));
    info.conversationTicketDefaults.insert(QStringLiteral("platform"), QStringLiteral("jd"));
    ImportWriter writer(m_db);
    QString error;
    QVERIFY2(writer.begin(info, &error), qPrintable(error));
    // Out of order in the file; C2 answered by a bot before the customer wrote.
    const QList<ImportMessageRow> rows = {
        message(QStringLiteral("C1"), QStringLiteral("agent"), "2026-03-01T09:05:00Z",
                QStringLiteral("Hello"), 1),
        message(QStringLiteral("C2"), QStringLiteral("bot"), "2026-03-01T10:00:00Z",
                QStringLiteral("Welcome"), 2),
        message(QStringLiteral("C1"), QStringLiteral("customer"), "2026-03-01T09:00:00Z",
                QStringLiteral("Hi?"), 3),
        message(QStringLiteral("C2"), QStringLiteral("customer"), "2026-03-01T10:01:00Z",
                QStringLiteral("Refund"), 4),
        message(QStringLiteral("C2"), QStringLiteral("agent"), "2026-03-01T10:03:00Z", QStringLiteral("Done"),
                5),
    };
    for (const ImportMessageRow &row : rows)
        QVERIFY2(writer.stageMessage(row, &error), qPrintable(error));
    ImportCounts counts;
    QVERIFY2(writer.finishMessages(&counts, &error), qPrintable(error));
    QCOMPARE(counts.inserted, 2);
    QCOMPARE(counts.conversations, 2);
    QCOMPARE(counts.messages, 5);
    QVERIFY2(writer.commit(counts, &error), qPrintable(error));

    QCOMPARE(value(m_db,
                   QStringLiteral("SELECT group_concat(text, '/') FROM (SELECT m.text FROM messages m JOIN "
                                  "conversations c ON c.id = m.conversation_id WHERE c.external_id = 'C1' "
                                  "ORDER BY m.seq)"))
                 .toString(),
             QStringLiteral("Hi?/Hello"));
    QCOMPARE(
        value(m_db,
              QStringLiteral("SELECT platform || channel || type || category || status || tier FROM tickets "
                             "WHERE external_id = 'C1'"))
            .toString(),
        QStringLiteral("jdchatconsultationotherclosedL1"));
    QCOMPARE(count(m_db, QStringLiteral("SELECT created_at FROM tickets WHERE external_id = 'C1'")),
             at("2026-03-01T09:00:00Z"));
    QCOMPARE(count(m_db, QStringLiteral("SELECT first_response_at FROM tickets WHERE external_id = 'C1'")),
             at("2026-03-01T09:05:00Z"));
    // The bot's greeting came before the customer: the first response is the agent's answer.
    QCOMPARE(count(m_db, QStringLiteral("SELECT first_response_at FROM tickets WHERE external_id = 'C2'")),
             at("2026-03-01T10:03:00Z"));
    QCOMPARE(count(m_db,
                   QStringLiteral("SELECT COUNT(*) FROM conversations c JOIN tickets t ON t.id = c.ticket_id "
                                  "WHERE t.external_id = c.external_id")),
             2);
}

void TestImportWriter::conversationUnchangedAndReplaced()
{
    const auto run = [&](const QList<ImportMessageRow> &rows, ImportCounts *counts) {
        ImportWriter writer(m_db);
        QString error;
        if (!writer.begin(batchInfo(QStringLiteral("messages")), &error))
            return false;
        for (const ImportMessageRow &row : rows) {
            if (!writer.stageMessage(row, &error))
                return false;
        }
        return writer.finishMessages(counts, &error) && writer.commit(*counts, &error);
    };
    QList<ImportMessageRow> rows = {
        message(QStringLiteral("C1"), QStringLiteral("customer"), "2026-03-01T09:00:00Z",
                QStringLiteral("Hi"), 1),
        message(QStringLiteral("C1"), QStringLiteral("agent"), "2026-03-01T09:01:00Z",
                QStringLiteral("Hello"), 2),
    };
    ImportCounts first, second, third;
    QVERIFY(run(rows, &first));
    QCOMPARE(first.inserted, 1);
    QVERIFY(run(rows, &second));
    QCOMPARE(second.unchanged, 1);
    QCOMPARE(second.inserted + second.updated, 0);
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 1);

    rows[1].text = QStringLiteral("Hello, how can I help?");
    QVERIFY(run(rows, &third));
    QCOMPARE(third.updated, 1);
    QCOMPARE(value(m_db, QStringLiteral("SELECT text FROM messages WHERE seq = 1")).toString(),
             QStringLiteral("Hello, how can I help?"));
    QCOMPARE(
        value(m_db, QStringLiteral("SELECT text FROM import_replaced_messages WHERE seq = 1")).toString(),
        QStringLiteral("Hello"));
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM import_replaced_messages")), 2);
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM conversations")), 1);
}

void TestImportWriter::replyChains()
{
    ImportWriter writer(m_db);
    QString error;
    QVERIFY2(writer.begin(batchInfo(QStringLiteral("messages")), &error), qPrintable(error));
    const auto reply = [](const char *key, const char *to, const char *speaker, const char *sentAt,
                          qint64 row) {
        ImportMessageRow m = message(QString(), QLatin1String(speaker), sentAt, QLatin1String(key), row);
        m.messageKey = QLatin1String(key);
        m.replyToKey = QLatin1String(to);
        return m;
    };
    // m3 answers m2 which answers m1 (listed last); x2 answers x1, which is not in the file.
    const QList<ImportMessageRow> rows = {
        reply("m3", "m2", "customer", "2026-03-01T09:02:00Z", 1),
        reply("x2", "x1", "agent", "2026-03-01T11:00:00Z", 2),
        reply("m2", "m1", "agent", "2026-03-01T09:01:00Z", 3),
        reply("m1", "", "customer", "2026-03-01T09:00:00Z", 4),
        reply("x3", "x2", "customer", "2026-03-01T11:05:00Z", 5),
    };
    for (const ImportMessageRow &row : rows)
        QVERIFY2(writer.stageMessage(row, &error), qPrintable(error));
    ImportCounts counts;
    QVERIFY2(writer.finishMessages(&counts, &error), qPrintable(error));
    QVERIFY2(writer.commit(counts, &error), qPrintable(error));
    QCOMPARE(counts.conversations, 2);
    QCOMPARE(
        value(m_db,
              QStringLiteral("SELECT group_concat(external_id || ':' || texts, ' ') FROM (SELECT "
                             "c.external_id, (SELECT group_concat(text, ',') FROM (SELECT text FROM messages "
                             "WHERE conversation_id = c.id ORDER BY seq)) AS texts FROM conversations c "
                             "ORDER BY c.external_id)"))
            .toString(),
        QStringLiteral("m1:m1,m2,m3 x2:x2,x3"));
}

void TestImportWriter::linkedTicketsAndMissingTicket()
{
    QCOMPARE(importTickets(batchInfo(), { ticket(QStringLiteral("T1")) }),
             QList<ImportOutcome>({ ImportOutcome::Inserted }));
    ImportWriter writer(m_db);
    QString error;
    QVERIFY2(writer.begin(batchInfo(QStringLiteral("messages")), &error), qPrintable(error));
    QList<ImportMessageRow> rows = {
        message(QStringLiteral("C1"), QStringLiteral("customer"), "2026-03-01T09:00:00Z",
                QStringLiteral("Hi"), 1),
        message(QStringLiteral("C1"), QStringLiteral("agent"), "2026-03-01T09:01:00Z",
                QStringLiteral("Hello"), 2),
        message(QStringLiteral("C2"), QStringLiteral("customer"), "2026-03-01T09:00:00Z",
                QStringLiteral("Hm"), 3),
    };
    rows[0].ticketExternalId = QStringLiteral("T1");
    rows[1].ticketExternalId = QStringLiteral("T1");
    rows[2].ticketExternalId = QStringLiteral("T404");
    for (const ImportMessageRow &row : std::as_const(rows))
        QVERIFY2(writer.stageMessage(row, &error), qPrintable(error));
    ImportCounts counts;
    QList<ImportIssue> issues;
    QVERIFY2(writer.finishMessages(&counts, &error, &issues), qPrintable(error));
    QVERIFY2(writer.commit(counts, &error), qPrintable(error));
    QCOMPARE(counts.inserted, 1);
    QCOMPARE(counts.rejected, 1);
    QCOMPARE(counts.messages, 2);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().row, 3);
    QVERIFY2(issues.first().reason.contains(QStringLiteral("“T404”")), qPrintable(issues.first().reason));
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 1);
    QCOMPARE(value(m_db,
                   QStringLiteral("SELECT t.external_id FROM conversations c JOIN tickets t ON t.id = "
                                  "c.ticket_id"))
                 .toString(),
             QStringLiteral("T1"));
}

void TestImportWriter::storeRulesHoldWithoutSqliteChecks_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("badValue");
    QTest::newRow("platform") << QStringLiteral("platform") << QStringLiteral("ebay");
    QTest::newRow("channel") << QStringLiteral("channel") << QStringLiteral("fax");
    QTest::newRow("type") << QStringLiteral("type") << QStringLiteral("praise");
    QTest::newRow("status") << QStringLiteral("status") << QStringLiteral("Resolved");
    QTest::newRow("priority") << QStringLiteral("priority") << QStringLiteral("p1");
    QTest::newRow("reopen_count") << QStringLiteral("reopen_count") << QStringLiteral("-1");
    QTest::newRow("csat_score") << QStringLiteral("csat_score") << QStringLiteral("6");
    QTest::newRow("agent tier") << QStringLiteral("agent.tier") << QStringLiteral("L9");
    QTest::newRow("agent shift") << QStringLiteral("agent.shift") << QStringLiteral("dawn");
}

void TestImportWriter::storeRulesHoldWithoutSqliteChecks()
{
    // The writer runs a batch with SQLite's CHECK constraints off for speed and enforces them
    // itself; a row that bypasses the mapper's validation must still be refused, not stored.
    QFETCH(QString, field);
    QFETCH(QString, badValue);
    ImportTicketRow bad = ticket(QStringLiteral("BAD"), QStringLiteral("Zoe"));
    if (field == QLatin1String("platform"))
        bad.platform = badValue;
    else if (field == QLatin1String("channel"))
        bad.channel = badValue;
    else if (field == QLatin1String("type"))
        bad.type = badValue;
    else if (field == QLatin1String("status"))
        bad.status = badValue;
    else if (field == QLatin1String("priority"))
        bad.priority = badValue;
    else if (field == QLatin1String("reopen_count"))
        bad.reopenCount = badValue.toInt();
    else if (field == QLatin1String("csat_score"))
        bad.csatScore = badValue.toInt();
    else if (field == QLatin1String("agent.tier"))
        bad.agent.tier = badValue;
    else if (field == QLatin1String("agent.shift"))
        bad.agent.shift = badValue;

    const QList<ImportOutcome> outcomes = importTickets(batchInfo(QStringLiteral("tickets"), ticketFields()),
                                                        { ticket(QStringLiteral("GOOD")), bad });
    QCOMPARE(outcomes, QList<ImportOutcome>({ ImportOutcome::Inserted, ImportOutcome::Rejected }));
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 1);
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM agents WHERE name = 'Zoe'")), 0);

    // After the batch the connection checks again, for everyone else who writes through it.
    QCOMPARE(count(m_db, QStringLiteral("PRAGMA ignore_check_constraints")), 0);
    QSqlQuery direct(m_db);
    QVERIFY(!direct.exec(QStringLiteral("UPDATE tickets SET platform = 'ebay'")));
    QCOMPARE(value(m_db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestImportWriter::rollbackLeavesStoreUnchanged()
{
    QCOMPARE(importTickets(batchInfo(), { ticket(QStringLiteral("T1"), QStringLiteral("Amy")) }),
             QList<ImportOutcome>({ ImportOutcome::Inserted }));
    const QStringList before = contentFingerprint(m_db);
    {
        ImportWriter writer(m_db);
        QString error;
        QVERIFY2(writer.begin(batchInfo(QStringLiteral("tickets"), ticketFields()), &error),
                 qPrintable(error));
        ImportTicketRow changed = ticket(QStringLiteral("T1"), QStringLiteral("Bo"));
        changed.agent.supervisor = QStringLiteral("Li");
        QString reason;
        QCOMPARE(writer.writeTicket(changed, &reason), ImportOutcome::Updated);
        QCOMPARE(writer.writeTicket(ticket(QStringLiteral("T2"), QStringLiteral("Cai")), &reason),
                 ImportOutcome::Inserted);
        QVERIFY(writer.stageMessage(message(QStringLiteral("C1"), QStringLiteral("customer"),
                                            "2026-03-01T09:00:00Z", QStringLiteral("Hi"), 1),
                                    &error));
        ImportCounts counts;
        QVERIFY2(writer.finishMessages(&counts, &error), qPrintable(error));
        // Destroyed without commit(): everything goes.
    }
    QCOMPARE(contentFingerprint(m_db), before);
    QCOMPARE(value(m_db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QVERIFY(value(m_db, QStringLiteral("PRAGMA foreign_key_check")).isNull());
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM import_batches")), 1);
    // The cache the batch raised is back to the store's setting.
    QCOMPARE(count(m_db, QStringLiteral("PRAGMA cache_size")), -32768);
}

void TestImportWriter::secondWriterIsToldTheStoreIsLocked()
{
    StoreOptions options;
    options.path = m_store->path();
    options.busyTimeoutMs = 400;
    StoreError storeError;
    auto other = Store::open(options, &storeError);
    QVERIFY2(other, qPrintable(storeError.message));
    QSqlDatabase otherDb = other->connection();

    ImportWriter first(m_db);
    QString error;
    QVERIFY2(first.begin(batchInfo(), &error), qPrintable(error));
    ImportWriter second(otherDb);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!second.begin(batchInfo(), &error));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(error.contains(QStringLiteral("locked")), qPrintable(error));
    QVERIFY2(error.contains(m_store->path()), qPrintable(error));
    first.rollback();
    // Once the first writer is gone, the second can start.
    QVERIFY2(second.begin(batchInfo(), &error), qPrintable(error));
    second.rollback();
    otherDb = QSqlDatabase();
}

QTEST_GUILESS_MAIN(TestImportWriter)
#include "TestImportWriter.moc"
