// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — how many guesses at an account's password are allowed, on every workstation together.
#pragma once

#include "Result.h"
#include "services/ServiceContext.h"

#include <QString>

namespace gw {
namespace passwordattempts {

/// After this many failures in a row an account is locked, for longer after each further failure.
inline constexpr int kFreeAttempts = 5;
inline constexpr qint64 kFirstLockMs = 30'000;
inline constexpr qint64 kMaxLockMs = 15 * 60'000;

/// How long the account stays locked after `failures` failures in a row (0 when not locked).
qint64 lockDurationMs(int failures);

/// Counts one attempt at `username`'s password before the password is checked, inside the write lock:
/// refused (Throttled) when the account is locked now. Counting first is what makes workstations that
/// guess at once share one allowance (each sees the others' attempts), not get one each.
Status begin(const ServiceContext &ctx, const QString &username);

/// The attempt failed: audited under `action` (the program acts when nobody is logged in).
Status failed(const ServiceContext &ctx, const Principal &who, const QString &username, const QString &action);

/// The attempt succeeded: the count starts again. Called inside the write that the success makes.
Status succeeded(const Database &db, const QString &username);

} // namespace passwordattempts
} // namespace gw
