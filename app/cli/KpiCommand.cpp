#include "KpiCommand.h"

#include "CliStore.h"
#include "CommandArguments.h"

#include "kpi/KpiAggregateBuilder.h"
#include "kpi/KpiCatalogue.h"
#include "kpi/KpiEngine.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

QString csvField(const QString &text)
{
    // Names come from imports: a spreadsheet would run one starting with = + - @ (or a tab or CR)
    // as a formula, so it is prefixed with an apostrophe, as the import's reject files do.
    QString cell = text;
    if (!cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front()))
        cell.prepend(u'\'');
    if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n') && !cell.contains(u'\r'))
        return cell;
    return u'"' + cell.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

QString sourceCode(KpiSource source)
{
    return source == KpiSource::Aggregates ? QStringLiteral("aggregates") : QStringLiteral("tickets");
}

/** Per catalogue KPI: its figure columns, then _low/_high for a rate, then _n and _status. */
QStringList kpiColumns(const KpiDefinition &definition)
{
    const QString key = QString::fromLatin1(definition.key);
    QStringList columns;
    for (const QString &figure : definition.figureKeys) {
        columns.append(figure);
        if (definition.isRate && figure == key)
            columns << key + QStringLiteral("_low") << key + QStringLiteral("_high");
    }
    return columns << key + QStringLiteral("_n") << key + QStringLiteral("_status");
}

} // namespace

QString KpiCommand::summary() const
{
    return tr("compute the KPI catalogue for every agent, team, department or the center (CSV or JSON)");
}

QString KpiCommand::toCsv(const KpiReport &report)
{
    QStringList header = { QStringLiteral("scope"),
                           QStringLiteral("id"),
                           QStringLiteral("name"),
                           QStringLiteral("from"),
                           QStringLiteral("to"),
                           QStringLiteral("platform"),
                           QStringLiteral("rule_set_version") };
    for (const KpiDefinition &definition : KpiCatalogue::all())
        header += kpiColumns(definition);
    QString csv = header.join(u',') + QStringLiteral("\r\n");
    for (const KpiResult &result : report.results) {
        QStringList row = { KpiScopes::code(result.scope),
                            QString::number(result.id),
                            csvField(result.name),
                            report.period.first.toString(Qt::ISODate),
                            report.period.last.toString(Qt::ISODate),
                            report.platform ? Vocabulary::code(*report.platform) : QString(),
                            QString::number(report.ruleSetVersion) };
        for (const KpiDefinition &definition : KpiCatalogue::all()) {
            const QString key = QString::fromLatin1(definition.key);
            const KpiFigure *first = nullptr;
            for (const QString &figureKey : definition.figureKeys) {
                const KpiFigure *figure = result.figure(figureKey);
                if (!first)
                    first = figure;
                // What the UI shows: no number for an insufficient, inapplicable or unavailable figure.
                const bool shown = figure && figure->isShown();
                row.append(shown ? number(*figure->value) : QString());
                if (definition.isRate && figureKey == key) {
                    row.append(shown && figure->low ? number(*figure->low) : QString());
                    row.append(shown && figure->high ? number(*figure->high) : QString());
                }
            }
            row.append(first ? QString::number(first->n) : QString());
            row.append(first ? KpiScopes::statusCode(first->status) : QString());
        }
        csv += row.join(u',') + QStringLiteral("\r\n");
    }
    return csv;
}

