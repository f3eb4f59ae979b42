#pragma once

#include "ActingUser.h"

#include <QCoreApplication>

enum class Permission {
    ReadTickets,
    WriteTickets,
    ReadOrganization,
    WriteOrganization,
    ReadCustomerData, // unmasked customer references
    ManageStore,      // demo data, backups, migrations
};

/**
 * Decides whether a user may do something. The one place permission rules live; services ask it
 * before touching data, so hiding a button is never the only protection.
 */
class AccessPolicy
{
    Q_DECLARE_TR_FUNCTIONS(AccessPolicy)

public:
    static bool permits(const ActingUser &user, Permission permission);
    static QString deniedMessage(const ActingUser &user, Permission permission);
};
