#pragma once

#include <QDate>
#include <QString>

/**
 * A target (目标) for one KPI: a team's standard (teamId set) or one agent's override (agentId set),
 * valid from effectiveFrom to effectiveTo inclusive (an invalid effectiveTo is open-ended).
 */
struct Target
{
    qint64 id = 0;
    QString kpi; // figure key
    qint64 teamId = 0;
    qint64 agentId = 0;
    double value = 0;
    QDate effectiveFrom;
    QDate effectiveTo;
    QString createdBy;
    qint64 createdAt = 0;

    bool isActiveOn(const QDate &day) const
    {
        return effectiveFrom <= day && (!effectiveTo.isValid() || day <= effectiveTo);
    }
};
