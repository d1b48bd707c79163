// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what archiving needs from PDFs, through the worker.
#include "pdf/ArchivePdfTools.h"

#include "pdf/PdfWorkerClient.h"
#include "pdf/Typesetter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace gw {

ArchivePdfTools::ArchivePdfTools(std::unique_ptr<PdfWorkerClient> worker)
    : m_worker(worker ? std::move(worker) : PdfWorkerClient::forThisProgram())
{
}

ArchivePdfTools::~ArchivePdfTools() = default;

Result<PdfFacts> ArchivePdfTools::inspect(const QByteArray &pdf, InspectDepth depth)
{
    auto info = m_worker->open(pdf);
    if (!info)
        return info.error();
    PdfFacts f;
    f.pages = info.value().pageCount;
    f.encrypted = info.value().encrypted;
    f.firstPageSize = info.value().pageSizes.value(0);
    if (depth == InspectDepth::Pages)
        return f;
    auto fonts = m_worker->unembeddedFonts();
    if (!fonts)
        return fonts.error();
    f.unembeddedFonts = fonts.value();
    f.firstPageRenders = bool(m_worker->render(0, 36));
    if (depth == InspectDepth::Usability)
        return f;
    // The record's 文号, 题名 and 日期 stand on the first pages (the 成文日期 at the end of a short text).
    const int pages = std::min(f.pages, 4);
    for (int p = 0; p < pages; ++p) {
        auto text = m_worker->text(p);
        if (!text)
            continue;
        f.text += text.value().text + QLatin1Char('\n');
        if (p == 0)
            for (const PdfWord &w : text.value().words)
                f.firstPageBoxes << w.box;
    }
    return f;
}

QByteArray ArchivePdfTools::stampPdf(const ArchiveStamp &stamp)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(1200);
    writer.setPageSize(QPageSize(QSizeF(ArchiveStamp::kWidthMm, ArchiveStamp::kHeightMm), QPageSize::Millimeter,
                                 QStringLiteral("归档章"), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(QStringLiteral("归档章"));
    QPainter p(&writer);
    const double mm = writer.resolution() / 25.4;
    const QColor red = OfficialLayout::red();
    const double pen = 0.3 * mm;
    p.setPen(QPen(red, pen));
    const QRectF outer(pen / 2, pen / 2, ArchiveStamp::kWidthMm * mm - pen, ArchiveStamp::kHeightMm * mm - pen);
    p.drawRect(outer);
    const double cellW = outer.width() / 3, cellH = outer.height() / 2;
    p.drawLine(QPointF(outer.left(), outer.top() + cellH), QPointF(outer.right(), outer.top() + cellH));
    for (int c = 1; c < 3; ++c)
        p.drawLine(QPointF(outer.left() + c * cellW, outer.top()), QPointF(outer.left() + c * cellW, outer.bottom()));
    QFont font(OfficialFonts::chosen().fangSong);
    const QStringList cells = stamp.cells();
    for (int i = 0; i < cells.size(); ++i) {
        const QRectF cell(outer.left() + (i % 3) * cellW, outer.top() + (i / 3) * cellH, cellW, cellH);
        const QRectF room = cell.adjusted(0.8 * mm, 0.8 * mm, -0.8 * mm, -0.8 * mm);
        // 10 pt, smaller for a long code, so each value stays inside its cell.
        double size = 10.0 * writer.resolution() / 72.0;
        font.setPixelSize(int(size));
        while (size > 4 && QFontMetricsF(font, &writer).horizontalAdvance(cells.at(i)) > room.width()) {
            size *= 0.9;
            font.setPixelSize(int(size));
        }
        p.setFont(font);
        p.drawText(room, Qt::AlignCenter, cells.at(i));
    }
    p.end();
    return out;
}

Result<QByteArray> ArchivePdfTools::stamp(const QByteArray &pdf, const ArchiveStamp &stamp, const QRectF &at)
{
    return m_worker->stamped(pdf, stampPdf(stamp), at);
}

Result<QByteArray> ArchivePdfTools::recordPdf(const RecordSheet &sheet)
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")); };
    QString html = QStringLiteral("<h2 align=\"center\">%1</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                                  "width=\"100%\">")
                       .arg(esc(sheet.title));
    for (const auto &[label, value] : sheet.fields)
        html += QStringLiteral("<tr><td width=\"20%\">%1</td><td>%2</td></tr>").arg(esc(label), esc(value));
    html += QStringLiteral("</table>");
    if (!sheet.tableHeader.isEmpty()) {
        html += QStringLiteral("<p></p><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
        for (const QString &h : sheet.tableHeader)
            html += QStringLiteral("<th>%1</th>").arg(esc(h));
        html += QStringLiteral("</tr>");
        for (const QStringList &row : sheet.tableRows) {
            html += QStringLiteral("<tr>");
            for (const QString &cell : row)
                html += QStringLiteral("<td>%1</td>").arg(esc(cell));
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(25, 25, 25, 25), QPageLayout::Millimeter);
    writer.setTitle(sheet.title);
    QTextDocument doc;
    QFont font(OfficialFonts::chosen().fangSong);
    font.setPointSizeF(11);
    doc.setDefaultFont(font);
    doc.setHtml(html);
    doc.print(&writer);
    if (out.isEmpty())
        return makeError(ErrorCode::Storage, QCoreApplication::translate("ArchivePdfTools", "The PDF could not be written."));
    return out;
}

} // namespace gw
