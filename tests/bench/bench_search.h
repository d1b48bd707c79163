// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — benchmarks of search over the register.
#pragma once

#include "bench_render.h"

namespace gw {
class Workspace;
}

namespace gw::bench {

/// On `ws`'s records (the register of a million incoming items): the index built again from them, then
/// `bodies` of its documents (a tenth of them at most) given a text of about 2,000 characters; then queries of three characters or
/// more and of one or two, each answered with its exact count as `user` (`password`), beside the same
/// queries as LIKE '%q%' scans of the same fields and texts in the same run.
QList<Figure> searchFigures(Workspace &ws, const QString &user, const QString &password, int bodies);

} // namespace gw::bench
