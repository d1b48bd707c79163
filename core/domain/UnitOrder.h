// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the order units are listed in: 党、政、军、群 (GB/T 9704-2012 7.4.2), then by pinyin.
#pragma once

#include "domain/Unit.h"

#include <QList>

namespace gw {

/// Where a unit stands in the 党、政、军、群 order, read from its name and kind:
/// party organs (党委 and its bodies, 纪委), the people's congress (人大), the government (人民政府, its
/// departments, the towns and sub-districts), the CPPCC (政协), the courts and procuratorate, the
/// military (人武部, 军分区), the people's organisations (群团: 工会, 共青团, 妇联 …), then everything else
/// (villages, enterprises, institutions). Lower comes first.
enum class UnitRank
{
    Party,
    Congress,
    Government,
    Consultative,
    Judicial,
    Military,
    Mass,
    Other,
};

UnitRank unitRank(const Unit &u);

/// Sorts units the way a list of units reads in an official document: by rank, within a rank the
/// superior organ before departments before towns, and then by the pinyin of the name (ICU collation
/// for Chinese; the database has none).
void sortUnits(QList<Unit> &units);

} // namespace gw
