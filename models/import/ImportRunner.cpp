#include "ImportRunner.h"

#include "FileHash.h"
#include "ImportRecordPipeline.h"
#include "ImportSource.h"
#include "RecordMapper.h"
#include "RejectWriter.h"
#include "domain/Vocabulary.h"
#include "services/ServiceContext.h"
#include "services/SlaService.h"
#include "store/ImportHistoryRepository.h"
#include "store/Store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>

#include <future>

Q_LOGGING_CATEGORY(lcImport, "teamlens.import")

namespace {

/** SHA-256 of the file, computed on another thread while the import reads the same file. */
std::future<QString> hashFileAsync(const QString &path)
{
    return std::async(std::launch::async, [path] { return FileHash::sha256Hex(path); });
}

/** Fills a ticket row's SLA policy and due times from the store's policies. */
class SlaStamper
{
public:
    explicit SlaStamper(SlaPolicySet policies)
        : m_policies(std::move(policies))
    {
    }

    void stamp(ImportTicketRow *row) const
    {
        const auto platform = Vocabulary::fromCode<Platform>(row->platform);
        const auto type = Vocabulary::fromCode<TicketType>(row->type);
        const auto priority = row->priority.isEmpty() ? std::optional<Priority>(Priority::Normal)
                                                      : Vocabulary::fromCode<Priority>(row->priority);
        if (!platform || !type || !priority)
            return;
        const SlaDueTimes due = m_policies.dueTimes(*platform, *type, *priority, row->createdAt);
        row->slaPolicyId = due.policyId;
        if (due.firstResponseDue >= 0)
            row->firstResponseDueAt = due.firstResponseDue;
        if (due.resolutionDue >= 0)
            row->resolutionDueAt = due.resolutionDue;
    }

private:
    SlaPolicySet m_policies;
};

/** Collects issues for the result: every one counted by reason, the first few kept whole. */
class IssueCollector
{
public:
    explicit IssueCollector(ImportResult *result, int kept)
        : m_result(result)
        , m_kept(kept)
    {
    }

    void add(const ImportIssue &issue)
    {
        if (m_result->issues.size() < m_kept)
            m_result->issues.append(issue);
        // Reasons name values ("“Compliant” is not a ticket type"), so count by the generic part:
        // the reason without its quoted value keeps the summary short.
        ++m_result->reasons[summaryKey(issue)];
    }

private:
    static QString summaryKey(const ImportIssue &issue)
    {
        QString key = issue.reason;
        if (!issue.value.isEmpty())
            key.replace(issue.value, QStringLiteral("…"));
        return issue.column.isEmpty() ? key : issue.column + QStringLiteral(": ") + key;
    }

    ImportResult *m_result;
    int m_kept;
};

ImportRowOrigin originOf(const MappedRecord &mapped, ImportKind kind)
{
    switch (kind) {
    case ImportKind::Tickets:
        return mapped.ticket.origin;
    case ImportKind::Agents:
        return mapped.agent.origin;
    case ImportKind::Csat:
        return mapped.csat.origin;
    case ImportKind::Messages:
        break;
    }
    return mapped.messages.isEmpty() ? ImportRowOrigin() : mapped.messages.constFirst().origin;
}

QString kindOf(const ImportProfile &profile)
{
    return ImportProfile::kindCode(profile.kind);
}

} // namespace

