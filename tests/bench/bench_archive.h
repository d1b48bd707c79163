// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — benchmarks of 档案: archiving a year of finished documents, and backing up the register.
#pragma once

#include "bench_render.h"

namespace gw::bench {

/// In `dir`: a year of `outgoing` released documents and `incoming` items done with, each with its PDF
/// (typeset as the program prints), archived by the clerk through the service with the real PDF worker —
/// assembled, stamped, stored and checked (四性) — beside a baseline that only opens, reads and draws each
/// document's first page in the same worker. Then a backup of `registerDb` (the register of a million
/// items) beside a plain copy of its file, and the restore of that backup.
QList<Figure> archiveFigures(const QString &dir, const QString &workerProgram, int outgoing, int incoming,
                             const QString &registerDb);

} // namespace gw::bench
