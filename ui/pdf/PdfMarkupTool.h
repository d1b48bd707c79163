// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what a finished drag or click of the PDF view's markup tools makes.
#pragma once

#include "PdfView.h"

#include <optional>

namespace gw {

/// The markup tools' geometry, apart from the widget: a drag ends in a markup's boxes and text.
class PdfMarkupTool final
{
public:
    struct Drawn
    {
        QList<QRectF> rects; ///< in points
        QString text;        ///< the text under a highlight or strike-out
    };
    /// The markup `tool` makes from a drag over `selection` ending at `at` (points) on a page with
    /// `text`: the words' lines for highlight and strike-out, a small box at a caret or note, the
    /// rectangle itself (at least 4 × 4 points). Nothing for a drag that covers no text or too little.
    static std::optional<Drawn> finish(PdfView::Tool tool, const QRectF &selection, const QPointF &at,
                                       const PdfPageText &text);
    /// With the select tool, a click (not a drag) on a markup picks it: its key.
    static std::optional<qint64> overlayAt(const QList<PdfView::Overlay> &overlays, int page,
                                           const QRectF &selection, const QPointF &at);
};

} // namespace gw
