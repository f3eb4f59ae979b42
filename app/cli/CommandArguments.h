#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

/**
 * The argument handling every command shares, so each command only states its own rules: a parse
 * error is a usage error (exit 2), --help prints the help with the usage line as the command is
 * typed, stray words are refused unless the command takes them, and every message starts with
 * "teamlens NAME:".
 *
 *     CommandArguments arguments(name(), &parser, out, err);
 *     if (const auto done = arguments.parse(argv))
 *         return *done;
 *     if (!parser.isSet(dbOption))
 *         return arguments.usage(tr("--db FILE is required."));
 */
class CommandArguments
{
    Q_DECLARE_TR_FUNCTIONS(CommandArguments)

public:
    enum class Positional { Refused, Taken };

    CommandArguments(const QString &command, QCommandLineParser *parser, QTextStream &out, QTextStream &err);

    /**
     * Parses arguments (arguments[0] the program, arguments[1] the command). Returns the exit code
     * when the command is done: help shown, or the arguments are wrong. usageLine replaces the
     * parser's first help line, which names the executable's full path.
     */
    std::optional<int> parse(const QStringList &arguments, Positional positional = Positional::Refused,
                             const QString &usageLine = {});
    /** The words after the options, without the command's own name. */
    QStringList positional() const;
    /** Writes "teamlens COMMAND: message" to the error stream; returns the usage exit code. */
    int usage(const QString &message) const;

private:
    QString m_command;
    QCommandLineParser *m_parser;
    QTextStream &m_out;
    QTextStream &m_err;
};
