// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — who gets a printed copy: the 主送 and 抄送 as units of the directory. A group such as
// 各镇人民政府、街道办事处 or 区政府各部门 stands for every unit of its kind, and each gets its own numbered
// copy.
#pragma once

#include "domain/Unit.h"

#include <QList>
#include <QStringList>

namespace gw {

struct DistributionEntry
{
    QString recipient; ///< a unit's full name, or the words as written when they name no unit
    QString group;     ///< the group it stands in (各镇人民政府), empty when named itself
};

/// The recipients' lines (主送 first, then 抄送) as one entry a unit, in order, each unit once:
/// - the lines are cut at ，；, and each part at 、 into names; closing ：and 。 are dropped;
/// - a name with 各 (各镇人民政府, 区政府各部门) is a group; after a group, in the same line, so is a name
///   that begins with a kind of place (街道办事处, 乡镇, 村（居）委会) and a bare body that takes the group's
///   place (各镇党委、政府: 各镇政府 as well; 街道党工委、办事处: 街道办事处);
/// - a group of towns (镇, 乡), sub-districts (街道), both (镇街, 镇（街道）), district departments (部门,
///   区直, 直属), villages and residents' committees (村, 居委, 社区) or enterprises (企业, 企事业单位)
///   becomes the active units of that kind, in the directory's order; a group the directory cannot
///   tell (各有关单位, 区委各部门) or that has no unit stays as written;
/// - a unit's name or abbreviation becomes its full name; any other name stays as written.
/// `directory` is in the order units are listed (sortUnits).
QList<DistributionEntry> expandRecipients(const QStringList &lines, const QList<Unit> &directory);

} // namespace gw
