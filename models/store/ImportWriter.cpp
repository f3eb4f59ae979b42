#include "ImportWriter.h"

#include "ImportWriterChecks.h"
#include "ImportWriterPrivate.h"
#include "NativeStatement.h"
#include "ScopedTransaction.h"
#include "Store.h"
#include "kpi/store/KpiStaleRangeRepository.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

using namespace ImportWriterDetail;

namespace {

// The ticket columns an import writes, in TicketColumn order.
constexpr const char *ticketColumnNames[TicketColumnCount] = {
    "platform",
    "channel",
    "type",
    "category",
    "priority",
    "status",
    "tier",
    "agent_id",
    "team_id",
    "customer_ref",
    "order_id",
    "order_amount_cents",
    "refund_amount_cents",
    "created_at",
    "first_response_at",
    "resolved_at",
    "closed_at",
    "reopen_count",
    "escalated",
    "handle_seconds",
    "sla_policy_id",
    "first_response_due_at",
    "resolution_due_at",
    "csat_score",
    "csat_answered_at",
    "csat_comment",
    "is_inquiry",
    "converted",
    "about_agent_id",
    "tags",
};

// Every stored ticket column, for copying a row into import_ticket_versions.
QString allTicketColumns()
{
    QStringList names = { QStringLiteral("source_system"), QStringLiteral("external_id") };
    for (const char *name : ticketColumnNames)
        names.append(QLatin1String(name));
    names.append(QStringLiteral("import_batch_id"));
    return names.join(QStringLiteral(", "));
}

/** Which ticket columns a batch compares and updates, from the profile's mapped field names. */
std::array<bool, TicketColumnCount> mappedTicketColumns(const QStringList &fields)
{
    std::array<bool, TicketColumnCount> mapped {};
    if (fields.isEmpty()) {
        mapped.fill(true); // no list given: every field is the batch's
        return mapped;
    }
    static const QList<QPair<QString, QList<TicketColumn>>> catalogue = {
        { QStringLiteral("platform"), { Platform } },
        { QStringLiteral("channel"), { Channel } },
        { QStringLiteral("type"), { Type } },
        { QStringLiteral("category"), { Category } },
        { QStringLiteral("priority"), { Priority } },
        { QStringLiteral("status"), { Status } },
        { QStringLiteral("tier"), { Tier } },
        { QStringLiteral("agent"), { AgentId, TeamId } }, // the ticket's team follows its agent
        { QStringLiteral("team"), { TeamId } },
        { QStringLiteral("customer_ref"), { CustomerRef } },
        { QStringLiteral("order_id"), { OrderId } },
        { QStringLiteral("order_amount"), { OrderAmount } },
        { QStringLiteral("refund_amount"), { RefundAmount } },
        // The runner derives the SLA policy and due times from the creation time.
        { QStringLiteral("created_at"), { CreatedAt, SlaPolicyId, FirstResponseDueAt, ResolutionDueAt } },
        { QStringLiteral("first_response_at"), { FirstResponseAt } },
        { QStringLiteral("resolved_at"), { ResolvedAt } },
        { QStringLiteral("closed_at"), { ClosedAt } },
        { QStringLiteral("reopen_count"), { ReopenCount } },
        { QStringLiteral("escalated"), { Escalated } },
        { QStringLiteral("handle_seconds"), { HandleSeconds } },
        { QStringLiteral("csat_score"), { CsatScore } },
        { QStringLiteral("csat_answered_at"), { CsatAnsweredAt } },
        { QStringLiteral("csat_comment"), { CsatComment } },
        { QStringLiteral("is_inquiry"), { IsInquiry } },
        { QStringLiteral("converted"), { Converted } },
        { QStringLiteral("tags"), { Tags } },
        { QStringLiteral("about_agent"), { AboutAgentId } },
    };
    for (const QString &field : fields) {
        // "agent.name", "agent.supervisor", … all describe the ticket's agent.
        const QString key = field.startsWith(QLatin1String("agent.")) ? QStringLiteral("agent") : field;
        for (const auto &entry : catalogue) {
            if (entry.first == key) {
                for (TicketColumn column : entry.second)
                    mapped[column] = true;
            }
        }
    }
    return mapped;
}

Value text(const QString &value)
{
    if (value.isEmpty())
        return {};
    return Value { Value::Text, 0, value.toUtf8() };
}

Value textOr(const QString &value, const char *fallback)
{
    return value.isEmpty() ? Value { Value::Text, 0, QByteArray(fallback) } : text(value);
}

Value integer(qint64 value)
{
    return Value { Value::Int, value, {} };
}

template<typename T> Value optionalInt(const std::optional<T> &value)
{
    return value ? integer(static_cast<qint64>(*value)) : Value {};
}

ImportOutcome noBatch(QString *reason)
{
    fail(reason, ImportWriter::tr("No import batch is open."));
    return ImportOutcome::Failed;
}

Value idOrNull(qint64 id)
{
    return id > 0 ? integer(id) : Value {};
}

} // namespace

