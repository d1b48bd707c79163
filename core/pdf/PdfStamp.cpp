// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — a page drawn onto another PDF's first page, with qpdf.
#include "pdf/PdfStamp.h"

#include <QCoreApplication>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>

namespace gw {

Result<QByteArray> overlayFirstPage(const QByteArray &pdf, const QByteArray &overlay, const QRectF &at)
{
    const auto failed = [](const QString &why) {
        return makeError(ErrorCode::Validation,
                         QCoreApplication::translate("PdfStamp", "The stamp could not be put on the PDF: %1").arg(why));
    };
    try {
        QPDF target;
        target.setSuppressWarnings(true);
        target.processMemoryFile("document", pdf.constData(), size_t(pdf.size()));
        QPDF stamp;
        stamp.setSuppressWarnings(true);
        stamp.processMemoryFile("stamp", overlay.constData(), size_t(overlay.size()));
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(target).getAllPages();
        std::vector<QPDFPageObjectHelper> stampPages = QPDFPageDocumentHelper(stamp).getAllPages();
        if (pages.empty() || stampPages.empty())
            return failed(QCoreApplication::translate("PdfStamp", "it has no pages."));
        QPDFPageObjectHelper page = pages.front();
        QPDFObjectHandle form = target.copyForeignObject(stampPages.front().getFormXObjectForPage());
        const QPDFObjectHandle::Rectangle box = page.getCropBox(true).getArrayAsRectangle();
        const QPDFObjectHandle::Rectangle where(box.llx + at.left(), box.ury - at.bottom(), box.llx + at.right(),
                                                box.ury - at.top());
        QPDFObjectHandle resources = page.getAttribute("/Resources", true);
        if (!resources.isDictionary()) {
            resources = QPDFObjectHandle::newDictionary();
            page.getObjectHandle().replaceKey("/Resources", resources);
        }
        QPDFObjectHandle xobjects = resources.getKey("/XObject");
        if (!xobjects.isDictionary()) {
            xobjects = QPDFObjectHandle::newDictionary();
            resources.replaceKey("/XObject", xobjects);
        }
        int suffix = 0;
        const std::string name = resources.getUniqueResourceName("/GwStamp", suffix);
        xobjects.replaceKey(name, form);
        const std::string place = page.placeFormXObject(form, name, where, true, true, true);
        page.addPageContents(QPDFObjectHandle::newStream(&target, "q\n"), true);
        page.addPageContents(QPDFObjectHandle::newStream(&target, "\nQ\n" + place), false);
        QPDFWriter writer(target);
        writer.setOutputMemory();
        writer.setPreserveEncryption(false);
        writer.setDeterministicID(true);
        writer.write();
        std::unique_ptr<Buffer> out(writer.getBuffer());
        return QByteArray(reinterpret_cast<const char *>(out->getBuffer()), qsizetype(out->getSize()));
    } catch (const std::exception &e) {
        return failed(QString::fromLocal8Bit(e.what()));
    }
}

} // namespace gw
