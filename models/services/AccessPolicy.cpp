#include "AccessPolicy.h"

bool AccessPolicy::permits(const ActingUser &user, Permission permission)
{
    switch (user.role) {
    case Role::Administrator:
        return true;
    case Role::TeamLead:
        return permission != Permission::ManageStore;
    case Role::QaReviewer:
    case Role::Trainer:
        return permission == Permission::ReadTickets || permission == Permission::ReadOrganization;
    case Role::Rater:
        return permission == Permission::ReadOrganization;
    }
    return false;
}

QString AccessPolicy::deniedMessage(const ActingUser &user, Permission permission)
{
    Q_UNUSED(permission);
    return tr("The user %1 is not allowed to do this.").arg(user.login);
}