void ImportWriterDetail::bindValue(NativeStatement &statement, int index, const Value &value)
{
    switch (value.kind) {
    case Value::Null:
        statement.bindNull(index);
        break;
    case Value::Int:
        statement.bindInt64(index, value.number);
        break;
    case Value::Text:
        statement.bindUtf8(index, value.text);
        break;
    }
}

bool ImportWriterDetail::fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

bool ImportWriter::Private::exec(const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return fail(error, query.lastError().text() + QStringLiteral(" [") + sql + QLatin1Char(']'));
    return true;
}

/**
 * A failed ticket write: the row's fault (a constraint, so the row is rejected) or the store's (the
 * batch fails, told in the words the rest of TeamLens uses for a full disk, a lock, …).
 */
ImportOutcome ImportWriter::Private::writeFailure(const NativeStatement &statement, QString *reason) const
{
    if (isConstraintError()) {
        fail(reason, statement.errorText());
        return ImportOutcome::Rejected;
    }
    const int code = sqlite3_extended_errcode(NativeStatement::handleOf(db));
    const QSqlError sqlError(QString(), statement.errorText(), QSqlError::StatementError,
                             QString::number(code));
    const StoreError storeError = Store::errorFrom(sqlError, db.databaseName());
    fail(reason, storeError.message + QStringLiteral(" (") + statement.errorText() + QLatin1Char(')'));
    return ImportOutcome::Failed;
}

bool ImportWriter::Private::isConstraintError() const
{
    return (sqlite3_errcode(NativeStatement::handleOf(db)) & 0xff) == SQLITE_CONSTRAINT;
}

std::unique_ptr<NativeStatement> ImportWriter::Private::prepare(const QString &sql, QString *error)
{

    auto statement = std::make_unique<NativeStatement>(db, sql);
    if (!statement->isValid()) {
        fail(error, statement->errorText() + QStringLiteral(" [") + sql + QLatin1Char(']'));
        return {};
    }
    return statement;
}

void ImportWriter::Private::finalizeStatements()
{
    findTicket.reset();
    insertTicket.reset();
    saveTicketVersion.reset();
    updateTicket.reset();
    findCsat.reset();
    updateCsat.reset();
    stageMessage.reset();
}

void ImportWriter::Private::restoreConnection()
{
    exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF"), nullptr);
    if (!previousCacheSize.isEmpty()) {
        exec(QStringLiteral("PRAGMA cache_size = %1").arg(previousCacheSize), nullptr);
        previousCacheSize.clear();
    }
}

ImportWriter::ImportWriter(QSqlDatabase db)
    : d(std::make_unique<Private>())
{
    d->db = std::move(db);
}

ImportWriter::~ImportWriter()
{
    rollback();
}

