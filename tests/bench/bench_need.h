// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — a benchmark stops at the first thing that fails, saying which and why.
#pragma once

#include "Result.h"

#include <QString>

#include <cstdio>
#include <cstdlib>

namespace gw::bench {

/// Prints "`bench` benchmark: `what`" and ends the run with `code`.
[[noreturn]] inline void stop(const char *bench, int code, const QString &what)
{
    std::fprintf(stderr, "%s benchmark: %s\n", bench, qPrintable(what));
    std::exit(code);
}

/// The value of `r`, or the run stopped with its error.
template <typename R> auto needOr(const char *bench, int code, R r, const char *what)
{
    if (!r)
        stop(bench, code, QStringLiteral("%1: %2").arg(QLatin1String(what), r.error().message));
    return std::move(r).value();
}

} // namespace gw::bench
