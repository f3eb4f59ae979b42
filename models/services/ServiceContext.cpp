#include "ServiceContext.h"

ServiceContext::ServiceContext(const Store &store, ActingUser user)
    : m_store(store)
    , m_user(std::move(user))
{
}

bool ServiceContext::allows(Permission permission, QString *error) const
{
    if (AccessPolicy::permits(m_user, permission))
        return true;
    if (error)
        *error = AccessPolicy::deniedMessage(m_user, permission);
    return false;
}
