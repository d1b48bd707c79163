// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what a finished drag or click of the markup tools makes.
#include "PdfMarkupTool.h"

#include "pdf/PdfTextSearch.h"

namespace gw {

std::optional<PdfMarkupTool::Drawn> PdfMarkupTool::finish(PdfView::Tool tool, const QRectF &selection,
                                                          const QPointF &at, const PdfPageText &text)
{
    using Tool = PdfView::Tool;
    switch (tool) {
    case Tool::Highlight:
    case Tool::StrikeOut: {
        const auto [rects, under] = PdfTextSearch::under(text, selection);
        if (rects.isEmpty())
            return std::nullopt;
        return Drawn{rects, under};
    }
    case Tool::Caret:
    case Tool::Note:
        return Drawn{{QRectF(at - QPointF(8, 8), QSizeF(16, 16))}, QString()};
    case Tool::Rectangle:
        if (selection.width() >= 4 && selection.height() >= 4)
            return Drawn{{selection}, QString()};
        return std::nullopt;
    case Tool::Select:
        break;
    }
    return std::nullopt;
}

std::optional<qint64> PdfMarkupTool::overlayAt(const QList<PdfView::Overlay> &overlays, int page,
                                               const QRectF &selection, const QPointF &at)
{
    if (selection.width() >= 2 || selection.height() >= 2)
        return std::nullopt; // a drag selects text, a click picks a markup
    for (const PdfView::Overlay &o : overlays) {
        for (const QRectF &b : o.rects) {
            if (o.page == page && b.adjusted(-3, -3, 3, 3).contains(at))
                return o.key;
        }
    }
    return std::nullopt;
}

} // namespace gw
