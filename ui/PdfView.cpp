// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — a continuous, zoomable view of a PDF's pages.
#include "PdfView.h"

#include "pdf/PdfPageRenderer.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

#include <cmath>

namespace gw {
namespace {
constexpr int kGap = 12;    // pixels between pages
constexpr int kMargin = 12; // pixels around the pages
constexpr qint64 kCacheBytes = 384LL << 20;

qint64 cacheKey(int page, double dpi)
{
    return (qint64(page) << 20) | qint64(std::lround(dpi * 10));
}
} // namespace

PdfView::PdfView(QWidget *parent) : QAbstractScrollArea(parent), m_renderer(new PdfPageRenderer({}, this))
{
    setObjectName(QStringLiteral("pdfView"));
    m_cache.setMaxCost(kCacheBytes);
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);
    viewport()->setMouseTracking(false);
    setFocusPolicy(Qt::StrongFocus);
    verticalScrollBar()->setSingleStep(40);
    connect(m_renderer, &PdfPageRenderer::opened, this, [this](quint64 g, const PdfDocumentInfo &info) {
        if (g != m_generation)
            return;
        m_info = info;
        m_error.clear();
        applyFit();
        relayout();
        requestVisible();
        Q_EMIT documentOpened(info.pageCount);
        if (!m_query.isEmpty())
            search(m_query);
    });
    connect(m_renderer, &PdfPageRenderer::openFailed, this,
            [this](quint64 g, const QString &message, bool password) {
                if (g != m_generation)
                    return;
                m_error = message;
                viewport()->update();
                if (password)
                    Q_EMIT passwordNeeded(message);
                Q_EMIT documentFailed(message);
            });
    connect(m_renderer, &PdfPageRenderer::rendered, this, &PdfView::onRendered);
    connect(m_renderer, &PdfPageRenderer::renderFailed, this,
            [this](quint64 g, int page, const QString &message) {
                if (g != m_generation)
                    return;
                m_pageErrors.insert(page, message);
                viewport()->update();
            });
    connect(m_renderer, &PdfPageRenderer::textReady, this, &PdfView::onText);
}

PdfView::~PdfView() = default;

void PdfView::open(const QByteArray &pdf, const QString &password)
{
    m_info = PdfDocumentInfo{};
    m_error.clear();
    m_cache.clear();
    m_lastImage.clear();
    m_pageErrors.clear();
    m_texts.clear();
    m_hits.clear();
    m_currentHit = -1;
    m_selectPage = -1;
    m_firstShown = false;
    m_renderedCount = 0;
    m_pageTops.clear();
    m_pdf = pdf;
    m_generation = m_renderer->open(pdf, password);
    relayout();
    viewport()->update();
}

double PdfView::pixelsPerPoint() const
{
    return m_zoom * logicalDpiY() / 72.0;
}
double PdfView::renderDpi() const
{
    return m_zoom * logicalDpiY() * devicePixelRatioF();
}

void PdfView::applyFit()
{
    if (m_fit == Fit::None || m_info.pageSizes.isEmpty())
        return;
    const QSizeF page = m_info.pageSizes.first();
    if (page.width() <= 0 || page.height() <= 0)
        return;
    const double availW = viewport()->width() - 2 * kMargin - (verticalScrollBar()->isVisible() ? 0 : 16);
    const double availH = viewport()->height() - 2 * kMargin;
    const double perPoint = logicalDpiY() / 72.0;
    double z = availW / (page.width() * perPoint);
    if (m_fit == Fit::Page)
        z = std::min(z, availH / (page.height() * perPoint));
    z = std::clamp(z, kMinZoom, kMaxZoom);
    if (std::abs(z - m_zoom) > 1e-3) {
        m_zoom = z;
        Q_EMIT zoomChanged(m_zoom);
    }
}

