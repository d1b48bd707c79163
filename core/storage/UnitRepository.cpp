// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — storage of the unit directory.
#include "storage/UnitRepository.h"

#include "storage/Database.h"
#include "storage/RowConflict.h"

namespace gw {
namespace {
const char kSelect[] =
    "SELECT id, name, short_name, type, superior_id, key_enterprise, active, version, updated_by, "
    "updated_at FROM units";

Unit unitFrom(const QSqlQuery &q)
{
    Unit u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.shortName = q.value(2).toString();
    u.type = unitTypeFromCode(q.value(3).toString()).value_or(UnitType::Department);
    u.superiorId = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
    u.keyEnterprise = q.value(5).toInt() != 0;
    u.active = q.value(6).toInt() != 0;
    u.version = q.value(7).toLongLong();
    u.updatedBy = q.value(8).toString();
    u.updatedAtMs = q.value(9).toLongLong();
    return u;
}

QVariant superior(const Unit &u)
{
    return u.superiorId > 0 ? QVariant(u.superiorId) : QVariant(QMetaType(QMetaType::LongLong));
}

QString unitWhat(const Unit &u)
{
    return QCoreApplication::translate("UnitRepository", "The unit “%1”").arg(u.name);
}
} // namespace

Result<std::optional<Unit>> UnitRepository::find(qint64 id) const
{
    std::optional<Unit> found;
    auto st = m_db.runCached(QLatin1String(kSelect) + QStringLiteral(" WHERE id = ?"), {id},
                             [&found](QSqlQuery &q) -> Status {
                                 if (q.next())
                                     found = unitFrom(q);
                                 return {};
                             });
    if (!st)
        return st.error();
    return found;
}

Result<std::optional<Unit>> UnitRepository::findByName(const QString &name) const
{
    auto q = m_db.run(QLatin1String(kSelect) + QStringLiteral(" WHERE name = ?"), {name});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Unit>();
    return std::optional<Unit>(unitFrom(q.value()));
}

Result<QList<Unit>> UnitRepository::list(const UnitFilter &f) const
{
    QString sql = QLatin1String(kSelect) + QStringLiteral(" WHERE 1 = 1");
    QVariantList binds;
    if (!f.includeInactive)
        sql += QStringLiteral(" AND active = 1");
    if (f.type) {
        sql += QStringLiteral(" AND type = ?");
        binds.append(unitTypeCode(*f.type));
    }
    if (!f.text.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND ") + Database::likeAny({QStringLiteral("name"), QStringLiteral("short_name")});
        const QString like = Database::likeContaining(f.text.trimmed());
        binds << like << like;
    }
    if (!f.afterName.isEmpty()) {
        sql += QStringLiteral(" AND name > ?");
        binds.append(f.afterName);
    }
    sql += QStringLiteral(" ORDER BY name LIMIT ?");
    binds.append(f.limit);
    auto q = m_db.run(sql, binds);
    if (!q)
        return q.error();
    QList<Unit> out;
    while (q.value().next())
        out.append(unitFrom(q.value()));
    return out;
}

Result<qint64> UnitRepository::count() const
{
    auto q = m_db.run(QStringLiteral("SELECT COUNT(*) FROM units"));
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toLongLong();
}

Result<qint64> UnitRepository::insert(const Unit &u, qint64 nowMs, const QString &by) const
{
    auto q = m_db.run(
        QStringLiteral("INSERT INTO units (name, short_name, type, superior_id, key_enterprise, active, "
                       "version, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?) "
                       "RETURNING id"),
        {u.name, u.shortName, unitTypeCode(u.type), superior(u), u.keyEnterprise ? 1 : 0, u.active ? 1 : 0,
         nowMs, nowMs, by});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::Storage,
                         QCoreApplication::translate("UnitRepository", "The new unit got no number."));
    return q.value().value(0).toLongLong();
}

Status UnitRepository::insertMany(const QList<Unit> &units, qint64 nowMs, const QString &by) const
{
    auto q =
        m_db.prepare(QStringLiteral("INSERT INTO units (name, short_name, type, superior_id, key_enterprise, "
                                    "active, version, created_at, updated_at, updated_by) "
                                    "VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)"));
    if (!q)
        return q.error();
    QVariantList binds;
    binds.reserve(9);
    for (const Unit &u : units) {
        binds = {u.name,
                 u.shortName,
                 unitTypeCode(u.type),
                 superior(u),
                 u.keyEnterprise ? 1 : 0,
                 u.active ? 1 : 0,
                 nowMs,
                 nowMs,
                 by};
        if (auto st = m_db.execPrepared(q.value(), binds); !st)
            return st;
    }
    return {};
}

Result<qint64> UnitRepository::update(const Unit &u, qint64 nowMs, const QString &by) const
{
    auto q = m_db.run(QStringLiteral("UPDATE units SET name = ?, short_name = ?, type = ?, superior_id = ?, "
                                     "key_enterprise = ?, active = ?, version = version + 1, updated_at = ?, "
                                     "updated_by = ? WHERE id = ? AND version = ?"),
                      {u.name, u.shortName, unitTypeCode(u.type), superior(u), u.keyEnterprise ? 1 : 0,
                       u.active ? 1 : 0, nowMs, by, u.id, u.version});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 1)
        return u.version + 1;
    auto now = m_db.run(QStringLiteral("SELECT updated_by, updated_at FROM units WHERE id = ?"), {u.id});
    if (!now)
        return now.error();
    if (!now.value().next())
        return rowMissing(unitWhat(u));
    return rowConflict(unitWhat(u), now.value().value(0).toString(), now.value().value(1).toLongLong());
}

} // namespace gw
