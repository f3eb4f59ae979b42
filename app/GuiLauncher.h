#pragma once

#include "store/StoreOptions.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class Store;

/**
 * Starts the window: parses --db/--shared/--local, opens the store, reports problems in a dialog
 * (through MessageBoxes, so tests answer it) and returns a non-zero exit code instead of crashing.
 * The steps before QApplication::exec() are public so a test can run them without an event loop.
 */
class GuiLauncher
{
    Q_DECLARE_TR_FUNCTIONS(GuiLauncher)

public:
    int run(const QStringList &arguments);

    /** Turns the command line into store options; false and a message when it is wrong. */
    static bool parseArguments(const QStringList &arguments, StoreOptions *options, QString *errorText);

    /** Opens the store; on failure shows a dialog naming the file and returns null. */
    static std::unique_ptr<Store> openStore(const StoreOptions &options);
};
