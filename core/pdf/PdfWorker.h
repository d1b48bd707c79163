// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the PDF worker: parses and renders untrusted PDFs in a process of its own.
#pragma once

#include <QString>

namespace gw {

/// Serves requests read from standard input and answers on standard output until input ends.
/// Runs as `gongwen pdf-worker`; if Poppler crashes or hangs on a file, only this process goes.
/// The worker locks itself into a sandbox (pdf/WorkerSandbox.h) before reading any request; a
/// non-empty `probe` then tries that forbidden operation instead of serving (for tests).
int runPdfWorker(const QString &probe = {});

} // namespace gw
