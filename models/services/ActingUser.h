#pragma once

#include <QString>

/** The roles of PRODUCT.md "Users, roles and privacy". */
enum class Role { Administrator, TeamLead, QaReviewer, Trainer, Rater };

/** Who is doing something: every service call carries one, so access is checked in one place. */
struct ActingUser
{
    qint64 userId = 0; // 0 for the local workstation user before sign-in exists
    QString login;
    Role role = Role::Administrator;

    /** The person at a single-user workstation, or a script on the command line. */
    static ActingUser localOperator(const QString &login) { return { 0, login, Role::Administrator }; }
};
