// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — a continuous, zoomable view of a PDF's pages.
#include "PdfView.h"

#include "PdfMarkupTool.h"
#include "PdfOverlayPainter.h"
#include "pdf/PdfTextSearch.h"

#include "pdf/PdfPageRenderer.h"

#include <QAction>
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
    auto *retry = new QAction(tr("&Try Unreadable Pages Again"), this);
    retry->setObjectName(QStringLiteral("retryPages"));
    retry->setShortcut(QKeySequence::Refresh);
    retry->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(retry, &QAction::triggered, this, &PdfView::retryUnreadable);
    addAction(retry);
}

void PdfView::retryUnreadable()
{
    const QList<int> pages = m_pageErrors.keys();
    for (int page : pages)
        m_renderer->retry(page);
    m_pageErrors.clear();
    viewport()->update();
    requestVisible();
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
            const auto error = m_pageErrors.constFind(page);
            p.drawText(r.adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                       error == m_pageErrors.constEnd()
                           ? tr("Page %1 is being drawn…").arg(page + 1)
                           : *error + QStringLiteral("\n\n") +
                                 tr("Double-click the page or press F5 to try again."));
        }
        const double k = pixelsPerPoint();
        PdfOverlayPainter painter(p, r, k);
        for (int i = 0; i < m_hits.size(); ++i) {
            if (m_hits.at(i).page == page)
                painter.paintHit(m_hits.at(i).boxes, i == m_currentHit);
        }
        for (const Overlay &o : m_overlays) {
            if (o.page == page)
                painter.paintOverlay(o);
        }
        if (page == m_selectPage)
            painter.paintSelection(m_selectRect, m_texts.value(page), m_tool == Tool::Rectangle);
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

} // namespace gw
