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
    /// Entries matching a filter, newest first. actorId < 0: anyone; empty texts: any; 0 times: open.
    struct Filter
    {
        qint64 actorId = -1;
        QString action;     ///< exact key, or a prefix ending in '.' ("draft.")
        QStringList actions; ///< any of these keys (none: any key)
        QString objectType;
        QString objectId;
        qint64 fromMs = 0;
        qint64 toMs = 0;
        int limit = 1000;
    };
    Result<QList<AuditEntry>> find(const Filter &f) const;
    /// The entry numbered `seq`, if there is one.
    Result<std::optional<AuditEntry>> entry(qint64 seq) const;
    Status insertCheckpoint(const AuditCheckpoint &c) const;
    /// Every checkpoint, newest first.
    Result<QList<AuditCheckpoint>> checkpoints() const;
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
