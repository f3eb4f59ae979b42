#include "KpiContext.h"

#include "store/KpiTicketReader.h"
#include "store/OrganizationRepository.h"
#include "store/SlaRepository.h"

bool KpiContext::load(const QSqlDatabase &db, KpiContext *out, QString *error)
{
    QString zoneError;
    const QString zoneId = KpiTicketReader(db).teamTimeZoneId(&zoneError);
    if (!zoneError.isEmpty()) {
        *error = zoneError;
        return false;
    }
    // PRODUCT.md: the team's zone, default the workstation's.
    const QTimeZone named(zoneId.toUtf8());
    out->zone = !zoneId.isEmpty() && named.isValid() ? named : QTimeZone::systemTimeZone();
    out->zoneId = QString::fromUtf8(out->zone.id());
    if (!SlaRepository(db).load(&out->policies, error))
        return false;
    const OrganizationRepository organization(db);
    if (!organization.departments(&out->departments, error) || !organization.teams(&out->teams, error)
        || !organization.agents(&out->agents, error))
        return false;
    for (const Agent &agent : out->agents)
        out->agentTeams.insert(agent.id, agent.teamId.value_or(0));
    for (const Team &team : out->teams)
        out->teamDepartments.insert(team.id, team.departmentId);
    return true;
}
