// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what the 发文 register and the task list are asked for.
#pragma once

#include "domain/Clearance.h"
#include "domain/DocumentKinds.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace gw {

/// Filters for the 发文 register and the task list; empty fields match everything.
struct DraftFilter
{
    QStringList states; ///< any of these steps
    /// Only these drafts (the documents behind a figure), newest first; empty: no such limit. Paged
    /// like the rest: each page asks the store for at most `limit` of them.
    QList<qint64> ids;
    std::optional<Urgency> urgency;
    qint64 draftingUnitId = 0;
    int year = 0; ///< created in this year (UTC+8)
    QString titleText;
    bool overdueOnly = false;
    qint64 nowMs = 0;                       ///< for overdueOnly
    Clearance maxSecrecy = Clearance::None; ///< items above the reader's clearance never come back
    int limit = 200;
    qint64 beforeId = 0; ///< keyset paging: newest first, ids below this one
};

} // namespace gw
