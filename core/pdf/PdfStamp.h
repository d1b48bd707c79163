// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — drawing one PDF page onto the first page of another (the 归档章 on an archival copy).
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QRectF>

namespace gw {

/// A copy of `pdf` with the first page of `overlay` drawn into `at` (points from the top left of the
/// first page's crop box) over its content. The original's content streams are kept untouched and
/// wrapped in q … Q; the copy is written without encryption and with a deterministic file ID. Runs in
/// the PDF worker: `pdf` is untrusted.
Result<QByteArray> overlayFirstPage(const QByteArray &pdf, const QByteArray &overlay, const QRectF &at);

} // namespace gw
