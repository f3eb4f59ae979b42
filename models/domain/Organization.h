#pragma once

#include "Vocabulary.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>

/** A department (部门): customer service, tech support, logistics coordination, complaint center. */
struct Department
{
    qint64 id = 0;
    QString code;
    QString name;
};

/** A team (小组) inside a department; teams may nest through parentTeamId. */
struct Team
{
    qint64 id = 0;
    qint64 departmentId = 0;
    std::optional<qint64> parentTeamId;
    QString name;
    Tier tier = Tier::L1;
};

/** An agent (客服) with the attributes the KPI, ranking and onboarding work relies on. */
struct Agent
{
    qint64 id = 0;
    QString name;        // as the team writes it, e.g. 王芳
    QString englishName; // e.g. Wang Fang; may be empty
    std::optional<qint64> teamId;
    Tier tier = Tier::L1;
    Shift shift = Shift::Morning;
    QDate hireDate;
    QDate leftDate;
    AgentStatus status = AgentStatus::Active;
    std::optional<qint64> mentorId;
    QHash<Platform, QString> platformAccounts; // one account name (子账号) per platform
};
