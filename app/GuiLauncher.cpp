#include "GuiLauncher.h"

#include "MainWindow.h"
#include "common/MessageBoxes.h"
#include "i18n/TranslationLoader.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTimer>

int GuiLauncher::run(const QStringList &arguments)
{
    TranslationLoader::install();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/teamlens.svg")));

    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Open this store."), tr("FILE"));
    const QCommandLineOption sharedOption(QStringLiteral("shared"), tr("The store is shared by several workstations."));
    const QCommandLineOption localOption(QStringLiteral("local"), tr("The store is local to this workstation."));
    parser.addOptions({ dbOption, sharedOption, localOption });
    if (!parser.parse(arguments)) {
        MessageBoxes::critical(nullptr, tr("TeamLens"), parser.errorText());
        return 2;
    }

    StoreOptions options;
    const bool explicitPath = parser.isSet(dbOption);
    options.path = explicitPath ? QFileInfo(parser.value(dbOption)).absoluteFilePath() : Store::defaultPath();
    // The default local store is created on first run; a store named on the command line must exist,
    // so a typo does not silently start an empty store.
    options.createIfMissing = !explicitPath;
    if (parser.isSet(sharedOption))
        options.mode = StoreMode::Shared;
    else if (parser.isSet(localOption))
        options.mode = StoreMode::Local;
    const bool firstRun = !QFileInfo::exists(options.path);

    StoreError error;
    std::unique_ptr<Store> store = Store::open(options, &error);
    if (!store) {
        MessageBoxes::critical(nullptr, tr("Cannot open the store"), error.message);
        return 1;
    }
    if (!store->backupPath().isEmpty())
        qInfo("Upgraded the store; the previous version was saved as %s", qPrintable(store->backupPath()));

    const QString login = qEnvironmentVariable("USER", QStringLiteral("local"));
    MainWindow window(std::move(store), ActingUser::localOperator(login));
    window.show();
    if (firstRun)
        QTimer::singleShot(0, &window, &MainWindow::offerDemoData);
    return QApplication::exec();
}
