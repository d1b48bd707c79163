// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — benchmarks of the 收文 register and the import of receipt lists.
#pragma once

#include "bench_render.h"

namespace gw::bench {

/// register.first_paint_ms, register.jump_end_ms, register.sort_ms, register.rss_mb over
/// `items` generated items, and import.ratio (a CSV import against a raw insert loop).
QList<Figure> registerFigures(const QString &dir, int items, int importRows);

} // namespace gw::bench