void PdfView::relayout()
{
    m_pageTops.clear();
    double y = kMargin;
    double maxW = 0;
    for (const QSizeF &s : m_info.pageSizes) {
        m_pageTops.append(y);
        y += s.height() * pixelsPerPoint() + kGap;
        maxW = std::max(maxW, s.width() * pixelsPerPoint());
    }
    const int contentH = int(y + kMargin);
    const int contentW = int(maxW + 2 * kMargin);
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setRange(0, std::max(0, contentH - viewport()->height()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setRange(0, std::max(0, contentW - viewport()->width()));
    viewport()->update();
}

QRectF PdfView::pageRect(int page) const
{
    if (page < 0 || page >= m_pageTops.size())
        return {};
    const QSizeF s = m_info.pageSizes.at(page) * pixelsPerPoint();
    const double contentW =
        std::max<double>(viewport()->width(), horizontalScrollBar()->maximum() + viewport()->width());
    const double x = (contentW - s.width()) / 2 - horizontalScrollBar()->value();
    return QRectF(QPointF(x, m_pageTops.at(page) - verticalScrollBar()->value()), s);
}

QPointF PdfView::toPagePoint(int page, const QPointF &p) const
{
    const QRectF r = pageRect(page);
    return (p - r.topLeft()) / pixelsPerPoint();
}

QList<int> PdfView::visiblePages() const
{
    QList<int> out;
    const QRectF view(QPointF(0, 0), QSizeF(viewport()->size()));
    for (int i = 0; i < m_pageTops.size(); ++i) {
        if (pageRect(i).intersects(view))
            out.append(i);
    }
    return out;
}

int PdfView::currentPage() const
{
    const QList<int> visible = visiblePages();
    if (visible.isEmpty())
        return 0;
    // The page that holds the middle of the view.
    const double middle = viewport()->height() / 2.0;
    for (int p : visible) {
        const QRectF r = pageRect(p);
        if (r.top() <= middle && r.bottom() + kGap >= middle)
            return p;
    }
    return visible.first();
}

void PdfView::requestVisible()
{
    if (!isOpen())
        return;
    const double dpi = renderDpi();
    QList<int> wanted;
    QList<int> visible = visiblePages();
    if (!visible.isEmpty()) {
        if (visible.first() > 0)
            visible.append(visible.first() - 1); // the neighbours, for smooth scrolling
        if (visible.last() + 1 < m_info.pageCount)
            visible.append(visible.last() + 1);
    }
    for (int p : visible) {
        if (!m_cache.contains(cacheKey(p, dpi)) && !m_pageErrors.contains(p))
            wanted.append(p);
    }
    m_renderer->want(wanted, dpi);
    if (m_tool == Tool::Highlight || m_tool == Tool::StrikeOut) {
        QList<int> textWanted;
        for (int p : visible) {
            if (!m_texts.contains(p))
                textWanted.append(p);
        }
        if (!textWanted.isEmpty())
            m_renderer->wantText(textWanted);
    }
    const int current = currentPage();
    if (current != m_lastCurrentPage) {
        m_lastCurrentPage = current;
        Q_EMIT currentPageChanged(current);
    }
}

void PdfView::onRendered(quint64 generation, int page, double dpi, const QImage &image)
{
    if (generation != m_generation)
        return;
    QImage copy = image;
    copy.setDevicePixelRatio(devicePixelRatioF());
    m_cache.insert(cacheKey(page, dpi), new QImage(copy), int(std::min<qint64>(copy.sizeInBytes(), INT_MAX)));
    m_lastImage.insert(page, copy);
    ++m_renderedCount;
    viewport()->update();
    if (!m_firstShown && page == currentPage()) {
        m_firstShown = true;
        Q_EMIT firstPageShown();
    }
}

void PdfView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    if (!m_error.isEmpty()) {
        p.setPen(palette().color(QPalette::BrightText));
        p.drawText(viewport()->rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                   m_error);
        return;
    }
    if (!isOpen()) {
        p.setPen(palette().color(QPalette::BrightText));
        p.drawText(viewport()->rect(), Qt::AlignCenter, tr("Opening…"));
        return;
    }
    const double dpi = renderDpi();
    for (int page : visiblePages()) {
        const QRectF r = pageRect(page);
        p.fillRect(r.translated(2, 2), QColor(0, 0, 0, 60));
        p.fillRect(r, Qt::white);
        if (const QImage *img = m_cache.object(cacheKey(page, dpi))) {
            p.drawImage(r, *img);
        } else if (m_lastImage.contains(page)) {
            p.drawImage(r, m_lastImage.value(page)); // an older zoom, scaled until the new one comes
        } else {
            p.setPen(Qt::gray);
            p.drawText(r, Qt::AlignCenter | Qt::TextWordWrap,
                       m_pageErrors.value(page, tr("Page %1 is being drawn…").arg(page + 1)));
        }
        const double k = pixelsPerPoint();
        for (int i = 0; i < m_hits.size(); ++i) {
            if (m_hits.at(i).page != page)
                continue;
            const QColor c = i == m_currentHit ? QColor(255, 140, 0, 120) : QColor(255, 230, 0, 100);
            for (const QRectF &b : m_hits.at(i).boxes)
                p.fillRect(QRectF(r.topLeft() + b.topLeft() * k, b.size() * k), c);
        }
        for (const Overlay &o : m_overlays) {
            if (o.page != page)
                continue;
            const double k2 = pixelsPerPoint();
            for (const QRectF &b : o.rects) {
                const QRectF v(r.topLeft() + b.topLeft() * k2, b.size() * k2);
                QColor fill = o.color;
                switch (o.kind) {
                case Tool::Highlight:
                    fill.setAlpha(90);
                    p.fillRect(v, fill);
                    break;
                case Tool::StrikeOut:
                    p.setPen(QPen(o.color, std::max(1.5, 1.5 * k2)));
                    p.drawLine(QPointF(v.left(), v.center().y()), QPointF(v.right(), v.center().y()));
                    break;
                case Tool::Caret: {
                    p.setPen(QPen(o.color, 2));
                    const QPointF c(v.center().x(), v.bottom());
                    p.drawLine(c, c + QPointF(-5, -9));
                    p.drawLine(c, c + QPointF(5, -9));
                    break;
                }
                case Tool::Note:
                    fill.setAlpha(200);
                    p.fillRect(v, fill);
                    p.setPen(Qt::white);
                    p.drawText(v, Qt::AlignCenter, QStringLiteral("✎"));
                    break;
                case Tool::Rectangle:
                case Tool::Select:
                    p.setPen(QPen(o.color, 2));
                    p.drawRect(v);
                    break;
                }
                if (o.selected) {
                    p.setPen(QPen(QColor(20, 20, 20), 1, Qt::DashLine));
                    p.setBrush(Qt::NoBrush);
                    p.drawRect(v.adjusted(-3, -3, 3, 3));
                }
            }
        }
        if (page == m_selectPage && m_tool == Tool::Rectangle) {
            p.setPen(QPen(QColor(30, 90, 220), 1, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            const double k3 = pixelsPerPoint();
            p.drawRect(QRectF(r.topLeft() + m_selectRect.topLeft() * k3, m_selectRect.size() * k3));
        }
        if (page == m_selectPage) {
            for (const PdfWord &w : m_texts.value(page).words) {
                if (w.box.intersects(m_selectRect))
                    p.fillRect(QRectF(r.topLeft() + w.box.topLeft() * k, w.box.size() * k),
                               QColor(40, 110, 220, 90));
            }
        }
    }
}

void PdfView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    applyFit();
    relayout();
    requestVisible();
}

void PdfView::scrollContentsBy(int, int)
{
    viewport()->update();
    requestVisible();
}

void PdfView::setZoom(double zoom)
{
    const double z = std::clamp(zoom, kMinZoom, kMaxZoom);
    m_fit = Fit::None;
    if (std::abs(z - m_zoom) < 1e-4)
        return;
    const int page = currentPage();
    const double within =
        isOpen() ? (viewport()->height() / 2.0 - pageRect(page).top()) / pageRect(page).height() : 0;
    m_zoom = z;
    relayout();
    if (isOpen())
        verticalScrollBar()->setValue(
            int(m_pageTops.value(page) + within * pageRect(page).height() - viewport()->height() / 2.0));
    requestVisible();
    Q_EMIT zoomChanged(m_zoom);
}

void PdfView::zoomIn()
{
    setZoom(m_zoom * 1.25);
}
void PdfView::zoomOut()
{
    setZoom(m_zoom / 1.25);
}

void PdfView::setFit(Fit fit)
{
    m_fit = fit;
    applyFit();
    relayout();
    requestVisible();
}

void PdfView::goToPage(int page)
{
    if (page < 0 || page >= m_pageTops.size())
        return;
    verticalScrollBar()->setValue(int(m_pageTops.at(page) - kMargin));
    requestVisible();
}

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
        if (m_selectRect.width() < 2 && m_selectRect.height() < 2) { // a click: pick a markup under it
            for (const Overlay &o : m_overlays) {
                for (const QRectF &b : o.rects) {
                    if (o.page == page && b.adjusted(-3, -3, 3, 3).contains(at)) {
                        Q_EMIT overlayClicked(o.key);
                        return;
                    }
                }
            }
        }
        return;
    }
    switch (m_tool) {
    case Tool::Highlight:
    case Tool::StrikeOut: {
        const auto [rects, text] = textUnder(page, m_selectRect);
        if (!rects.isEmpty())
            Q_EMIT markupDrawn(page, m_tool, rects, text);
        break;
    }
    case Tool::Caret:
    case Tool::Note:
        Q_EMIT markupDrawn(page, m_tool, {QRectF(at - QPointF(8, 8), QSizeF(16, 16))}, QString());
        break;
    case Tool::Rectangle:
        if (m_selectRect.width() >= 4 && m_selectRect.height() >= 4)
            Q_EMIT markupDrawn(page, m_tool, {m_selectRect}, QString());
        break;
    case Tool::Select:
        break;
    }
    m_selectPage = -1;
    viewport()->update();
}

