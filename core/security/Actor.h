// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — who is acting: the account a call names, and that account as the records hold it now.
#pragma once

#include "domain/User.h"

namespace gw {

/// The account a service call is made for, and nothing more: its posts and clearance are read from the
/// records on every call, so a right taken away takes effect at once. An Actor naming no account
/// (id 0) is refused by every service.
struct Actor
{
    qint64 userId = 0;

    static Actor account(qint64 id) { return Actor{id}; }
};

/// An account as the records hold it at the moment of a call: what services check and audit.
/// Services build it from the stored account; a Principal passed in by a caller counts only as the
/// Actor it names.
struct Principal : Actor
{
    QString username;
    QString displayName;
    QList<Role> roles;
    Clearance clearance = Clearance::None;
    bool districtHead = false;
    qint64 unitId = 0; ///< the section or department the person works in (0: not recorded)
    bool mustChangePassword = false; ///< as stored when the person logged in

    bool hasRole(Role r) const { return roles.contains(r); }
    bool isProgram() const { return userId == 0; }

    static Principal fromUser(const User &u)
    {
        Principal p;
        p.userId = u.id;
        p.username = u.username;
        p.displayName = u.displayName;
        p.roles = u.roles;
        p.clearance = u.clearance;
        p.districtHead = u.districtHead;
        p.mustChangePassword = u.mustChangePassword;
        p.unitId = u.unitId;
        return p;
    }
    /// The program itself, for what happens before anyone logs in (first-run set-up, failed
    /// log-ins). Holds no post and no clearance; services never accept it from a caller.
    static Principal program(const QString &name = QStringLiteral("system"))
    {
        Principal p;
        p.username = name;
        p.displayName = name;
        return p;
    }
};

} // namespace gw
