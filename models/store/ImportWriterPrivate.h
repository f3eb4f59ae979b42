#pragma once

#include <limits>

// Internal to ImportWriter*.cpp: the writer's state, shared by its ticket, agent and message parts.

#include "ImportWriter.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <deque>
#include <memory>

class NativeStatement;
class ScopedTransaction;

namespace ImportWriterDetail {

/** The ticket columns an import writes (besides the key and the batch), in statement order. */
enum TicketColumn {
    Platform,
    Channel,
    Type,
    Category,
    Priority,
    Status,
    Tier,
    AgentId,
    TeamId,
    CustomerRef,
    OrderId,
    OrderAmount,
    RefundAmount,
    CreatedAt,
    FirstResponseAt,
    ResolvedAt,
    ClosedAt,
    ReopenCount,
    Escalated,
    HandleSeconds,
    SlaPolicyId,
    FirstResponseDueAt,
    ResolutionDueAt,
    CsatScore,
    CsatAnsweredAt,
    CsatComment,
    IsInquiry,
    Converted,
    AboutAgentId,
    Tags,
    TicketColumnCount
};

/** One value to bind, without QVariant's allocation and type dispatch. */
struct Value
{
    enum Kind : quint8 { Null, Int, Text };
    Kind kind = Null;
    qint64 number = 0;
    QByteArray text;
};

using TicketValues = std::array<Value, TicketColumnCount>;

/** What the writer keeps of an agent: enough to fill a ticket's agent, team and tier. */
struct AgentRef
{
    qint64 id = 0;
    qint64 teamId = 0;
    qint64 departmentId = 0;
    QByteArray tier;
};

void bindValue(NativeStatement &statement, int index, const Value &value);
bool fail(QString *error, const QString &text);

} // namespace ImportWriterDetail

struct ImportWriter::Private
{
    Q_DECLARE_TR_FUNCTIONS(ImportWriter)

public:
    QSqlDatabase db;
    std::unique_ptr<ScopedTransaction> transaction;
    ImportBatchInfo info;
    QByteArray source;
    qint64 batchId = 0;
    std::array<bool, ImportWriterDetail::TicketColumnCount> mapped {};
    QString previousCacheSize;
    bool lastFailed = false; // the last rejection was an SQL failure, not the row's fault
    bool previousRowExisted = false; // see storeTicket
    // Creation times of the tickets the batch wrote, for the KPI aggregates' stale range.
    qint64 touchedFrom = std::numeric_limits<qint64>::max();
    qint64 touchedTo = std::numeric_limits<qint64>::min();
    qint64 agentsCreated = 0;
    qint64 teamsCreated = 0;

    std::unique_ptr<NativeStatement> findTicket, insertTicket, saveTicketVersion, updateTicket;
    std::unique_ptr<NativeStatement> findCsat, updateCsat;
    std::unique_ptr<NativeStatement> stageMessage;

    // Organisation, loaded once per batch so rows never query for their agent.
    QHash<QString, qint64> departmentByCode, departmentByName;
    QHash<QString, qint64> teamByKey; // "<department id>/<name>" → id
    QHash<QString, qint64> teamIdByName; // name → id, or -1 when several departments have it
    QHash<qint64, qint64> teamDepartment; // team id → department id
    std::deque<ImportWriterDetail::AgentRef> agents; // stable addresses for the lookups below
    QHash<qint64, ImportWriterDetail::AgentRef *> agentById;
    QHash<QString, ImportWriterDetail::AgentRef *> agentByExternalId; // agents of this batch's source system
    QHash<QString, ImportWriterDetail::AgentRef *> agentByAccount; // "<platform>\x1f<account>"
    QHash<QString, ImportWriterDetail::AgentRef *> agentByName; // null when the name is not unique

    bool exec(const QString &sql, QString *error);
    bool isConstraintError() const;
    ImportOutcome writeFailure(const NativeStatement &statement, QString *reason) const;
    std::unique_ptr<NativeStatement> prepare(const QString &sql, QString *error);
    void finalizeStatements();
    void restoreConnection();

    // Tickets (ImportWriter.cpp)
    bool prepareTicketStatements(QString *error);
    ImportOutcome insertIfNew(const QByteArray &externalId, const ImportWriterDetail::TicketValues &values,
                              qint64 *ticketId, QString *reason);
    bool findExisting(const QByteArray &externalId, const ImportWriterDetail::TicketValues &values,
                      qint64 *id, bool *differs, QString *reason);
    void touchCreated(const ImportWriterDetail::Value &createdAt)
    {
        if (createdAt.kind != ImportWriterDetail::Value::Int)
            return;
        touchedFrom = std::min(touchedFrom, createdAt.number);
        touchedTo = std::max(touchedTo, createdAt.number);
    }
    bool recordStaleKpiRange(QString *error);
    bool ticketValues(const ImportTicketRow &row, ImportWriterDetail::TicketValues *values, QString *reason);
    void bindMappedColumns(NativeStatement &statement, const ImportWriterDetail::TicketValues &values) const;
    ImportOutcome storeTicket(const QByteArray &externalId, const ImportWriterDetail::TicketValues &values,
                              qint64 *ticketId, QString *reason);
    bool saveVersion(qint64 ticketId, QString *error);

    // Agents and teams (ImportWriterAgents.cpp)
    bool loadOrganization(QString *error);
    ImportWriterDetail::AgentRef *findAgent(const ImportAgentFields &agent, const QString &platform);
    /** Finds or (by the batch's policy) creates the agent; null with *reason when rejected. */
    /** baseTime: the ticket's creation (UTC epoch seconds); its day anchors an estimated hire date. */
    const ImportWriterDetail::AgentRef *resolveAgent(const ImportAgentFields &agent, const QString &platform,
                                                     qint64 baseTime, QString *reason);
    ImportWriterDetail::AgentRef *createAgent(const ImportAgentFields &agent, QDate baseDate,
                                              QString *reason);
    /** The agent's team from department/manager/supervisor/team (creating teams); 0 = none, -1 = rejected. */
    qint64 teamStructure(const ImportAgentFields &agent, qint64 *departmentId, QString *reason);
    qint64 departmentOf(const QString &codeOrName, QString *reason);
    qint64 team(qint64 departmentId, const QString &name, qint64 parentId, const QString &leader,
                const QByteArray &tier, QString *reason);
    qint64 teamByName(const QString &name, qint64 departmentId, const QByteArray &tier, QString *reason);
    void remember(const ImportWriterDetail::AgentRef &agent, const QString &name, const QString &externalId,
                  const QMap<QString, QString> &accounts);
    bool addAccounts(qint64 agentId, const QMap<QString, QString> &accounts, bool *added, QString *error);
    ImportOutcome writeAgent(const ImportAgentRow &row, QString *reason);

    // Messages (ImportWriterMessages.cpp)
    bool prepareMessages(QString *error);
    bool stage(const ImportMessageRow &row, QString *error);
    bool finishMessages(ImportCounts *counts, QList<ImportIssue> *issues, QString *error);
};
