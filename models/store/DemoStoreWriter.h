#pragma once

#include "demo/DemoOrganizationBuilder.h"
#include "demo/DemoRows.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class NativeStatement;
class ScopedTransaction;

/**
 * The demo generator's own SQL: reads what the store already holds, then writes teams, agents,
 * QA staff users, tickets, conversations and messages inside one transaction with prepared native statements,
 * and refreshes the planner statistics. (The demo's QA reviews, disputes and calibration go through
 * the QA repositories, inside the same transaction.) Nothing is visible to other connections before commit();
 * destroying the writer without commit() rolls everything back.
 *
 * Threading: use it only on the thread that owns the connection.
 */
class DemoStoreWriter
{
public:
    explicit DemoStoreWriter(QSqlDatabase db);
    ~DemoStoreWriter();
    DemoStoreWriter(const DemoStoreWriter &) = delete;
    DemoStoreWriter &operator=(const DemoStoreWriter &) = delete;

    /** Starts the write transaction (BEGIN IMMEDIATE) and prepares the bulk statements. */
    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();

    /** Sets the default calendar's zone and the team time zone (store_settings). */
    bool setTeamTimeZone(const QString &zoneId, QString *error);
    /** Departments, existing teams and accounts, and the next free ids. */
    bool loadContext(DemoOrganizationContext *context, qint64 *nextTicketId, qint64 *nextConversationId,
                     QString *error);

    bool insertOrganization(const DemoOrganization &organization, QString *error);
    bool insertTicket(const DemoTicketRow &ticket, QString *error);
    bool insertConversation(qint64 id, qint64 ticketId, const std::vector<DemoMessageRow> &messages,
                            QString *error);
    /** Active users who review (qa_reviewer, team_lead, as sampling counts them), by id. */
    bool qaStaff(std::vector<DemoQaStaff> *out, QString *error);
    /** Adds QA staff users (userId and agentId ignored: new users, no agent). */
    bool insertQaStaff(const std::vector<DemoQaStaff> &staff, qint64 createdAt, QString *error);
    /** Builds any indexes deferred for the bulk load, then refreshes the query planner's statistics. */
    bool analyze(QString *error);

private:
    bool exec(const QString &sql, QString *error);
    void restoreChecks();
    bool deferTicketIndexes(QString *error);
    bool buildDeferredIndexes(QString *error);

    QSqlDatabase m_db;
    std::unique_ptr<ScopedTransaction> m_transaction;
    std::unique_ptr<NativeStatement> m_insertTicket;
    std::unique_ptr<NativeStatement> m_insertConversation;
    std::unique_ptr<NativeStatement> m_insertMessage;
    QStringList m_deferredIndexes; // CREATE INDEX statements to run before commit
};
