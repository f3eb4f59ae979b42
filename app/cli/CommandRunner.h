#pragma once

#include "CommandLineCommand.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

/** Knows the subcommands, dispatches to one, and answers --help and --version without a display. */
class CommandRunner
{
    Q_DECLARE_TR_FUNCTIONS(CommandRunner)

public:
    CommandRunner();
    ~CommandRunner();

    /** True when the first argument is a (possibly unknown) command, or --help/--version is asked for. */
    static bool wantsHeadless(int argc, char *argv[]);
    /** False on X11/Wayland systems with no display and no platform plugin chosen. */
    static bool hasDisplay(int argc, char *argv[]);

    int run(const QStringList &arguments);
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    QString generalHelp() const;

private:
    CommandLineCommand *find(const QString &name) const;

    std::vector<std::unique_ptr<CommandLineCommand>> m_commands;
};
