// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the message when a row changed under the user's edit.
#include "storage/RowConflict.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace gw {

Error rowConflict(const QString &what, const QString &changedBy, qint64 changedAtMs)
{
    const QString when = QDateTime::fromMSecsSinceEpoch(changedAtMs)
                             .toLocalTime()
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return makeError(
        ErrorCode::Conflict,
        QCoreApplication::translate("RowConflict",
                                    "%1 was changed by %2 at %3 while you were editing it. Your changes "
                                    "were not saved and are kept in the form: reload the record, then "
                                    "apply them again.")
            .arg(what,
                 changedBy.isEmpty() ? QCoreApplication::translate("RowConflict", "another user") : changedBy,
                 when));
}

Error rowMissing(const QString &what)
{
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("RowConflict", "%1 no longer exists.").arg(what));
}

Error staleRow(const Database &db, const char *table, qint64 id, const QString &what)
{
    auto now = db.run(QStringLiteral("SELECT updated_by, updated_at FROM %1 WHERE id = ?").arg(QLatin1String(table)), {id});
    if (!now)
        return now.error();
    if (!now.value().next())
        return rowMissing(what);
    return rowConflict(what, now.value().value(0).toString(), now.value().value(1).toLongLong());
}

} // namespace gw
