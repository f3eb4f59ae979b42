#include "QaCommand.h"

#include "CliStore.h"
#include "CommandArguments.h"
#include "qa/AutoQaRunner.h"
#include "qa/store/QaAutoFlagRepository.h"
#include "qa/store/QaSampleRepository.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QMap>
#include <QRandomGenerator>
#include <QTimeZone>

namespace {

const QString AutoCheck = QStringLiteral("auto-check");
const QString Sample = QStringLiteral("sample");

/** "low_csat:1,auto_qa_flag:2" → quotas in that order. */
bool parseStrata(const QString &text, QList<StratumQuota> *out)
{
    out->clear();
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList pair = part.trimmed().split(u':');
        StratumQuota quota;
        bool ok = pair.size() == 2;
        if (ok)
            ok = SamplingRule::stratumFromCode(pair.at(0).trimmed(), &quota.stratum)
                && quota.stratum != SampleStratum::Random;
        if (ok)
            quota.perAgent = pair.at(1).trimmed().toInt(&ok);
        if (!ok)
            return false;
        out->append(quota);
    }
    return true;
}

} // namespace

QString QaCommand::summary() const
{
    return tr("run auto-QA over every conversation, or draw a QA sample and explain it");
}

int QaCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // The sub-command is the word after "qa"; its options are parsed by the sub-command.
    const qsizetype at
        = arguments.indexOf(AutoCheck) >= 0 ? arguments.indexOf(AutoCheck) : arguments.indexOf(Sample);
    if (at == 2) {
        QStringList rest = arguments;
        rest.removeAt(2);
        return arguments.at(2) == AutoCheck ? autoCheck(rest, out, err) : sample(rest, out, err);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("QA (质检) from the command line.\n"
           "  auto-check  run the auto-QA rules over every conversation and update the stored flags\n"
           "  sample      draw a QA sample of a period, assign it to reviewers and explain it\n"
           "Run \"teamlens qa auto-check --help\" or \"teamlens qa sample --help\" for their options."));
    parser.addHelpOption();
    CommandArguments command(name(), &parser, out, err);
    if (const auto done = command.parse(arguments, CommandArguments::Positional::Taken,
                                        tr("Usage: teamlens qa auto-check|sample [options]")))
        return *done;
    if (command.positional().isEmpty())
        return command.usage(tr("give a sub-command: auto-check or sample."));
    return command.usage(
        tr("unknown sub-command \"%1\"; use auto-check or sample.").arg(command.positional().first()));
}

