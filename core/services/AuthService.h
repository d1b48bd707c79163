// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — logging in, with failed attempts rate-limited.
#pragma once

#include "Result.h"
#include "security/Actor.h"
#include "services/PasswordAttempts.h"
#include "services/ServiceContext.h"

#include <QObject>

namespace gw {

/// Checks a user name and password and returns the account that later calls name (as an Actor).
/// After kFreeAttempts failures in a row an account is locked, for longer after each further failure.
class AuthService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthService)
public:
    static constexpr int kFreeAttempts = passwordattempts::kFreeAttempts;
    static constexpr qint64 kFirstLockMs = passwordattempts::kFirstLockMs;
    static constexpr qint64 kMaxLockMs = passwordattempts::kMaxLockMs;

    AuthService(const ServiceContext &ctx, QObject *parent = nullptr) : QObject(parent), m_ctx(ctx) {}

    Result<Principal> login(const QString &username, const QString &password);
    /// How long the account stays locked after `failures` failures in a row (0 when not locked).
    static qint64 lockDurationMs(int failures) { return passwordattempts::lockDurationMs(failures); }

private:
    ServiceContext m_ctx;
};

} // namespace gw
