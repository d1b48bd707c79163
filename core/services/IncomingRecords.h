// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — incoming items on the write path.
#pragma once

#include "domain/IncomingItem.h"
#include "services/Records.h"
#include "storage/IncomingRepository.h"
#include "storage/RowConflict.h"

#include <QCoreApplication>

namespace gw {

template <> struct Records<IncomingItem> : OpenRecords<IncomingItem>
{
    static constexpr const char *kType = "incoming";
    static Result<std::optional<IncomingItem>> load(Database &db, qint64 id)
    {
        return IncomingRepository(db).find(id);
    }
    static Result<qint64> save(Database &db, const IncomingItem &i, qint64 now, const QString &by)
    {
        return IncomingRepository(db).update(i, now, by);
    }
    static Result<qint64> insert(Database &db, const IncomingItem &i, qint64 now, const QString &by)
    {
        return IncomingRepository(db).insert(i, by, now);
    }
    static bool visibleTo(Database &, const Principal &p, const IncomingItem &i)
    {
        return clearanceCovers(p.clearance, i.secrecy);
    }
    static Error notCleared(const Principal &p, const IncomingItem &i)
    {
        return makeError(ErrorCode::Permission,
                         QCoreApplication::translate(
                             "IncomingService", "Your clearance (%1) does not cover the secrecy level %2.")
                             .arg(clearanceLabel(p.clearance), clearanceLabel(i.secrecy)));
    }
    static QString notFound()
    {
        return QCoreApplication::translate("IncomingService",
                                           "The document does not exist or is not visible to you.");
    }
    static Error conflict(const IncomingItem &i)
    {
        return rowConflict(
            QCoreApplication::translate("IncomingService", "The incoming document “%1”").arg(i.title),
            i.updatedBy, i.updatedAtMs);
    }
    static AuditFields fields(const IncomingItem &i);
};

} // namespace gw
