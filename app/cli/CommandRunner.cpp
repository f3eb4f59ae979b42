#include "CommandRunner.h"

#include "AppInfo.h"
#include "CheckCommand.h"
#include "ClosePeriodCommand.h"
#include "DemoDataCommand.h"
#include "ImportCommand.h"
#include "KpiCommand.h"
#include "QaCommand.h"
#include "RankingCommand.h"

#include <cstdio>
#include <cstring>

namespace {
const char *const HeadlessCommandNames[]
    = { "demo-data", "check", "import", "kpi", "ranking", "close-period", "qa" };
} // namespace

CommandRunner::CommandRunner()
{
    m_commands.push_back(std::make_unique<DemoDataCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<KpiCommand>());
    m_commands.push_back(std::make_unique<RankingCommand>());
    m_commands.push_back(std::make_unique<ClosePeriodCommand>());
    m_commands.push_back(std::make_unique<QaCommand>());
}

CommandRunner::~CommandRunner() = default;

bool CommandRunner::hasDisplay(int argc, char *argv[])
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // A platform chosen explicitly (offscreen, vnc, eglfs …) brings its own output.
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return true;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0)
            return true;
    }
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    return true;
#endif
}

bool CommandRunner::wantsHeadless(int argc, char *argv[])
{
    // Without a display QApplication aborts; answer on the terminal instead (run() explains).
    if (!hasDisplay(argc, argv))
        return true;
    if (argc < 2)
        return false;
    for (const char *name : HeadlessCommandNames) {
        if (std::strcmp(argv[1], name) == 0)
            return true;
    }
    // The window takes only options, so any other word is a command, even an unknown one: it is
    // reported on the terminal (exit 2) instead of needing a display to show an error.
    if (argv[1][0] != '-')
        return true;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0
            || std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0)
            return true;
    }
    return false;
}

int CommandRunner::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(arguments, out, err);
}

int CommandRunner::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString first = arguments.value(1);
    if (CommandLineCommand *command = find(first))
        return command->run(arguments, out, err);

    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        out << generalHelp();
        return ExitOk;
    }
    if (arguments.contains(QStringLiteral("--version")) || arguments.contains(QStringLiteral("-v"))) {
        out << "TeamLens " << AppInfo::version() << Qt::endl;
        return ExitOk;
    }
    if (first.isEmpty() || first.startsWith(u'-')) {
        // Only options: the window was asked for, but main() found no display to show it on.
        err << tr("TeamLens cannot open its window: no display is available (DISPLAY and WAYLAND_DISPLAY "
                  "are not set). Run it on a desktop, or run a command such as \"teamlens check\" "
                  "(see \"teamlens --help\").")
            << Qt::endl;
        return ExitFailure;
    }
    err << tr("Unknown command \"%1\".").arg(first) << Qt::endl << generalHelp();
    return ExitUsage;
}

QString CommandRunner::generalHelp() const
{
    QString help = tr("Usage: teamlens [--db FILE] [--shared]\n"
                      "       teamlens COMMAND [options]\n\n"
                      "Without a command, TeamLens starts its window on the store FILE (default: the local "
                      "store in your data folder).\n\n"
                      "Options:\n"
                      "  --db FILE     open this store\n"
                      "  --shared      treat the store as shared by several workstations (rollback journal)\n"
                      "  --local       treat the store as local to this workstation (write-ahead log)\n"
                      "  -h, --help    show this help\n"
                      "  -v, --version show the version\n\n"
                      "Commands (run \"teamlens COMMAND --help\" for their options):\n");
    for (const auto &command : m_commands)
        help += QStringLiteral("  %1%2\n").arg(command->name(), -14).arg(command->summary());
    return help;
}

CommandLineCommand *CommandRunner::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}
