// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — a user account.
#pragma once

#include "domain/Clearance.h"
#include "domain/Role.h"

#include <QList>
#include <QString>

namespace gw {

/// A person who logs in; the password hash never leaves storage and security.
struct User
{
    qint64 id = 0;
    QString username;
    QString displayName;
    QList<Role> roles;
    Clearance clearance = Clearance::None;
    bool districtHead = false; ///< 区长: signs upward documents of the district government
    qint64 unitId = 0;         ///< the section or department the person works in (0: not recorded)
    bool active = true;
    /// The password was set by an administrator (a new account, a reset): the person chooses their own
    /// at the next log-in before doing anything else.
    bool mustChangePassword = false;
    QString updatedBy;
    qint64 updatedAtMs = 0;
    qint64 version = 0;

    bool hasRole(Role r) const { return roles.contains(r); }
};

} // namespace gw
