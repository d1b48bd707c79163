// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — user accounts.
#include "services/UserService.h"

#include "Clock.h"
#include "security/AuditLog.h"
#include "security/PasswordHasher.h"
#include "security/Permissions.h"
#include "storage/UserRepository.h"

#include <QRegularExpression>

namespace gw {
namespace {
QString describe(const User &u)
{
    QStringList roles;
    for (Role r : u.roles)
        roles.append(roleCode(r));
    return QStringLiteral("user=%1; name=%2; roles=%3; clearance=%4; district_head=%5; active=%6")
        .arg(u.username, u.displayName, roles.join(QLatin1Char(',')), clearanceCode(u.clearance))
        .arg(u.districtHead ? 1 : 0)
        .arg(u.active ? 1 : 0);
}
} // namespace

Status UserService::validatePassword(const QString &password)
{
    if (password.size() < kMinPasswordLength)
        return makeError(ErrorCode::Validation,
                         tr("The password must have at least %1 characters.").arg(kMinPasswordLength));
    if (password.trimmed() != password)
        return makeError(ErrorCode::Validation, tr("The password must not begin or end with a space."));
    return {};
}

Status UserService::validateNew(const User &u, const QString &password)
{
    static const QRegularExpression kName(QStringLiteral("^[a-z0-9][a-z0-9_.-]{1,31}$"));
    if (!kName.match(u.username).hasMatch())
        return makeError(ErrorCode::Validation,
                         tr("The user name must have 2 to 32 characters: small letters, digits, dot, dash or "
                            "underscore, starting with a letter or digit."));
    if (u.displayName.trimmed().isEmpty())
        return makeError(ErrorCode::Validation, tr("Enter the person's name."));
    if (u.roles.isEmpty())
        return makeError(ErrorCode::Validation, tr("Choose at least one post for the account."));
    return validatePassword(password);
}

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

Result<User> UserService::create(const Actor &actor, User user, const QString &password)
{
    if (auto st = m_ctx.authorize(actor, Action::ManageUsers); !st)
        return st.error();
    user.username = user.username.trimmed();
    user.displayName = user.displayName.simplified();
    user.active = true;
    if (auto st = validateNew(user, password); !st)
        return st.error();
    const QString hash = m_ctx.hasher.hash(password);
    if (hash.isEmpty())
        return makeError(ErrorCode::Storage, tr("Not enough memory to protect the password."));
    auto done = inWriteTransaction(m_ctx.db, [&]() -> Result<User> {
        const UserRepository repo(m_ctx.db);
        auto existing = repo.findByUsername(user.username);
        if (!existing)
            return existing.error();
        if (existing.value())
            return makeError(ErrorCode::Validation, tr("The user name “%1” is taken.").arg(user.username));
        const qint64 now = m_ctx.clock.nowMs();
        auto id = repo.insert(user, hash, now, actor.displayName);
        if (!id)
            return id.error();
        user.id = id.value();
        user.version = 1;
        if (auto st = AuditLog::append(m_ctx.db, actor, now, QStringLiteral("user.create"),
                                       QStringLiteral("user"), QString::number(user.id), describe(user));
            !st)
            return st.error();
        return user;
    });
    if (done)
        Q_EMIT userChanged(done.value().id);
    return done;
}

Result<User> UserService::update(const Actor &actor, User user)
{
    if (auto st = m_ctx.authorize(actor, Action::ManageUsers); !st)
        return st.error();
    user.displayName = user.displayName.simplified();
    if (user.displayName.isEmpty())
        return makeError(ErrorCode::Validation, tr("Enter the person's name."));
    if (user.roles.isEmpty())
        return makeError(ErrorCode::Validation, tr("Choose at least one post for the account."));
    auto done = inWriteTransaction(m_ctx.db, [&]() -> Result<User> {
        const UserRepository repo(m_ctx.db);
        auto before = repo.find(user.id);
        if (!before)
            return before.error();
        if (!before.value())
            return makeError(ErrorCode::NotFound, tr("The account no longer exists."));
        if (auto st = keepsAnAdministrator(user); !st)
            return st.error();
        user.username = before.value()->user.username;
        const qint64 now = m_ctx.clock.nowMs();
        auto v = repo.update(user, now, actor.displayName);
        if (!v)
            return v.error();
        if (auto st =
                AuditLog::append(m_ctx.db, actor, now, QStringLiteral("user.update"), QStringLiteral("user"),
                                 QString::number(user.id),
                                 describe(before.value()->user) + QStringLiteral(" -> ") + describe(user));
            !st)
            return st.error();
        user.version = v.value();
        return user;
    });
    if (done)
        Q_EMIT userChanged(user.id);
    return done;
}

Result<User> UserService::resetPassword(const Actor &actor, qint64 userId, qint64 version,
                                        const QString &password)
{
    if (auto st = m_ctx.authorize(actor, Action::ManageUsers); !st)
        return st.error();
    if (auto st = validatePassword(password); !st)
        return st.error();
    const QString hash = m_ctx.hasher.hash(password);
    if (hash.isEmpty())
        return makeError(ErrorCode::Storage, tr("Not enough memory to protect the password."));
    auto done = inWriteTransaction(m_ctx.db, [&]() -> Result<User> {
        const UserRepository repo(m_ctx.db);
        const qint64 now = m_ctx.clock.nowMs();
        auto v = repo.setPasswordHash(userId, version, hash, now, actor.displayName);
        if (!v)
            return v.error();
        if (auto st = AuditLog::append(m_ctx.db, actor, now, QStringLiteral("user.password_reset"),
                                       QStringLiteral("user"), QString::number(userId), QString());
            !st)
            return st.error();
        auto rec = repo.find(userId);
        if (!rec)
            return rec.error();
        return rec.value()->user;
    });
    if (done)
        Q_EMIT userChanged(userId);
    return done;
}

Status UserService::changeOwnPassword(const Actor &actor, const QString &oldPassword,
                                      const QString &newPassword)
{
    if (actor.isProgram())
        return makeError(ErrorCode::Permission, tr("Log in to change your password."));
    if (auto st = validatePassword(newPassword); !st)
        return st;
    // Hash before taking the write lock: Argon2 is slow on purpose.
    const QString newHash = m_ctx.hasher.hash(newPassword);
    if (newHash.isEmpty())
        return makeError(ErrorCode::Storage, tr("Not enough memory to protect the password."));
    return inWriteTransaction(m_ctx.db, [&]() -> Status {
        const UserRepository repo(m_ctx.db);
        auto rec = repo.find(actor.userId);
        if (!rec)
            return rec.error();
        if (!rec.value() || !rec.value()->user.active)
            return makeError(ErrorCode::NotFound, tr("The account no longer exists."));
        if (!m_ctx.hasher.verify(rec.value()->passwordHash, oldPassword))
            return makeError(ErrorCode::Auth, tr("The current password is wrong."));
        const qint64 now = m_ctx.clock.nowMs();
        auto v =
            repo.setPasswordHash(actor.userId, rec.value()->user.version, newHash, now, actor.displayName);
        if (!v)
            return v.error();
        return AuditLog::append(m_ctx.db, actor, now, QStringLiteral("user.password_change"),
                                QStringLiteral("user"), QString::number(actor.userId), QString());
    });
}

} // namespace gw
