// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — logging in, with failed attempts rate-limited.
#pragma once

#include "Result.h"
#include "security/Actor.h"
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
    static constexpr int kFreeAttempts = 5;
    static constexpr qint64 kFirstLockMs = 30'000;
    static constexpr qint64 kMaxLockMs = 15 * 60'000;

    AuthService(const ServiceContext &ctx, QObject *parent = nullptr) : QObject(parent), m_ctx(ctx) {}

    Result<Principal> login(const QString &username, const QString &password);
    /// How long the account stays locked after `failures` failures in a row (0 when not locked).
    static qint64 lockDurationMs(int failures);

private:
    Status recordFailure(const QString &username);
    ServiceContext m_ctx;
};

} // namespace gw
