// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — render benchmarks.
#pragma once

#include <QList>
#include <QString>

#include <vector>

namespace gw::bench {

struct Figure
{
    const char *name;
    double value;
    const char *unit;
};

/// The middle value (0 for none).
double median(std::vector<double> v);

/// render.ratio_vs_pdftoppm, render.first_page_ms, render.max_stall_ms and their parts.
QList<Figure> renderFigures(const QString &dir, bool quick, const QString &workerProgram);

} // namespace gw::bench
