// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — storage of the audit chain.
#pragma once

#include "Result.h"
#include "domain/AuditEntry.h"

#include <functional>

namespace gw {

class Database;

/// The PostgreSQL channel on which a committed change is announced to other workstations.
inline constexpr char kChangeChannel[] = "gongwen_change";

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
    /// Which objects the entries after `seq` changed, oldest first: (seq, object type, object id).
    struct Touch
    {
        qint64 seq = 0;
        QString objectType;
        QString objectId;
    };
    Result<QList<Touch>> touchedAfter(qint64 seq, int limit) const;
    /// Lets other workstations know a change is committed (PostgreSQL NOTIFY; nothing on SQLite).
    Status announce() const;
    /// SQLite's count of commits made by other connections; -1 on PostgreSQL.
    Result<qint64> dataVersion() const;

private:
    const Database &m_db;
};

} // namespace gw