bool ImportWriter::begin(const ImportBatchInfo &info, QString *error)
{
    if (d->transaction)
        return fail(error, tr("An import batch is already open on this connection."));
    d->info = info;
    d->source = info.sourceSystem.toUtf8();
    d->mapped = mappedTicketColumns(info.mappedFields);

    d->transaction = std::make_unique<ScopedTransaction>(d->db);
    if (!d->transaction->isActive()) {
        const StoreError storeError = Store::errorFrom(d->transaction->lastError(), d->db.databaseName());
        d->transaction.reset();
        return fail(error, storeError.message + QLatin1Char(' ') + storeError.detail);
    }

    // A million rows with seven ticket indexes touch far more pages than the default cache
    // holds; 256 MB for the length of the batch keeps the hot index pages in memory.
    {
        QSqlQuery query(d->db);
        if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
            d->previousCacheSize = query.value(0).toString();
    }
    if (!d->exec(QStringLiteral("PRAGMA cache_size = -262144"), error)) {
        rollback();
        return false;
    }
    // SQLite compiles CHECK constraints into each statement, and its `IN (…)` checks build a
    // temporary b-tree on every execution: a third of a ticket insert's cost. The batch therefore
    // runs with checks off and ImportWriterChecks enforces the same rules in C++ before writing.
    // The pragma stays on until the batch ends because changing it expires every prepared statement.
    if (!d->exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"), error)) {
        rollback();
        return false;
    }

    // The batch row is part of the transaction: a process killed mid-import leaves no trace.
    QSqlQuery batch(d->db);
    batch.prepare(QStringLiteral(
        "INSERT INTO import_batches (source_system, file_name, content_hash, profile, user_id, started_at, "
        "status, kind, user_login) VALUES (?, ?, ?, ?, ?, ?, 'running', ?, ?)"));
    batch.addBindValue(info.sourceSystem);
    batch.addBindValue(info.fileName.isEmpty() ? QVariant() : QVariant(info.fileName));
    batch.addBindValue(info.contentHash.isEmpty() ? QVariant() : QVariant(info.contentHash));
    batch.addBindValue(info.profile.isEmpty() ? QVariant() : QVariant(info.profile));
    batch.addBindValue(info.userId > 0 ? QVariant(info.userId) : QVariant());
    batch.addBindValue(info.startedAt);
    batch.addBindValue(info.kind.isEmpty() ? QVariant() : QVariant(info.kind));
    batch.addBindValue(info.userLogin.isEmpty() ? QVariant() : QVariant(info.userLogin));
    if (!batch.exec()) {
        fail(error, batch.lastError().text());
        rollback();
        return false;
    }
    m_batchId = batch.lastInsertId().toLongLong();
    d->batchId = m_batchId;

    if (!d->prepareTicketStatements(error) || !d->loadOrganization(error)) {
        rollback();
        return false;
    }
    return true;
}

