// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — untrusted PDFs are read in a worker process that may crash or hang; the
// program only ever sees error values.
#include <catch2/catch.hpp>

#include "SamplePdf.h"
#include "pdf/PdfText.h"
#include "pdf/PdfWorkerClient.h"

#include <QDir>
#include <QFile>
#include <QPainter>

using namespace gw;

namespace {
PdfWorkerClient worker()
{
    return PdfWorkerClient(QStringLiteral(GONGWEN_EXECUTABLE),
                           {QStringLiteral("pdf-worker"), QStringLiteral("--lang"), QStringLiteral("en")});
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QByteArray chinesePdf(int pages)
{
    return test::samplePdf(pages, [](QPainter &p, int i) {
        p.drawText(72, 100, QStringLiteral("关于做好防汛工作的通知 %1").arg(i + 1));
    });
}
} // namespace

TEST_CASE("a PDF opens, renders and gives its text through the worker", "[pdf][markup][worker]")
{
    PdfWorkerClient w = worker();
    auto info = w.open(chinesePdf(3));
    REQUIRE(info.ok());
    CHECK(info.value().pageCount == 3);
    REQUIRE(info.value().pageSizes.size() == 3);
    CHECK(qAbs(info.value().pageSizes.first().width() - 595.3) < 1.0);
    auto image = w.render(1, 150);
    REQUIRE(image.ok());
    CHECK(qAbs(image.value().width() - qRound(595.3 * 150 / 72)) <= 2);
    CHECK(qAbs(image.value().height() - qRound(841.9 * 150 / 72)) <= 2);
    auto text = w.text(2);
    REQUIRE(text.ok());
    CHECK(text.value().text.contains(QStringLiteral("防汛工作")));
    CHECK_FALSE(text.value().words.isEmpty());
    CHECK(w.render(7, 72).error().message.contains(QStringLiteral("does not exist")));
}

TEST_CASE("bad input gets a clear message: empty, not a PDF, truncated, encrypted",
          "[pdf][markup][bad-input]")
{
    PdfWorkerClient w = worker();
    CHECK(w.open(QByteArray()).error().message.contains(QStringLiteral("empty")));
    CHECK(w.open(QByteArray("PK\x03\x04 zip")).error().message.contains(QStringLiteral("not a PDF")));
    CHECK_FALSE(w.open(chinesePdf(2).left(300)).ok());
    const QByteArray locked = readFile(QStringLiteral(GONGWEN_TEST_DATA "/encrypted.pdf"));
    CHECK(w.open(locked).error().message.contains(QStringLiteral("protected by a password")));
    CHECK(w.open(locked, QStringLiteral("not-it")).error().message.contains(QStringLiteral("wrong")));
    auto opened = w.open(locked, QStringLiteral("gongwen"));
    REQUIRE(opened.ok());
    CHECK(opened.value().encrypted);
    CHECK(w.render(0, 72).ok());
}

TEST_CASE("a PDF none of whose pages can be loaded is damaged when it is opened, not at every page",
          "[pdf][bad-input][security]")
{
    // The page tree counts three pages but has none: no page can be loaded.
    const QByteArray pdf = "%PDF-1.4\n"
                           "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                           "2 0 obj << /Type /Pages /Kids [] /Count 3 >> endobj\n"
                           "trailer << /Root 1 0 R >>\n%%EOF\n";
    PdfWorkerClient w = worker();
    auto opened = w.open(pdf);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("damaged")));
}

TEST_CASE("a whole document's text is read page by page, told as it goes, and stops when asked",
          "[pdf][worker]")
{
    PdfWorkerClient w = worker();
    auto info = w.open(chinesePdf(3));
    REQUIRE(info.ok());
    REQUIRE(info.value().pageCount == 3);
    QList<int> told;
    auto all = w.documentText(3, 15000, [&told](int done, int total) {
        told.append(done);
        return total == 3;
    });
    REQUIRE(all.ok());
    CHECK(told == QList<int>{0, 1, 2});
    CHECK(all.value().count(QChar(0x0C)) == 2);
    auto stopped = w.documentText(3, 15000, [](int done, int) { return done < 1; });
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().message.contains(QStringLiteral("1 of 3")));
}

