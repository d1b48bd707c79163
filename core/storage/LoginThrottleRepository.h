// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — storage of failed log-in counts.
#pragma once

#include "Result.h"

#include <QHash>

namespace gw {

class Database;

/// Failed attempts per user name, shared by every workstation on the same database.
class LoginThrottleRepository final
{
public:
    explicit LoginThrottleRepository(const Database &db) : m_db(db) {}

    struct State
    {
        int failures = 0;
        qint64 lockedUntilMs = 0;
    };
    Result<State> get(const QString &username) const;
    Status put(const QString &username, const State &s, qint64 nowMs) const;
    Status clear(const QString &username) const;
    /// User name → the moment its lock ends, for the accounts locked at `nowMs`.
    Result<QHash<QString, qint64>> lockedAt(qint64 nowMs) const;

private:
    const Database &m_db;
};

} // namespace gw
