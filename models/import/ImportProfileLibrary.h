#pragma once

#include "ImportProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * The saved import profiles: built-in ones (resources/import-profiles, read-only) and the user's
 * (one JSON file per profile in a folder, by default <AppDataLocation>/import-profiles). A user
 * profile with a built-in's name shadows it. Profiles are exported and imported as their files.
 */
class ImportProfileLibrary
{
    Q_DECLARE_TR_FUNCTIONS(ImportProfileLibrary)

public:
    /** `userFolder` empty = the default folder. */
    explicit ImportProfileLibrary(const QString &userFolder = QString());

    static QString defaultUserFolder();
    QString userFolder() const { return m_userFolder; }

    /** All names, sorted; built-in and user profiles together. */
    QStringList names() const;
    bool isBuiltIn(const QString &name) const;
    bool load(const QString &name, ImportProfile *profile, QString *error) const;
    /** Writes the profile to the user folder (atomically), after validating it. */
    bool save(const ImportProfile &profile, QString *error) const;
    bool remove(const QString &name, QString *error) const;
    /** Reads and validates a profile file without adding it to the library (`--mapping FILE`). */
    static bool loadFile(const QString &path, ImportProfile *profile, QString *error);
    /** Reads a profile file handed over by someone else and saves it into the library. */
    bool importFile(const QString &path, ImportProfile *profile, QString *error) const;
    bool exportTo(const QString &name, const QString &path, QString *error) const;
    /** The profiles whose matchHeaders the header satisfies, most specific first. */
    QList<ImportProfile> matching(const QStringList &header) const;

private:
    QString m_userFolder;
};
