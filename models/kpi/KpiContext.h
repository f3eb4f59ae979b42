#pragma once

#include "domain/Organization.h"
#include "sla/SlaPolicy.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QTimeZone>

/**
 * What KPI work needs to know besides tickets: the team's time zone, the SLA policies and their
 * calendars, and the organisation (who is in which team and department, hire and leave dates).
 * Small: loaded whole for each computation.
 */
struct KpiContext
{
    QTimeZone zone;
    QString zoneId; // the resolved id stored with the aggregates
    SlaPolicySet policies;
    QList<Department> departments;
    QList<Team> teams;
    QList<Agent> agents;
    QHash<qint64, qint64> agentTeams; // agent → current team (0 none)
    QHash<qint64, qint64> teamDepartments;

    static bool load(const QSqlDatabase &db, KpiContext *out, QString *error);
};
