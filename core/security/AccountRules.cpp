// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the form of an account: user name, name, posts and password.
#include "security/AccountRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace gw {

Status AccountRules::validatePassword(const QString &password)
{
    if (password.size() < kMinPasswordLength)
        return makeError(
            ErrorCode::Validation,
            QCoreApplication::translate("UserService", "The password must have at least %1 characters.")
                .arg(kMinPasswordLength));
    if (password.trimmed() != password)
        return makeError(
            ErrorCode::Validation,
            QCoreApplication::translate("UserService", "The password must not begin or end with a space."));
    return {};
}

Status AccountRules::validateNew(const User &u, const QString &password)
{
    static const QRegularExpression kName(QStringLiteral("^[a-z0-9][a-z0-9_.-]{1,31}$"));
    if (!kName.match(u.username).hasMatch())
        return makeError(
            ErrorCode::Validation,
            QCoreApplication::translate(
                "UserService",
                "The user name must have 2 to 32 characters: small letters, digits, dot, dash or "
                "underscore, starting with a letter or digit."));
    if (u.displayName.trimmed().isEmpty())
        return makeError(ErrorCode::Validation,
                         QCoreApplication::translate("UserService", "Enter the person's name."));
    if (auto st = separateDuties(u.roles); !st)
        return st;
    return validatePassword(password);
}

const QList<Role> &AccountRules::securityPosts()
{
    static const QList<Role> posts{Role::Admin, Role::SecurityOfficer, Role::Auditor};
    return posts;
}

Status AccountRules::separateDuties(const QList<Role> &roles)
{
    QList<Role> held;
    for (Role r : securityPosts()) {
        if (roles.contains(r))
            held.append(r);
    }
    if (held.size() <= 1)
        return {};
    return makeError(ErrorCode::Validation,
                     QCoreApplication::translate("UserService",
                                                 "One account cannot be both %1 and %2: the system "
                                                 "administrator, the security officer and the security "
                                                 "auditor must be three different people (三员分立).")
                         .arg(roleLabel(held.at(0)), roleLabel(held.at(1))));
}

} // namespace gw
