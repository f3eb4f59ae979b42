#pragma once

#include "scoring/RankingInputs.h"

#include <QSqlDatabase>

/**
 * Reads who is ranked and under which settings: agents employed during a period with their team and
 * hire date, and the ranking settings in store_settings.
 *
 * Threading: use it on the thread that owns the connection.
 */
class RankingContextReader
{
    Q_DECLARE_TR_FUNCTIONS(RankingContextReader)

public:
    explicit RankingContextReader(QSqlDatabase db);

    /** Agents hired by the period's last day and not gone before its first day, by id. */
    bool agents(const KpiPeriod &period, QList<RankingAgent> *out, QString *error) const;
    bool options(RankingOptions *out, QString *error) const;
    /** The profile a ranking uses when none is named (setting ranking_profile, else "Default"). */
    QString defaultProfileName() const;

private:
    QString setting(const QString &key, bool *ok, QString *error) const;

    QSqlDatabase m_db;
};
