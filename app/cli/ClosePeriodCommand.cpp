#include "ClosePeriodCommand.h"

#include "CliStore.h"
#include "CommandArguments.h"
#include "scoring/PeriodCloser.h"

#include <QCommandLineParser>
#include <QDateTime>

namespace {

QString value(const std::optional<double> &number)
{
    return number ? QString::number(*number, 'g', 12) : QString();
}

} // namespace

QString ClosePeriodCommand::summary() const
{
    return tr("close a month (freeze its KPIs, scores and ranking), reopen it with a reason, or compare");
}

int ClosePeriodCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Closes a month (月结): its KPIs, scores, composites and ranks are frozen as a snapshot with the "
           "weight profile and counting-rule versions, and later data corrections no longer change what "
           "\"teamlens ranking\" prints for it. --reopen undoes a close (a --reason is required and kept "
           "in the audit log); --compare lists where a recomputation now differs from the snapshot (CSV: "
           "agent_id, agent, field, snapshot, current).\n"
           "Exit codes: 0 done (for --compare: no difference), 1 refused or failed (for --compare: "
           "differences found), 2 wrong arguments."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The store file."), tr("FILE"));
    const QCommandLineOption periodOption(QStringLiteral("period"), tr("A calendar month."), tr("YYYY-MM"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           tr("The weight profile to close with (default: the store's)."),
                                           tr("NAME"));
    const QCommandLineOption reopenOption(QStringLiteral("reopen"), tr("Reopen the closed month."));
    const QCommandLineOption reasonOption(QStringLiteral("reason"), tr("Why the month is reopened."),
                                          tr("TEXT"));
    const QCommandLineOption compareOption(QStringLiteral("compare"),
                                           tr("Compare the closed month with a recomputation."));
    parser.addOptions({ dbOption, periodOption, profileOption, reopenOption, reasonOption, compareOption });
    CommandArguments command(name(), &parser, out, err);
    if (const auto done = command.parse(arguments))
        return *done;
    if (!parser.isSet(dbOption))
        return command.usage(tr("--db FILE is required."));
    if (!parser.isSet(periodOption))
        return command.usage(tr("--period YYYY-MM is required."));
    KpiPeriod period;
    QString error;
    if (!KpiPeriod::parseMonth(parser.value(periodOption), &period, &error))
        return command.usage(error);
    const bool reopen = parser.isSet(reopenOption);
    const bool compare = parser.isSet(compareOption);
    if (reopen && compare)
        return command.usage(tr("--reopen and --compare cannot be combined."));
    if (reopen && parser.value(reasonOption).trimmed().isEmpty())
        return command.usage(tr("--reopen needs --reason TEXT; the reason is kept in the audit log."));
    if (!reopen && parser.isSet(reasonOption))
        return command.usage(tr("--reason goes with --reopen."));
    if ((reopen || compare) && parser.isSet(profileOption))
        return command.usage(tr("--profile applies only when closing."));

    const auto store = CliStore::open(name(), parser.value(dbOption), err);
    if (!store)
        return ExitFailure;
    PeriodCloser closer(store->connection());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (reopen) {
        if (!closer.reopen(period, CliStore::actor(), parser.value(reasonOption), now, &error)) {
            err << tr("teamlens close-period: %1").arg(error) << Qt::endl;
            return ExitFailure;
        }
        out << tr("Reopened %1.").arg(period.toString()) << Qt::endl;
        return ExitOk;
    }
    CliStore::refreshAggregates(*store, err);
    if (compare) {
        QList<SnapshotDifference> differences;
        if (!closer.compare(period, &differences, &error)) {
            err << tr("teamlens close-period: %1").arg(error) << Qt::endl;
            return ExitFailure;
        }
        out << "agent_id,agent,field,snapshot,current\r\n";
        for (const SnapshotDifference &difference : std::as_const(differences)) {
            QString name = difference.agentName;
            if (name.contains(u',') || name.contains(u'"'))
                name = u'"' + name.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
            out << difference.agentId << ',' << name << ',' << difference.field << ','
                << value(difference.snapshot) << ',' << value(difference.current) << "\r\n";
        }
        out.flush();
        err << tr("%n difference(s) from the snapshot.", nullptr, int(differences.size())) << Qt::endl;
        return differences.isEmpty() ? ExitOk : ExitFailure;
    }
    Ranking snapshot;
    if (!closer.close(period, parser.value(profileOption), CliStore::actor(), now, &snapshot, &error)) {
        err << tr("teamlens close-period: %1").arg(error) << Qt::endl;
        return ExitFailure;
    }
    out << tr("Closed %1: %n agent(s) frozen under %2, counting rules v%3.", nullptr,
              int(snapshot.agents.size()))
               .arg(period.toString(), snapshot.profileVersions.join(QStringLiteral(", ")))
               .arg(snapshot.ruleSetVersion)
        << Qt::endl;
    return ExitOk;
}