ImportRunner::ImportRunner(const Store &store, ActingUser user, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_user(std::move(user))
{
}

ImportResult ImportRunner::run(const ImportRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    ImportResult result;
    const ImportProfile &profile = request.profile;
    auto fail = [&](const QString &message) {
        result.error = message;
        result.seconds = timer.elapsed() / 1000.0;
        return result;
    };

    QString error;
    if (!profile.validate(&error))
        return fail(tr("The profile “%1” is not usable: %2").arg(profile.name, error));
    std::unique_ptr<ImportSource> source = ImportSource::open(request.sourcePath, profile.file, &error);
    if (!source)
        return fail(error);
    result.encoding = source->encodingName();
    result.separator = source->separatorName();
    std::future<QString> contentHash = hashFileAsync(request.sourcePath);

    RecordMapper mapper(profile);
    if (!mapper.prepare(source->header(), &error))
        return fail(tr("%1 does not fit the profile “%2”: %3")
                        .arg(QFileInfo(request.sourcePath).fileName(), profile.name, error));

    const ServiceContext context(m_store, m_user);
    SlaPolicySet policies;
    if (profile.kind == ImportKind::Tickets && !SlaService(context).loadPolicies(&policies, &error))
        return fail(error);
    const SlaStamper sla(policies);

    RejectWriter rejects(request.rejectPath);
    const bool writeRejects = !request.rejectPath.isEmpty();
    if (writeRejects && !rejects.open(source->header(), &error))
        return fail(error);

    ImportBatchInfo info;
    info.kind = kindOf(profile);
    info.sourceSystem = profile.sourceSystem;
    info.fileName = QFileInfo(request.sourcePath).fileName();
    info.profile = profile.name;
    info.userId = m_user.userId;
    info.userLogin = m_user.login;
    info.startedAt = QDateTime::currentSecsSinceEpoch();
    info.createUnknownAgents = profile.unknownAgents == UnknownAgentPolicy::Create;
    info.mappedFields = mapper.mappedFields();
    for (auto it = profile.fields.cbegin(); it != profile.fields.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("ticket.")) && !it->value.isEmpty())
            info.conversationTicketDefaults.insert(it.key().mid(7), it->value);
    }

    ImportWriter writer(m_store.connection());
    if (!writer.begin(info, &error))
        return fail(error);
    result.batchId = writer.batchId();

    IssueCollector issues(&result, request.keptIssues);
    ImportCounts &counts = result.counts;
    auto reject = [&](const PipelineRecord &record, const QList<ImportIssue> &rowIssues) {
        ++counts.rejected;
        for (const ImportIssue &issue : rowIssues)
            issues.add(issue);
        if (writeRejects && !rejects.write(record.fields, rowIssues, &error))
            return false;
        return true;
    };

    ImportRecordPipeline pipeline(*source, mapper);
    if (profile.kind == ImportKind::Tickets) {
        // ImportWriter::prepareTicket could run here too, but measured as a loss: the reading
        // thread spent more on making and freeing the prepared values than the writing thread saved.
        pipeline.setFinisher([&sla](MappedRecord &mapped) {
            if (mapped.state == MappedRecord::State::Ok)
                sla.stamp(&mapped.ticket);
        });
    }
    pipeline.start();
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    std::vector<PipelineRecord> chunk;
    QString reason;
    bool failed = false;
    while (!failed && pipeline.next(&chunk)) {
        if (m_cancelRequested)
            break;
        for (PipelineRecord &record : chunk) {
            MappedRecord &mapped = record.mapped;
            ++counts.read;
            if (mapped.state == MappedRecord::State::Skipped) {
                ++counts.skipped;
                continue;
            }
            if (mapped.state == MappedRecord::State::Rejected) {
                if (!reject(record, mapped.issues)) {
                    failed = true;
                    break;
                }
                continue;
            }
            ImportOutcome outcome = ImportOutcome::Inserted;
            reason.clear();
            switch (profile.kind) {
            case ImportKind::Tickets:
                outcome = writer.writeTicket(mapped.ticket, &reason);
                break;
            case ImportKind::Agents:
                outcome = writer.writeAgent(mapped.agent, &reason);
                break;
            case ImportKind::Csat:
                outcome = writer.writeCsat(mapped.csat, &reason);
                break;
            case ImportKind::Messages:
                // Messages become conversations only at the end; outcomes are counted per conversation.
                for (const ImportMessageRow &message : std::as_const(mapped.messages)) {
                    if (!writer.stageMessage(message, &reason)) {
                        outcome = ImportOutcome::Failed;
                        break;
                    }
                }
                if (outcome != ImportOutcome::Failed)
                    continue;
                break;
            }
            switch (outcome) {
            case ImportOutcome::Inserted:
                ++counts.inserted;
                break;
            case ImportOutcome::Updated:
                ++counts.updated;
                break;
            case ImportOutcome::Unchanged:
                ++counts.unchanged;
                break;
            case ImportOutcome::Rejected: {
                ImportIssue rowIssue;
                const ImportRowOrigin origin = originOf(mapped, profile.kind);
                rowIssue.row = origin.row;
                rowIssue.line = origin.line;
                rowIssue.reason = reason;
                if (!reject(record, { rowIssue }))
                    failed = true;
                break;
            }
            case ImportOutcome::Failed:
                error = reason;
                failed = true;
                break;
            }
            if (failed)
                break;
        }
        if (sinceProgress.elapsed() >= 50) {
            sinceProgress.restart();
            emit progress(pipeline.progress(), counts.read);
        }
    }
    pipeline.stop();

    auto abandon = [&](const QString &message) {
        writer.rollback();
        rejects.discard();
        return fail(message);
    };
    if (m_cancelRequested) {
        writer.rollback();
        rejects.discard();
        result.cancelled = true;
        result.seconds = timer.elapsed() / 1000.0;
        return result;
    }
    if (failed)
        return abandon(error);
    if (const QString sourceError = pipeline.sourceError(); !sourceError.isEmpty())
        return abandon(
            tr("Reading %1 failed: %2").arg(QFileInfo(request.sourcePath).fileName(), sourceError));
    if (profile.kind == ImportKind::Messages && !writer.finishMessages(&counts, &error))
        return abandon(error);
    counts.agentsCreated = writer.agentsCreated();
    counts.teamsCreated = writer.teamsCreated();
    emit progress(1.0, counts.read);

    if (writeRejects && rejects.rowsWritten() > 0) {
        if (!rejects.commit(&error))
            return abandon(error);
        result.rejectPath = rejects.path();
    } else {
        rejects.discard();
    }

    const QString hash = contentHash.get();
    const bool rejectBatch = request.mode == ImportMode::AllOrNothing && counts.rejected > 0;
    if (request.mode == ImportMode::DryRun || rejectBatch) {
        writer.rollback();
        result.batchRejected = rejectBatch;
        if (rejectBatch) {
            // The attempt is part of the history even though it changed nothing.
            ImportBatchRecord record;
            record.kind = info.kind;
            record.sourceSystem = info.sourceSystem;
            record.fileName = info.fileName;
            record.contentHash = hash;
            record.profile = info.profile;
            record.userLogin = info.userLogin;
            record.startedAt = info.startedAt;
            record.finishedAt = QDateTime::currentSecsSinceEpoch();
            record.status = QStringLiteral("rejected");
            record.rowsRead = counts.read;
            record.rowsRejected = counts.rejected;
            if (!ImportHistoryRepository(m_store.connection()).recordRejected(record, &error))
                qCWarning(lcImport) << "could not record the rejected batch:" << error;
        }
        result.batchId = 0;
        result.ok = true;
        result.seconds = timer.elapsed() / 1000.0;
        return result;
    }
    writer.setContentHash(hash);
    if (!writer.commit(counts, &error))
        return abandon(error);
    result.committed = true;
    result.ok = true;
    result.seconds = timer.elapsed() / 1000.0;
    return result;
}
