// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — archived 件 and their loans on the write path.
#pragma once

#include "domain/ArchiveItem.h"
#include "security/Actor.h"
#include "services/Records.h"
#include "storage/ArchiveLoanRepository.h"
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

template <> struct Records<ArchiveLoan> : OpenRecords<ArchiveLoan>
{
    static constexpr const char *kType = "archive_loan";
    static Result<std::optional<ArchiveLoan>> load(Database &db, qint64 id) { return ArchiveLoanRepository(db).find(id); }
    static Result<qint64> save(Database &db, const ArchiveLoan &l, qint64 now, const QString &by)
    {
        return ArchiveLoanRepository(db).update(l, now, by);
    }
    static Result<qint64> insert(Database &db, const ArchiveLoan &l, qint64 now, const QString &by)
    {
        return ArchiveLoanRepository(db).insert(l, now, by);
    }
    static bool visibleTo(Database &, const Principal &p, const ArchiveLoan &l)
    {
        return clearanceCovers(p.clearance, l.secrecy);
    }
    static Error notCleared(const Principal &p, const ArchiveLoan &l)
    {
        ArchiveItem item;
        item.secrecy = l.secrecy;
        return Records<ArchiveItem>::notCleared(p, item);
    }
    static QString notFound()
    {
        return QCoreApplication::translate("ArchiveService", "The loan does not exist or is not visible to you.");
    }
    static Error conflict(const ArchiveLoan &l)
    {
        return rowConflict(QCoreApplication::translate("ArchiveService", "The loan of %1").arg(l.itemCode), l.updatedBy,
                           l.updatedAtMs);
    }
    static AuditFields fields(const ArchiveLoan &l)
    {
        return {{QStringLiteral("item"), l.itemCode},
                {QStringLiteral("borrower"), l.borrowerName},
                {QStringLiteral("form"), loanFormCode(l.form)},
                {QStringLiteral("purpose"), l.purpose},
                {QStringLiteral("secrecy"), clearanceCode(l.secrecy)},
                {QStringLiteral("due"), l.due.toString(Qt::ISODate)},
                {QStringLiteral("state"), loanStateCode(l.state)},
                {QStringLiteral("decided_by"), l.decidedBy},
                {QStringLiteral("note"), l.decisionNote}};
    }
};

} // namespace gw
