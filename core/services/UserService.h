// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — user accounts: posts, clearance, passwords.
#pragma once

#include "Result.h"
#include "domain/User.h"
#include "security/AccountRules.h"
#include "security/Actor.h"
#include "services/ServiceContext.h"

#include <QObject>

namespace gw {

/// Creates and edits accounts, and lets a user change their own password. Duties are separated
/// (三员分立): the system administrator creates, renames, disables and resets accounts; the security
/// officer gives posts, clearances and the 区长 mark; neither may hold the other's post or the auditor's.
class UserService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserService)
public:
    static constexpr int kMinPasswordLength = AccountRules::kMinPasswordLength;

    UserService(const ServiceContext &ctx, QObject *parent = nullptr) : QObject(parent), m_ctx(ctx) {}

    /// The account as the records hold it now (its name, posts and clearance for the screen to show).
    Result<Principal> current(const Actor &actor) const;
    Result<QList<User>> list(const Actor &actor) const;
    /// A new account. The password an administrator gives is temporary unless said otherwise: the person
    /// chooses their own at the first log-in.
    Result<User> create(const Actor &actor, User user, const QString &password, bool passwordIsTemporary = true);
    /// Saves name, posts, clearance and state edited on `user.version`; each part needs its own duty.
    Result<User> update(const Actor &actor, User user);
    /// Whether the account may give posts and clearances now: the security officer always, and the
    /// system administrator only while the office has no active security officer (setting up).
    Result<bool> mayAssignPosts(const Actor &actor) const;
    Result<User> resetPassword(const Actor &actor, qint64 userId, qint64 version, const QString &password);
    Status changeOwnPassword(const Actor &actor, const QString &oldPassword, const QString &newPassword);
    /// Account id → the moment its lock ends, for accounts locked now after failed passwords.
    Result<QHash<qint64, qint64>> lockedAccounts(const Actor &actor) const;
    /// The administrator lifts the lock failed passwords put on an account (audited).
    Status unlock(const Actor &actor, qint64 userId);

Q_SIGNALS:
    void userChanged(qint64 id);

private:
    static bool mayAssignPostsOn(const Database &db, const Principal &who);
    /// No change leaves the office without an active holder of a security post it had.
    static Status keepsSecurityPosts(const Database &db, const User &stored, const User &edited);
    ServiceContext m_ctx;
};

} // namespace gw
