// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — letters from private persons on the write path.
#pragma once

#include "domain/CitizenLetter.h"
#include "services/Records.h"
#include "storage/LetterRepository.h"
#include "storage/RowConflict.h"

#include <QCoreApplication>

namespace gw {

template <> struct Records<CitizenLetter> : OpenRecords<CitizenLetter>
{
    static constexpr const char *kType = "letter";
    static Result<std::optional<CitizenLetter>> load(Database &db, qint64 id)
    {
        return LetterRepository(db).find(id);
    }
    static Result<qint64> save(Database &, const CitizenLetter &, qint64, const QString &)
    {
        // A recorded letter is not edited: a correction is a new record with a remark.
        return makeError(ErrorCode::Validation,
                         QCoreApplication::translate("LetterService", "A recorded letter is not changed."));
    }
    static Result<qint64> insert(Database &db, const CitizenLetter &l, qint64 now, const QString &by)
    {
        return LetterRepository(db).insert(l, by, now);
    }
    static QString notFound()
    {
        return QCoreApplication::translate("LetterService", "The letter does not exist.");
    }
    static Error conflict(const CitizenLetter &l)
    {
        return rowConflict(
            QCoreApplication::translate("LetterService", "The letter from %1").arg(l.personName),
            l.createdByName, l.createdAtMs);
    }
    static AuditFields fields(const CitizenLetter &l);
};

} // namespace gw
