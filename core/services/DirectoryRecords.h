// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — units, accounts and the office settings on the write path.
#pragma once

#include "domain/Office.h"
#include "domain/Unit.h"
#include "services/Records.h"
#include "storage/OfficeRepository.h"
#include "storage/RowConflict.h"
#include "storage/UnitRepository.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>

namespace gw {

template <> struct Records<Unit> : OpenRecords<Unit>
{
    static constexpr const char *kType = "unit";
    static Result<std::optional<Unit>> load(Database &db, qint64 id) { return UnitRepository(db).find(id); }
    static Result<qint64> save(Database &db, const Unit &u, qint64 now, const QString &by)
    {
        return UnitRepository(db).update(u, now, by);
    }
    static Result<qint64> insert(Database &db, const Unit &u, qint64 now, const QString &by)
    {
        return UnitRepository(db).insert(u, now, by);
    }
    static QString notFound()
    {
        return QCoreApplication::translate("UnitService", "The unit no longer exists.");
    }
    static Error conflict(const Unit &u)
    {
        return rowConflict(QCoreApplication::translate("UnitService", "The unit “%1”").arg(u.name),
                           u.updatedBy, u.updatedAtMs);
    }
    static AuditFields fields(const Unit &u);
};

/// An account with its password hash (never audited: a change of it is recorded as a remark).
template <> struct Records<UserRecord>
{
    static constexpr const char *kType = "user";
    static Result<std::optional<UserRecord>> load(Database &db, qint64 id)
    {
        return UserRepository(db).find(id);
    }
    static Result<qint64> save(Database &db, const UserRecord &r, qint64 now, const QString &by)
    {
        return UserRepository(db).save(r, now, by);
    }
    static Result<qint64> insert(Database &db, const UserRecord &r, qint64 now, const QString &by)
    {
        return UserRepository(db).insert(r.user, r.passwordHash, now, by);
    }
    static qint64 idOf(const UserRecord &r) { return r.user.id; }
    static void setId(UserRecord &r, qint64 id) { r.user.id = id; }
    static qint64 versionOf(const UserRecord &r) { return r.user.version; }
    static void setVersion(UserRecord &r, qint64 v) { r.user.version = v; }
    static bool visibleTo(Database &, const Principal &, const UserRecord &) { return true; }
    static Error notCleared(const Principal &, const UserRecord &)
    {
        return makeError(ErrorCode::Permission, {});
    }
    static QString notFound()
    {
        return QCoreApplication::translate("UserService", "The account no longer exists.");
    }
    static Error conflict(const UserRecord &r)
    {
        return rowConflict(
            QCoreApplication::translate("UserRepository", "The account “%1”").arg(r.user.username),
            r.user.updatedBy, r.user.updatedAtMs);
    }
    static AuditFields fields(const UserRecord &r);
};

/// The one row of office settings.
template <> struct Records<Office>
{
    static constexpr const char *kType = "office";
    static Result<std::optional<Office>> load(Database &db, qint64) { return OfficeRepository(db).load(); }
    static Result<qint64> save(Database &db, const Office &o, qint64 now, const QString &by)
    {
        return OfficeRepository(db).update(o, now, by);
    }
    static Result<qint64> insert(Database &db, const Office &o, qint64 now, const QString &by);
    static qint64 idOf(const Office &) { return 1; }
    static void setId(Office &, qint64) {}
    static qint64 versionOf(const Office &o) { return o.version; }
    static void setVersion(Office &o, qint64 v) { o.version = v; }
    static bool visibleTo(Database &, const Principal &, const Office &) { return true; }
    static Error notCleared(const Principal &, const Office &)
    {
        return makeError(ErrorCode::Permission, {});
    }
    static QString notFound()
    {
        return QCoreApplication::translate("OfficeService", "The office has not been set up.");
    }
    static Error conflict(const Office &o)
    {
        return rowConflict(QCoreApplication::translate("OfficeRepository", "The office settings"),
                           o.updatedBy, o.updatedAtMs);
    }
    static AuditFields fields(const Office &o);
};

} // namespace gw
