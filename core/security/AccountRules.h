// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the form of an account: user name, name, posts and password.
#pragma once

#include "Result.h"
#include "domain/User.h"

namespace gw {

class AccountRules final
{
public:
    static constexpr int kMinPasswordLength = 8;
    /// A new account: user name of 2 to 32 small letters, digits, dot, dash or underscore; a name; a
    /// password that passes validatePassword(); posts that keep duties separate (it may have none yet:
    /// posts are given by the security officer).
    static Status validateNew(const User &user, const QString &password);
    static Status validatePassword(const QString &password);
    /// 三员分立: the system administrator, the security officer and the security auditor are three
    /// different people; no account holds two of these posts.
    static Status separateDuties(const QList<Role> &roles);
    static const QList<Role> &securityPosts();
};

} // namespace gw
