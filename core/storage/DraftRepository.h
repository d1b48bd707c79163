// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — storage of drafts, their versions and routing slips.
#pragma once

#include "Result.h"
#include "domain/Draft.h"
#include "domain/DraftFilter.h"

#include <optional>

namespace gw {

class Database;

/// SQL for drafts, draft_versions and draft_routing. Writes expect an open write transaction.
class DraftRepository final
{
public:
    explicit DraftRepository(const Database &db) : m_db(db) {}

    Result<std::optional<Draft>> find(qint64 id) const;
    Result<QList<Draft>> list(const DraftFilter &filter) const;
    Result<qint64> insert(const Draft &d, const QString &by) const;
    /// Saves fields and chain state when the stored version equals d.version; returns the new version.
    Result<qint64> update(const Draft &d, qint64 nowMs, const QString &by) const;

    Status addVersion(const DraftVersion &v) const;
    /// Versions without their PDF bytes, oldest first.
    Result<QList<DraftVersion>> versions(qint64 draftId) const;
    Result<std::optional<DraftVersion>> version(qint64 draftId, int number) const;

    Result<int> nextRoutingSeq(qint64 draftId) const;
    Status addRouting(const RoutingEntry &e) const;
    Result<QList<RoutingEntry>> routing(qint64 draftId) const;

private:
    const Database &m_db;
};

} // namespace gw
