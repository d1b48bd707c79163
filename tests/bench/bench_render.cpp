// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — render benchmarks: the worker path against pdftoppm, first page, stalls while scrolling.
#include "bench_render.h"

#include "PdfView.h"
#include "SamplePdf.h"
#include "pdf/PdfWorkerClient.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QProcess>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace gw::bench {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

namespace {

// A 50-page draft in Chinese: a red masthead and a full page of body text on each page.
QByteArray chineseDraft(int pages)
{
    const QString line =
        QStringLiteral("各镇人民政府、街道办事处，区政府各部门要高度重视防汛工作，落实责任。");
    return test::samplePdf(pages, [&line](QPainter &p, int) {
        p.setPen(Qt::red);
        p.setFont(QFont(QStringLiteral("Noto Serif CJK SC"), 26));
        p.drawText(QRectF(0, 70, 595, 40), Qt::AlignHCenter, QStringLiteral("云溪区人民政府文件"));
        p.setPen(Qt::black);
        p.setFont(QFont(QStringLiteral("Noto Serif CJK SC"), 16));
        for (int l = 0; l < 22; ++l)
            p.drawText(80, 170 + l * 28, line.left(27));
    });
}
} // namespace

QList<Figure> renderFigures(const QString &dir, bool quick, const QString &workerProgram)
{
    QList<Figure> out;
    const QByteArray pdf = chineseDraft(50);
    const QString path = dir + QStringLiteral("/draft-50.pdf");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
        return out;
    f.close();

    // The same pages both ways, side by side: pdftoppm (a process per page, as a person would run it)
    // and our worker path to a display-ready QImage.
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    PdfWorkerClient worker(workerProgram, {QStringLiteral("pdf-worker")});
    if (!worker.open(pdf))
        return out;
    const int samples = quick ? 3 : 15;
    std::vector<double> ours, theirs;
    for (int i = 0; i < samples; ++i) {
        const int page = (i * 7) % 50;
        QElapsedTimer t;
        t.start();
        auto image = worker.render(page, 150);
        if (!image)
            return out;
        ours.push_back(t.nsecsElapsed() / 1e6);
        if (!pdftoppm.isEmpty()) {
            t.restart();
            QProcess::execute(pdftoppm,
                              {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-f"),
                               QString::number(page + 1), QStringLiteral("-l"), QString::number(page + 1),
                               QStringLiteral("-singlefile"), path, dir + QStringLiteral("/page")});
            theirs.push_back(t.nsecsElapsed() / 1e6);
        }
    }
    out.append({"render.worker_ms_median", median(ours), "ms"});
    if (!theirs.empty()) {
        out.append({"render.pdftoppm_ms_median", median(theirs), "ms"});
        out.append({"render.ratio_vs_pdftoppm", median(ours) / median(theirs), "ratio"});
    }

    // The view: first page visible, then the longest event-loop gap while scrolling to the end.
    PdfView view;
    view.resize(1000, 800);
    view.show();
    QElapsedTimer opened;
    opened.start();
    double firstMs = -1;
    QEventLoop loop;
    QObject::connect(&view, &PdfView::firstPageShown, &loop, [&] {
        firstMs = opened.nsecsElapsed() / 1e6;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    view.open(pdf);
    loop.exec();
    out.append({"render.first_page_ms", firstMs, "ms"});

    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed(), worst = 0;
    QTimer tick;
    tick.setInterval(2);
    QObject::connect(&tick, &QTimer::timeout, &view, [&] {
        const qint64 now = clock.nsecsElapsed();
        worst = std::max(worst, now - last);
        last = now;
    });
    QTimer scroll;
    scroll.setInterval(16); // a steady 60 steps a second, as a wheel or a held key gives
    QEventLoop scrolling;
    QObject::connect(&scroll, &QTimer::timeout, &view, [&] {
        QScrollBar *bar = view.verticalScrollBar();
        bar->setValue(bar->value() + (quick ? 400 : 120));
        if (bar->value() >= bar->maximum())
            scrolling.quit();
    });
    tick.start();
    scroll.start();
    QTimer::singleShot(quick ? 10000 : 60000, &scrolling, &QEventLoop::quit);
    last = clock.nsecsElapsed();
    scrolling.exec();
    out.append({"render.max_stall_ms", worst / 1e6, "ms"});
    return out;
}

} // namespace gw::bench
