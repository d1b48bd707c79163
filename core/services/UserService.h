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

/// Creates and edits accounts (administrators), and lets a user change their own password.
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
    Result<User> create(const Actor &actor, User user, const QString &password);
    /// Saves name, posts, clearance and state edited on `user.version`.
    Result<User> update(const Actor &actor, User user);
    Result<User> resetPassword(const Actor &actor, qint64 userId, qint64 version, const QString &password);
    Status changeOwnPassword(const Actor &actor, const QString &oldPassword, const QString &newPassword);

Q_SIGNALS:
    void userChanged(qint64 id);

private:
    Status keepsAnAdministrator(const User &edited) const;
    ServiceContext m_ctx;
};

} // namespace gw
