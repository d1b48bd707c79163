// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — a first look at a PDF.
#include "pdf/PdfProbe.h"

#include <QCoreApplication>

#include <poppler-qt6.h>

namespace gw {

Result<PdfFacts> probePdf(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return makeError(ErrorCode::Validation,
                         QCoreApplication::translate("PdfProbe", "The file is empty."));
    if (!bytes.startsWith("%PDF-") && bytes.indexOf("%PDF-") < 0)
        return makeError(ErrorCode::Validation,
                         QCoreApplication::translate("PdfProbe", "The file is not a PDF."));
    // Poppler's own complaints about damaged files go nowhere: the caller gets a message instead.
    static const bool quiet = [] {
        Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
        return true;
    }();
    Q_UNUSED(quiet);
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (!doc)
        return makeError(ErrorCode::Validation,
                         QCoreApplication::translate("PdfProbe", "The PDF is damaged and cannot be opened."));
    PdfFacts facts;
    facts.encrypted = doc->isEncrypted();
    if (doc->isLocked())
        return makeError(ErrorCode::Validation,
                         QCoreApplication::translate("PdfProbe", "The PDF is protected by a password."));
    facts.pageCount = doc->numPages();
    facts.title = doc->info(QStringLiteral("Title"));
    return facts;
}

} // namespace gw
