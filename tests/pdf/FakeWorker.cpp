// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — a PDF worker gone wrong: it opens any file, then answers a render with what a
// broken or hostile worker could send. The client must neither crash nor swell.
#include "FakeWorker.h"

#include "pdf/PdfProtocol.h"

#include <QDataStream>
#include <QIODevice>
#include <QImage>
#include <QSizeF>
#include <QtEndian>

#include <unistd.h>

namespace gw::test {
namespace {
bool readAll(char *data, size_t n)
{
    while (n > 0) {
        const ssize_t got = ::read(0, data, n);
        if (got <= 0)
            return false;
        data += got;
        n -= size_t(got);
    }
    return true;
}

void writeAll(const QByteArray &bytes)
{
    const char *data = bytes.constData();
    size_t n = size_t(bytes.size());
    while (n > 0) {
        const ssize_t put = ::write(1, data, n);
        if (put <= 0)
            return;
        data += put;
        n -= size_t(put);
    }
}

/// A render reply claiming `format`, with a small, well-formed body otherwise.
QByteArray renderReply(quint32 id, QImage::Format format)
{
    QByteArray reply;
    QDataStream out(&reply, QIODevice::WriteOnly);
    pdfproto::setup(out);
    const qint32 w = 64, h = 64, stride = 64 * 4;
    out << id << quint8(pdfproto::Status::Ok) << w << h << stride << qint32(format);
    out.writeRawData(QByteArray(stride * h, '\x7f').constData(), stride * h);
    return reply;
}
} // namespace

int runFakeWorker(const QString &mode)
{
    for (;;) {
        char head[4];
        if (!readAll(head, 4))
            return 0;
        QByteArray request(qsizetype(qFromBigEndian<quint32>(head)), Qt::Uninitialized);
        if (!readAll(request.data(), size_t(request.size())))
            return 0;
        QDataStream in(request);
        pdfproto::setup(in);
        quint32 id = 0;
        quint8 op = 0;
        in >> id >> op;
        if (op == quint8(pdfproto::Op::Open)) {
            QByteArray reply;
            QDataStream out(&reply, QIODevice::WriteOnly);
            pdfproto::setup(out);
            out << id << quint8(pdfproto::Status::Ok) << 2 << false << QString()
                << QList<QSizeF>{QSizeF(595, 842), QSizeF(595, 842)};
            writeAll(pdfproto::frame(reply));
            continue;
        }
        if (mode == QLatin1String("hang-on-page-1")) {
            // Page 1 never comes (like a file that spins Poppler); page 2 comes at once.
            qint32 page = 0;
            in >> page;
            if (page == 0) {
                for (;;)
                    ::pause();
            }
            writeAll(pdfproto::frame(renderReply(id, QImage::Format_RGB32)));
        } else if (mode == QLatin1String("mono")) {
            writeAll(pdfproto::frame(renderReply(id, QImage::Format_Mono)));
        } else if (mode == QLatin1String("invalid")) {
            writeAll(pdfproto::frame(renderReply(id, QImage::Format_Invalid)));
        } else if (mode == QLatin1String("huge")) {
            // A page claimed far larger than its bytes: 2^30 × 2^30 pixels.
            QByteArray reply;
            QDataStream out(&reply, QIODevice::WriteOnly);
            pdfproto::setup(out);
            out << id << quint8(pdfproto::Status::Ok) << qint32(1 << 30) << qint32(1 << 30) << qint32(1 << 30)
                << qint32(QImage::Format_RGB32);
            writeAll(pdfproto::frame(reply));
        } else { // "oversize": a frame longer than any page, then bytes for as long as anyone reads
            QByteArray header(4, Qt::Uninitialized);
            qToBigEndian<quint32>(pdfproto::kMaxFrame + 1, header.data());
            writeAll(header);
            const QByteArray chunk(1 << 20, 'x');
            for (int i = 0; i < 4096; ++i) // 4 GB at most
                writeAll(chunk);
        }
    }
}

} // namespace gw::test
