// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — benchmarks of the 督查 page.
#pragma once

#include "bench_render.h"

namespace gw {
class Workspace;
}

namespace gw::bench {

/// On `ws` (a set-up office whose administrator is "admin" with `adminPassword`): generates `matters`
/// supervised matters of every kind over ten years with their history (three entries each), then times
/// the register's first page as the page first shows it (open matters, with each row's light) and a
/// month's figures per unit; each beside a baseline read of the same rows straight on the driver.
QList<Figure> supervisionFigures(Workspace &ws, const QString &adminPassword, int matters);

} // namespace gw::bench
