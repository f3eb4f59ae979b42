#include "CommandArguments.h"

#include "CommandLineCommand.h"

#include <QCommandLineParser>

CommandArguments::CommandArguments(const QString &command, QCommandLineParser *parser, QTextStream &out,
                                   QTextStream &err)
    : m_command(command)
    , m_parser(parser)
    , m_out(out)
    , m_err(err)
{
}

std::optional<int> CommandArguments::parse(const QStringList &arguments, Positional positional,
                                           const QString &usageLine)
{
    // The parser takes its first word as the program: give it the command's name.
    if (!m_parser->parse(arguments.mid(1))) {
        m_err << m_parser->errorText() << Qt::endl;
        return ExitUsage;
    }
    if (m_parser->isSet(QStringLiteral("help"))) {
        QString help = m_parser->helpText();
        if (!usageLine.isEmpty())
            help.replace(0, help.indexOf(QLatin1Char('\n')), usageLine);
        m_out << help;
        return ExitOk;
    }
    if (positional == Positional::Refused && !this->positional().isEmpty())
        return usage(tr("unexpected argument \"%1\".").arg(this->positional().constFirst()));
    return std::nullopt;
}

QStringList CommandArguments::positional() const
{
    QStringList words = m_parser->positionalArguments();
    if (!words.isEmpty() && words.constFirst() == m_command)
        words.removeFirst();
    return words;
}

int CommandArguments::usage(const QString &message) const
{
    m_err << tr("teamlens %1: %2").arg(m_command, message) << Qt::endl;
    return ExitUsage;
}
