#pragma once

#include "domain/Organization.h"

#include <QList>
#include <QString>

#include <vector>

/** What a demo team does; decides which tickets are routed to it. */
enum class DemoTeamRole { PreSales, AfterSales, TechSupport, Logistics, Complaints, Callback };
constexpr int DemoTeamRoleCount = 6;

struct DemoTeam
{
    Team team; // id assigned; department and parent resolved
    QString departmentCode;
    DemoTeamRole role = DemoTeamRole::AfterSales;
    QList<Platform> platforms; // platforms whose tickets the team serves
    bool existing = false; // already in the store (generating twice reuses teams)
};

struct DemoAgent
{
    Agent agent; // id assigned; team, mentor and platform accounts resolved
    int teamIndex = 0;
    bool newHire = false;
};

/** The generated organisation: teams and agents with their final ids. */
struct DemoOrganization
{
    std::vector<DemoTeam> teams;
    std::vector<DemoAgent> agents;
};
