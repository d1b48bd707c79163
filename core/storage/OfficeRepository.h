// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — storage of the office's identity.
#pragma once

#include "Result.h"
#include "domain/Office.h"

#include <optional>

namespace gw {

class Database;

/// SQL for the office row and its 文号 prefixes. Writes expect an open write transaction.
class OfficeRepository final
{
public:
    explicit OfficeRepository(const Database &db) : m_db(db) {}

    Result<std::optional<Office>> load() const;
    Status insert(const Office &o, qint64 nowMs, const QString &by) const;
    /// Updates when the stored version equals o.version; returns the new version.
    Result<qint64> update(const Office &o, qint64 nowMs, const QString &by) const;

private:
    Status writePrefixes(const Office &o) const;
    const Database &m_db;
};

} // namespace gw