TEST_CASE("a worker that crashes or hangs is stopped and replaced — the caller gets an error",
          "[pdf][markup][worker]")
{
    PdfWorkerClient crashing(QStringLiteral("/bin/sh"),
                             {QStringLiteral("-c"), QStringLiteral("kill -SEGV $$")});
    auto crashed = crashing.open(chinesePdf(1), QString(), 5000);
    REQUIRE_FALSE(crashed.ok());
    CHECK(crashed.error().message.contains(QStringLiteral("stopped")));

    PdfWorkerClient hanging(QStringLiteral("/bin/sleep"), {QStringLiteral("60")});
    auto hung = hanging.open(chinesePdf(1), QString(), 500);
    REQUIRE_FALSE(hung.ok());
    CHECK(hung.error().message.contains(QStringLiteral("too long")));
    CHECK(hanging.starts() == 1);
    CHECK_FALSE(hanging.open(chinesePdf(1), QString(), 300).ok());
    CHECK(hanging.starts() == 2); // a new worker for the next call
}

TEST_CASE("the malformed corpus: every file through the worker, every failure an error value",
          "[pdf][markup][corpus]")
{
    const QDir dir(QStringLiteral(GONGWEN_TEST_DATA "/malformed"));
    const QStringList files = dir.entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 200);
    PdfWorkerClient w = worker();
    int opened = 0, refused = 0, pagesFailed = 0;
    for (const QString &name : files) {
        INFO(name.toStdString());
        auto info = w.open(readFile(dir.filePath(name)), QString(), 10000);
        if (!info) {
            CHECK_FALSE(info.error().message.isEmpty());
            ++refused;
            continue;
        }
        ++opened;
        auto image = w.render(0, 72, 10000);
        auto text = w.text(0, 10000);
        if (!image)
            CHECK_FALSE(image.error().message.isEmpty());
        if (!text)
            CHECK_FALSE(text.error().message.isEmpty());
        pagesFailed += (!image || !text) ? 1 : 0;
    }
    INFO("opened " << opened << ", refused " << refused << ", pages failed " << pagesFailed);
    CHECK(opened > 0);
    CHECK(refused > 0);
    // After all that, the worker still serves a good file.
    auto good = w.open(readFile(dir.filePath(QStringLiteral("ok-1.pdf"))));
    REQUIRE(good.ok());
    CHECK(w.render(0, 72).ok());
}

TEST_CASE("extracted text is normalised: Kangxi and CJK radicals become the characters, punctuation stays",
          "[pdf][markup][text][ux]")
{
    CHECK(normalizeExtractedText(QStringLiteral("\u2F42件")) == QStringLiteral("文件"));
    CHECK(normalizeExtractedText(QStringLiteral("人\u2EA0政府")) == QStringLiteral("人民政府"));
    CHECK(normalizeExtractedText(QStringLiteral("ＡＢＣ１２３")) == QStringLiteral("ABC123"));
    // What the document says is shown as it is: full-width punctuation is not folded to ASCII.
    CHECK(normalizeExtractedText(QStringLiteral("妥否，请批示（二）：１")) == QStringLiteral("妥否，请批示（二）：1"));
    // Every look-alike of the CJK radicals supplement that NFKC leaves alone, each to its character.
    const QList<QPair<char16_t, QString>> supplement{
        {0x2EA0, QStringLiteral("民")}, {0x2ED8, QStringLiteral("青")}, {0x2EE2, QStringLiteral("马")},
        {0x2EA8, QStringLiteral("犭")}, {0x2ECF, QStringLiteral("阝")}, {0x2ED6, QStringLiteral("阝")},
        {0x2EC4, QStringLiteral("西")}, {0x2EF3, QStringLiteral("龟")}};
    for (const auto &[radical, character] : supplement) {
        INFO(QString::number(radical, 16).toStdString());
        CHECK(normalizeExtractedText(QString(QChar(radical))) == character);
    }
    CHECK(normalizeExtractedText(QStringLiteral("⻘年")) == QStringLiteral("青年"));
}

