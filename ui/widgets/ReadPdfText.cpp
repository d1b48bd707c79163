// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — reading a whole PDF's text without freezing the window.
#include "ReadPdfText.h"

#include "pdf/PdfWorkerClient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace gw {

Result<QString> readPdfText(QWidget *parent, const QByteArray &pdf, int deadlineMs)
{
    std::atomic<int> done{0}, total{0};
    std::atomic<bool> cancelled{false};
    const QDeadlineTimer deadline(deadlineMs);
    Result<QString> result = makeError(ErrorCode::Storage, QString());
    std::unique_ptr<QThread> thread(QThread::create([&] {
        // The file came from outside: it is read by a worker process, never in this one.
        auto worker = PdfWorkerClient::forThisProgram();
        auto info = worker->open(pdf);
        if (!info) {
            result = info.error();
            return;
        }
        total = info.value().pageCount;
        const int perPage = int(qBound(qint64(1000), deadline.remainingTime(), qint64(15000)));
        result = worker->documentText(info.value().pageCount, perPage, [&](int d, int) {
            done = d;
            return !cancelled && !deadline.hasExpired();
        });
        if (!result && deadline.hasExpired() && !cancelled)
            result = makeError(ErrorCode::Unsupported,
                               QCoreApplication::translate("ReadPdfText",
                                                           "Reading the document's text took longer than %1 s and "
                                                           "was stopped. Fill in the fields by hand.")
                                   .arg(deadlineMs / 1000));
    }));
    QProgressDialog progress(QCoreApplication::translate("ReadPdfText", "Reading the document's text…"),
                             QCoreApplication::translate("ReadPdfText", "Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("readPdfProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    QObject::connect(&progress, &QProgressDialog::canceled, [&cancelled] { cancelled = true; });
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        progress.setMaximum(total);
        progress.setValue(done);
    });
    tick.start(100);
    thread->start();
    loop.exec();
    thread->wait();
    return result;
}

} // namespace gw
