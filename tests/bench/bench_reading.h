// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — reading benchmarks: incoming documents of every layout read through the worker.
#pragma once

#include "bench_render.h"

namespace gw::bench {

/// reading.field_accuracy (the fraction of the corpus's fields read right: 文号, 标题, 来文机关, 文种,
/// 紧急程度, 密级, 保密期限, 成文日期), reading.ms_per_doc (median, open + text + reading through the
/// worker), pdftotext's median on the same files and the ratio between them.
QList<Figure> readingFigures(const QString &dir, const QString &workerProgram);

} // namespace gw::bench
