#include "WeightProfileRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

WeightProfileRepository::WeightProfileRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool WeightProfileRepository::load(qint64 id, WeightProfile *out, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, name, platform, version, created_at, created_by, used_at "
                                 "FROM scoring_profiles WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (!query.next()) {
        *error = tr("Weight profile version %1 does not exist in this store.").arg(id);
        return false;
    }
    *out = {};
    out->id = query.value(0).toLongLong();
    out->name = query.value(1).toString();
    out->platform = query.value(2).toString();
    out->version = query.value(3).toInt();
    out->createdAt = query.value(4).toLongLong();
    out->createdBy = query.value(5).toString();
    out->locked = !query.value(6).isNull();

    QSqlQuery kpis(m_db);
    kpis.prepare(
        QStringLiteral("SELECT kpi, weight, target, method, cap, bands_json FROM scoring_profile_kpis "
                       "WHERE profile_id = ? ORDER BY position, kpi"));
    kpis.addBindValue(id);
    if (!kpis.exec()) {
        *error = kpis.lastError().text();
        return false;
    }
    while (kpis.next()) {
        KpiWeight weight;
        weight.kpi = kpis.value(0).toString();
        weight.weight = kpis.value(1).toDouble();
        weight.target = kpis.value(2).toDouble();
        if (!WeightProfile::methodFromCode(kpis.value(3).toString(), &weight.method)) {
            *error = tr("Weight profile %1 has an unknown scoring method \"%2\".")
                         .arg(out->name, kpis.value(3).toString());
            return false;
        }
        weight.cap = kpis.value(4).toDouble();
        if (!kpis.value(5).isNull()
            && !WeightProfile::bandsFromJson(kpis.value(5).toString().toUtf8(), &weight.bands, error))
            return false;
        out->kpis.append(weight);
    }
    return true;
}

bool WeightProfileRepository::latestSet(const QString &name, ProfileSet *out, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM scoring_profiles p WHERE name = ? AND version = "
                                 "(SELECT MAX(version) FROM scoring_profiles q WHERE q.name = p.name "
                                 "AND q.platform = p.platform) ORDER BY platform"));
    query.addBindValue(name);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    if (ids.isEmpty()) {
        const QStringList known = names(error);
        *error = tr("There is no weight profile named \"%1\"; this store has: %2.")
                     .arg(name, known.join(QStringLiteral(", ")));
        return false;
    }
    return loadSet(ids, out, error);
}

bool WeightProfileRepository::loadSet(const QList<qint64> &ids, ProfileSet *out, QString *error) const
{
    *out = {};
    for (qint64 id : ids) {
        WeightProfile profile;
        if (!load(id, &profile, error))
            return false;
        out->name = profile.name;
        out->profiles.append(profile);
    }
    return true;
}

QStringList WeightProfileRepository::names(QString *error) const
{
    QSqlQuery query(m_db);
    QStringList names;
    if (!query.exec(QStringLiteral("SELECT DISTINCT name FROM scoring_profiles ORDER BY name"))) {
        *error = query.lastError().text();
        return names;
    }
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

bool WeightProfileRepository::saveAsNewVersion(WeightProfile *profile, QString *error)
{
    if (const QString invalid = profile->validationError(); !invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    // A savepoint, so the version and its KPIs land together whether or not the caller (which may
    // audit the change in the same transaction) already holds one.
    QSqlQuery savepoint(m_db);
    if (!savepoint.exec(QStringLiteral("SAVEPOINT save_profile"))) {
        *error = savepoint.lastError().text();
        return false;
    }
    auto rollback = [this] {
        QSqlQuery undo(m_db);
        undo.exec(QStringLiteral("ROLLBACK TO save_profile"));
        undo.exec(QStringLiteral("RELEASE save_profile"));
    };
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO scoring_profiles (name, platform, version, created_at, created_by) VALUES (?, ?, "
        "(SELECT COALESCE(MAX(version), 0) + 1 FROM scoring_profiles WHERE name = ? AND platform = ?), ?, ?) "
        "RETURNING id, version"));
    insert.addBindValue(profile->name);
    insert.addBindValue(profile->platform);
    insert.addBindValue(profile->name);
    insert.addBindValue(profile->platform);
    insert.addBindValue(profile->createdAt);
    insert.addBindValue(profile->createdBy.isEmpty() ? QVariant() : QVariant(profile->createdBy));
    if (!insert.exec() || !insert.next()) {
        *error = insert.lastError().text();
        rollback();
        return false;
    }
    const qint64 id = insert.value(0).toLongLong();
    const int version = insert.value(1).toInt();
    insert.finish();
    QSqlQuery kpi(m_db);
    kpi.prepare(
        QStringLiteral("INSERT INTO scoring_profile_kpis (profile_id, kpi, weight, target, method, cap, "
                       "bands_json, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < profile->kpis.size(); ++i) {
        const KpiWeight &weight = profile->kpis.at(i);
        kpi.addBindValue(id);
        kpi.addBindValue(weight.kpi);
        kpi.addBindValue(weight.weight);
        kpi.addBindValue(weight.target);
        kpi.addBindValue(WeightProfile::methodCode(weight.method));
        kpi.addBindValue(weight.cap);
        kpi.addBindValue(weight.bands.isEmpty()
                             ? QVariant()
                             : QVariant(QString::fromUtf8(WeightProfile::bandsToJson(weight.bands))));
        kpi.addBindValue(int(i));
        if (!kpi.exec()) {
            *error = kpi.lastError().text();
            kpi.finish();
            rollback();
            return false;
        }
    }
    kpi.finish();
    if (!savepoint.exec(QStringLiteral("RELEASE save_profile"))) {
        *error = savepoint.lastError().text();
        rollback();
        return false;
    }
    profile->id = id;
    profile->version = version;
    profile->locked = false;
    return true;
}

bool WeightProfileRepository::lock(const QList<qint64> &ids, qint64 now, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE scoring_profiles SET used_at = ? WHERE id = ? AND used_at IS NULL"));
    for (qint64 id : ids) {
        query.addBindValue(now);
        query.addBindValue(id);
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}
