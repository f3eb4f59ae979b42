#pragma once

#include "kpi/KpiRuleSet.h"

#include <QList>
#include <QSqlDatabase>

/**
 * SQL for KPI rule-set versions (kpi_rule_sets) and which one is active (store_settings). A version
 * that computed a result is marked used and never changes again (the store's triggers refuse it
 * too); saving an edit creates a new version.
 *
 * Threading: use it on the thread that owns the connection.
 */
class KpiRuleSetRepository
{
    Q_DECLARE_TR_FUNCTIONS(KpiRuleSetRepository)

public:
    explicit KpiRuleSetRepository(QSqlDatabase db);

    bool load(int version, KpiRuleSet *out, QString *error) const;
    bool versions(QList<KpiRuleSet> *out, QString *error) const;
    int activeVersion(QString *error) const; // 0 on error
    bool setActiveVersion(int version, QString *error);

    /** Stores rules as a new version (max + 1) and sets rules->version. */
    bool saveAsNewVersion(KpiRuleSet *rules, QString *error);
    /** Changes a version that has not been used yet; refused (with a reason) once it has. */
    bool updateUnused(const KpiRuleSet &rules, QString *error);
    /** Records that a result was computed with this version, which freezes it. */
    bool markUsed(int version, qint64 now, QString *error);

private:
    QSqlDatabase m_db;
};
