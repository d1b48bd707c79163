// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — genre checks on save (文种): who may be written to, and how.
#pragma once

#include "domain/Draft.h"

#include <QCoreApplication>

namespace gw {

struct GenreFinding
{
    QString rule;    ///< stable key, e.g. "request.upward"
    QString message; ///< in the user's language
};

/// The checks of SPEC.md: 请示 is upward, has exactly one 主送 and asks one matter, and is not
/// sent to a leader personally; 批复 answers a 请示 and goes downward; 函 goes between units
/// that are not superior and subordinate (parallel).
class GenreRules final
{
    Q_DECLARE_TR_FUNCTIONS(GenreRules)
public:
    /// `leaderNames`: the names of the district's leaders, to catch a 请示 addressed to a person.
    static QList<GenreFinding> check(const DraftFields &fields, const QStringList &leaderNames);
};

} // namespace gw
