// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — PDFs made on the spot: A4 pages at 72 dpi, drawn by the caller.
#pragma once

#include "pdf/Notices.h"

#include <QPainter>

#include <functional>

namespace gw::test {

/// A PDF of `pages` A4 pages; `draw` paints page `index` in points (72 dpi, origin top left).
inline QByteArray samplePdf(int pages, const std::function<void(QPainter &, int index)> &draw,
                            const QString &title = {})
{
    return paintA4Pdf(pages, draw, title);
}

} // namespace gw::test
