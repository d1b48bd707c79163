// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — PDFs made on the spot: A4 pages at 72 dpi, drawn by the caller.
#pragma once

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <functional>

namespace gw::test {

/// A PDF of `pages` A4 pages; `draw` paints page `index` in points (72 dpi, origin top left).
inline QByteArray samplePdf(int pages, const std::function<void(QPainter &, int index)> &draw,
                            const QString &title = {})
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    if (!title.isEmpty())
        writer.setTitle(title);
    QPainter p(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        draw(p, i);
    }
    p.end();
    return bytes;
}

} // namespace gw::test
