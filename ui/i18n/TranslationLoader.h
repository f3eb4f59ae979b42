#pragma once

#include <QLocale>
#include <QString>

/** Installs TeamLens's and Qt's translations for the chosen or the system language. (Stub.) */
namespace TranslationLoader {
void install();
}
