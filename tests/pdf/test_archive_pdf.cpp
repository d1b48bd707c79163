// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — the 归档章 on a real document measured through Poppler, and the usability facts the
// 四性 checks read through the PDF worker (encryption, fonts not embedded, pages that render).
#include <catch2/catch.hpp>

#include "domain/ArchiveStamp.h"
#include "domain/OfficialDocument.h"
#include "pdf/ArchivePdfTools.h"
#include "pdf/PdfWorkerClient.h"
#include "pdf/Typesetter.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

#include <memory>

using namespace gw;

namespace {
std::unique_ptr<PdfWorkerClient> worker()
{
    return std::make_unique<PdfWorkerClient>(QStringLiteral(GONGWEN_EXECUTABLE),
                                             QStringList{QStringLiteral("pdf-worker"), QStringLiteral("--lang"),
                                                         QStringLiteral("en")});
}

OfficialDocument notice()
{
    OfficialDocument d;
    d.genre = Genre::Circular;
    d.copyNumber = QStringLiteral("000001");
    d.signMark = QStringLiteral("云溪区人民政府办公室");
    d.docNumber = QStringLiteral("云政办发〔2026〕12号");
    d.title = QStringLiteral("云溪区人民政府办公室关于做好防汛工作的通知");
    d.mainRecipients = {QStringLiteral("各镇人民政府")};
    d.body = QStringLiteral("一、总体要求\n各镇要高度重视防汛工作，切实加强组织领导。");
    d.signature = QStringLiteral("云溪区人民政府办公室");
    d.writtenDate = QDate(2026, 6, 1);
    d.printOffice = QStringLiteral("云溪区人民政府办公室");
    d.printDate = QDate(2026, 6, 1);
    return d;
}

ArchiveStamp stampOf()
{
    ArchiveStamp s;
    s.fonds = QStringLiteral("J012");
    s.year = QStringLiteral("2026");
    s.item = QStringLiteral("0007");
    s.organ = QStringLiteral("BGS");
    s.retention = QStringLiteral("永久");
    s.pages = QStringLiteral("2");
    return s;
}

bool isRed(QRgb c)
{
    return qRed(c) > 150 && qGreen(c) < 110 && qBlue(c) < 110;
}

/// A one-page PDF whose text is in Helvetica, not embedded (the xref is rebuilt by the reader).
QByteArray unembeddedPdf(const QByteArray &text = "Flood notice", int x = 72, int y = 720)
{
    const QByteArray content = "BT /F1 24 Tf " + QByteArray::number(x) + ' ' + QByteArray::number(y) + " Td (" + text +
                               ") Tj ET";
    QByteArray pdf = "%PDF-1.4\n"
                     "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                     "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                     "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                     "/Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
                     "4 0 obj << /Length " +
                     QByteArray::number(content.size()) + " >> stream\n" + content +
                     "\nendstream endobj\n"
                     "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
                     "trailer << /Root 1 0 R >>\n%%EOF\n";
    return pdf;
}

/// `pdf` encrypted with an owner password only: it opens without a password, as many received files do.
QByteArray encrypted(const QByteArray &pdf)
{
    QPDF q;
    q.processMemoryFile("in", pdf.constData(), size_t(pdf.size()));
    QPDFWriter w(q);
    w.setOutputMemory();
    w.setR6EncryptionParameters("", "owner", true, true, true, true, true, true, qpdf_r3p_full, true);
    w.write();
    std::unique_ptr<Buffer> b(w.getBuffer());
    return QByteArray(reinterpret_cast<const char *>(b->getBuffer()), qsizetype(b->getSize()));
}
} // namespace

