#pragma once

#include "kpi/KpiRuleSet.h"
#include "store/Store.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <memory>

/** One ticket to insert; times are local to the fixture's team zone, an invalid time means "none". */
struct KpiFixtureTicket
{
    qint64 agent = 1; // 0 = unassigned
    qint64 team = 1; // 0 = no team
    QString platform = QStringLiteral("taobao");
    QString type = QStringLiteral("consultation");
    QString status = QStringLiteral("open");
    QDateTime created;
    QDateTime firstResponse;
    QDateTime firstResponseDue;
    QDateTime resolved;
    int reopenCount = 0;
    bool escalated = false;
    int handleSeconds = -1;
    int csat = 0;
    QString source = QStringLiteral("helpdesk");
    bool inquiry = false;
    bool converted = false;
    QString order;
    qint64 aboutAgent = 0;
    qint64 policy = 1; // 1 = Consultation (30 min) on the standard 08:00–24:00 calendar; 0 = none
};

/**
 * A small KPI store: team zone Asia/Shanghai (UTC+8, no DST, so hand-computed days are plain), the
 * standard calendar in that zone, two teams in two departments, four agents (agent 4 leaves on
 * 2026-11-15) and whatever tickets a test adds.
 *   team 1 "Taobao A" (department 1): agents 1 王芳, 2 李娜, 4 赵敏
 *   team 2 "Complaints" (department 4): agent 3 张伟
 */
class KpiFixture
{
public:
    explicit KpiFixture(const QString &path, const QString &zoneId = QStringLiteral("Asia/Shanghai"));

    bool isValid() const { return m_store != nullptr && m_error.isEmpty(); }
    QString error() const { return m_error; }
    const Store &store() const { return *m_store; }
    QTimeZone zone() const { return m_zone; }

    /** A local time in the team zone. */
    QDateTime at(int year, int month, int day, int hour, int minute = 0, int second = 0) const;

    bool add(const KpiFixtureTicket &ticket);
    /** Saves rules as a new version and makes it the active one; returns the version (0 on error). */
    int useRules(KpiRuleSet rules);
    /** Runs one statement on the store (conversations and messages have no fixture type); false
     *  with error() set on failure. */
    bool exec(const QString &sql);

private:
    std::unique_ptr<Store> m_store;
    QTimeZone m_zone;
    QString m_error;
    qint64 m_nextId = 1;
};
