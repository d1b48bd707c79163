// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — benchmarks of starting the workstation on a large register.
#pragma once

#include "bench_render.h"

namespace gw::bench {

/// startup.login_window_ms: the program started to its log-in window painted, on `database` (the
/// register's million items); startup.process_baseline_ms: the same program started to print its version
/// (the cost of starting a process and loading Qt, the baseline); startup.main_window_ms: logged in to the
/// main window painted with 我的待办, for `user`.
QList<Figure> startupFigures(const QString &database, const QString &program, const QString &user,
                             const QString &password);

} // namespace gw::bench
