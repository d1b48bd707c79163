// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — how the write path loads, checks, saves and audits each kind of stored row.
#pragma once

#include "Result.h"
#include "security/Actor.h"
#include "security/AuditDiff.h"

#include <optional>

namespace gw {

class Database;

/// Specialised once per kind of row the write path changes (DraftRecords.h, IncomingRecords.h, …).
/// A specialisation provides:
///   static constexpr const char *kType;                       the audit's object type
///   static Result<std::optional<T>> load(Database &, qint64 id);
///   static Result<qint64> save(Database &, const T &, qint64 nowMs, const QString &by);  new version
///   static Result<qint64> insert(Database &, const T &, qint64 nowMs, const QString &by); new id
///   static qint64 idOf(const T &);  static void setId(T &, qint64);
///   static qint64 versionOf(const T &);  static void setVersion(T &, qint64);
///   static bool visibleTo(Database &, const Principal &, const T &);  clearance
///   static Error notCleared(const Principal &, const T &);    a new row above the actor's clearance
///   static QString notFound();                               missing or not visible: one message
///   static Error conflict(const T &stored);                  saved by someone else meanwhile
///   static AuditFields fields(const T &);                     what the audit diff compares
template <typename T> struct Records;

/// The parts most specialisations share: rows without a secrecy level, keyed by `id`.
template <typename T> struct OpenRecords
{
    static qint64 idOf(const T &row) { return row.id; }
    static qint64 versionOf(const T &row) { return row.version; }
    static void setVersion(T &row, qint64 v) { row.version = v; }
    static void setId(T &row, qint64 id) { row.id = id; }
    static bool visibleTo(Database &, const Principal &, const T &) { return true; }
    static Error notCleared(const Principal &, const T &) { return makeError(ErrorCode::Permission, {}); }
};

} // namespace gw
