#include "Migrator.h"

#include "ScopedTransaction.h"
#include "SqlScript.h"
#include "Store.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcMigrator, "teamlens.store.migrator")

Migrator::Migrator(const QString &directory)
    : m_directory(directory)
{
    static const QRegularExpression numbered(QStringLiteral(R"(^(\d+)_([A-Za-z0-9_]+)\.sql$)"));
    const QStringList files = QDir(directory).entryList({ QStringLiteral("*.sql") }, QDir::Files);
    for (const QString &file : files) {
        const auto match = numbered.match(file);
        if (!match.hasMatch())
            continue;
        m_steps.append({ match.captured(1).toInt(), match.captured(2), QDir(directory).filePath(file) });
    }
    std::sort(m_steps.begin(), m_steps.end(),
              [](const MigrationStep &a, const MigrationStep &b) { return a.version < b.version; });
}

int Migrator::latestVersion() const
{
    return m_steps.isEmpty() ? 0 : m_steps.last().version;
}

QString Migrator::validationError() const
{
    if (m_steps.isEmpty())
        return tr("No migrations found in %1.").arg(m_directory);
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).version != i + 1)
            return tr("Migration %1 is missing or numbered twice in %2.").arg(i + 1).arg(m_directory);
    }
    return {};
}

StoreError Migrator::migrate(QSqlDatabase db, int fromVersion, const QString &storePath) const
{
    for (const MigrationStep &step : m_steps) {
        if (step.version <= fromVersion)
            continue;
        qCInfo(lcMigrator) << "Applying migration" << step.version << step.name << "to" << storePath;
        if (StoreError error = applyStep(db, step, storePath))
            return error;
    }
    return {};
}

StoreError Migrator::applyStep(QSqlDatabase db, const MigrationStep &step, const QString &storePath) const
{
    auto failure = [&](const QString &detail) {
        return StoreError { StoreError::Code::MigrationFailed,
                            tr("Could not upgrade the store %1 to version %2 (%3). The store was left at "
                               "its previous version.")
                                .arg(storePath)
                                .arg(step.version)
                                .arg(step.name),
                            detail };
    };

    QFile file(step.filePath);
    if (!file.open(QIODevice::ReadOnly))
        return failure(file.errorString());
    const QStringList statements = SqlScript::split(QString::fromUtf8(file.readAll()));

    ScopedTransaction transaction(db);
    if (!transaction.isActive()) {
        // Another writer holding the lock is not a broken migration: say so, so the user retries.
        const StoreError error = Store::errorFrom(transaction.lastError(), storePath);
        return error.code == StoreError::Code::Locked ? error : failure(transaction.errorText());
    }

    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return failure(query.lastError().text() + QStringLiteral("\n") + statement);
    }
    // Both pragmas live in the database header, which is part of the transaction.
    if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId))
        || !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)))
        return failure(query.lastError().text());
    if (!transaction.commit()) {
        const StoreError error = Store::errorFrom(transaction.lastError(), storePath);
        return error.code == StoreError::Code::Locked ? error : failure(transaction.errorText());
    }
    return {};
}
