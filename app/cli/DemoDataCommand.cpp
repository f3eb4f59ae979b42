#include "DemoDataCommand.h"

#include "CommandArguments.h"

#include "demo/DemoDataGenerator.h"
#include "services/DemoDataService.h"
#include "services/ServiceContext.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace {

/** Removes a store file and its SQLite side files. */
void removeStoreFiles(const QString &path)
{
    for (const QString &suffix :
         { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        QFile::remove(path + suffix);
}

} // namespace

QString DemoDataCommand::summary() const
{
    return tr("generate a realistic demo store");
}

int DemoDataCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const DemoDataOptions defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Generates a realistic, deterministic demo store into FILE: teams, agents, tickets, "
        "conversations and a week of QA reviews with disputes and a calibration session.\n"
        "The same seed, options and end date always give the same data. The store is written to FILE.partial "
        "and renamed to FILE only when complete.\n"
        "Exit codes: 0 success, 1 failure, 2 wrong arguments."));
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The store file to create (required)."),
                                       tr("FILE"));
    const QCommandLineOption agentsOption(QStringLiteral("agents"),
                                          tr("Number of agents (default %1).").arg(defaults.agents), tr("N"));
    const QCommandLineOption daysOption(QStringLiteral("days"),
                                        tr("Days of history (default %1).").arg(defaults.days), tr("D"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        tr("Random seed (default %1).").arg(defaults.seed), tr("S"));
    const QCommandLineOption ticketsOption(
        QStringLiteral("tickets"), tr("Number of tickets (default: derived from agents and days)."), tr("N"));
    const QCommandLineOption endDateOption(
        QStringLiteral("end-date"), tr("Last day of the period, in the team time zone (default: yesterday)."),
        tr("YYYY-MM-DD"));
    const QCommandLineOption shareOption(
        QStringLiteral("conversation-share"),
        tr("Share of tickets with a conversation, 0 to 1 (default %1).").arg(defaults.conversationShare),
        tr("F"));
    const QCommandLineOption forceOption(QStringLiteral("force"), tr("Replace FILE if it exists."));
    parser.addOptions({ outOption, agentsOption, daysOption, seedOption, ticketsOption, endDateOption,
                        shareOption, forceOption });
    CommandArguments command(name(), &parser, out, err);
    if (const auto done = command.parse(
            arguments, CommandArguments::Positional::Refused,
            tr("Usage: teamlens demo-data --out FILE [--agents N] [--days D] [--seed S] [--tickets N] "
               "[--end-date YYYY-MM-DD] [--conversation-share F] [--force]")))
        return *done;
    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty())
        return command.usage(tr("--out FILE is required."));

    DemoDataOptions options;
    bool ok = true;
    if (parser.isSet(agentsOption)
        && ((options.agents = parser.value(agentsOption).toInt(&ok)), !ok || options.agents < 1))
        return command.usage(tr("--agents needs a whole number of at least 1."));
    if (parser.isSet(daysOption)
        && ((options.days = parser.value(daysOption).toInt(&ok)), !ok || options.days < 1))
        return command.usage(tr("--days needs a whole number of at least 1."));
    if (parser.isSet(seedOption) && ((options.seed = parser.value(seedOption).toULongLong(&ok)), !ok))
        return command.usage(tr("--seed needs a non-negative whole number."));
    if (parser.isSet(ticketsOption)
        && ((options.tickets = parser.value(ticketsOption).toLongLong(&ok)), !ok || options.tickets < 0))
        return command.usage(tr("--tickets needs a non-negative whole number."));
    if (parser.isSet(endDateOption)) {
        options.endDate = QDate::fromString(parser.value(endDateOption), Qt::ISODate);
        if (!options.endDate.isValid())
            return command.usage(tr("--end-date needs a date written YYYY-MM-DD."));
    }
    if (parser.isSet(shareOption)
        && ((options.conversationShare = parser.value(shareOption).toDouble(&ok)),
            !ok || options.conversationShare < 0 || options.conversationShare > 1))
        return command.usage(tr("--conversation-share needs a number between 0 and 1."));

    const QString target = QFileInfo(parser.value(outOption)).absoluteFilePath();
    if (QFileInfo::exists(target) && !parser.isSet(forceOption)) {
        err << tr("teamlens demo-data: %1 already exists; use --force to replace it.").arg(target)
            << Qt::endl;
        return ExitUsage;
    }
    if (QFileInfo(target).isDir())
        return command.usage(tr("%1 is a folder.").arg(target));

    // Build into FILE.partial and rename only when complete, so FILE is never half-written.
    const QString partial = target + QStringLiteral(".partial");
    removeStoreFiles(partial);
    DemoDataSummary result;
    {
        StoreOptions storeOptions;
        storeOptions.path = partial;
        // A rollback journal keeps only pages that existed before the run, so the one big
        // transaction writes the new store once, where a write-ahead log would write it twice.
        // Whoever opens the finished store later picks its own journal mode.
        storeOptions.mode = StoreMode::Shared;
        storeOptions.createIfMissing = true;
        StoreError storeError;
        const auto store = Store::open(storeOptions, &storeError);
        if (!store) {
            err << storeError.message << Qt::endl;
            removeStoreFiles(partial);
            return ExitFailure;
        }
        const ServiceContext context(*store, ActingUser::localOperator(QStringLiteral("cli")));
        DemoDataGenerator generator(*store);
        QString error;
        const bool generated = DemoDataService(context).generate(generator, options, &error);
        result = generator.summary();
        store->releaseThreadConnection();
        if (!generated) {
            err << error << Qt::endl;
            removeStoreFiles(partial);
            return ExitFailure;
        }
    }
    // Closing the last connection checkpointed the log into the file; the side files are gone.
    removeStoreFiles(target);
    if (!QFile::rename(partial, target)) {
        err << tr("teamlens demo-data: could not rename %1 to %2.").arg(partial, target) << Qt::endl;
        removeStoreFiles(partial);
        return ExitFailure;
    }

    const QLocale locale;
    out << tr("Demo store written to %1").arg(QDir::toNativeSeparators(target)) << Qt::endl;
    out << tr("Agents: %1").arg(result.agents) << Qt::endl;
    out << tr("Tickets: %1").arg(locale.toString(result.tickets)) << Qt::endl;
    out << tr("Conversations: %1").arg(locale.toString(result.conversations)) << Qt::endl;
    out << tr("Messages: %1").arg(locale.toString(result.messages)) << Qt::endl;
    out << tr("QA reviews: %1 submitted, %2 still to do (disputes: %3)")
               .arg(result.qaReviews)
               .arg(result.qaOpenItems)
               .arg(result.qaDisputes)
        << Qt::endl;
    out << tr("Seconds: %1").arg(result.seconds, 0, 'f', 1) << Qt::endl;
    return ExitOk;
}
