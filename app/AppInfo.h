#pragma once

#include <QString>

/** Names and version shared by the GUI and headless modes. */
namespace AppInfo {
QString version();
void applyToApplication(); // organisation/application names, so settings and data paths agree
}
