#pragma once

#include "CommandLineCommand.h"

#include <QCoreApplication>

/**
 * `teamlens qa auto-check --db FILE [--from D --to D]`: runs the auto-QA rules (自动质检) over every
 * conversation (or those started in the period) and updates the stored flags, printing the counts
 * per rule.
 * `teamlens qa sample --db FILE --from D --to D [--per-agent N] [--strata …] [--cap N] [--seed S]
 * [--dry-run]`: draws a QA sample (抽检) of the period, assigns it to reviewers round-robin and
 * prints the explanation (how many from each stratum and why, and what each reviewer got); saves the
 * draw unless --dry-run.
 */
class QaCommand : public CommandLineCommand
{
    Q_DECLARE_TR_FUNCTIONS(QaCommand)

public:
    QString name() const override { return QStringLiteral("qa"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    int autoCheck(const QStringList &arguments, QTextStream &out, QTextStream &err);
    int sample(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