QByteArray KpiCommand::toJson(const KpiReport &report)
{
    // Keys are a contract with scripts: add new ones, never rename.
    QJsonArray results;
    for (const KpiResult &result : report.results) {
        QJsonObject figures;
        for (const KpiFigure &figure : result.figures) {
            QJsonObject object { { QStringLiteral("n"), figure.n },
                                 { QStringLiteral("status"), KpiScopes::statusCode(figure.status) },
                                 { QStringLiteral("value"),
                                   figure.isShown() ? QJsonValue(*figure.value) : QJsonValue() } };
            if (figure.isShown() && figure.low && figure.high) {
                object.insert(QStringLiteral("low"), *figure.low);
                object.insert(QStringLiteral("high"), *figure.high);
            }
            if (!figure.note.isEmpty())
                object.insert(QStringLiteral("note"), figure.note);
            figures.insert(figure.key, object);
        }
        results.append(QJsonObject { { QStringLiteral("scope"), KpiScopes::code(result.scope) },
                                     { QStringLiteral("id"), result.id },
                                     { QStringLiteral("name"), result.name },
                                     { QStringLiteral("kpis"), figures } });
    }
    const QJsonObject root {
        { QStringLiteral("from"), report.period.first.toString(Qt::ISODate) },
        { QStringLiteral("to"), report.period.last.toString(Qt::ISODate) },
        { QStringLiteral("scope"), KpiScopes::code(report.scope) },
        { QStringLiteral("platform"),
          report.platform ? QJsonValue(Vocabulary::code(*report.platform)) : QJsonValue() },
        { QStringLiteral("ruleSetVersion"), report.ruleSetVersion },
        { QStringLiteral("source"), sourceCode(report.source) },
        { QStringLiteral("timeZone"), report.timeZone },
        { QStringLiteral("results"), results },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

int KpiCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Computes every KPI of the catalogue for a period: one row per agent (or team, department, the "
           "center), with sample sizes, 95% Wilson intervals for rates, each figure's status (ok, "
           "insufficient, not_applicable, not_available) and the counting-rule version used. Days are the "
           "team's time zone; --to is the last day included.\n"
           "Exit codes: 0 computed, 1 the store could not be read, 2 wrong arguments."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The store file."), tr("FILE"));
    const QCommandLineOption periodOption(QStringLiteral("period"), tr("A calendar month."), tr("YYYY-MM"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("The first day of a range."),
                                        tr("YYYY-MM-DD"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("The last day of a range (included)."),
                                      tr("YYYY-MM-DD"));
    const QCommandLineOption byOption(QStringLiteral("by"),
                                      tr("One row per agent (default), team, department or center."),
                                      tr("SCOPE"), QStringLiteral("agent"));
    const QCommandLineOption platformOption(
        QStringLiteral("platform"),
        tr("Only tickets of this platform (%1).")
            .arg(Vocabulary::allCodes<Platform>().join(QStringLiteral(", "))),
        tr("PLATFORM"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("csv (default) or json."),
                                          tr("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption ruleSetOption(QStringLiteral("rule-set"),
                                           tr("Count under this rule-set version instead of the active one."),
                                           tr("VERSION"));
    const QCommandLineOption exactOption(QStringLiteral("exact-from-tickets"),
                                         tr("Compute from the raw tickets instead of the daily aggregates."));
    const QCommandLineOption rebuildOption(QStringLiteral("rebuild-aggregates"),
                                           tr("Rebuild the daily KPI aggregates of the whole store first."));
    parser.addOptions({ dbOption, periodOption, fromOption, toOption, byOption, platformOption, formatOption,
                        ruleSetOption, exactOption, rebuildOption });
    CommandArguments command(name(), &parser, out, err);
    if (const auto done = command.parse(arguments))
        return *done;
    if (!parser.isSet(dbOption))
        return command.usage(tr("--db FILE is required."));

    KpiQuery query;
    const bool range = parser.isSet(fromOption) || parser.isSet(toOption);
    if (parser.isSet(periodOption) == range)
        return command.usage(tr("give either --period YYYY-MM or both --from and --to."));
    QString error;
    if (parser.isSet(periodOption)) {
        if (!KpiPeriod::parseMonth(parser.value(periodOption), &query.period, &error))
            return command.usage(error);
    } else {
        if (!parser.isSet(fromOption) || !parser.isSet(toOption))
            return command.usage(tr("--from and --to go together."));
        const QDate from = QDate::fromString(parser.value(fromOption), Qt::ISODate);
        const QDate to = QDate::fromString(parser.value(toOption), Qt::ISODate);
        if (!from.isValid())
            return command.usage(
                tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(parser.value(fromOption)));
        if (!to.isValid())
            return command.usage(
                tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(parser.value(toOption)));
        if (to < from)
            return command.usage(
                tr("--to %1 is before --from %2.").arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
        query.period = KpiPeriod::range(from, to);
    }
    const auto scope = KpiScopes::fromCode(parser.value(byOption));
    if (!scope)
        return command.usage(
            tr("--by must be agent, team, department or center, not \"%1\".").arg(parser.value(byOption)));
    query.scope = *scope;
    if (parser.isSet(platformOption)) {
        query.platform = Vocabulary::fromCode<Platform>(parser.value(platformOption));
        if (!query.platform)
            return command.usage(tr("unknown platform \"%1\"; use one of %2.")
                                     .arg(parser.value(platformOption),
                                          Vocabulary::allCodes<Platform>().join(QStringLiteral(", "))));
    }
    const QString format = parser.value(formatOption);
    if (format != QLatin1StringView("csv") && format != QLatin1StringView("json"))
        return command.usage(tr("--format must be csv or json, not \"%1\".").arg(format));
    if (parser.isSet(ruleSetOption)) {
        bool ok = false;
        query.ruleSetVersion = parser.value(ruleSetOption).toInt(&ok);
        if (!ok || query.ruleSetVersion < 1)
            return command.usage(
                tr("--rule-set takes a version number, not \"%1\".").arg(parser.value(ruleSetOption)));
    }
    query.source = parser.isSet(exactOption) ? KpiSource::Tickets : KpiSource::Auto;

    const auto store = CliStore::open(name(), parser.value(dbOption), err);
    if (!store)
        return ExitFailure;
    if (parser.isSet(rebuildOption)) {
        KpiAggregateBuilder builder(store->connection());
        if (!builder.rebuildAll(-1, &error)) {
            err << tr("teamlens kpi: could not rebuild the KPI aggregates: %1").arg(error) << Qt::endl;
            return ExitFailure;
        }
        err << tr("Rebuilt the KPI aggregates from %n ticket(s).", nullptr, int(builder.ticketsRead()))
            << Qt::endl;
    }
    // When the aggregates cannot be written now (a read-only store, another writer), suggesting a
    // rebuild would send the user into the same wall: the refresh note above already says why.
    const bool canRebuild = query.source == KpiSource::Tickets || CliStore::refreshAggregates(*store, err);
    KpiReport report;
    if (!KpiEngine(store->connection()).compute(query, &report, &error)) {
        err << tr("teamlens kpi: %1").arg(error) << Qt::endl;
        return ExitFailure;
    }
    if (!report.note.isEmpty() && canRebuild)
        err << tr("Note: computed from the raw tickets because %1; \"teamlens kpi --rebuild-aggregates\" "
                  "makes this fast.")
                   .arg(report.note)
            << Qt::endl;
    else if (!report.note.isEmpty())
        err << tr("Note: computed from the raw tickets because %1.").arg(report.note) << Qt::endl;
    if (format == QLatin1StringView("json"))
        out << QString::fromUtf8(toJson(report));
    else
        out << toCsv(report);
    out.flush();
    return ExitOk;
}
