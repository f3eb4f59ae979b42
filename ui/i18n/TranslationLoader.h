#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

/**
 * Installs TeamLens's catalogue (:/i18n/teamlens_<locale>.qm, embedded by qt_add_translations) and
 * Qt's own qtbase catalogue for the language chosen in the settings, or the system's.
 *
 * The choice lives in QSettings under "ui/language": empty (or "auto") follows the system locale,
 * "en" or "zh_CN" picks one. It takes effect at the next start, because widgets translate their
 * texts when they are built. Call install() once from the GUI thread after the application object
 * exists; the translators are children of the application.
 */
namespace TranslationLoader {

/** The QSettings key that holds the chosen language. */
QString settingsKey();

/** Languages TeamLens ships a catalogue for, as locale names ("en", "zh_CN"). */
QStringList availableLanguages();

/** The language stored in the settings; empty means "follow the system". */
QString configuredLanguage();
void setConfiguredLanguage(const QString &language);

/** The locale the UI uses: the configured language, or the system locale when automatic. */
QLocale effectiveLocale();

/** Installs the catalogues for effectiveLocale(). Returns whether TeamLens's own catalogue loaded. */
bool install();
/** Installs the catalogues for locale, replacing any installed before. */
bool install(const QLocale &locale);
/** Removes the installed catalogues (the UI falls back to the English source texts). */
void remove();

} // namespace TranslationLoader
