// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — storage of the unit directory.
#pragma once

#include "Result.h"
#include "domain/Unit.h"
#include "domain/UnitFilter.h"

#include <optional>

namespace gw {

class Database;

/// SQL for the units table. Writes expect an open write transaction.
class UnitRepository final
{
public:
    explicit UnitRepository(const Database &db) : m_db(db) {}

    Result<std::optional<Unit>> find(qint64 id) const;
    Result<std::optional<Unit>> findByName(const QString &name) const;
    Result<QList<Unit>> list(const UnitFilter &filter) const;
    Result<qint64> count() const;
    /// Inserts and returns the new id.
    Result<qint64> insert(const Unit &u, qint64 nowMs, const QString &by) const;
    /// Inserts many units with one prepared statement; the caller holds the transaction.
    Status insertMany(const QList<Unit> &units, qint64 nowMs, const QString &by) const;
    /// Updates when the stored version equals u.version; returns the new version or a Conflict.
    Result<qint64> update(const Unit &u, qint64 nowMs, const QString &by) const;

private:
    const Database &m_db;
};

} // namespace gw
