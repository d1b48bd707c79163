// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — a PDF layer for archiving that reads test files as text, so the rules can be tried
// without the worker (the real worker is tried in tests/pdf).
#pragma once

#include "services/ArchivePdf.h"

namespace gw::test {

/// Files are "%PDF-1.4" followed by their text. A file saying ENCRYPTED is encrypted, UNEMBEDDED lacks a
/// font, BROKEN does not render; a form feed starts a new page. Stamping appends the stamp's cells.
struct TextPdf final : ArchivePdf
{
    int stamps = 0;
    Result<PdfFacts> inspect(const QByteArray &pdf, InspectDepth = InspectDepth::Full) override
    {
        if (!pdf.startsWith("%PDF-"))
            return makeError(ErrorCode::Validation, QStringLiteral("not a PDF"));
        PdfFacts f;
        f.text = QString::fromUtf8(pdf.mid(8));
        f.pages = 1 + int(pdf.count('\f'));
        f.encrypted = pdf.contains("ENCRYPTED");
        if (pdf.contains("UNEMBEDDED"))
            f.unembeddedFonts << QStringLiteral("SimSun");
        f.firstPageRenders = !pdf.contains("BROKEN");
        f.firstPageSize = QSizeF(595, 842);
        return f;
    }
    Result<QByteArray> stamp(const QByteArray &pdf, const ArchiveStamp &s, const QRectF &) override
    {
        ++stamps;
        return QByteArray(pdf + "\nSTAMP " + s.cells().join(QLatin1Char('|')).toUtf8());
    }
    Result<QByteArray> recordPdf(const RecordSheet &sheet) override
    {
        QStringList lines{sheet.title};
        for (const auto &[k, v] : sheet.fields)
            lines << k + QLatin1Char(':') + v;
        for (const QStringList &row : sheet.tableRows)
            lines << row.join(QLatin1Char('|'));
        return QByteArray(QByteArray("%PDF-1.4\n") + lines.join(QLatin1Char('\n')).toUtf8());
    }
};

} // namespace gw::test
