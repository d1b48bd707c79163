// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — drafts and markups on the write path.
#pragma once

#include "domain/Draft.h"
#include "domain/Markup.h"
#include "services/Records.h"
#include "storage/DraftRepository.h"
#include "storage/MarkupRepository.h"
#include "storage/RowConflict.h"

#include <QCoreApplication>

namespace gw {

template <> struct Records<Draft> : OpenRecords<Draft>
{
    static constexpr const char *kType = "draft";
    static Result<std::optional<Draft>> load(Database &db, qint64 id) { return DraftRepository(db).find(id); }
    static Result<qint64> save(Database &db, const Draft &d, qint64 now, const QString &by)
    {
        return DraftRepository(db).update(d, now, by);
    }
    static Result<qint64> insert(Database &db, const Draft &d, qint64, const QString &by)
    {
        return DraftRepository(db).insert(d, by);
    }
    static bool visibleTo(Database &, const Principal &p, const Draft &d)
    {
        return clearanceCovers(p.clearance, d.fields.secrecy);
    }
    static Error notCleared(const Principal &p, const Draft &d);
    static QString notFound()
    {
        return QCoreApplication::translate("DraftingService",
                                           "The draft does not exist or is not visible to you.");
    }
    static Error conflict(const Draft &d)
    {
        return rowConflict(
            QCoreApplication::translate("DraftingService", "The draft “%1”").arg(d.fields.title), d.updatedBy,
            d.updatedAtMs);
    }
    static AuditFields fields(const Draft &d);
};

template <> struct Records<Markup> : OpenRecords<Markup>
{
    static constexpr const char *kType = "markup";
    static Result<std::optional<Markup>> load(Database &db, qint64 id)
    {
        return MarkupRepository(db).find(id);
    }
    static Result<qint64> save(Database &db, const Markup &m, qint64 now, const QString &by)
    {
        return MarkupRepository(db).updateState(m, now, by);
    }
    static Result<qint64> insert(Database &db, const Markup &m, qint64 now, const QString &)
    {
        return MarkupRepository(db).insert(m, now);
    }
    /// A markup is as secret as its draft.
    static bool visibleTo(Database &db, const Principal &p, const Markup &m);
    static QString notFound()
    {
        return QCoreApplication::translate("MarkupService",
                                           "The markup does not exist or is not visible to you.");
    }
    static Error conflict(const Markup &m)
    {
        return rowConflict(
            QCoreApplication::translate("MarkupService", "The markup “%1”").arg(m.comment.left(20)),
            m.updatedBy, m.updatedAtMs);
    }
    static AuditFields fields(const Markup &m);
};

} // namespace gw
