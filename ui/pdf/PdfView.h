// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — a continuous, zoomable view of a PDF's pages, drawn by the PDF worker off the
// interface thread, with search highlights and text selection.
#pragma once

#include "pdf/PdfTextSearch.h"
#include "pdf/PdfTypes.h"

#include <QAbstractScrollArea>
#include <QCache>
#include <QColor>
#include <QHash>
#include <QImage>

namespace gw {

class PdfPageRenderer;

class PdfView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfView)
public:
    enum class Fit
    {
        None,
        Width,
        Page
    };
    /// What a drag on a page does: select text, or draw a markup of that kind.
    enum class Tool
    {
        Select,
        Highlight,
        StrikeOut,
        Caret,
        Note,
        Rectangle
    };

    /// A markup drawn over the pages (geometry in points).
    struct Overlay
    {
        qint64 key = 0;
        int page = 0;
        Tool kind = Tool::Highlight;
        QList<QRectF> rects;
        QColor color;
        bool selected = false;
        QString tip;
    };
    static constexpr double kMinZoom = 0.25;
    static constexpr double kMaxZoom = 4.0;

    explicit PdfView(QWidget *parent = nullptr);
    ~PdfView() override;

    void open(const QByteArray &pdf, const QString &password = {});
    bool isOpen() const { return m_info.pageCount > 0; }
    const QByteArray &pdf() const { return m_pdf; }
    int pageCount() const { return m_info.pageCount; }
    QString errorText() const { return m_error; }
    int currentPage() const;
    void goToPage(int page);
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    void setFit(Fit fit);

    /// Highlights every hit of `text` on every page; returns at once, hits arrive as pages' text does.
    void search(const QString &text);
    int hitCount() const { return int(m_hits.size()); }
    int currentHit() const { return m_currentHit; }
    void nextHit();
    void previousHit();
    QString selectedText() const;
    void setTool(Tool tool);
    Tool tool() const { return m_tool; }
    void setOverlays(const QList<Overlay> &overlays);
    /// Scrolls so that `rect` (in points) of `page` is in view.
    void showArea(int page, const QRectF &rect);
    /// The character boxes (in points) under `rect` of `page`, merged line by line, and their text.
    QPair<QList<QRectF>, QString> textUnder(int page, const QRectF &rect) const;
    void copySelection() const;
    /// Pages drawn and waiting to be drawn, for tests and the status line.
    int renderedPages() const { return m_renderedCount; }
    /// The rectangle of `page` in view coordinates (page units are points).
    QRectF pageRect(int page) const;
    QPointF toPagePoint(int page, const QPointF &viewPoint) const;
    /// Pages shown as unreadable (drawing failed, overran or stopped the reader).
    QList<int> unreadablePages() const { return m_pageErrors.keys(); }
    /// Tries the unreadable pages again (double-click on one, or F5 in the view).
    void retryUnreadable();

Q_SIGNALS:
    void documentOpened(int pageCount);
    void documentFailed(const QString &message);
    /// The PDF is locked; open() again with the password.
    void passwordNeeded(const QString &message);
    void currentPageChanged(int page);
    void zoomChanged(double zoom);
    void hitsChanged(int count, int current);
    void firstPageShown();
    void findRequested();
    /// A markup tool finished a drag (or a click for notes and carets); geometry in points.
    void markupDrawn(int page, gw::PdfView::Tool kind, const QList<QRectF> &rects, const QString &text);
    void overlayClicked(qint64 key);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    using Hit = PdfTextHit;
    double pixelsPerPoint() const;
    double renderDpi() const;
    void relayout();
    void requestVisible();
    QList<int> visiblePages() const;
    void onRendered(quint64 generation, int page, double dpi, const QImage &image);
    void onText(quint64 generation, int page, const PdfPageText &text);
    void findHits(int page);
    void scrollToHit();
    void applyFit();

    PdfPageRenderer *m_renderer = nullptr;
    QByteArray m_pdf;
    quint64 m_generation = 0;
    PdfDocumentInfo m_info;
    QString m_error;
    QList<double> m_pageTops; // in view pixels at the current zoom, without scrolling
    double m_zoom = 1.0;
    Fit m_fit = Fit::Width;
    QCache<qint64, QImage> m_cache; // key: page << 16 | dpi
    QHash<int, QImage> m_lastImage; // the latest image of each page, at any zoom, shown scaled meanwhile
    QHash<int, QString> m_pageErrors;
    QHash<int, PdfPageText> m_texts;
    QString m_query;
    QList<Hit> m_hits;
    int m_currentHit = -1;
    int m_selectPage = -1;
    QRectF m_selectRect; // in points
    QPointF m_pressPoint;
    bool m_firstShown = false;
    int m_renderedCount = 0;
    int m_lastCurrentPage = -1;
    Tool m_tool = Tool::Select;
    QList<Overlay> m_overlays;
};

} // namespace gw
