// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — how the write path stores the 统计 page's own rows: scoring schemes and serials.
#pragma once

#include "domain/Rating.h"
#include "domain/Serial.h"
#include "services/Records.h"
#include "storage/RatingRepository.h"
#include "storage/RowConflict.h"
#include "storage/SerialRepository.h"

#include <QCoreApplication>

namespace gw {

/// A version of the 文件评比's scheme: stored once, never changed (a change is a new version).
template <> struct Records<RatingScheme> : OpenRecords<RatingScheme>
{
    static constexpr const char *kType = "rating_scheme";
    static Result<std::optional<RatingScheme>> load(Database &db, qint64 id) { return RatingRepository(db).find(id); }
    static Result<qint64> save(Database &, const RatingScheme &, qint64, const QString &)
    {
        return makeError(ErrorCode::Validation,
                         QCoreApplication::translate("RatingService", "A stored scoring scheme is never changed: "
                                                                      "save the change as a new version."));
    }
    static Result<qint64> insert(Database &db, const RatingScheme &s, qint64 now, const QString &)
    {
        return RatingRepository(db).insert(s, now);
    }
    static QString notFound()
    {
        return QCoreApplication::translate("RatingService", "The scoring scheme no longer exists.");
    }
    static Error conflict(const RatingScheme &s)
    {
        return rowConflict(QCoreApplication::translate("RatingService", "Scoring scheme version %1").arg(s.number),
                           s.createdByName, s.createdAtMs);
    }
    static AuditFields fields(const RatingScheme &s)
    {
        return {{QStringLiteral("number"), QString::number(s.number)},
                {QStringLiteral("weights"), s.toJson()},
                {QStringLiteral("note"), s.note}};
    }
};

/// A serial publication (刊物) of the register.
template <> struct Records<Serial> : OpenRecords<Serial>
{
    static constexpr const char *kType = "serial";
    static Result<std::optional<Serial>> load(Database &db, qint64 id) { return SerialRepository(db).find(id); }
    static Result<qint64> save(Database &db, const Serial &s, qint64 now, const QString &by)
    {
        return SerialRepository(db).update(s, now, by);
    }
    static Result<qint64> insert(Database &db, const Serial &s, qint64 now, const QString &by)
    {
        return SerialRepository(db).insert(s, now, by);
    }
    static QString notFound()
    {
        return QCoreApplication::translate("BulletinService", "The serial no longer exists.");
    }
    static Error conflict(const Serial &s)
    {
        return rowConflict(QCoreApplication::translate("BulletinService", "The serial 《%1》").arg(s.name),
                           s.updatedBy, s.updatedAtMs);
    }
    static AuditFields fields(const Serial &s)
    {
        return {{QStringLiteral("name"), s.name},
                {QStringLiteral("issuer"), s.issuer},
                {QStringLiteral("yearly"), s.yearly ? QStringLiteral("1") : QStringLiteral("0")},
                {QStringLiteral("active"), s.active ? QStringLiteral("1") : QStringLiteral("0")}};
    }
};

} // namespace gw
