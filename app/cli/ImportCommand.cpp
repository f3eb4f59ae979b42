#include "ImportCommand.h"

#include "CommandArguments.h"

#include "import/ImportProfileLibrary.h"
#include "import/ImportRunner.h"
#include "import/RejectWriter.h"
#include "services/ImportService.h"
#include "services/ServiceContext.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace {

QString operatorLogin()
{
    const QString login = qEnvironmentVariable("USER");
    return login.isEmpty() ? QStringLiteral("cli") : login;
}

QString statusOf(const ImportResult &result, bool dryRun)
{
    if (result.cancelled)
        return QStringLiteral("cancelled");
    if (!result.ok)
        return QStringLiteral("failed");
    if (result.batchRejected)
        return QStringLiteral("rejected");
    return dryRun ? QStringLiteral("dry-run") : QStringLiteral("committed");
}

/** Reasons, most frequent first, so the summary leads with what to fix. */
QList<QPair<QString, qint64>> sortedReasons(const ImportResult &result)
{
    QList<QPair<QString, qint64>> reasons;
    for (auto it = result.reasons.cbegin(); it != result.reasons.cend(); ++it)
        reasons.append({ it.key(), it.value() });
    std::stable_sort(reasons.begin(), reasons.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    return reasons;
}

} // namespace

QString ImportCommand::summary() const
{
    return tr("import tickets, agents, conversations or CSAT answers from CSV/TSV/XLSX");
}

int ImportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Imports SOURCE (CSV, TSV or XLSX) into the store with a saved profile or a mapping file.\n"
        "Every row is validated. By default a file with bad rows is rejected as a whole; with "
        "--skip-bad-rows "
        "the good rows are imported. Bad rows are written to a reject file beside SOURCE. A batch commits "
        "whole or not at all; importing the same file again changes nothing.\n"
        "Exit codes: 0 imported (or importable, for --dry-run), 1 rejected or failed, 2 wrong arguments."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The store file (created if missing)."),
                                      tr("FILE"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), tr("A saved or built-in profile."),
                                           tr("NAME"));
    const QCommandLineOption mappingOption(QStringLiteral("mapping"), tr("A profile file (JSON)."),
                                           tr("FILE.json"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          tr("Validate and count everything, change nothing."));
    const QCommandLineOption rejectOption(QStringLiteral("reject-file"),
                                          tr("Where to write rejected rows (default: beside SOURCE)."),
                                          tr("PATH"));
    const QCommandLineOption skipBadOption(QStringLiteral("skip-bad-rows"),
                                           tr("Import the good rows of a file that has bad ones."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the summary as JSON."));
    const QCommandLineOption progressOption(QStringLiteral("progress"),
                                            tr("Report progress on standard error while importing."));
    const QCommandLineOption profilesDirOption(
        QStringLiteral("profiles-dir"), tr("Folder of saved profiles (default: the user's)."), tr("DIR"));
    const QCommandLineOption listOption(QStringLiteral("list-profiles"), tr("List the available profiles."));
    const QCommandLineOption historyOption(QStringLiteral("history"), tr("List the store's import batches."));
    const QCommandLineOption undoOption(QStringLiteral("undo"), tr("Undo an import batch."), tr("BATCH"));
    parser.addOptions({ dbOption, profileOption, mappingOption, dryRunOption, rejectOption, skipBadOption,
                        jsonOption, progressOption, profilesDirOption, listOption, historyOption,
                        undoOption });
    parser.addPositionalArgument(QStringLiteral("SOURCE"), tr("The file to import."));
    CommandArguments command(name(), &parser, out, err);
    if (const auto done = command.parse(
            arguments, CommandArguments::Positional::Taken,
            tr("Usage: teamlens import --db FILE (--profile NAME | --mapping FILE.json) [--dry-run] "
               "[--reject-file PATH] [--skip-bad-rows] [--json] [--progress] SOURCE\n"
               "       teamlens import --list-profiles\n"
               "       teamlens import --db FILE --history | --undo BATCH")))
        return *done;
    const QStringList positional = command.positional();

    const ImportProfileLibrary library(parser.value(profilesDirOption));
    if (parser.isSet(listOption)) {
        for (const QString &profileName : library.names()) {
            ImportProfile profile;
            QString error;
            if (library.load(profileName, &profile, &error))
                out << profileName << '\t' << ImportProfile::kindCode(profile.kind) << '\t'
                    << (library.isBuiltIn(profileName) ? tr("built-in") : tr("saved")) << '\t'
                    << profile.title << Qt::endl;
            else
                out << profileName << '\t' << tr("unreadable: %1").arg(error) << Qt::endl;
        }
        return ExitOk;
    }

    if (!parser.isSet(dbOption) || parser.value(dbOption).isEmpty())
        return command.usage(tr("--db FILE is required."));
    const bool listHistory = parser.isSet(historyOption);
    const bool undo = parser.isSet(undoOption);
    if (!listHistory && !undo) {
        if (parser.isSet(profileOption) == parser.isSet(mappingOption))
            return command.usage(tr("give exactly one of --profile NAME and --mapping FILE.json."));
        if (positional.size() != 1)
            return command.usage(tr("give exactly one SOURCE file."));
    }

    StoreOptions storeOptions;
    storeOptions.path = QFileInfo(parser.value(dbOption)).absoluteFilePath();
    storeOptions.createIfMissing = !listHistory && !undo && !parser.isSet(dryRunOption);
    StoreError storeError;
    const auto store = Store::open(storeOptions, &storeError);
    if (!store) {
        err << storeError.message << Qt::endl;
        return ExitFailure;
    }
    const ServiceContext context(*store, ActingUser::localOperator(operatorLogin()));
    const ImportService service(context);
    QString error;

    if (listHistory) {
        QList<ImportBatchRecord> batches;
        if (!service.history(&batches, &error)) {
            err << error << Qt::endl;
            return ExitFailure;
        }
        out << "batch\tstarted\tstatus\tfile\tprofile\tuser\tread\tnew\tupdated\tunchanged\trejected"
            << Qt::endl;
        for (const ImportBatchRecord &batch : std::as_const(batches)) {
            out << batch.id << '\t' << QDateTime::fromSecsSinceEpoch(batch.startedAt).toString(Qt::ISODate)
                << '\t' << batch.status << '\t' << batch.fileName << '\t' << batch.profile << '\t'
                << batch.userLogin << '\t' << batch.rowsRead << '\t' << batch.rowsImported << '\t'
                << batch.rowsUpdated << '\t' << batch.rowsUnchanged << '\t' << batch.rowsRejected << Qt::endl;
        }
        store->releaseThreadConnection();
        return ExitOk;
    }
    if (undo) {
        bool ok = false;
        const qint64 batchId = parser.value(undoOption).toLongLong(&ok);
        if (!ok || batchId <= 0)
            return command.usage(tr("--undo needs a batch number (see --history)."));
        const bool undone = service.undo(batchId, &error);
        store->releaseThreadConnection();
        if (!undone) {
            err << error << Qt::endl;
            return ExitFailure;
        }
        out << tr("Batch %1 was undone.").arg(batchId) << Qt::endl;
        return ExitOk;
    }

    ImportRequest request;
    request.sourcePath = QFileInfo(positional.constFirst()).absoluteFilePath();
    if (!QFileInfo(request.sourcePath).isFile()) {
        err << tr("teamlens import: %1 does not exist or is not a file.")
                   .arg(QDir::toNativeSeparators(request.sourcePath))
            << Qt::endl;
        return ExitFailure;
    }
    const bool loaded = parser.isSet(profileOption)
        ? library.load(parser.value(profileOption), &request.profile, &error)
        : ImportProfileLibrary::loadFile(parser.value(mappingOption), &request.profile, &error);
    if (!loaded) {
        err << error << Qt::endl;
        return ExitFailure;
    }
    const bool dryRun = parser.isSet(dryRunOption);
    request.mode = dryRun             ? ImportMode::DryRun
        : parser.isSet(skipBadOption) ? ImportMode::ImportGoodRows
                                      : ImportMode::AllOrNothing;
    request.rejectPath = parser.isSet(rejectOption) ? parser.value(rejectOption)
                                                    : RejectWriter::defaultPathFor(request.sourcePath);
    request.keptIssues = 20;

    ImportRunner runner(*store, context.user());
    if (parser.isSet(progressOption)) {
        // The runner reports about 20 times a second; a line every half second is enough on a terminal.
        QElapsedTimer sinceLine;
        sinceLine.start();
        QObject::connect(&runner, &ImportRunner::progress,
                         [&err, sinceLine](double fraction, qint64 rows) mutable {
                             if (sinceLine.elapsed() < 500 && fraction < 1.0)
                                 return;
                             sinceLine.restart();
                             err << tr("%1% read, %2 rows").arg(int(fraction * 100)).arg(rows) << Qt::endl;
                         });
    }
    ImportResult result = service.run(runner, request);
    // A dry run of a file with bad rows answers "would be rejected" unless bad rows are skipped.
    if (dryRun && result.ok && result.counts.rejected > 0 && !parser.isSet(skipBadOption))
        result.batchRejected = true;
    store->releaseThreadConnection();

    if (parser.isSet(jsonOption))
        printJson(result, dryRun, out);
    else
        printSummary(result, request.sourcePath, request.profile.name, dryRun, out);
    if (!result.ok) {
        err << result.error << Qt::endl;
        return ExitFailure;
    }
    return result.batchRejected ? ExitFailure : ExitOk;
}

void ImportCommand::printSummary(const ImportResult &result, const QString &source, const QString &profile,
                                 bool dryRun, QTextStream &out)
{
    const QLocale locale;
    const QString file = QFileInfo(source).fileName();
    if (!result.ok)
        out << tr("Import of %1 failed; the store is unchanged.").arg(file) << Qt::endl;
    else if (result.batchRejected)
        out << tr("%1 was rejected: %n row(s) are bad, so nothing was imported. Fix them, or use "
                  "--skip-bad-rows.",
                  nullptr, int(std::min<qint64>(result.counts.rejected, INT_MAX)))
                   .arg(file)
            << Qt::endl;
    else if (dryRun)
        out << tr("Dry run of %1 with profile %2: nothing was changed.").arg(file, profile) << Qt::endl;
    else
        out << tr("Imported %1 with profile %2 as batch %3 in %4 s.")
                   .arg(file, profile)
                   .arg(result.batchId)
                   .arg(result.seconds, 0, 'f', 2)
            << Qt::endl;
    if (!result.ok)
        return;
    const ImportCounts &c = result.counts;
    auto line = [&](const QString &label, qint64 value) {
        out << "  " << label.leftJustified(20) << locale.toString(value).rightJustified(12) << Qt::endl;
    };
    line(tr("read"), c.read);
    line(tr("imported"), c.inserted);
    line(tr("updated"), c.updated);
    line(tr("unchanged"), c.unchanged);
    line(tr("rejected"), c.rejected);
    if (c.skipped > 0)
        line(tr("skipped by filter"), c.skipped);
    if (c.agentsCreated > 0 || c.teamsCreated > 0) {
        line(tr("agents created"), c.agentsCreated);
        line(tr("teams created"), c.teamsCreated);
    }
    if (c.conversations > 0) {
        line(tr("conversations"), c.conversations);
        line(tr("messages"), c.messages);
    }
    if (!result.reasons.isEmpty()) {
        out << tr("Reasons:") << Qt::endl;
        for (const auto &[reason, count] : sortedReasons(result))
            out << "  " << locale.toString(count).rightJustified(8) << "  " << reason << Qt::endl;
    }
    if (!result.rejectPath.isEmpty())
        out << tr("Rejected rows, with their reasons: %1").arg(QDir::toNativeSeparators(result.rejectPath))
            << Qt::endl;
}

void ImportCommand::printJson(const ImportResult &result, bool dryRun, QTextStream &out)
{
    const ImportCounts &c = result.counts;
    QJsonObject reasons;
    for (auto it = result.reasons.cbegin(); it != result.reasons.cend(); ++it)
        reasons.insert(it.key(), it.value());
    const QJsonObject summary {
        { QStringLiteral("status"), statusOf(result, dryRun) },
        { QStringLiteral("batch_id"), result.batchId },
        { QStringLiteral("read"), c.read },
        { QStringLiteral("imported"), c.inserted },
        { QStringLiteral("updated"), c.updated },
        { QStringLiteral("unchanged"), c.unchanged },
        { QStringLiteral("rejected"), c.rejected },
        { QStringLiteral("skipped"), c.skipped },
        { QStringLiteral("agents_created"), c.agentsCreated },
        { QStringLiteral("teams_created"), c.teamsCreated },
        { QStringLiteral("conversations"), c.conversations },
        { QStringLiteral("messages"), c.messages },
        { QStringLiteral("reasons"), reasons },
        { QStringLiteral("reject_file"), result.rejectPath },
        { QStringLiteral("error"), result.error },
        { QStringLiteral("seconds"), result.seconds },
    };
    out << QJsonDocument(summary).toJson(QJsonDocument::Indented);
}
