// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — storage of the letters and calls from private persons.
#pragma once

#include "Result.h"
#include "domain/CitizenLetter.h"

#include <optional>

namespace gw {

class Database;

class LetterRepository final
{
public:
    explicit LetterRepository(const Database &db) : m_db(db) {}
    Result<qint64> insert(const CitizenLetter &l, const QString &by, qint64 nowMs) const;
    Result<std::optional<CitizenLetter>> find(qint64 id) const;
    /// Newest first; `beforeId` > 0 pages on from the last one shown.
    Result<QList<CitizenLetter>> list(int limit, qint64 beforeId = 0) const;

private:
    const Database &m_db;
};

} // namespace gw
