// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — who is acting: a logged-in user, or the program itself.
#pragma once

#include "domain/User.h"

namespace gw {

/// The identity a service call runs as. Services check it; the UI only passes it on.
struct Actor
{
    qint64 userId = 0;
    QString username;
    QString displayName;
    QList<Role> roles;
    Clearance clearance = Clearance::None;
    bool districtHead = false;

    bool hasRole(Role r) const { return roles.contains(r); }
    bool isProgram() const { return userId == 0; }

    static Actor fromUser(const User &u)
    {
        return Actor{u.id, u.username, u.displayName, u.roles, u.clearance, u.districtHead};
    }
    /// The program itself: first-run set-up and log-in bookkeeping. Holds no role.
    static Actor program()
    {
        return Actor{0, QStringLiteral("system"), QStringLiteral("system"), {}, Clearance::None, false};
    }
};

} // namespace gw