bool ImportWriter::Private::prepareTicketStatements(QString *error)
{
    // Parameters: ?1 batch / source, ?2 external id or ticket id, ?(3 + column) the column's value.
    QString differs;
    QString assignments;
    for (int column = 0; column < TicketColumnCount; ++column) {
        if (!mapped[column])
            continue;
        const QLatin1String name(ticketColumnNames[column]);
        differs += QStringLiteral("%1%2 IS NOT ?%3")
                       .arg(differs.isEmpty() ? QString() : QStringLiteral(" OR "), name)
                       .arg(column + 3);
        assignments += QStringLiteral("%1 = ?%2, ").arg(name).arg(column + 3);
    }
    if (differs.isEmpty())
        differs = QStringLiteral("0");
    findTicket
        = prepare(QStringLiteral("SELECT id, %1 FROM tickets WHERE source_system = ?1 AND external_id = ?2")
                      .arg(differs),
                  error);
    if (!findTicket)
        return false;

    QString columns;
    QString values;
    for (int column = 0; column < TicketColumnCount; ++column) {
        columns += QStringLiteral(", ") + QLatin1String(ticketColumnNames[column]);
        values += QStringLiteral(", ?%1").arg(column + 3);
    }
    insertTicket
        = prepare(QStringLiteral("INSERT INTO tickets (import_batch_id, external_id, source_system%1) "
                                 "VALUES (?1, ?2, ?%2%3) ON CONFLICT (source_system, external_id) DO NOTHING")
                      .arg(columns)
                      .arg(TicketColumnCount + 3)
                      .arg(values),
                  error);
    saveTicketVersion
        = prepare(QStringLiteral("INSERT OR IGNORE INTO import_ticket_versions (batch_id, ticket_id, "
                                 "%1) SELECT ?1, id, %1 FROM tickets WHERE id = ?2")
                      .arg(allTicketColumns()),
                  error);
    updateTicket = prepare(
        QStringLiteral("UPDATE tickets SET %1import_batch_id = ?1 WHERE id = ?2").arg(assignments), error);
    if (!insertTicket || !saveTicketVersion || !updateTicket)
        return false;

    // Survey answers: the score always, time and comment when the file has them.
    const QStringList &fields = info.mappedFields;
    const bool csatTime = fields.isEmpty() || fields.contains(QStringLiteral("csat_answered_at"));
    const bool csatComment = fields.isEmpty() || fields.contains(QStringLiteral("csat_comment"));
    QString csatDiffers = QStringLiteral("csat_score IS NOT ?3");
    QString csatSet = QStringLiteral("csat_score = ?3");
    if (csatTime) {
        csatDiffers += QStringLiteral(" OR csat_answered_at IS NOT ?4");
        csatSet += QStringLiteral(", csat_answered_at = ?4");
    }
    if (csatComment) {
        csatDiffers += QStringLiteral(" OR csat_comment IS NOT ?5");
        csatSet += QStringLiteral(", csat_comment = ?5");
    }
    findCsat
        = prepare(QStringLiteral("SELECT id, %1 FROM tickets WHERE source_system = ?1 AND external_id = ?2")
                      .arg(csatDiffers),
                  error);
    updateCsat = prepare(
        QStringLiteral("UPDATE tickets SET %1, import_batch_id = ?1 WHERE id = ?2").arg(csatSet), error);
    return findCsat && updateCsat;
}

bool ImportWriter::Private::ticketValues(const ImportTicketRow &row, TicketValues *values, QString *reason)
{
    lastFailed = false;
    TicketValues &v = *values;
    v[Platform] = text(row.platform);
    v[Channel] = text(row.channel);
    v[Type] = text(row.type);
    v[Category] = text(row.category);
    v[Priority] = textOr(row.priority, "normal");
    v[Status] = text(row.status);
    v[Tier] = textOr(row.tier, "L1"); // the agent's tier replaces the default below
    v[CustomerRef] = text(row.customerRef);
    v[OrderId] = text(row.orderId);
    v[OrderAmount] = optionalInt(row.orderAmountCents);
    v[RefundAmount] = optionalInt(row.refundAmountCents);
    v[CreatedAt] = integer(row.createdAt);
    v[FirstResponseAt] = optionalInt(row.firstResponseAt);
    v[ResolvedAt] = optionalInt(row.resolvedAt);
    v[ClosedAt] = optionalInt(row.closedAt);
    v[ReopenCount] = integer(row.reopenCount.value_or(0));
    v[Escalated] = integer(row.escalated.value_or(false) ? 1 : 0);
    v[HandleSeconds] = optionalInt(row.handleSeconds);
    v[SlaPolicyId] = idOrNull(row.slaPolicyId);
    v[FirstResponseDueAt] = optionalInt(row.firstResponseDueAt);
    v[ResolutionDueAt] = optionalInt(row.resolutionDueAt);
    v[CsatScore] = optionalInt(row.csatScore);
    v[CsatAnsweredAt] = optionalInt(row.csatAnsweredAt);
    v[CsatComment] = text(row.csatComment);
    v[IsInquiry] = integer(row.isInquiry.value_or(false) ? 1 : 0);
    v[Converted] = integer(row.converted.value_or(false) ? 1 : 0);
    v[Tags] = text(row.tags);
    // Checked before the agents are resolved: resolving may create an agent, which a rejected
    // row must not leave behind.
    if (const char *column = violatedTicketCheck(v)) {
        fail(reason, tr("the value of %1 breaks the store's rules").arg(QLatin1String(column)));
        return false;
    }

    const AgentRef *agent = nullptr;
    if (!row.agent.isEmpty()) {
        agent = resolveAgent(row.agent, row.platform, row.createdAt, reason);
        if (!agent)
            return false;
    }
    qint64 teamId = agent ? agent->teamId : 0;
    if (!row.team.isEmpty()) {
        teamId = teamByName(row.team, agent ? agent->departmentId : 0, agent ? agent->tier : QByteArray("L1"),
                            reason);
        if (teamId < 0)
            return false;
    }
    qint64 aboutAgentId = 0;
    if (!row.aboutAgent.isEmpty()) {
        ImportAgentFields about;
        about.name = row.aboutAgent;
        const AgentRef *aboutAgent = resolveAgent(about, row.platform, row.createdAt, reason);
        if (!aboutAgent)
            return false;
        aboutAgentId = aboutAgent->id;
    }
    if (row.tier.isEmpty() && agent)
        v[Tier] = Value { Value::Text, 0, agent->tier };
    v[AgentId] = idOrNull(agent ? agent->id : 0);
    v[TeamId] = idOrNull(teamId);
    v[AboutAgentId] = idOrNull(aboutAgentId);
    return true;
}

