// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what the PDF view draws over a page.
#include "PdfOverlayPainter.h"

#include <QPainter>

#include <algorithm>

namespace gw {

QRectF PdfOverlayPainter::toView(const QRectF &b) const
{
    return QRectF(m_page.topLeft() + b.topLeft() * m_k, b.size() * m_k);
}

void PdfOverlayPainter::paintHit(const QList<QRectF> &boxes, bool current)
{
    const QColor c = current ? QColor(255, 140, 0, 120) : QColor(255, 230, 0, 100);
    for (const QRectF &b : boxes)
        m_p.fillRect(toView(b), c);
}

void PdfOverlayPainter::paintOverlay(const PdfView::Overlay &o)
{
    using Tool = PdfView::Tool;
    for (const QRectF &b : o.rects) {
        const QRectF v = toView(b);
        QColor fill = o.color;
        switch (o.kind) {
        case Tool::Highlight:
            fill.setAlpha(90);
            m_p.fillRect(v, fill);
            break;
        case Tool::StrikeOut:
            m_p.setPen(QPen(o.color, std::max(1.5, 1.5 * m_k)));
            m_p.drawLine(QPointF(v.left(), v.center().y()), QPointF(v.right(), v.center().y()));
            break;
        case Tool::Caret: {
            m_p.setPen(QPen(o.color, 2));
            const QPointF c(v.center().x(), v.bottom());
            m_p.drawLine(c, c + QPointF(-5, -9));
            m_p.drawLine(c, c + QPointF(5, -9));
            break;
        }
        case Tool::Note:
            fill.setAlpha(200);
            m_p.fillRect(v, fill);
            m_p.setPen(Qt::white);
            m_p.drawText(v, Qt::AlignCenter, QStringLiteral("✎"));
            break;
        case Tool::Rectangle:
        case Tool::Select:
            m_p.setPen(QPen(o.color, 2));
            m_p.drawRect(v);
            break;
        }
        if (o.selected) {
            m_p.setPen(QPen(QColor(20, 20, 20), 1, Qt::DashLine));
            m_p.setBrush(Qt::NoBrush);
            m_p.drawRect(v.adjusted(-3, -3, 3, 3));
        }
    }
}

void PdfOverlayPainter::paintSelection(const QRectF &rect, const PdfPageText &text, bool frame)
{
    if (frame) {
        m_p.setPen(QPen(QColor(30, 90, 220), 1, Qt::DashLine));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(toView(rect));
    }
    for (const PdfWord &w : text.words) {
        if (w.box.intersects(rect))
            m_p.fillRect(toView(w.box), QColor(40, 110, 220, 90));
    }
}

} // namespace gw
