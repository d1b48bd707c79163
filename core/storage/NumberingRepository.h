// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 发文字号 sequences, one per prefix and year.
#pragma once

#include "Result.h"

namespace gw {

class Database;

/// Hands out sequence numbers inside the caller's write transaction: a rolled-back transaction
/// gives its number back, so numbers never skip; the row lock (PostgreSQL) or the write lock
/// (SQLite BEGIN IMMEDIATE) keeps two workstations from taking the same one.
class NumberingRepository final
{
public:
    explicit NumberingRepository(const Database &db) : m_db(db) {}
    Result<int> next(const QString &prefix, int year) const;
    Result<int> last(const QString &prefix, int year) const;

private:
    const Database &m_db;
};

} // namespace gw