/** Binds the batch's mapped ticket columns at 3…; the lookup and the update compare and set only those. */
void ImportWriter::Private::bindMappedColumns(NativeStatement &statement, const TicketValues &values) const
{
    for (int column = 0; column < TicketColumnCount; ++column) {
        if (mapped[column])
            bindValue(statement, column + 3, values[column]);
    }
}

ImportOutcome ImportWriter::Private::storeTicket(const QByteArray &externalId, const TicketValues &values,
                                                 qint64 *ticketId, QString *reason)
{
    // Exports come in runs: a first import is all new tickets, a re-import all known ones. Trying
    // the insert first saves a lookup per new row, looking up first saves a failed insert per
    // known row; the writer guesses from the previous row.
    if (!previousRowExisted) {
        const ImportOutcome inserted = insertIfNew(externalId, values, ticketId, reason);
        if (inserted != ImportOutcome::Unchanged)
            return inserted;
    }
    qint64 id = 0;
    bool differs = false;
    if (!findExisting(externalId, values, &id, &differs, reason))
        return ImportOutcome::Failed;
    previousRowExisted = id != 0;
    if (id == 0)
        return insertIfNew(externalId, values, ticketId, reason);
    if (ticketId)
        *ticketId = id;
    if (!differs)
        return ImportOutcome::Unchanged;
    if (!saveVersion(id, reason))
        return ImportOutcome::Failed;
    NativeStatement &update = *updateTicket;
    update.bindInt64(1, batchId);
    update.bindInt64(2, id);
    bindMappedColumns(update, values);
    if (!update.execute())
        return writeFailure(update, reason);
    if (mapped[CreatedAt])
        touchCreated(values[CreatedAt]);
    return ImportOutcome::Updated;
}

/** Inserts the ticket unless its key exists; Unchanged here means "exists, not written". */
ImportOutcome ImportWriter::Private::insertIfNew(const QByteArray &externalId, const TicketValues &values,
                                                 qint64 *ticketId, QString *reason)
{
    NativeStatement &insert = *insertTicket;
    insert.bindInt64(1, batchId);
    insert.bindUtf8(2, externalId);
    insert.bindUtf8(TicketColumnCount + 3, source);
    for (int column = 0; column < TicketColumnCount; ++column)
        bindValue(insert, column + 3, values[column]);
    if (!insert.execute())
        return writeFailure(insert, reason);
    sqlite3 *handle = NativeStatement::handleOf(db);
    previousRowExisted = sqlite3_changes(handle) == 0;
    if (previousRowExisted)
        return ImportOutcome::Unchanged;
    touchCreated(values[CreatedAt]);
    if (ticketId)
        *ticketId = sqlite3_last_insert_rowid(handle);
    return ImportOutcome::Inserted;
}

