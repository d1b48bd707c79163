// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — archived 件 on the write path.
#pragma once

#include "domain/ArchiveItem.h"
#include "security/Actor.h"
#include "services/Records.h"
#include "storage/ArchiveRepository.h"
#include "storage/RowConflict.h"

#include <QCoreApplication>

namespace gw {

template <> struct Records<ArchiveItem> : OpenRecords<ArchiveItem>
{
    static constexpr const char *kType = "archive_item";
    static Result<std::optional<ArchiveItem>> load(Database &db, qint64 id) { return ArchiveRepository(db).find(id); }
    static Result<qint64> save(Database &db, const ArchiveItem &a, qint64 now, const QString &by)
    {
        return ArchiveRepository(db).update(a, now, by);
    }
    static Result<qint64> insert(Database &db, const ArchiveItem &a, qint64 now, const QString &by)
    {
        return ArchiveRepository(db).insert(a, now, by);
    }
    static bool visibleTo(Database &, const Principal &p, const ArchiveItem &a)
    {
        return clearanceCovers(p.clearance, a.secrecy);
    }
    static Error notCleared(const Principal &p, const ArchiveItem &a)
    {
        return makeError(ErrorCode::Permission,
                         QCoreApplication::translate("ArchiveService",
                                                     "Your clearance (%1) does not cover the secrecy level %2.")
                             .arg(clearanceLabel(p.clearance), clearanceLabel(a.secrecy)));
    }
    static QString notFound()
    {
        return QCoreApplication::translate("ArchiveService", "The archived item does not exist or is not visible to you.");
    }
    static Error conflict(const ArchiveItem &a)
    {
        return rowConflict(QCoreApplication::translate("ArchiveService", "The archived item %1").arg(a.code.toString()),
                           a.updatedBy, a.updatedAtMs);
    }
    static AuditFields fields(const ArchiveItem &a)
    {
        return {{QStringLiteral("code"), a.code.toString()},
                {QStringLiteral("source"), archiveSourceCode(a.source)},
                {QStringLiteral("source_id"), QString::number(a.sourceId)},
                {QStringLiteral("title"), a.title},
                {QStringLiteral("responsible"), a.responsible},
                {QStringLiteral("doc_number"), a.docNumber},
                {QStringLiteral("date"), a.date},
                {QStringLiteral("secrecy"), clearanceCode(a.secrecy)},
                {QStringLiteral("retention"), retentionCode(a.code.retention)},
                {QStringLiteral("proposed"), retentionCode(a.proposed)},
                {QStringLiteral("pages"), QString::number(a.pages)},
                {QStringLiteral("remark"), a.remark},
                {QStringLiteral("forwarded_id"), QString::number(a.forwardedId)}};
    }
};

} // namespace gw
