#include "GuiLauncher.h"

#include "MainWindow.h"
#include "cli/CommandLineCommand.h"
#include "common/MessageBoxes.h"
#include "i18n/TranslationLoader.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcGui, "teamlens.gui")

bool GuiLauncher::parseArguments(const QStringList &arguments, StoreOptions *options, QString *errorText)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Open this store."), tr("FILE"));
    const QCommandLineOption sharedOption(QStringLiteral("shared"),
                                          tr("The store is shared by several workstations."));
    const QCommandLineOption localOption(QStringLiteral("local"),
                                         tr("The store is local to this workstation."));
    parser.addOptions({ dbOption, sharedOption, localOption });
    if (!parser.parse(arguments)) {
        if (errorText)
            *errorText = parser.errorText();
        return false;
    }
    if (parser.isSet(sharedOption) && parser.isSet(localOption)) {
        if (errorText)
            *errorText = tr("Use either --shared or --local, not both.");
        return false;
    }

    const bool explicitPath = parser.isSet(dbOption);
    options->path
        = explicitPath ? QFileInfo(parser.value(dbOption)).absoluteFilePath() : Store::defaultPath();
    // The default local store is created on first run; a store named on the command line must exist,
    // so a typo does not silently start an empty store.
    options->createIfMissing = !explicitPath;
    if (parser.isSet(sharedOption))
        options->mode = StoreMode::Shared;
    else if (parser.isSet(localOption))
        options->mode = StoreMode::Local;
    return true;
}

std::unique_ptr<Store> GuiLauncher::openStore(const StoreOptions &options)
{
    StoreError error;
    std::unique_ptr<Store> store = Store::open(options, &error);
    if (!store) {
        qCWarning(lcGui) << "Cannot open the store:" << error.message << error.detail;
        MessageBoxes::critical(nullptr, tr("Cannot open the store"), error.message);
        return {};
    }
    if (!store->backupPath().isEmpty())
        qCInfo(lcGui) << "Upgraded the store; the previous version was saved as" << store->backupPath();
    return store;
}

int GuiLauncher::run(const QStringList &arguments)
{
    TranslationLoader::install();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/teamlens.svg")));

    StoreOptions options;
    QString errorText;
    if (!parseArguments(arguments, &options, &errorText)) {
        MessageBoxes::critical(nullptr, tr("TeamLens"), errorText);
        return ExitUsage;
    }
    const bool firstRun = !QFileInfo::exists(options.path);

    std::unique_ptr<Store> store = openStore(options);
    if (!store)
        return ExitFailure;

    const QString login = qEnvironmentVariable("USER", QStringLiteral("local"));
    MainWindow window(std::move(store), ActingUser::localOperator(login));
    window.show();
    if (firstRun)
        QTimer::singleShot(0, &window, &MainWindow::offerDemoData);
    return QApplication::exec();
}
