// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk UI tests — the PDF view: pages drawn off the interface thread, zoom, search, selection.
#include "SamplePdf.h"
#include "Screenshots.h"

#include "PdfView.h"
#include "PdfViewer.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace gw;
using namespace gw::test;

namespace {
/// Runs the event loop until `done` holds or `ms` pass; QTest's QTRY macros cannot fail a Catch test.
template <typename F> bool waitFor(F done, int ms = 15000)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
    return true;
}

QByteArray notice(int pages)
{
    return samplePdf(pages, [](QPainter &p, int i) {
        p.setFont(QFont(QStringLiteral("Noto Serif CJK SC"), 22));
        p.setPen(Qt::red);
        p.drawText(QRectF(0, 60, 595, 40), Qt::AlignHCenter, QStringLiteral("云溪区人民政府文件"));
        p.setPen(Qt::black);
        p.setFont(QFont(QStringLiteral("Noto Serif CJK SC"), 16));
        p.drawText(72, 160, QStringLiteral("关于做好2026年防汛工作的通知（第%1页）").arg(i + 1));
        p.drawText(72, 200, QStringLiteral("各镇人民政府、街道办事处，区政府各部门："));
    });
}
} // namespace

TEST_CASE("PDF view: pages come from the worker, zoom and search work, selection copies text",
          "[ui][markup][pdfview]")
{
    PdfViewer viewer;
    viewer.resize(1100, 800);
    viewer.show();
    REQUIRE(QTest::qWaitForWindowExposed(&viewer));
    PdfView *view = viewer.view();
    QSignalSpy opened(view, &PdfView::documentOpened);
    QSignalSpy first(view, &PdfView::firstPageShown);
    viewer.open(notice(6));
    REQUIRE(opened.wait(15000));
    CHECK(view->pageCount() == 6);
    REQUIRE((first.count() > 0 || first.wait(15000)));
    CHECK(view->renderedPages() >= 1);

    // Search: every page has one hit; next moves through them.
    QSignalSpy hits(view, &PdfView::hitsChanged);
    view->search(QStringLiteral("防汛"));
    REQUIRE(waitFor([&] { return view->hitCount() == 6; }));
    CHECK(view->currentHit() == 0);
    view->nextHit();
    CHECK(view->currentHit() == 1);
    REQUIRE(waitFor([&] { return view->renderedPages() >= 2; }));
    screenshot(viewer, QStringLiteral("pdfview_search_zh_CN"));

    // Zoom in and out; fit width brings the page to the view's width.
    const double before = view->zoom();
    view->zoomIn();
    CHECK(view->zoom() > before);
    view->setFit(PdfView::Fit::Width);
    CHECK(qAbs(view->pageRect(0).width() - (view->viewport()->width() - 24)) < 24);

    // Keyboard: End goes to the last page.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_End);
    CHECK(view->currentPage() == 5);
    view->goToPage(2);
    CHECK(view->currentPage() == 2);

    // Drag over the title line of page 3 and copy it.
    const QRectF page = view->pageRect(2);
    const double k = page.width() / 595.0;
    const QPoint from = (page.topLeft() + QPointF(60, 140) * k).toPoint();
    const QPoint to = (page.topLeft() + QPointF(560, 170) * k).toPoint();
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view->viewport(), to);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    REQUIRE(waitFor([&] { return view->selectedText().contains(QStringLiteral("防汛工作")); }));
}

TEST_CASE("PDF view: a damaged file shows a message and nothing crashes", "[ui][markup][pdfview][bad-input]")
{
    PdfViewer viewer;
    viewer.resize(800, 600);
    viewer.show();
    QSignalSpy failed(viewer.view(), &PdfView::documentFailed);
    viewer.open(QByteArray("%PDF-1.7\nnothing else"));
    REQUIRE(failed.wait(15000));
    CHECK_FALSE(viewer.view()->errorText().isEmpty());
    screenshot(viewer, QStringLiteral("pdfview_damaged_zh_CN"));
    // The same view then opens a good file.
    QSignalSpy opened(viewer.view(), &PdfView::documentOpened);
    viewer.open(notice(1));
    REQUIRE(opened.wait(15000));
    CHECK(viewer.view()->errorText().isEmpty());
}

TEST_CASE("PDF view: a locked PDF asks for its password, and opens with it",
          "[ui][markup][pdfview][bad-input]")
{
    QFile f(QStringLiteral(GONGWEN_TEST_DATA "/encrypted.pdf"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray locked = f.readAll();
    PdfView view;
    view.resize(600, 500);
    view.show();
    QSignalSpy asked(&view, &PdfView::passwordNeeded);
    view.open(locked);
    REQUIRE(asked.wait(15000));
    QSignalSpy wrong(&view, &PdfView::passwordNeeded);
    view.open(locked, QStringLiteral("guess"));
    REQUIRE(wrong.wait(15000));
    QSignalSpy opened(&view, &PdfView::documentOpened);
    view.open(locked, QStringLiteral("gongwen"));
    REQUIRE(opened.wait(15000));
    CHECK(view.pageCount() == 1);
}
