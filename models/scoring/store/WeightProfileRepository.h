#pragma once

#include "scoring/RankingInputs.h"
#include "scoring/WeightProfile.h"

#include <QSqlDatabase>

/**
 * SQL for weight profile versions (scoring_profiles, scoring_profile_kpis). Saving always creates a
 * new version; a version a closed period used is locked and the store's triggers refuse changes.
 *
 * Threading: use it on the thread that owns the connection.
 */
class WeightProfileRepository
{
    Q_DECLARE_TR_FUNCTIONS(WeightProfileRepository)

public:
    explicit WeightProfileRepository(QSqlDatabase db);

    /** The latest version of the general profile and of every platform variant named name. */
    bool latestSet(const QString &name, ProfileSet *out, QString *error) const;
    /** Exactly these versions (a closed period's), as a set. */
    bool loadSet(const QList<qint64> &ids, ProfileSet *out, QString *error) const;
    bool load(qint64 id, WeightProfile *out, QString *error) const;
    QStringList names(QString *error) const;

    /** Validates and stores profile as the next version of its name and platform; sets id and version. */
    bool saveAsNewVersion(WeightProfile *profile, QString *error);
    /** Freezes versions a closed period was scored with. */
    bool lock(const QList<qint64> &ids, qint64 now, QString *error);

private:
    QSqlDatabase m_db;
};
