// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — storage of user accounts and their roles.
#include "storage/UserRepository.h"

#include "storage/Database.h"
#include "storage/RowConflict.h"

namespace gw {
namespace {
const char kSelect[] =
    "SELECT id, username, display_name, password_hash, clearance, district_head, active, version, "
    "updated_by, updated_at, unit_id, must_change_password FROM users";

UserRecord recordFrom(const QSqlQuery &q)
{
    UserRecord r;
    r.user.id = q.value(0).toLongLong();
    r.user.username = q.value(1).toString();
    r.user.displayName = q.value(2).toString();
    r.passwordHash = q.value(3).toString();
    r.user.clearance = clearanceFromCode(q.value(4).toString()).value_or(Clearance::None);
    r.user.districtHead = q.value(5).toInt() != 0;
    r.user.active = q.value(6).toInt() != 0;
    r.user.version = q.value(7).toLongLong();
    r.user.updatedBy = q.value(8).toString();
    r.user.updatedAtMs = q.value(9).toLongLong();
    r.user.unitId = q.value(10).toLongLong();
    r.user.mustChangePassword = q.value(11).toInt() != 0;
    return r;
}

QString userWhat(const User &u)
{
    return QCoreApplication::translate("UserRepository", "The account “%1”").arg(u.username);
}
} // namespace

Result<std::optional<UserRecord>> UserRepository::findWhere(const QString &where, const QVariant &value) const
{
    std::optional<UserRecord> rec;
    {
        auto q = m_db.run(QLatin1String(kSelect) + QStringLiteral(" WHERE ") + where, {value});
        if (!q)
            return q.error();
        if (!q.value().next())
            return rec;
        rec = recordFrom(q.value());
    }
    if (auto st = loadRoles(rec->user); !st)
        return st.error();
    return rec;
}

Result<std::optional<UserRecord>> UserRepository::findByUsername(const QString &username) const
{
    return findWhere(QStringLiteral("username = ?"), username);
}

Result<std::optional<UserRecord>> UserRepository::find(qint64 id) const
{
    return findWhere(QStringLiteral("id = ?"), id);
}

Status UserRepository::loadRoles(User &u) const
{
    auto q = m_db.run(QStringLiteral("SELECT role FROM user_roles WHERE user_id = ?"), {u.id});
    if (!q)
        return q.error();
    QList<Role> roles;
    while (q.value().next()) {
        if (auto r = roleFromCode(q.value().value(0).toString()))
            roles.append(*r);
    }
    // Keep the office's order of posts, whatever order the rows come in.
    u.roles.clear();
    for (Role r : allRoles()) {
        if (roles.contains(r))
            u.roles.append(r);
    }
    return {};
}

Result<QList<User>> UserRepository::list() const
{
    QList<User> users;
    {
        auto q = m_db.run(QLatin1String(kSelect) + QStringLiteral(" ORDER BY username"));
        if (!q)
            return q.error();
        while (q.value().next())
            users.append(recordFrom(q.value()).user);
    }
    for (User &u : users) {
        if (auto st = loadRoles(u); !st)
            return st.error();
    }
    return users;
}

Result<qint64> UserRepository::count() const
{
    auto q = m_db.run(QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toLongLong();
}

Status UserRepository::writeRoles(const User &u) const
{
    if (auto q = m_db.run(QStringLiteral("DELETE FROM user_roles WHERE user_id = ?"), {u.id}); !q)
        return q.error();
    for (Role r : u.roles) {
        if (auto q = m_db.run(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"),
                              {u.id, roleCode(r)});
            !q)
            return q.error();
    }
    return {};
}

Result<qint64> UserRepository::insert(const User &u, const QString &passwordHash, qint64 nowMs,
                                      const QString &by) const
{
    qint64 id = 0;
    {
        auto q =
            m_db.run(QStringLiteral("INSERT INTO users (username, display_name, password_hash, clearance, "
                                    "district_head, active, version, created_at, updated_at, updated_by, unit_id, "
                                    "must_change_password) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?) RETURNING id"),
                     {u.username, u.displayName, passwordHash, clearanceCode(u.clearance),
                      u.districtHead ? 1 : 0, u.active ? 1 : 0, nowMs, nowMs, by, u.unitId,
                      u.mustChangePassword ? 1 : 0});
        if (!q)
            return q.error();
        if (!q.value().next())
            return makeError(ErrorCode::Storage,
                             QCoreApplication::translate("UserRepository", "The new account got no number."));
        id = q.value().value(0).toLongLong();
    }
    User withId = u;
    withId.id = id;
    if (auto st = writeRoles(withId); !st)
        return st.error();
    return id;
}

Error UserRepository::conflictFor(const User &u) const
{
    auto now = m_db.run(QStringLiteral("SELECT updated_by, updated_at FROM users WHERE id = ?"), {u.id});
    if (!now)
        return now.error();
    if (!now.value().next())
        return rowMissing(userWhat(u));
    return rowConflict(userWhat(u), now.value().value(0).toString(), now.value().value(1).toLongLong());
}

Result<qint64> UserRepository::save(const UserRecord &r, qint64 nowMs, const QString &by) const
{
    const User &u = r.user;
    {
        auto q =
            m_db.run(QStringLiteral("UPDATE users SET display_name = ?, clearance = ?, district_head = ?, "
                                    "active = ?, password_hash = ?, unit_id = ?, must_change_password = ?, "
                                    "version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND "
                                    "version = ?"),
                     {u.displayName, clearanceCode(u.clearance), u.districtHead ? 1 : 0, u.active ? 1 : 0,
                      r.passwordHash, u.unitId, u.mustChangePassword ? 1 : 0, nowMs, by, u.id, u.version});
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() != 1)
            return conflictFor(u);
    }
    if (auto st = writeRoles(u); !st)
        return st.error();
    return u.version + 1;
}

Result<qint64> UserRepository::setPasswordHash(qint64 id, qint64 version, const QString &hash, qint64 nowMs,
                                               const QString &by) const
{
    auto q =
        m_db.run(QStringLiteral("UPDATE users SET password_hash = ?, version = version + 1, updated_at = ?, "
                                "updated_by = ? WHERE id = ? AND version = ?"),
                 {hash, nowMs, by, id, version});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1) {
        User u;
        u.id = id;
        if (auto rec = find(id); rec && rec.value())
            u.username = rec.value()->user.username;
        return conflictFor(u);
    }
    return version + 1;
}

} // namespace gw
