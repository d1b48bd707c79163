// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 文件评比's stored scoring schemes and the on-time figures it scores.
#pragma once

#include "Result.h"
#include "domain/Clearance.h"
#include "domain/Rating.h"

#include <QDate>
#include <QList>
#include <optional>

namespace gw {

class Database;

/// A document with a 办结时限 (its due date), and when it was released (0: not yet).
struct LimitedRelease
{
    qint64 draftId = 0;
    qint64 unitId = 0;
    QDate due;
    qint64 releasedAtMs = 0;
};

class RatingRepository final
{
public:
    explicit RatingRepository(const Database &db) : m_db(db) {}

    /// Every stored version, newest first.
    Result<QList<RatingScheme>> schemes() const;
    /// The version numbered `number`; the newest for 0; none when nothing is stored.
    Result<std::optional<RatingScheme>> scheme(int number) const;
    Result<std::optional<RatingScheme>> find(qint64 id) const;
    /// Stores a new version (its number the next after the newest) and returns its id.
    Result<qint64> insert(const RatingScheme &s, qint64 nowMs) const;
    /// The number the next version will get.
    Result<int> nextNumber() const;
    /// The documents due in `year` (a 办结时限 inside it) within `maxSecrecy` (of `unitId`'s, when given),
    /// released or not, except those closed without release.
    Result<QList<LimitedRelease>> dueIn(int year, Clearance maxSecrecy, qint64 unitId) const;

private:
    const Database &m_db;
};

} // namespace gw
