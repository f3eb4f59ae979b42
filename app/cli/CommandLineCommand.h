#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

/** Exit codes shared by every subcommand; scripts rely on them. */
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1, // the command ran and found a problem, or could not do its work
    ExitUsage = 2, // the arguments were wrong
};

/** One headless subcommand (`teamlens NAME …`). Runs on QCoreApplication; never touches widgets. */
class CommandLineCommand
{
public:
    virtual ~CommandLineCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    /** arguments[0] is the program, arguments[1] the command name. */
    virtual int run(const QStringList &arguments, QTextStream &out, QTextStream &err) = 0;
};
