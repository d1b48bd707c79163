// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what the unit directory is asked for.
#pragma once

#include "domain/Unit.h"

#include <optional>

namespace gw {

/// Filters for listing units; empty fields match everything.
struct UnitFilter
{
    QString text; ///< part of the name or abbreviation
    std::optional<UnitType> type;
    bool includeInactive = false;
    int limit = 500;
    QString afterName; ///< keyset paging: names after this one
};

} // namespace gw