TEST_CASE("归档章 measured on the page through Poppler: 45 × 16 mm, red, top-centre, not over the text, the "
          "original's text kept",
          "[archive][pdf]")
{
    const QByteArray original = OfficialLayout::build(notice(), OfficialFonts::defaults()).pdf();
    ArchivePdfTools tools(worker());
    auto facts = tools.inspect(original);
    REQUIRE(facts.ok());
    CHECK(facts.value().unembeddedFonts.isEmpty());
    CHECK_FALSE(facts.value().encrypted);
    CHECK(facts.value().firstPageRenders);
    const StampPlacement place = placeStamp(facts.value().firstPageSize, facts.value().firstPageBoxes);
    REQUIRE(place.clear);
    auto stamped = tools.stamp(original, stampOf(), place.rect);
    INFO((stamped.ok() ? std::string() : stamped.error().message.toStdString()));
    REQUIRE(stamped.ok());
    CHECK(stamped.value() != original);

    auto reader = worker();
    const double dpi = 300;
    REQUIRE(reader->open(original).ok());
    const QImage before = reader->render(0, dpi).value();
    auto info = reader->open(stamped.value());
    REQUIRE(info.ok());
    CHECK(info.value().pageCount == facts.value().pages);
    const QImage after = reader->render(0, dpi).value();
    REQUIRE(after.size() == before.size());
    QRect box;
    for (int y = 0; y < after.height() / 2; ++y)
        for (int x = 0; x < after.width(); ++x)
            if (isRed(after.pixel(x, y)) && !isRed(before.pixel(x, y)))
                box = box.isNull() ? QRect(x, y, 1, 1) : box.united(QRect(x, y, 1, 1));
    REQUIRE_FALSE(box.isNull());
    const double mmPerPx = 25.4 / dpi;
    CHECK(box.width() * mmPerPx == Approx(45.0).margin(0.5));
    CHECK(box.height() * mmPerPx == Approx(16.0).margin(0.5));
    const double pageWidthMm = facts.value().firstPageSize.width() * 25.4 / 72.0;
    CHECK((box.left() + box.width() / 2.0) * mmPerPx == Approx(pageWidthMm / 2).margin(0.5));
    CHECK(box.top() * mmPerPx == Approx(5.0).margin(0.5));
    // Not over the text: no text box of the original meets the stamp.
    const QRectF stampPt(box.left() * 72.0 / dpi, box.top() * 72.0 / dpi, box.width() * 72.0 / dpi,
                         box.height() * 72.0 / dpi);
    for (const QRectF &t : facts.value().firstPageBoxes)
        CHECK_FALSE(stampPt.intersects(t));
    // The page's own text is all still there, with the stamp's cells added.
    const QString text = reader->text(0).value().text;
    CHECK(text.contains(QStringLiteral("云政办发〔2026〕12号")));
    CHECK(text.contains(QStringLiteral("0007")));
    CHECK(text.contains(QStringLiteral("J012")));
}

TEST_CASE("归档章 moves below text at the top of a page instead of covering it", "[archive][pdf]")
{
    // A scanned-style page whose first line stands 10 mm from the top edge.
    const QByteArray pdf = unembeddedPdf("RECEIVED 2026", 220, 806);
    ArchivePdfTools tools(worker());
    auto facts = tools.inspect(pdf);
    REQUIRE(facts.ok());
    REQUIRE_FALSE(facts.value().firstPageBoxes.isEmpty());
    const StampPlacement place = placeStamp(facts.value().firstPageSize, facts.value().firstPageBoxes);
    CHECK(place.clear);
    for (const QRectF &t : facts.value().firstPageBoxes)
        CHECK_FALSE(place.rect.intersects(t));
    CHECK(tools.stamp(pdf, stampOf(), place.rect).ok());
}

TEST_CASE("四性 usability through the worker: a font not embedded and an encrypted file are found, a clean one "
          "passes",
          "[archive][pdf]")
{
    ArchivePdfTools tools(worker());
    auto plain = tools.inspect(unembeddedPdf());
    REQUIRE(plain.ok());
    CHECK(plain.value().unembeddedFonts.contains(QStringLiteral("Helvetica")));
    CHECK_FALSE(plain.value().encrypted);
    const QByteArray clean = OfficialLayout::build(notice(), OfficialFonts::defaults()).pdf();
    auto locked = tools.inspect(encrypted(clean));
    REQUIRE(locked.ok());
    CHECK(locked.value().encrypted);
    CHECK(locked.value().firstPageRenders);
    // The archival copy of an encrypted file is written without the encryption.
    auto copy = tools.stamp(encrypted(clean), stampOf(), QRectF(100, 14, 127.6, 45.4));
    REQUIRE(copy.ok());
    CHECK_FALSE(tools.inspect(copy.value()).value().encrypted);
    CHECK_FALSE(tools.inspect(QByteArray("%PDF-1.4 nothing here")).ok());
}

TEST_CASE("a record typeset as PDF keeps its text readable for the 四性 checks", "[archive][pdf]")
{
    ArchivePdfTools tools(worker());
    RecordSheet s;
    s.title = QStringLiteral("文件处理单");
    s.fields = {{QStringLiteral("来文单位"), QStringLiteral("区教育局")}, {QStringLiteral("领导批示"), QStringLiteral("同意")}};
    s.tableHeader = {QStringLiteral("时间"), QStringLiteral("办理人")};
    s.tableRows = {{QStringLiteral("2026-06-01 09:00"), QStringLiteral("李文秀")}};
    auto pdf = tools.recordPdf(s);
    REQUIRE(pdf.ok());
    auto facts = tools.inspect(pdf.value());
    REQUIRE(facts.ok());
    CHECK(facts.value().text.contains(QStringLiteral("文件处理单")));
    CHECK(facts.value().text.contains(QStringLiteral("李文秀")));
    CHECK(facts.value().unembeddedFonts.isEmpty());
}
