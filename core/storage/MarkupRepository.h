// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — storage of review markup.
#pragma once

#include "Result.h"
#include "domain/Clearance.h"
#include "domain/Markup.h"

#include <optional>

namespace gw {

class Database;

class MarkupRepository final
{
public:
    explicit MarkupRepository(const Database &db) : m_db(db) {}

    Result<qint64> insert(const Markup &m, qint64 nowMs) const;
    Result<std::optional<Markup>> find(qint64 id) const;
    /// Every markup of a draft, in order of version, page and position.
    Result<QList<Markup>> forDraft(qint64 draftId) const;
    /// Saves status, answer and who answered or closed, when the stored version equals m.version.
    Result<qint64> updateState(const Markup &m, qint64 nowMs, const QString &by) const;

private:
    const Database &m_db;
};

} // namespace gw