TEST_CASE("export: a marked-up copy carries real annotations that Poppler reads back",
          "[pdf][markup][export]")
{
    PdfWorkerClient w = worker();
    const QByteArray original = chinesePdf(2);
    REQUIRE(w.open(original).ok());
    const QList<PdfAnnotation> marks = {
        {PdfAnnotation::Highlight,
         0,
         {QRectF(72, 90, 200, 14), QRectF(72, 106, 120, 14)},
         QStringLiteral("赵静"),
         QStringLiteral("【政策】与上级政策不一致")},
        {PdfAnnotation::StrikeOut,
         0,
         {QRectF(300, 90, 60, 14)},
         QStringLiteral("赵静"),
         QStringLiteral("【文字】删去")},
        {PdfAnnotation::Caret,
         1,
         {QRectF(150, 95, 12, 12)},
         QStringLiteral("赵静"),
         QStringLiteral("【文字】此处加“的”")},
        {PdfAnnotation::Note,
         1,
         {QRectF(400, 300, 20, 20)},
         QStringLiteral("孙志强"),
         QStringLiteral("【文种格式】主送机关应顶格")},
        {PdfAnnotation::Rectangle,
         1,
         {QRectF(60, 500, 300, 120)},
         QStringLiteral("孙志强"),
         QStringLiteral("【文种格式】附件说明位置不对")},
    };
    auto copy = w.annotatedCopy(marks);
    REQUIRE(copy.ok());
    CHECK(copy.value() != original);

    PdfWorkerClient reader = worker();
    REQUIRE(reader.open(copy.value()).ok());
    auto back = reader.annotations();
    REQUIRE(back.ok());
    REQUIRE(back.value().size() == marks.size());
    for (const PdfAnnotation &m : marks) {
        bool found = false;
        for (const PdfAnnotation &a : back.value()) {
            if (a.type != m.type || a.page != m.page || a.text != m.text)
                continue;
            found = true;
            CHECK(a.author == m.author);
            QRectF expected;
            for (const QRectF &r : m.rects)
                expected = expected.isNull() ? r : expected.united(r);
            const QRectF got = a.rects.first();
            INFO(m.text.toStdString());
            CHECK(qAbs(got.left() - expected.left()) < 1.0);
            CHECK(qAbs(got.top() - expected.top()) < 1.0);
            if (m.type != PdfAnnotation::Note &&
                m.type != PdfAnnotation::Caret) { // icons keep their own size
                CHECK(qAbs(got.width() - expected.width()) < 1.0);
                CHECK(qAbs(got.height() - expected.height()) < 1.0);
            }
        }
        INFO(m.text.toStdString());
        CHECK(found);
    }
    // The original carries none.
    REQUIRE(w.open(original).ok());
    CHECK(w.annotations().value().isEmpty());
}

TEST_CASE("the demo office's PDF draft keeps every character inside the page's type area", "[pdf][ux]")
{
    PdfWorkerClient w = worker();
    QFile f(QStringLiteral(GONGWEN_TEST_DATA "/../../resources/demo/flood.pdf"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    auto info = w.open(f.readAll());
    REQUIRE(info.ok());
    const QSizeF page = info.value().pageSizes.value(0);
    auto text = w.text(0);
    REQUIRE(text.ok());
    REQUIRE(text.value().words.size() > 100);
    for (const PdfWord &word : text.value().words) {
        INFO(word.text.toStdString());
        CHECK(word.box.left() >= 56.0);
        CHECK(word.box.right() <= page.width() - 56.0);
    }
    CHECK(text.value().text.contains(QStringLiteral("各单位要提高认识，加强领导，确保各项工作落到实处。")));
}
