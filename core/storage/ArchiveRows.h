// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what the archive's two repositories read and write alike: the 档号 from its columns, text
// that is never NULL, and the id of a new row.
#pragma once

#include "Result.h"
#include "domain/ArchiveCode.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariantList>

namespace gw::archiverows {

/// The 档号 read from the columns fonds, category, year, retention, organ and item_no, at `first` onwards.
inline ArchiveCode codeAt(const QSqlQuery &q, int first)
{
    ArchiveCode c;
    c.fonds = q.value(first).toString();
    c.category = q.value(first + 1).toString();
    c.year = q.value(first + 2).toInt();
    c.retention = retentionFromCode(q.value(first + 3).toString()).value_or(Retention::Years10);
    c.organ = q.value(first + 4).toString();
    c.item = q.value(first + 5).toInt();
    return c;
}

/// Text columns are NOT NULL: an empty QString binds as NULL, so it is made "".
inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

/// The id the database gave the row an INSERT … RETURNING id made.
inline Result<qint64> insertedId(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::Storage, QCoreApplication::translate("ArchiveRepository", "The database gave no "
                                                                                             "number for the new row."));
    return q.value().value(0).toLongLong();
}

} // namespace gw::archiverows
