// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — storage of the audit chain.
#pragma once

#include "Result.h"
#include "domain/AuditEntry.h"

#include <functional>

namespace gw {

class Database;

/// SQL for the audit_log table and its head row. Appends only; never updates an entry.
class AuditRepository final
{
public:
    explicit AuditRepository(const Database &db) : m_db(db) {}

    struct Head
    {
        qint64 seq = 0;
        QString hash;
    };
    /// The newest entry's number and hash, locked for the rest of the transaction.
    Result<Head> lockHead() const;
    Result<Head> head() const;
    Status insert(const AuditEntry &e) const;
    Status setHead(const Head &h) const;
    /// Calls `visit` for each entry in order of seq; stops early when it returns false.
    Status forEach(const std::function<bool(const AuditEntry &)> &visit) const;
    Result<QList<AuditEntry>> latest(int limit) const;

private:
    const Database &m_db;
};

} // namespace gw
