// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — benchmarks of the 统计 page.
#pragma once

#include "bench_render.h"

namespace gw {
class Workspace;
}

namespace gw::bench {

/// On `ws` (a set-up office whose administrator is "admin" with `adminPassword`): generates `drafts`
/// drafts over ten years with their routing lines, markups (five per draft on average) and readings,
/// then times a year's ledger by unit (`<prefix>ledger_ms`, and as a ratio to counting the year's
/// markups on their index), by reviewer, the month-by-month trend, review quality and a drill-down's
/// first page.
QList<Figure> statsFigures(Workspace &ws, const QString &adminPassword, int drafts, const char *prefix);

} // namespace gw::bench
