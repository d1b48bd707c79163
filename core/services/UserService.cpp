// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — user accounts.
#include "services/UserService.h"

#include "Clock.h"
#include "security/AccountRules.h"
#include "security/PasswordHasher.h"
#include "security/Permissions.h"
#include "services/DirectoryRecords.h"
#include "services/PasswordAttempts.h"
#include "storage/UserRepository.h"

namespace gw {

Status UserService::keepsAnAdministrator(const User &edited) const
{
    if (edited.active && edited.hasRole(Role::Admin))
        return {};
    auto users = UserRepository(m_ctx.db).list();
    if (!users)
        return users.error();
    for (const User &u : users.value()) {
        if (u.id != edited.id && u.active && u.hasRole(Role::Admin))
            return {};
    }
    return makeError(ErrorCode::Validation,
                     tr("At least one active account must keep the system administrator post."));
}

Result<QList<User>> UserService::list(const Actor &actor) const
{
    if (auto st = m_ctx.authorize(actor, Action::ViewUsers); !st)
        return st.error();
    return UserRepository(m_ctx.db).list();
}

Result<Principal> UserService::current(const Actor &actor) const
{
    return m_ctx.resolve(actor);
}

Result<User> UserService::create(const Actor &actor, User user, const QString &password)
{
    user.username = user.username.trimmed();
    user.displayName = user.displayName.simplified();
    user.active = true;
    if (auto st = m_ctx.authorize(actor, Action::ManageUsers); !st)
        return st.error();
    if (auto st = AccountRules::validateNew(user, password); !st)
        return st.error();
    UserRecord rec{user, m_ctx.hasher.hash(password)}; // slow on purpose: before the write lock
    if (rec.passwordHash.isEmpty())
        return makeError(ErrorCode::Storage, tr("Not enough memory to protect the password."));
    auto done = m_ctx.create<UserRecord>(
        actor, {Action::ManageUsers, QStringLiteral("user.create")}, rec,
        [&](WriteScope &w, UserRecord &r) -> Status {
            auto existing = UserRepository(w.db).findByUsername(r.user.username);
            if (!existing)
                return existing.error();
            if (existing.value())
                return makeError(ErrorCode::Validation,
                                 tr("The user name “%1” is taken.").arg(r.user.username));
            return {};
        });
    if (!done)
        return done.error();
    return done.value().user;
}

Result<User> UserService::update(const Actor &actor, User edited)
{
    edited.displayName = edited.displayName.simplified();
    if (auto st = m_ctx.authorize(actor, Action::ManageUsers); !st)
        return st.error();
    if (edited.displayName.isEmpty())
        return makeError(ErrorCode::Validation, tr("Enter the person's name."));
    if (edited.roles.isEmpty())
        return makeError(ErrorCode::Validation, tr("Choose at least one post for the account."));
    auto done =
        m_ctx.update<UserRecord>(actor, {Action::ManageUsers, QStringLiteral("user.update")}, edited.id,
                                 edited.version, [&](WriteScope &, UserRecord &r) -> Status {
                                     if (auto st = keepsAnAdministrator(edited); !st)
                                         return st;
                                     const QString username = r.user.username;
                                     r.user = edited;
                                     r.user.username = username;
                                     return {};
                                 });
    if (!done)
        return done.error();
    return done.value().user;
}

Result<User> UserService::resetPassword(const Actor &actor, qint64 userId, qint64 version,
                                        const QString &password)
{
    if (auto st = m_ctx.authorize(actor, Action::ManageUsers); !st)
        return st.error();
    if (auto st = AccountRules::validatePassword(password); !st)
        return st.error();
    const QString hash = m_ctx.hasher.hash(password);
    if (hash.isEmpty())
        return makeError(ErrorCode::Storage, tr("Not enough memory to protect the password."));
    auto done = m_ctx.update<UserRecord>(actor, {Action::ManageUsers, QStringLiteral("user.password_reset")},
                                         userId, version, [&](WriteScope &w, UserRecord &r) -> Status {
                                             r.passwordHash = hash;
                                             w.remark(QStringLiteral("password"), QStringLiteral("reset"));
                                             return {};
                                         });
    if (!done)
        return done.error();
    return done.value().user;
}

Status UserService::changeOwnPassword(const Actor &actor, const QString &oldPassword,
                                      const QString &newPassword)
{
    if (auto st = AccountRules::validatePassword(newPassword); !st)
        return st;
    auto who = m_ctx.resolve(actor);
    if (!who)
        return who.error();
    // The current password is a password guess like a log-in: counted against the same allowance.
    if (auto st = passwordattempts::begin(m_ctx, who.value().username); !st)
        return st;
    // Hash before taking the write lock: Argon2 is slow on purpose.
    const QString newHash = m_ctx.hasher.hash(newPassword);
    if (newHash.isEmpty())
        return makeError(ErrorCode::Storage, tr("Not enough memory to protect the password."));
    bool wrongPassword = false;
    auto done = m_ctx.update<UserRecord>(
        actor, {std::nullopt, QStringLiteral("user.password_change"), true}, actor.userId, 0,
        [&](WriteScope &w, UserRecord &r) -> Status {
            if (!m_ctx.hasher.verify(r.passwordHash, oldPassword)) {
                wrongPassword = true;
                return makeError(ErrorCode::Auth, tr("The current password is wrong."));
            }
            r.passwordHash = newHash;
            w.remark(QStringLiteral("password"), QStringLiteral("changed"));
            return passwordattempts::succeeded(w.db, r.user.username);
        });
    if (wrongPassword) {
        if (auto st = passwordattempts::failed(m_ctx, who.value(), who.value().username,
                                               QStringLiteral("user.password_change_failed"));
            !st)
            return st;
    }
    if (!done)
        return done.error();
    return {};
}

} // namespace gw
