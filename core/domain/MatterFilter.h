// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what the 督查 register is asked for: filters, order and where a page starts.
#pragma once

#include "domain/Matter.h"

#include <QStringList>

#include <optional>

namespace gw {

/// The columns the 督查 register sorts on, each by its key and then by id, so paging by key is exact.
enum class MatterSort
{
    Registered, ///< 登记编号: year, then number
    Kind,
    Title,
    Source,
    Leader,
    Unit,
    Due,
    State,
    Secrecy,
};

/// The dates a light stands for on one day: a matter due before `yellowFrom` is red, one due from it
/// up to `yellowTo` yellow, one due later green (open matters only). Worked out from the work calendar
/// once (workflow/MatterFlow), so the register filters and counts lights in SQL.
struct LightBounds
{
    QDate yellowFrom; ///< today
    QDate yellowTo;   ///< the last day that is still within the warning's working days
};

/// Filters of the 督查 register; empty fields match everything. Paging is by key, never by offset.
struct MatterFilter
{
    std::optional<MatterKind> kind;
    QString source; ///< exactly
    qint64 leaderId = 0;
    qint64 unitId = 0; ///< lead or assisting
    QStringList states;
    std::optional<MatterLight> light; ///< needs `bounds`
    LightBounds bounds;
    QDate registeredFrom; ///< registered on or after (China time)
    QDate registeredTo;   ///< registered on or before
    qint64 parentId = 0;  ///< the sub-tasks of one task
    bool topLevelOnly = false;
    QDate dueFrom; ///< the deadline on or after (the figures' drill-down)
    QDate dueTo;
    QDate closedFrom; ///< closed on or after
    QDate closedTo;
    qint64 leadUnitId = 0; ///< the lead unit only (the figures' rows); -1: matters with none yet
    bool closedOnly = false;  ///< 办复: closed
    bool onTimeOnly = false;  ///< closed by the end of the deadline's day
    bool leavesOnly = false; ///< not the tasks that were split (their sub-tasks are counted instead)
    QString text; ///< part of the title, the request, the caller or the reference
    /// Set by the service from the viewer, never by a screen: levels above never come back, and a
    /// viewer who sees only some kinds or only their own matters is limited to them.
    Clearance maxSecrecy = Clearance::None;
    /// With onlyLeaderId: the viewer sees matters of these kinds or concerning that leader; both empty:
    /// every matter.
    QList<MatterKind> kindsVisible;
    qint64 onlyLeaderId = 0;
    int limit = 200;
    MatterSort sortBy = MatterSort::Registered;
    bool descending = true;
    std::optional<Matter> after; ///< keyset: the last row already shown

    void startAfter(const Matter &last) { after = last; }
};

} // namespace gw
