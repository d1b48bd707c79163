// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — render benchmarks.
#pragma once

#include <QElapsedTimer>
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

/// The median time of `rounds` runs of `run`, in milliseconds.
template <typename F> double medianMs(int rounds, F run)
{
    std::vector<double> times;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        run();
        times.push_back(t.nsecsElapsed() / 1e6);
    }
    return median(times);
}

/// render.ratio_vs_pdftoppm, render.first_page_ms, render.max_stall_ms and their parts.
QList<Figure> renderFigures(const QString &dir, bool quick, const QString &workerProgram);

} // namespace gw::bench
