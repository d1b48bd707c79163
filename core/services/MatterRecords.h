// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — supervised matters on the write path.
#pragma once

#include "domain/Matter.h"
#include "security/Actor.h"
#include "services/Records.h"
#include "storage/MatterRepository.h"
#include "storage/RowConflict.h"
#include "workflow/MatterFlow.h"

#include <QCoreApplication>

namespace gw {

template <> struct Records<Matter> : OpenRecords<Matter>
{
    static constexpr const char *kType = "matter";
    static Result<std::optional<Matter>> load(Database &db, qint64 id) { return MatterRepository(db).find(id); }
    static Result<qint64> save(Database &db, const Matter &m, qint64 now, const QString &by)
    {
        return MatterRepository(db).update(m, now, by);
    }
    static Result<qint64> insert(Database &db, const Matter &m, qint64 now, const QString &by)
    {
        return MatterRepository(db).insert(m, by, now);
    }
    /// Clearance, and the viewer's part of the register (MatterFlow::sees).
    static bool visibleTo(Database &, const Principal &p, const Matter &m) { return MatterFlow::sees(p, m); }
    static Error notCleared(const Principal &p, const Matter &m)
    {
        if (!clearanceCovers(p.clearance, m.secrecy))
            return makeError(ErrorCode::Permission,
                             QCoreApplication::translate("SupervisionService",
                                                         "Your clearance (%1) does not cover the secrecy level %2.")
                                 .arg(clearanceLabel(p.clearance), clearanceLabel(m.secrecy)));
        return makeError(ErrorCode::Permission,
                         QCoreApplication::translate("SupervisionService", "You may not register a matter of this "
                                                                           "kind (%1).")
                             .arg(matterKindLabel(m.kind)));
    }
    static QString notFound()
    {
        return QCoreApplication::translate("SupervisionService", "The matter does not exist or is not visible to you.");
    }
    static Error conflict(const Matter &m)
    {
        return rowConflict(QCoreApplication::translate("SupervisionService", "The matter “%1”").arg(m.title),
                           m.updatedBy, m.updatedAtMs);
    }
    static AuditFields fields(const Matter &m);
};

} // namespace gw
