// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the message when a row changed under the user's edit.
#pragma once

#include "Result.h"

namespace gw {

/// A Conflict error naming who changed the record and when; the user's input is kept by the caller.
Error rowConflict(const QString &what, const QString &changedBy, qint64 changedAtMs);
/// A NotFound error for a record that no longer exists.
Error rowMissing(const QString &what);

class Database;
/// After an update of row `id` of `table` (with updated_by and updated_at columns) changed nothing: the
/// Conflict naming who changed it since, or NotFound when it is gone.
Error staleRow(const Database &db, const char *table, qint64 id, const QString &what);

} // namespace gw
