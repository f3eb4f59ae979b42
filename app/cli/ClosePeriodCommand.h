#pragma once

#include "CommandLineCommand.h"

#include <QCoreApplication>

/**
 * `teamlens close-period --db FILE --period YYYY-MM [--reopen --reason TEXT] [--compare] [--by NAME]`:
 * closes a month (月结) by freezing its ranking, reopens it with a reason (audited), or lists where a
 * recomputation differs from the frozen snapshot.
 */
class ClosePeriodCommand : public CommandLineCommand
{
    Q_DECLARE_TR_FUNCTIONS(ClosePeriodCommand)

public:
    QString name() const override { return QStringLiteral("close-period"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
