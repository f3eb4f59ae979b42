#include "CheckCommand.h"

#include "CommandArguments.h"
#include "store/Store.h"
#include "store/StoreInspector.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {

// Keys are a contract with scripts: add new ones, never rename.
QJsonObject toJson(const QString &path, const StoreInspection &inspection)
{
    QJsonObject tables;
    for (const auto &[table, count] : inspection.tableCounts)
        tables.insert(table, count);
    return {
        { QStringLiteral("store"), path },
        { QStringLiteral("schemaVersion"), inspection.schemaVersion },
        { QStringLiteral("latestSchemaVersion"), inspection.latestSchemaVersion },
        { QStringLiteral("journalMode"), inspection.journalMode },
        { QStringLiteral("integrityOk"), inspection.integrityProblems.isEmpty() },
        { QStringLiteral("integrityProblems"), QJsonArray::fromStringList(inspection.integrityProblems) },
        { QStringLiteral("foreignKeysOk"), inspection.foreignKeyProblems.isEmpty() },
        { QStringLiteral("foreignKeyProblems"), QJsonArray::fromStringList(inspection.foreignKeyProblems) },
        { QStringLiteral("tables"), tables },
        { QStringLiteral("healthy"), inspection.isHealthy() }
    };
}

} // namespace

QString CheckCommand::summary() const
{
    return tr("check a store's integrity, schema version and row counts (exit 1 on any problem)");
}

int CheckCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The store to check."), tr("FILE"));
    parser.addOption(dbOption);
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print the result as one JSON object (for scripts)."));
    parser.addOption(jsonOption);
    CommandArguments command(name(), &parser, out, err);
    if (const auto done = command.parse(arguments))
        return *done;
    if (!parser.isSet(dbOption))
        return command.usage(tr("--db FILE is required."));

    StoreOptions options;
    options.path = parser.value(dbOption);
    options.readOnly = true; // checking must never change the file
    StoreError error;
    const auto store = Store::open(options, &error);
    if (!store) {
        err << error.message << Qt::endl;
        return ExitFailure;
    }

    const StoreInspection inspection = StoreInspector(*store).inspect();
    if (parser.isSet(jsonOption)) {
        out << QString::fromUtf8(
            QJsonDocument(toJson(store->path(), inspection)).toJson(QJsonDocument::Indented));
        if (!inspection.queryError.isEmpty())
            err << inspection.queryError << Qt::endl;
        return inspection.isHealthy() ? ExitOk : ExitFailure;
    }
    const QLocale locale;
    out << tr("Store: %1").arg(store->path()) << Qt::endl;
    if (inspection.schemaVersion < inspection.latestSchemaVersion)
        out << tr("Schema version: %1 (TeamLens upgrades it to %2 when it opens the store)")
                   .arg(inspection.schemaVersion)
                   .arg(inspection.latestSchemaVersion)
            << Qt::endl;
    else
        out << tr("Schema version: %1 (current)").arg(inspection.schemaVersion) << Qt::endl;
    out << tr("Journal mode: %1").arg(inspection.journalMode) << Qt::endl;

    if (!inspection.queryError.isEmpty()) {
        err << inspection.queryError << Qt::endl;
        return ExitFailure;
    }
    out << tr("Integrity: %1").arg(inspection.integrityProblems.isEmpty() ? tr("ok") : tr("DAMAGED"))
        << Qt::endl;
    for (const QString &problem : inspection.integrityProblems)
        out << "  " << problem << Qt::endl;
    out << tr("Foreign keys: %1").arg(inspection.foreignKeyProblems.isEmpty() ? tr("ok") : tr("BROKEN"))
        << Qt::endl;
    for (const QString &problem : inspection.foreignKeyProblems)
        out << "  " << problem << Qt::endl;
    if (!inspection.tableCounts.isEmpty()) {
        out << tr("Rows:") << Qt::endl;
        for (const auto &[table, count] : inspection.tableCounts)
            out << QStringLiteral("  %1 %2").arg(table, -24).arg(locale.toString(count)) << Qt::endl;
    }

    if (!inspection.isHealthy()) {
        err << tr("The store %1 has problems; restore it from a backup.").arg(store->path()) << Qt::endl;
        return ExitFailure;
    }
    return ExitOk;
}
