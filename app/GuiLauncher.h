#pragma once

#include <QCoreApplication>
#include <QStringList>

/** Starts the window: parses --db/--shared, opens the store, reports problems in a dialog. */
class GuiLauncher
{
    Q_DECLARE_TR_FUNCTIONS(GuiLauncher)

public:
    int run(const QStringList &arguments);
};
