#pragma once

#include "AccessPolicy.h"
#include "ActingUser.h"

class Store;

/** What every service needs: the store it works on and the user it works for. */
class ServiceContext
{
public:
    ServiceContext(const Store &store, ActingUser user);

    const Store &store() const { return m_store; }
    const ActingUser &user() const { return m_user; }

    /** True when the user may do this; otherwise fills *error with a sentence to show. */
    bool allows(Permission permission, QString *error) const;

private:
    const Store &m_store;
    ActingUser m_user;
};