void PdfView::setTool(Tool tool)
{
    m_tool = tool;
    viewport()->setCursor(tool == Tool::Select ? Qt::IBeamCursor : Qt::CrossCursor);
    requestVisible(); // text tools need the pages' text
}

void PdfView::setOverlays(const QList<Overlay> &overlays)
{
    m_overlays = overlays;
    viewport()->update();
}

void PdfView::showArea(int page, const QRectF &rect)
{
    if (page < 0 || page >= m_pageTops.size())
        return;
    verticalScrollBar()->setValue(
        int(m_pageTops.at(page) + rect.top() * pixelsPerPoint() - viewport()->height() / 3.0));
    requestVisible();
}

QPair<QList<QRectF>, QString> PdfView::textUnder(int page, const QRectF &rect) const
{
    QList<QRectF> lines;
    QString text;
    for (const PdfWord &w : m_texts.value(page).words) {
        if (!w.box.intersects(rect))
            continue;
        text += w.text;
        // Characters on the same line (overlapping vertically) join one box.
        if (!lines.isEmpty() && std::abs(lines.last().center().y() - w.box.center().y()) < w.box.height() / 2)
            lines.last() = lines.last().united(w.box);
        else
            lines.append(w.box);
    }
    return {lines, text};
}

QString PdfView::selectedText() const
{
    if (m_selectPage < 0)
        return {};
    QString out;
    for (const PdfWord &w : m_texts.value(m_selectPage).words) {
        if (w.box.intersects(m_selectRect))
            out += w.text;
    }
    return out;
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

void PdfView::onText(quint64 generation, int page, const PdfPageText &text)
{
    if (generation != m_generation)
        return;
    m_texts.insert(page, text);
    if (!m_query.isEmpty()) {
        findHits(page);
        if (m_currentHit < 0 && !m_hits.isEmpty()) {
            m_currentHit = 0;
            scrollToHit();
        }
        Q_EMIT hitsChanged(int(m_hits.size()), m_currentHit);
    }
    viewport()->update();
}

// Words are joined into one string per page; every occurrence of the query marks the words it covers.
void PdfView::findHits(int page)
{
    const QList<PdfWord> &words = m_texts.value(page).words;
    QString joined;
    QList<int> owner;
    for (int i = 0; i < words.size(); ++i) {
        joined += words.at(i).text;
        for (int k = 0; k < words.at(i).text.size(); ++k)
            owner.append(i);
    }
    QList<Hit> found;
    for (qsizetype at = joined.indexOf(m_query, 0, Qt::CaseInsensitive); at >= 0;
         at = joined.indexOf(m_query, at + 1, Qt::CaseInsensitive)) {
        Hit h;
        h.page = page;
        int last = -1;
        for (qsizetype c = at; c < at + m_query.size() && c < owner.size(); ++c) {
            if (owner.at(c) != last) {
                last = owner.at(c);
                h.boxes.append(words.at(last).box);
            }
        }
        found.append(h);
    }
    // Keep hits in page order.
    qsizetype insertAt = 0;
    while (insertAt < m_hits.size() && m_hits.at(insertAt).page < page)
        ++insertAt;
    for (const Hit &h : found)
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
