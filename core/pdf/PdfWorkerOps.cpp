// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the PDF worker's requests for archiving.
#include "pdf/PdfWorkerOps.h"

#include "pdf/PdfStamp.h"

#include <QCoreApplication>
#include <QRectF>
#include <QStringList>

#include <poppler-qt6.h>

namespace gw::pdfworker {
namespace {
void fail(QDataStream &out, const QString &message)
{
    out << quint8(pdfproto::Status::Error) << message;
}
} // namespace

bool handleMore(pdfproto::Op op, QDataStream &in, QDataStream &out, Poppler::Document *doc)
{
    switch (op) {
    case pdfproto::Op::Fonts: {
        if (!doc) {
            fail(out, QCoreApplication::translate("PdfWorker", "No PDF is open."));
            return true;
        }
        QStringList missing;
        for (const Poppler::FontInfo &f : doc->fonts())
            if (!f.isEmbedded())
                missing << (f.name().isEmpty() ? f.typeName() : f.name());
        missing.removeDuplicates();
        out << quint8(pdfproto::Status::Ok) << missing;
        return true;
    }
    case pdfproto::Op::Stamp: {
        QByteArray pdf, overlay;
        QRectF at;
        in >> pdf >> overlay >> at;
        auto stamped = overlayFirstPage(pdf, overlay, at);
        if (!stamped)
            fail(out, stamped.error().message);
        else
            out << quint8(pdfproto::Status::Ok) << stamped.value();
        return true;
    }
    default:
        return false;
    }
}

} // namespace gw::pdfworker
