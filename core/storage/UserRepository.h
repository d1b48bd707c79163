// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — storage of user accounts and their roles.
#pragma once

#include "Result.h"
#include "domain/User.h"

#include <optional>

namespace gw {

class Database;

/// A user with the stored password hash; only security code reads the hash.
struct UserRecord
{
    User user;
    QString passwordHash;
};

/// SQL for users and user_roles. Writes expect an open write transaction.
class UserRepository final
{
public:
    explicit UserRepository(const Database &db) : m_db(db) {}

    Result<std::optional<UserRecord>> findByUsername(const QString &username) const;
    Result<std::optional<UserRecord>> find(qint64 id) const;
    Result<QList<User>> list() const;
    Result<qint64> count() const;
    Result<qint64> insert(const User &u, const QString &passwordHash, qint64 nowMs, const QString &by) const;
    /// Saves name, posts, clearance, state and password hash when the stored version equals the
    /// record's; returns the new version, or the conflict naming who saved meanwhile.
    Result<qint64> save(const UserRecord &r, qint64 nowMs, const QString &by) const;
    /// Replaces the hash when the stored version equals `version`; returns the new version.
    Result<qint64> setPasswordHash(qint64 id, qint64 version, const QString &hash, qint64 nowMs,
                                   const QString &by) const;

private:
    Result<std::optional<UserRecord>> findWhere(const QString &where, const QVariant &value) const;
    Status loadRoles(User &u) const;
    Status writeRoles(const User &u) const;
    Error conflictFor(const User &u) const;

    const Database &m_db;
};

} // namespace gw