int QaCommand::autoCheck(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs the auto-QA rules (forbidden phrases, customer waits over the threshold, missing greeting "
           "or closing) with the store's settings over every conversation, or over those started from "
           "--from to --to, and updates the stored flags. Conversations whose flags did not change are "
           "not rewritten.\n"
           "Exit codes: 0 done, 1 the store could not be read or written, 2 wrong arguments."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The store file."), tr("FILE"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("First day (UTC) of the period."),
                                        tr("YYYY-MM-DD"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Last day (UTC) of the period."),
                                      tr("YYYY-MM-DD"));
    parser.addOptions({ dbOption, fromOption, toOption });
    CommandArguments command(name(), &parser, out, err);
    if (const auto done = command.parse(arguments, CommandArguments::Positional::Refused,
                                        tr("Usage: teamlens qa auto-check --db FILE [--from D --to D]")))
        return *done;
    if (!parser.isSet(dbOption))
        return command.usage(tr("--db FILE is required."));
    if (parser.isSet(fromOption) != parser.isSet(toOption))
        return command.usage(tr("give both --from and --to, or neither."));
    AutoQaRunOptions options;
    if (parser.isSet(fromOption)) {
        options.first = QDate::fromString(parser.value(fromOption), Qt::ISODate);
        options.last = QDate::fromString(parser.value(toOption), Qt::ISODate);
        if (!options.first.isValid() || !options.last.isValid())
            return command.usage(tr("write dates as YYYY-MM-DD."));
        if (options.last < options.first)
            return command.usage(tr("--to is before --from."));
    }
    const auto store = CliStore::open(name(), parser.value(dbOption), err);
    if (!store)
        return ExitFailure;
    AutoQaRunSummary summary;
    QString error;
    if (!AutoQaRunner::run(store->connection(), options, &summary, &error)) {
        err << tr("teamlens qa: %1").arg(error) << Qt::endl;
        return ExitFailure;
    }
    out << tr("Checked %1 conversations in %2 ms; %3 had their flags updated.")
               .arg(summary.conversations)
               .arg(summary.elapsedMs)
               .arg(summary.changed)
        << Qt::endl;
    if (summary.rechecked > 0)
        out << tr("Rechecked %1 conversations whose ticket ended or reopened since their flags were "
                  "computed.")
                   .arg(summary.rechecked)
            << Qt::endl;
    // Counts per rule over the conversations checked, from the stored flags.
    const auto startOf = [](const QDate &date) {
        return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    };
    QList<QPair<QString, qint64>> counts;
    if (!QaAutoFlagRepository(store->connection())
             .countsByRule(options.first.isValid() ? startOf(options.first)
                                                   : std::numeric_limits<qint64>::min(),
                           options.last.isValid() ? startOf(options.last.addDays(1))
                                                  : std::numeric_limits<qint64>::max(),
                           &counts, &error)) {
        err << tr("teamlens qa: %1").arg(error) << Qt::endl;
        return ExitFailure;
    }
    for (const auto &[rule, count] : std::as_const(counts))
        out << rule << u'\t' << count << Qt::endl;
    out.flush();
    return ExitOk;
}

int QaCommand::sample(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Draws a QA sample (抽检) of the conversations started from --from to --to: N per agent, the "
           "over-sampled strata first, the rest at random, reproducibly from the seed. Assigns the "
           "conversations to reviewers round-robin under the workload cap, never to the agent "
           "themselves, prints how many each stratum drew and why, and saves the draw with its seed "
           "unless --dry-run.\n"
           "Strata: low_csat, complaint, long_handling, auto_qa_flag, new_hire.\n"
           "Exit codes: 0 drawn, 1 the store could not be read or written, 2 wrong arguments."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The store file."), tr("FILE"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("First day (UTC) of the period."),
                                        tr("YYYY-MM-DD"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Last day (UTC) of the period."),
                                      tr("YYYY-MM-DD"));
    const QCommandLineOption perAgentOption(QStringLiteral("per-agent"),
                                            tr("Conversations per agent (default 5)."), tr("N"),
                                            QStringLiteral("5"));
    const QCommandLineOption strataOption(QStringLiteral("strata"),
                                          tr("Over-sampled strata and their quota per agent, in order "
                                             "(default low_csat:1,complaint:1,auto_qa_flag:1)."),
                                          tr("STRATUM:N,…"),
                                          QStringLiteral("low_csat:1,complaint:1,auto_qa_flag:1"));
    const QCommandLineOption capOption(QStringLiteral("cap"), tr("Reviews per reviewer (default 0, no cap)."),
                                       tr("N"), QStringLiteral("0"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        tr("The seed (default: a random one, printed)."), tr("S"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          tr("Explain the draw without saving it."));
    parser.addOptions({ dbOption, fromOption, toOption, perAgentOption, strataOption, capOption, seedOption,
                        dryRunOption });
    CommandArguments command(name(), &parser, out, err);
    if (const auto done = command.parse(arguments, CommandArguments::Positional::Refused,
                                        tr("Usage: teamlens qa sample --db FILE --from D --to D [options]")))
        return *done;
    if (!parser.isSet(dbOption))
        return command.usage(tr("--db FILE is required."));
    if (!parser.isSet(fromOption) || !parser.isSet(toOption))
        return command.usage(tr("--from and --to are required."));
    StoredSampleDraw draw;
    draw.first = QDate::fromString(parser.value(fromOption), Qt::ISODate);
    draw.last = QDate::fromString(parser.value(toOption), Qt::ISODate);
    if (!draw.first.isValid() || !draw.last.isValid())
        return command.usage(tr("write dates as YYYY-MM-DD."));
    if (draw.last < draw.first)
        return command.usage(tr("--to is before --from."));
    bool ok = false;
    draw.rule.name = tr("Command line");
    draw.rule.perAgent = parser.value(perAgentOption).toInt(&ok);
    if (!ok)
        return command.usage(tr("--per-agent must be a whole number."));
    draw.rule.workloadCap = parser.value(capOption).toInt(&ok);
    if (!ok)
        return command.usage(tr("--cap must be a whole number."));
    if (!parseStrata(parser.value(strataOption), &draw.rule.strata))
        return command.usage(tr("--strata must list STRATUM:N pairs, e.g. low_csat:1,auto_qa_flag:2."));
    if (const QString invalid = draw.rule.validationError(); !invalid.isEmpty())
        return command.usage(invalid);
    if (parser.isSet(seedOption)) {
        draw.seed = parser.value(seedOption).toULongLong(&ok);
        if (!ok)
            return command.usage(tr("--seed must be a non-negative whole number."));
    } else {
        draw.seed = QRandomGenerator::global()->generate64();
    }

    const auto store = CliStore::open(name(), parser.value(dbOption), err);
    if (!store)
        return ExitFailure;
    QaSampleRepository repository(store->connection());
    QList<SampleCandidate> candidates;
    QList<SampleReviewer> reviewers;
    QString error;
    // The auto_qa_flag stratum reads the stored flags: first bring in step those computed before
    // their ticket ended or reopened.
    qint64 rechecked = 0;
    if (!AutoQaRunner::recheckStale(store->connection(), 0, &rechecked, &error)) {
        err << tr("teamlens qa: %1").arg(error) << Qt::endl;
        return ExitFailure;
    }
    if (!repository.candidates(draw.first, draw.last, 90, &candidates, &error)
        || !repository.reviewers(&reviewers, &error)) {
        err << tr("teamlens qa: %1").arg(error) << Qt::endl;
        return ExitFailure;
    }
    bool stale = false;
    if (QaAutoFlagRepository(store->connection()).flagsStale(&stale, &error) && stale)
        err << tr("Note: the auto-QA flags are not up to date with the settings; run \"teamlens qa "
                  "auto-check\" first for the auto_qa_flag stratum to see them.")
            << Qt::endl;
    const SampleDrawResult result = Sampler::draw(draw.rule, candidates, draw.seed);
    draw.items = result.items;
    const int unassigned = Sampler::assign(&draw.items, &reviewers, draw.rule.workloadCap);

    out << tr("Sample of %1 to %2, seed %3: %n conversation(s) from %4 candidates.", nullptr,
              int(draw.items.size()))
               .arg(draw.first.toString(Qt::ISODate), draw.last.toString(Qt::ISODate))
               .arg(draw.seed)
               .arg(candidates.size())
        << Qt::endl;
    for (const StratumExplanation &explanation : result.explanations)
        out << QStringLiteral("  ") << explanation.text << Qt::endl;
    out << tr("Assignment:") << Qt::endl;
    // Names only label the assignment lines; without them the ids show.
    QMap<qint64, QString> names;
    QString namesError;
    QaSampleRepository(store->connection()).userNames(&names, &namesError);
    QMap<qint64, int> perReviewer;
    for (const SampledItem &item : std::as_const(draw.items))
        ++perReviewer[item.reviewerId];
    for (auto it = perReviewer.cbegin(); it != perReviewer.cend(); ++it) {
        if (it.key() != 0)
            out << QStringLiteral("  ")
                << tr("%1: %n conversation(s)", nullptr, it.value()).arg(names.value(it.key())) << Qt::endl;
    }
    if (unassigned > 0)
        out << QStringLiteral("  ")
            << tr("%n conversation(s) not assigned: every eligible reviewer is at the workload cap.", nullptr,
                  unassigned)
            << Qt::endl;
    if (parser.isSet(dryRunOption)) {
        out << tr("Dry run: the draw was not saved.") << Qt::endl;
        return ExitOk;
    }
    draw.createdBy = CliStore::actor();
    draw.createdAt = QDateTime::currentSecsSinceEpoch();
    if (!repository.save(&draw, result.explanations, &error)) {
        err << tr("teamlens qa: %1").arg(error) << Qt::endl;
        return ExitFailure;
    }
    out << tr("Saved as draw %1.").arg(draw.id) << Qt::endl;
    out.flush();
    return ExitOk;
}
