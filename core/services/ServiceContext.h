// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what every service works with, and the one way services write.
#pragma once

#include "Result.h"
#include "security/Actor.h"
#include "security/Permissions.h"
#include "storage/Database.h"

namespace gw {

class Clock;
class PasswordHasher;

struct ServiceContext
{
    Database &db;
    Clock &clock;
    PasswordHasher &hasher;

    /// The actor with the posts and state the records hold now: a session does not keep rights
    /// that were taken away after it logged in, and a disabled account can do nothing.
    Result<Actor> currentActor(const Actor &actor) const;
    /// The actor as it is now may do `action`.
    Status authorize(const Actor &actor, Action action) const;
};

/// Runs `body` inside one write transaction and commits when it succeeds; rolls back otherwise.
/// `body` returns a Status or a Result<T>, and writes its change and audit entry together.
template <typename F> auto inWriteTransaction(Database &db, F &&body) -> decltype(body())
{
    WriteTransaction tx(db);
    if (!tx.status())
        return tx.status().error();
    auto result = body();
    if (!result)
        return result;
    if (auto st = tx.commit(); !st)
        return st.error();
    return result;
}

} // namespace gw
