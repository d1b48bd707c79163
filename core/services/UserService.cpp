// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — user accounts.
#include "services/UserService.h"

#include "Clock.h"
#include "security/AccountRules.h"
#include "security/PasswordHasher.h"
#include "security/Permissions.h"
#include "services/DirectoryRecords.h"
#include "services/PasswordAttempts.h"
#include "storage/LoginThrottleRepository.h"
#include "storage/UserRepository.h"

#include <algorithm>

namespace gw {

namespace {
bool samePosts(const User &a, const User &b)
{
    QList<Role> x = a.roles, y = b.roles;
    std::sort(x.begin(), x.end());
    std::sort(y.begin(), y.end());
    return x == y && a.clearance == b.clearance && a.districtHead == b.districtHead;
}

bool hasPosts(const User &u)
{
    return !u.roles.isEmpty() || u.clearance != Clearance::None || u.districtHead;
}

Error notYourDuty(const QString &what)
{
    return makeError(ErrorCode::Permission, what);
}
} // namespace

Status UserService::keepsSecurityPosts(const Database &db, const User &stored, const User &edited)
{
    auto users = UserRepository(db).list();
    if (!users)
        return users.error();
    for (Role post : AccountRules::securityPosts()) {
        const bool had = stored.active && stored.hasRole(post);
        const bool keeps = edited.active && edited.hasRole(post);
        if (!had || keeps)
            continue;
        const bool another = std::any_of(users.value().cbegin(), users.value().cend(), [&](const User &u) {
            return u.id != edited.id && u.active && u.hasRole(post);
        });
        if (!another)
            return makeError(ErrorCode::Validation,
                             tr("At least one active account must keep the %1 post.").arg(roleLabel(post)));
    }
    return {};
}

bool UserService::mayAssignPostsOn(const Database &db, const Principal &who)
{
    if (Permissions::allows(who.roles, Action::ManageClearances))
        return true;
    if (!who.roles.contains(Role::Admin))
        return false;
    auto users = UserRepository(db).list();
    if (!users)
        return false;
    return std::none_of(users.value().cbegin(), users.value().cend(),
                        [](const User &u) { return u.active && u.hasRole(Role::SecurityOfficer); });
}

Result<bool> UserService::mayAssignPosts(const Actor &actor) const
{
    auto who = m_ctx.resolve(actor);
    if (!who)
        return who.error();
    return mayAssignPostsOn(m_ctx.db, who.value());
}

Result<QList<User>> UserService::list(const Actor &actor) const
{
    if (auto st = m_ctx.authorize(actor, Action::ViewUsers); !st)
        return st.error();
    return UserRepository(m_ctx.db).list();
}

Result<QHash<qint64, qint64>> UserService::lockedAccounts(const Actor &actor) const
{
    if (auto st = m_ctx.authorize(actor, Action::ViewUsers); !st)
        return st.error();
    auto locked = LoginThrottleRepository(m_ctx.db).lockedAt(m_ctx.clock.nowMs());
    if (!locked)
        return locked.error();
    QHash<qint64, qint64> out;
    for (auto it = locked.value().cbegin(); it != locked.value().cend(); ++it) {
        auto rec = UserRepository(m_ctx.db).findByUsername(it.key());
        if (!rec)
            return rec.error();
        if (rec.value())
            out.insert(rec.value()->user.id, it.value());
    }
    return out;
}

Status UserService::unlock(const Actor &actor, qint64 userId)
{
    auto who = m_ctx.authorize(actor, Action::ManageUsers);
    if (!who)
        return who.error();
    auto done = m_ctx.commit(who.value(), [&](WriteScope &w) -> Status {
        auto rec = UserRepository(w.db).find(userId);
        if (!rec)
            return rec.error();
        if (!rec.value())
            return makeError(ErrorCode::NotFound, tr("The account does not exist."));
        const QString username = rec.value()->user.username;
        auto state = LoginThrottleRepository(w.db).get(username);
        if (!state)
            return state.error();
        if (state.value().lockedUntilMs <= w.nowMs)
            return makeError(ErrorCode::Validation, tr("The account “%1” is not locked.").arg(username));
        if (auto st = LoginThrottleRepository(w.db).clear(username); !st)
            return st;
        w.audit(AuditNote{QStringLiteral("user.unlock"),
                          QLatin1String(Records<UserRecord>::kType),
                          userId,
                          {},
                          AuditDiff::between({{QStringLiteral("failed_logins"), QString::number(state.value().failures)}},
                                             {{QStringLiteral("failed_logins"), QStringLiteral("0")}})});
        return {};
    });
    if (!done)
        return done;
    Q_EMIT userChanged(userId);
    return {};
}

Result<Principal> UserService::current(const Actor &actor) const
{
    return m_ctx.resolve(actor);
}

Result<User> UserService::create(const Actor &actor, User user, const QString &password,
                                 bool passwordIsTemporary)
{
    user.username = user.username.trimmed();
    user.displayName = user.displayName.simplified();
    user.active = true;
    user.mustChangePassword = passwordIsTemporary;
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
            if (hasPosts(r.user) && !mayAssignPostsOn(w.db, w.who))
                return notYourDuty(tr("Posts and clearances are given by the security officer. Create the "
                                      "account without them; the security officer assigns them."));
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
    if (edited.displayName.isEmpty())
        return makeError(ErrorCode::Validation, tr("Enter the person's name."));
    if (auto st = AccountRules::separateDuties(edited.roles); !st)
        return st.error();
    // Which duty the change needs is decided on the account as stored, inside the write.
    auto done = m_ctx.update<UserRecord>(
        actor, {std::nullopt, QStringLiteral("user.update")}, edited.id, edited.version,
        [&](WriteScope &w, UserRecord &r) -> Status {
            const User &stored = r.user;
            const bool accountChanged = stored.displayName != edited.displayName ||
                                        stored.active != edited.active || stored.unitId != edited.unitId;
            if (accountChanged && !Permissions::allows(w.who.roles, Action::ManageUsers))
                return notYourDuty(tr("Names, units and the state of accounts are changed by the system "
                                      "administrator."));
            if (!samePosts(stored, edited) && !mayAssignPostsOn(w.db, w.who))
                return notYourDuty(tr("Posts and clearances are given by the security officer."));
            if (!accountChanged && samePosts(stored, edited) &&
                !Permissions::allows(w.who.roles, Action::ManageUsers) && !mayAssignPostsOn(w.db, w.who))
                return notYourDuty(tr("Accounts are changed by the system administrator and the security "
                                      "officer."));
            if (auto st = keepsSecurityPosts(w.db, stored, edited); !st)
                return st;
            const QString username = stored.username;
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
                                             r.user.mustChangePassword = true; // theirs to choose next
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
    if (newPassword == oldPassword)
        return makeError(ErrorCode::Validation, tr("The new password must differ from the current one."));
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
            r.user.mustChangePassword = false;
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
