// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the message when a row changed under the user's edit.
#include "storage/RowConflict.h"

#include <QCoreApplication>
#include <QDateTime>

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

} // namespace gw
