// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — how a register is read a page at a time by key, and counted up to a cap: the same SQL
// for every register, on both engines.
#pragma once

#include <QStringList>
#include <QVariantList>

#include <optional>

namespace gw::keyset {

/// " AND (k1, k2, id) < (?, ?, ?) ORDER BY k1 DESC, k2 DESC, id DESC LIMIT ?": the rows after the one
/// whose key is `after` (with its id; none: the first page) in the order of `columns` then id, as a
/// row value comparison on the (key, id) index. Appends its values to `binds`.
QString page(const QStringList &columns, const std::optional<QPair<QVariantList, qint64>> &after, bool descending,
             int limit, QVariantList &binds);

/// "SELECT COUNT(*) FROM table<conditions>"; with `cap` > 0 it stops counting past cap (a result above
/// cap means "more than cap"), so that a broad filter on a large register stays quick.
QString count(const QString &table, const QString &conditions, qint64 cap, QVariantList &binds);

} // namespace gw::keyset
