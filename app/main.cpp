#include "AppInfo.h"
#include "GuiLauncher.h"
#include "cli/CommandRunner.h"
#include "store/Store.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <memory>

// Headless subcommands must run without a display, so the kind of application object is decided
// from the raw arguments before any is constructed.
int main(int argc, char *argv[])
{
    // Informational store messages (migrations applied, backups taken) are for diagnosis; show them
    // only when asked for with QT_LOGGING_RULES, so scripted output stays clean.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("teamlens.*.info=false"));

    Store::configureSqlite();

    if (CommandRunner::wantsHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        AppInfo::applyToApplication();
        return CommandRunner().run(app.arguments());
    }

    QApplication app(argc, argv);
    AppInfo::applyToApplication();
    return GuiLauncher().run(app.arguments());
}
