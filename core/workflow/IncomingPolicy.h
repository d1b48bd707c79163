// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — rules over an incoming item decided from the item alone.
#pragma once

#include "Result.h"
#include "domain/IncomingItem.h"

namespace gw {

/// Pure rules of 收文办理: no database, no clock but the one given.
class IncomingPolicy final
{
public:
    /// Past its time limit at `nowMs` while its handling goes on (an ended item is never overdue).
    static bool isOverdue(const IncomingItem &item, qint64 nowMs);
    /// The order of 待办: 特急, then 加急, then overdue, then the oldest received (then the lowest id).
    static bool waitsBefore(const IncomingItem &a, const IncomingItem &b, qint64 nowMs);
    /// A circulation list: at least one person; only handlers lead; a single handler leads (set here);
    /// several handlers need exactly one lead (主办), the others assist (协办).
    static Status checkRoutes(QList<IncomingRoute> &routes);
};

} // namespace gw
