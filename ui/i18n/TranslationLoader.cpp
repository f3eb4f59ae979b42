#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslation, "teamlens.i18n")

namespace {

QPointer<QTranslator> g_appTranslator;
QPointer<QTranslator> g_qtTranslator;

// Where Qt's own catalogues may be: Qt's installation first, then beside the program (a bundled
// or relocated install), then our resources. The first folder that has the language wins.
QStringList qtTranslationFolders()
{
    return {
        QLibraryInfo::path(QLibraryInfo::TranslationsPath),
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("translations")),
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/qt6/translations")),
        QStringLiteral(":/i18n")
    };
}

void removeTranslator(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

} // namespace

QString TranslationLoader::settingsKey()
{
    return QStringLiteral("ui/language");
}

QStringList TranslationLoader::availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("zh_CN") };
}

QString TranslationLoader::configuredLanguage()
{
    const QString language = QSettings().value(settingsKey()).toString();
    if (language == QLatin1StringView("auto") || !availableLanguages().contains(language))
        return {};
    return language;
}

void TranslationLoader::setConfiguredLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.setValue(settingsKey(), QStringLiteral("auto"));
    else
        settings.setValue(settingsKey(), language);
}

QLocale TranslationLoader::effectiveLocale()
{
    const QString language = configuredLanguage();
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

bool TranslationLoader::install()
{
    const QString language = configuredLanguage();
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language)); // numbers and dates follow the chosen language too
    return install(effectiveLocale());
}

bool TranslationLoader::install(const QLocale &locale)
{
    remove();
    QCoreApplication *application = QCoreApplication::instance();

    // QTranslator::load(QLocale, …) walks the locale's UI languages (zh_Hans_CN, zh_CN, zh …),
    // so a system locale such as zh_SG still finds the closest catalogue.
    auto appTranslator = new QTranslator(application);
    bool appLoaded = appTranslator->load(locale, QStringLiteral("teamlens"), QStringLiteral("_"),
                                         QStringLiteral(":/i18n"));
    // Languages without a catalogue (and the C locale) get English, whose catalogue carries the
    // singular and plural forms of %n messages.
    if (!appLoaded)
        appLoaded = appTranslator->load(QStringLiteral(":/i18n/teamlens_en"));
    if (appLoaded) {
        QCoreApplication::installTranslator(appTranslator);
        g_appTranslator = appTranslator;
    } else {
        delete appTranslator;
        qCInfo(lcTranslation) << "No TeamLens catalogue for" << locale.uiLanguages() << "; using English";
    }

    // English is Qt's source language, so no catalogue is needed for it.
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        auto qtTranslator = new QTranslator(application);
        bool qtLoaded = false;
        for (const QString &folder : qtTranslationFolders()) {
            if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), folder)) {
                qtLoaded = true;
                break;
            }
        }
        if (qtLoaded) {
            QCoreApplication::installTranslator(qtTranslator);
            g_qtTranslator = qtTranslator;
        } else {
            delete qtTranslator;
            qCInfo(lcTranslation) << "No Qt catalogue for" << locale.name() << "in" << qtTranslationFolders();
        }
    }
    return appLoaded;
}

void TranslationLoader::remove()
{
    removeTranslator(g_appTranslator);
    removeTranslator(g_qtTranslator);
}