/** Looks the ticket up by key: its id (0 when absent) and whether a mapped column differs. */
bool ImportWriter::Private::findExisting(const QByteArray &externalId, const TicketValues &values, qint64 *id,
                                         bool *differs, QString *reason)
{
    NativeStatement &find = *findTicket;
    find.bindUtf8(1, source);
    find.bindUtf8(2, externalId);
    bindMappedColumns(find, values);
    const bool found = find.step();
    const QString findError = found ? QString() : find.errorText();
    *id = found ? find.columnInt64(0) : 0;
    *differs = found && find.columnInt64(1) != 0;
    find.reset();
    return findError.isEmpty() || fail(reason, findError);
}

/**
 * Records the creation-time range of every ticket the batch wrote, old and new values, so the KPI
 * aggregates of those days are rebuilt before anyone reads them (KpiAggregateRefresher). Inside
 * the batch's transaction: the range exists exactly when the batch does.
 */
bool ImportWriter::Private::recordStaleKpiRange(QString *error)
{
    QSqlQuery previous(db);
    previous.prepare(QStringLiteral(
        "SELECT min(created_at), max(created_at) FROM import_ticket_versions WHERE batch_id = ?"));
    previous.addBindValue(batchId);
    if (!previous.exec() || !previous.next())
        return fail(error, previous.lastError().text());
    if (!previous.isNull(0)) {
        touchCreated(integer(previous.value(0).toLongLong()));
        touchCreated(integer(previous.value(1).toLongLong()));
    }
    previous.finish();
    // Conversations the batch wrote change their tickets' message counts (kpi_agent_day's msg_*
    // columns) even when the tickets themselves are untouched; a transcript moved to another
    // ticket changes its previous ticket's day too.
    QSqlQuery conversations(db);
    conversations.prepare(
        QStringLiteral("SELECT min(created_at), max(created_at) FROM tickets WHERE id IN ("
                       "SELECT ticket_id FROM conversations WHERE import_batch_id = ? "
                       "UNION SELECT previous_ticket_id FROM import_replaced_messages WHERE batch_id = ?)"));
    conversations.addBindValue(batchId);
    conversations.addBindValue(batchId);
    if (!conversations.exec() || !conversations.next())
        return fail(error, conversations.lastError().text());
    if (!conversations.isNull(0)) {
        touchCreated(integer(conversations.value(0).toLongLong()));
        touchCreated(integer(conversations.value(1).toLongLong()));
    }
    conversations.finish();
    if (touchedFrom > touchedTo)
        return true;
    return KpiStaleRangeRepository(db).record(touchedFrom, touchedTo,
                                              QStringLiteral("import batch %1").arg(batchId), error);
}

bool ImportWriter::Private::saveVersion(qint64 ticketId, QString *error)
{
    // INSERT OR IGNORE: a ticket changed twice in one batch keeps the values from before the batch.
    saveTicketVersion->bindInt64(1, batchId);
    saveTicketVersion->bindInt64(2, ticketId);
    if (!saveTicketVersion->execute())
        return fail(error, saveTicketVersion->errorText());
    return true;
}

ImportOutcome ImportWriter::writeTicket(const ImportTicketRow &row, QString *reason)
{
    if (!d->transaction)
        return noBatch(reason);
    if (row.externalId.isEmpty()) {
        fail(reason, tr("The ticket has no external id."));
        return ImportOutcome::Rejected;
    }
    TicketValues values;
    if (!d->ticketValues(row, &values, reason))
        return d->lastFailed ? ImportOutcome::Failed : ImportOutcome::Rejected;
    return d->storeTicket(row.externalId.toUtf8(), values, nullptr, reason);
}

