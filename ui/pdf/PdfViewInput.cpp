// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the PDF view: keyboard, mouse, the markup tools and search.
#include "PdfView.h"

#include "PdfMarkupTool.h"
#include "PdfOverlayPainter.h"
#include "pdf/PdfTextSearch.h"

#include "pdf/PdfPageRenderer.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

#include <cmath>

namespace gw {

void PdfView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PdfView::keyPressEvent(QKeyEvent *event)
{
    QScrollBar *v = verticalScrollBar();
    if (event->matches(QKeySequence::Find)) {
        Q_EMIT findRequested();
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    switch (event->key()) {
    case Qt::Key_PageDown:
        v->setValue(v->value() + v->pageStep());
        return;
    case Qt::Key_PageUp:
        v->setValue(v->value() - v->pageStep());
        return;
    case Qt::Key_Home:
        v->setValue(0);
        return;
    case Qt::Key_End:
        v->setValue(v->maximum());
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (event->modifiers() & Qt::ControlModifier) {
            zoomIn();
            return;
        }
        break;
    case Qt::Key_Minus:
        if (event->modifiers() & Qt::ControlModifier) {
            zoomOut();
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void PdfView::mousePressEvent(QMouseEvent *event)
{
    m_selectPage = -1;
    for (int page : visiblePages()) {
        if (pageRect(page).contains(event->position())) {
            m_selectPage = page;
            m_pressPoint = toPagePoint(page, event->position());
            m_selectRect = QRectF(m_pressPoint, QSizeF());
            if (!m_texts.contains(page))
                m_renderer->wantText({page});
        }
    }
    viewport()->update();
}

void PdfView::mouseDoubleClickEvent(QMouseEvent *event)
{
    for (int page : visiblePages()) {
        if (m_pageErrors.contains(page) && pageRect(page).contains(event->position())) {
            retryUnreadable();
            return;
        }
    }
    QAbstractScrollArea::mouseDoubleClickEvent(event);
}

void PdfView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_selectPage < 0)
        return;
    m_selectRect = QRectF(m_pressPoint, toPagePoint(m_selectPage, event->position())).normalized();
    viewport()->update();
}

void PdfView::mouseReleaseEvent(QMouseEvent *event)
{
    mouseMoveEvent(event);
    if (m_selectPage < 0)
        return;
    const int page = m_selectPage;
    const QPointF at = toPagePoint(page, event->position());
    if (m_tool == Tool::Select) {
        if (auto key = PdfMarkupTool::overlayAt(m_overlays, page, m_selectRect, at))
            Q_EMIT overlayClicked(*key);
        return;
    }
    if (auto drawn = PdfMarkupTool::finish(m_tool, m_selectRect, at, m_texts.value(page)))
        Q_EMIT markupDrawn(page, m_tool, drawn->rects, drawn->text);
    m_selectPage = -1;
    viewport()->update();
}

void PdfView::setTool(Tool tool)
{
    m_tool = tool;
    viewport()->setCursor(tool == Tool::Select ? Qt::IBeamCursor : Qt::CrossCursor);
    requestVisible(); // text tools need the pages' text
}

QPair<QList<QRectF>, QString> PdfView::textUnder(int page, const QRectF &rect) const
{
    return PdfTextSearch::under(m_texts.value(page), rect);
}

QString PdfView::selectedText() const
{
    return m_selectPage < 0 ? QString()
                            : PdfTextSearch::under(m_texts.value(m_selectPage), m_selectRect).second;
}

void PdfView::copySelection() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void PdfView::search(const QString &text)
{
    m_query = text.trimmed();
    m_hits.clear();
    m_currentHit = -1;
    if (m_query.isEmpty() || !isOpen()) {
        viewport()->update();
        Q_EMIT hitsChanged(0, -1);
        return;
    }
    QList<int> missing;
    for (int p = 0; p < m_info.pageCount; ++p) {
        if (m_texts.contains(p))
            findHits(p);
        else
            missing.append(p);
    }
    m_renderer->wantText(missing);
    if (!m_hits.isEmpty()) {
        m_currentHit = 0;
        scrollToHit();
    }
    viewport()->update();
    Q_EMIT hitsChanged(int(m_hits.size()), m_currentHit);
}

void PdfView::findHits(int page)
{
    // Keep hits in page order.
    qsizetype insertAt = 0;
    while (insertAt < m_hits.size() && m_hits.at(insertAt).page < page)
        ++insertAt;
    for (const PdfTextHit &h : PdfTextSearch::find(page, m_texts.value(page), m_query))
        m_hits.insert(insertAt++, h);
}

void PdfView::scrollToHit()
{
    if (m_currentHit < 0 || m_currentHit >= m_hits.size())
        return;
    const Hit &h = m_hits.at(m_currentHit);
    if (h.boxes.isEmpty())
        return;
    const double y = m_pageTops.value(h.page) + h.boxes.first().top() * pixelsPerPoint();
    verticalScrollBar()->setValue(int(y - viewport()->height() / 3.0));
    viewport()->update();
}

void PdfView::nextHit()
{
    if (m_hits.isEmpty())
        return;
    m_currentHit = (m_currentHit + 1) % int(m_hits.size());
    scrollToHit();
    Q_EMIT hitsChanged(int(m_hits.size()), m_currentHit);
}

void PdfView::previousHit()
{
    if (m_hits.isEmpty())
        return;
    m_currentHit = (m_currentHit - 1 + int(m_hits.size())) % int(m_hits.size());
    scrollToHit();
    Q_EMIT hitsChanged(int(m_hits.size()), m_currentHit);
}

} // namespace gw
