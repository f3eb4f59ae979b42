#pragma once

#include "StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

/** One numbered migration file, e.g. "003_qa_scorecards.sql" is version 3. */
struct MigrationStep
{
    int version = 0;
    QString name;
    QString filePath;
};

/**
 * Applies the numbered SQL migrations in a folder (a resource folder in the application, a temporary
 * folder in tests). Each step runs in its own transaction and ends by stamping PRAGMA user_version,
 * so a failing step leaves the store exactly at the previous version.
 */
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    static constexpr int ApplicationId = 0x544C4E53; // "TLNS" in the SQLite header

    explicit Migrator(const QString &directory);

    QList<MigrationStep> steps() const { return m_steps; }
    int latestVersion() const;

    /** Empty when the folder holds a gap-free sequence 1..N; otherwise what is wrong. */
    QString validationError() const;

    /** Brings a store from fromVersion to latestVersion(). */
    StoreError migrate(QSqlDatabase db, int fromVersion, const QString &storePath) const;

private:
    StoreError applyStep(QSqlDatabase db, const MigrationStep &step, const QString &storePath) const;

    QString m_directory;
    QList<MigrationStep> m_steps;
};
