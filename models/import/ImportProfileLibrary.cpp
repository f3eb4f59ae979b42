#include "ImportProfileLibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace {

const QString BuiltInFolder = QStringLiteral(":/import-profiles");
const QString Suffix = QStringLiteral(".json");

/** Profile names become file names, so keep them to a safe, portable alphabet. */
bool isSafeName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

} // namespace

ImportProfileLibrary::ImportProfileLibrary(const QString &userFolder)
    : m_userFolder(userFolder.isEmpty() ? defaultUserFolder() : userFolder)
{
}

QString ImportProfileLibrary::defaultUserFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/import-profiles");
}

bool ImportProfileLibrary::loadFile(const QString &path, ImportProfile *profile, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the profile file %1: %2.")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    // Profiles are small; a huge file is not one.
    if (file.size() > 4 * 1024 * 1024) {
        *error = tr("%1 is too large to be an import profile.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QString parseError;
    if (!ImportProfile::fromJson(file.readAll(), profile, &parseError)) {
        *error = tr("%1 is not a valid import profile: %2").arg(QDir::toNativeSeparators(path), parseError);
        return false;
    }
    return true;
}

QStringList ImportProfileLibrary::names() const
{
    QStringList result;
    for (const QString &folder : { BuiltInFolder, m_userFolder }) {
        const QStringList files = QDir(folder).entryList({ QStringLiteral("*.json") }, QDir::Files);
        for (const QString &file : files) {
            const QString name = file.chopped(Suffix.size());
            if (isSafeName(name) && !result.contains(name))
                result.append(name);
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

bool ImportProfileLibrary::isBuiltIn(const QString &name) const
{
    return isSafeName(name) && QFileInfo::exists(BuiltInFolder + QLatin1Char('/') + name + Suffix);
}

bool ImportProfileLibrary::load(const QString &name, ImportProfile *profile, QString *error) const
{
    if (!isSafeName(name)) {
        *error = tr("“%1” is not a valid profile name (use letters, digits, '.', '-' and '_').").arg(name);
        return false;
    }
    // A user's copy shadows the built-in one of the same name.
    for (const QString &folder : { m_userFolder, BuiltInFolder }) {
        const QString path = folder + QLatin1Char('/') + name + Suffix;
        if (QFileInfo::exists(path))
            return loadFile(path, profile, error);
    }
    *error = tr("There is no import profile named “%1”. Known profiles: %2.")
                 .arg(name, names().join(QStringLiteral(", ")));
    return false;
}

bool ImportProfileLibrary::save(const ImportProfile &profile, QString *error) const
{
    if (!isSafeName(profile.name)) {
        *error = tr("“%1” is not a valid profile name (use letters, digits, '.', '-' and '_').")
                     .arg(profile.name);
        return false;
    }
    QString invalid;
    if (!profile.validate(&invalid)) {
        *error = tr("The profile “%1” cannot be saved: %2").arg(profile.name, invalid);
        return false;
    }
    if (!QDir().mkpath(m_userFolder)) {
        *error = tr("Cannot create the profile folder %1.").arg(QDir::toNativeSeparators(m_userFolder));
        return false;
    }
    QSaveFile file(m_userFolder + QLatin1Char('/') + profile.name + Suffix);
    if (!file.open(QIODevice::WriteOnly) || file.write(profile.toJson()) < 0 || !file.commit()) {
        *error = tr("Cannot save the profile to %1: %2.")
                     .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    return true;
}

bool ImportProfileLibrary::remove(const QString &name, QString *error) const
{
    const QString path = m_userFolder + QLatin1Char('/') + name + Suffix;
    if (!isSafeName(name) || !QFileInfo::exists(path)) {
        *error = isBuiltIn(name) ? tr("“%1” is built in and cannot be removed.").arg(name)
                                 : tr("There is no saved profile named “%1”.").arg(name);
        return false;
    }
    if (!QFile::remove(path)) {
        *error = tr("Cannot remove %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

bool ImportProfileLibrary::importFile(const QString &path, ImportProfile *profile, QString *error) const
{
    ImportProfile read;
    if (!loadFile(path, &read, error) || !save(read, error))
        return false;
    if (profile)
        *profile = read;
    return true;
}

bool ImportProfileLibrary::exportTo(const QString &name, const QString &path, QString *error) const
{
    ImportProfile profile;
    if (!load(name, &profile, error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(profile.toJson()) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QList<ImportProfile> ImportProfileLibrary::matching(const QStringList &header) const
{
    QList<ImportProfile> result;
    for (const QString &name : names()) {
        ImportProfile profile;
        QString ignored;
        // A broken file in the user's folder must not hide the others; the wizard reports it on load.
        if (load(name, &profile, &ignored) && !profile.matchHeaders.isEmpty() && profile.matches(header))
            result.append(profile);
    }
    // The profile that checks more headers is the more specific match.
    std::stable_sort(result.begin(), result.end(), [](const ImportProfile &a, const ImportProfile &b) {
        return a.matchHeaders.size() > b.matchHeaders.size();
    });
    return result;
}