ImportOutcome ImportWriter::writeCsat(const ImportCsatRow &row, QString *reason)
{
    if (!d->transaction)
        return noBatch(reason);
    NativeStatement &find = *d->findCsat;
    const QByteArray externalId = row.ticketExternalId.toUtf8();
    const Value answeredAt = optionalInt(row.csatAnsweredAt);
    const Value comment = text(row.csatComment);
    find.bindUtf8(1, d->source);
    find.bindUtf8(2, externalId);
    find.bindInt64(3, row.csatScore);
    bindValue(find, 4, answeredAt);
    bindValue(find, 5, comment);
    if (!find.step()) {
        const QString findError = find.errorText();
        find.reset();
        if (!findError.isEmpty()) {
            fail(reason, findError);
            return ImportOutcome::Failed;
        }
        fail(reason,
             tr("no ticket “%1” from %2 in the store").arg(row.ticketExternalId, d->info.sourceSystem));
        return ImportOutcome::Rejected;
    }
    const qint64 id = find.columnInt64(0);
    const bool differs = find.columnInt64(1) != 0;
    find.reset();
    if (!differs)
        return ImportOutcome::Unchanged;
    if (!d->saveVersion(id, reason))
        return ImportOutcome::Failed;
    NativeStatement &update = *d->updateCsat;
    update.bindInt64(1, d->batchId);
    update.bindInt64(2, id);
    update.bindInt64(3, row.csatScore);
    bindValue(update, 4, answeredAt);
    bindValue(update, 5, comment);
    if (!update.execute()) {
        fail(reason, update.errorText());
        return d->isConstraintError() ? ImportOutcome::Rejected : ImportOutcome::Failed;
    }
    return ImportOutcome::Updated;
}

qint64 ImportWriter::agentsCreated() const
{
    return d->agentsCreated;
}

qint64 ImportWriter::teamsCreated() const
{
    return d->teamsCreated;
}

bool ImportWriter::commit(const ImportCounts &counts, QString *error)
{
    if (!d->transaction)
        return fail(error, tr("No import batch is open."));
    d->finalizeStatements();
    d->exec(QStringLiteral("DROP TABLE IF EXISTS temp.import_staged_messages"), nullptr);
    if (!d->recordStaleKpiRange(error)) {
        rollback();
        return false;
    }
    QSqlQuery stamp(d->db);
    stamp.prepare(QStringLiteral(
        "UPDATE import_batches SET status = 'committed', finished_at = ?, rows_read = ?, rows_imported = ?, "
        "rows_updated = ?, rows_unchanged = ?, rows_rejected = ?, rows_skipped = ?, "
        "content_hash = coalesce(?, content_hash) WHERE id = ?"));
    stamp.addBindValue(QDateTime::currentSecsSinceEpoch());
    stamp.addBindValue(counts.read);
    stamp.addBindValue(counts.inserted);
    stamp.addBindValue(counts.updated);
    stamp.addBindValue(counts.unchanged);
    stamp.addBindValue(counts.rejected);
    stamp.addBindValue(counts.skipped);
    stamp.addBindValue(m_contentHash.isEmpty() ? QVariant() : QVariant(m_contentHash));
    stamp.addBindValue(m_batchId);
    if (!stamp.exec()) {
        fail(error, stamp.lastError().text());
        rollback();
        return false;
    }
    stamp.finish();
    d->restoreConnection();
    const bool committed = d->transaction->commit();
    if (!committed) {
        const StoreError storeError = Store::errorFrom(d->transaction->lastError(), d->db.databaseName());
        fail(error, storeError.message + QLatin1Char(' ') + storeError.detail);
    }
    d->transaction.reset();
    return committed;
}

void ImportWriter::rollback()
{
    if (!d)
        return;
    // Statements are finalised first: a rollback with statements still stepping is refused.
    d->finalizeStatements();
    if (d->transaction) {
        d->transaction->rollback();
        d->transaction.reset();
    }
    d->restoreConnection();
}
