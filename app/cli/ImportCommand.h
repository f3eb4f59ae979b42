#pragma once

#include "CommandLineCommand.h"

#include <QCoreApplication>

struct ImportResult;

/**
 * `teamlens import --db FILE (--profile NAME | --mapping FILE.json) [--dry-run] [--reject-file PATH]
 * [--skip-bad-rows] [--json] SOURCE`, plus `--list-profiles`, `--history` and `--undo BATCH`:
 * the wizard's import, headless. Exit 0 when the batch committed (or a dry run found it
 * importable), 1 when it was rejected, cancelled or failed, 2 for wrong arguments.
 */
class ImportCommand : public CommandLineCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    static void printSummary(const ImportResult &result, const QString &source, const QString &profile,
                             bool dryRun, QTextStream &out);
    static void printJson(const ImportResult &result, bool dryRun, QTextStream &out);
};
