// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what the PDF view draws over a page: search hits, markups and the selection.
#pragma once

#include "PdfView.h"

class QPainter;

namespace gw {

/// Paints over one page shown at `pageRect` (view pixels), `k` pixels to a point.
class PdfOverlayPainter final
{
public:
    PdfOverlayPainter(QPainter &painter, const QRectF &pageRect, double k)
        : m_p(painter), m_page(pageRect), m_k(k)
    {
    }
    /// A search hit; the current one in orange, the others in yellow.
    void paintHit(const QList<QRectF> &boxes, bool current);
    /// A markup in its kind's shape and colour, with a dashed frame when selected.
    void paintOverlay(const PdfView::Overlay &o);
    /// The words under a drag, and the drag's frame while a rectangle is drawn.
    void paintSelection(const QRectF &rect, const PdfPageText &text, bool frame);

private:
    QRectF toView(const QRectF &points) const;

    QPainter &m_p;
    QRectF m_page;
    double m_k;
};

} // namespace gw
