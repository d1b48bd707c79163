// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — the GB/T 9704-2012 typesetter, measured on its PDF through Poppler (the PDF
// worker) and pdftotext: margins, the 22 × 28 grid, the red 标志 and line, 份号, page numbers, 抄送,
// and a text layer that reads back as the same Chinese text.
#include <catch2/catch.hpp>

#include "pdf/GridText.h"
#include "pdf/PdfText.h"
#include "pdf/PdfWorkerClient.h"
#include "pdf/Typesetter.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cmath>

using namespace gw;
using namespace gw::gbt9704;

namespace {
constexpr double kMmPerPt = 25.4 / 72.0;

OfficialDocument sample()
{
    OfficialDocument d;
    d.genre = Genre::Circular;
    d.copyNumber = QStringLiteral("000123");
    d.secrecy = Clearance::Confidential;
    d.secrecyPeriod = QStringLiteral("1年");
    d.urgency = Urgency::Urgent;
    d.signMark = QStringLiteral("云溪区人民政府");
    d.docNumber = QStringLiteral("云政发〔2026〕8号");
    d.title = QStringLiteral("云溪区人民政府关于开展全区安全生产大检查的通知");
    d.mainRecipients = {QStringLiteral("各镇人民政府"), QStringLiteral("区政府各部门")};
    const QString sentence = QStringLiteral("各镇人民政府和区政府各部门要高度重视安全生产工作切实加强组织领导"
                                            "层层压实责任确保各项措施落到实处");
    QStringList paragraphs{QStringLiteral("一、检查范围")};
    for (int i = 0; i < 4; ++i)
        paragraphs.append(sentence.repeated(6) + QStringLiteral("。"));
    paragraphs.append(QStringLiteral("（一）工作要求"));
    paragraphs.append(sentence + QStringLiteral("。"));
    d.body = paragraphs.join(QLatin1Char('\n'));
    d.attachments = {QStringLiteral("安全生产大检查工作方案"), QStringLiteral("检查情况统计表")};
    d.signature = QStringLiteral("云溪区人民政府");
    d.writtenDate = QDate(2026, 1, 5);
    d.annotation = QStringLiteral("此件公开发布");
    d.ccRecipients = {QStringLiteral("区委各部门"), QStringLiteral("区人大常委会办公室"),
                      QStringLiteral("区政协办公室"), QStringLiteral("区人武部"), QStringLiteral("区总工会")};
    d.printOffice = QStringLiteral("云溪区人民政府办公室");
    d.printDate = QDate(2026, 1, 6);
    return d;
}

struct Line
{
    double top = 0, left = 0, right = 0, bottom = 0;
    QString text;
};

/// The page's characters grouped into lines by their top edge, in millimetres.
QList<Line> linesOf(const PdfPageText &page)
{
    QMap<int, Line> byTop;
    for (const PdfWord &w : page.words) {
        if (w.text.trimmed().isEmpty())
            continue;
        const int key = int(std::lround(w.box.top() * kMmPerPt * 2)); // half-millimetre rows
        Line &l = byTop[key];
        if (l.text.isEmpty()) {
            l.top = w.box.top() * kMmPerPt;
            l.left = w.box.left() * kMmPerPt;
        }
        l.text += w.text;
        l.left = std::min(l.left, w.box.left() * kMmPerPt);
        l.right = std::max(l.right, w.box.right() * kMmPerPt);
        l.bottom = std::max(l.bottom, w.box.bottom() * kMmPerPt);
    }
    return byTop.values();
}

struct Measured
{
    QByteArray pdf;
    QList<QList<Line>> pages;
    QList<QImage> images; ///< at 100 dpi
};

const Measured &measured()
{
    static const Measured m = [] {
        Measured out;
        const OfficialLayout layout = OfficialLayout::build(sample(), OfficialFonts::defaults());
        out.pdf = layout.pdf(QStringLiteral("sample"));
        QDir().mkpath(QStringLiteral(GONGWEN_SCREENSHOT_DIR));
        QFile kept(QStringLiteral(GONGWEN_SCREENSHOT_DIR "/official_sample.pdf")); // for a person to look at
        if (kept.open(QIODevice::WriteOnly))
            kept.write(out.pdf);
        PdfWorkerClient w(QStringLiteral(GONGWEN_EXECUTABLE), {QStringLiteral("pdf-worker")});
        auto info = w.open(out.pdf);
        REQUIRE(info.ok());
        for (int i = 0; i < info.value().pageCount; ++i) {
            auto text = w.text(i);
            REQUIRE(text.ok());
            out.pages.append(linesOf(text.value()));
            auto image = w.render(i, 100);
            REQUIRE(image.ok());
            out.images.append(image.value());
        }
        return out;
    }();
    return m;
}

bool isRed(QRgb c)
{
    return qRed(c) > 180 && qGreen(c) < 90 && qBlue(c) < 90;
}
} // namespace

TEST_CASE("typesetting: a full body page has 22 lines of 28 characters inside the 156 × 225 mm text block",
          "[print][pdf][layout]")
{
    const Measured &m = measured();
    REQUIRE(m.pages.size() >= 3);
    QList<Line> body;
    for (const Line &l : m.pages.at(1)) {
        if (!l.text.startsWith(QStringLiteral("—")))
            body.append(l);
    }
    REQUIRE(body.size() == kLines);
    int full = 0;
    for (const Line &l : body) {
        CHECK(l.text.size() <= kChars);
        full += l.text.size() == kChars ? 1 : 0;
        CHECK(l.left >= kLeft - 1);
        CHECK(l.right <= kLeft + kBlockWidth + 1);
    }
    CHECK(full >= 18);
    CHECK(body.first().top == Approx(kTop).margin(1.0));                      // 天头 37 mm
    const double pitch = (body.last().top - body.first().top) / (kLines - 1); // 22 lines fill 225 mm
    CHECK(pitch * kLines == Approx(kBlockHeight).margin(1.0));
    double left = 1e9, right = 0;
    for (const Line &l : body) {
        if (l.text.size() == kChars) {
            left = std::min(left, l.left);
            right = std::max(right, l.right);
        }
    }
    CHECK(left == Approx(kLeft).margin(1.0)); // 订口 28 mm
    CHECK(right - left == Approx(kBlockWidth).margin(1.0));
}

TEST_CASE("typesetting: 份号 of six digits, then 密级★保密期限 and 紧急程度, top left",
          "[print][pdf][layout]")
{
    const QList<Line> &first = measured().pages.first();
    REQUIRE(first.size() > 3);
    CHECK(first.at(0).text == QStringLiteral("000123"));
    CHECK(first.at(0).left == Approx(kLeft).margin(1.0));
    CHECK(first.at(0).top == Approx(kTop).margin(1.0));
    CHECK(first.at(1).text == QStringLiteral("秘密★1年"));
    CHECK(first.at(1).left == Approx(kLeft).margin(1.0));
    CHECK(first.at(2).text == QStringLiteral("加急"));
}

TEST_CASE(
    "typesetting: the 标志 is red, 35 mm below the text block, and the red line lies 4 mm under the 文号",
    "[print][pdf][layout]")
{
    const Measured &m = measured();
    const QImage &page = m.images.first();
    const double px = page.width() / kPageWidth; // pixels per millimetre
    int flagTop = -1, lineRow = -1, redInFlag = 0;
    for (int y = 0; y < page.height(); ++y) {
        int run = 0, best = 0;
        for (int x = 0; x < page.width(); ++x) {
            const bool red = isRed(page.pixel(x, y));
            run = red ? run + 1 : 0;
            best = std::max(best, run);
            if (red && y < 100 * px)
                ++redInFlag;
        }
        if (best > 0 && flagTop < 0)
            flagTop = y;
        if (best > 150 * px && lineRow < 0)
            lineRow = y; // a red run as wide as the text block: the separator
    }
    CHECK(redInFlag > 500); // the 标志 is drawn in red
    REQUIRE(flagTop >= 0);
    CHECK(flagTop / px == Approx(kTop + kFlagTop).margin(1.5));
    REQUIRE(lineRow >= 0);
    const QList<Line> &first = m.pages.first();
    auto number = std::find_if(first.cbegin(), first.cend(),
                               [](const Line &l) { return l.text == QStringLiteral("云政发〔2026〕8号"); });
    REQUIRE(number != first.cend());
    CHECK((number->left + number->right) / 2 == Approx(kLeft + kBlockWidth / 2).margin(1.0)); // centred
    const double em3 = 16 * kMmPerPt;
    CHECK(lineRow / px == Approx(number->top + em3 + kRedLineBelowNumber).margin(1.5));
}

TEST_CASE("typesetting: page numbers — n — on the right of odd pages and the left of even pages",
          "[print][pdf][layout]")
{
    const Measured &m = measured();
    const double em4 = 14 * kMmPerPt;
    int seen = 0;
    for (int p = 0; p < m.pages.size(); ++p) {
        for (const Line &l : m.pages.at(p)) {
            if (!l.text.startsWith(QStringLiteral("—")))
                continue;
            ++seen;
            CHECK(l.text == QStringLiteral("—%1—").arg(p + 1));
            CHECK(l.top > kTop + kBlockHeight);
            if ((p + 1) % 2 == 1)
                CHECK(l.right == Approx(kLeft + kBlockWidth - em4).margin(1.0));
            else
                CHECK(l.left == Approx(kLeft + em4).margin(1.0));
        }
    }
    CHECK(seen == m.pages.size());
}

TEST_CASE("typesetting: 抄送 in its order above 印发, at the foot of the last page", "[print][pdf][layout]")
{
    const QList<Line> &last = measured().pages.last();
    QString all;
    for (const Line &l : last)
        all += l.text;
    // The worker gives text in NFKC (full-width ，： as , :), so the expected text is read the same way.
    const int cc = all.indexOf(normalizeExtractedText(sample().ccLine()));
    const int printed = all.indexOf(QStringLiteral("云溪区人民政府办公室2026年1月6日印发"));
    CHECK(cc >= 0);
    CHECK(printed > cc);
    for (const Line &l : last) {
        if (l.text.endsWith(QStringLiteral("印发")))
            CHECK(l.bottom <= kTop + kBlockHeight + 0.5); // the last rule is the text block's bottom edge
    }
}

TEST_CASE("typesetting: the text layer reads back as the same Chinese text, without radical code points",
          "[print][pdf][text]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("doc.pdf"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(measured().pdf);
    f.close();
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(30000));
    QString raw = QString::fromUtf8(pdftotext.readAllStandardOutput());
    for (const QChar c : raw)
        CHECK_FALSE((c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)); // no CJK or Kangxi radicals
    raw.remove(QRegularExpression(QStringLiteral("—\\s*\\d+\\s*—")));
    raw.remove(QRegularExpression(QStringLiteral("\\s")));
    const QString expected =
        sample().printedText().join(QString()).remove(QRegularExpression(QStringLiteral("\\s")));
    CHECK(raw == expected);
}

TEST_CASE("typesetting: an upward document puts the 文号 left and the 签发人 right on one line",
          "[print][pdf][layout]")
{
    OfficialDocument d = sample();
    d.genre = Genre::Request;
    d.upward = true;
    d.signers = {QStringLiteral("冯德明")};
    d.mainRecipients = {QStringLiteral("云溪市人民政府")};
    d.attachments.clear();
    d.ccRecipients.clear();
    const QByteArray pdf = OfficialLayout::build(d, OfficialFonts::defaults()).pdf();
    PdfWorkerClient w(QStringLiteral(GONGWEN_EXECUTABLE), {QStringLiteral("pdf-worker")});
    REQUIRE(w.open(pdf).ok());
    auto text = w.text(0);
    REQUIRE(text.ok());
    bool seen = false;
    for (const Line &l : linesOf(text.value())) {
        if (!l.text.startsWith(QStringLiteral("云政发")))
            continue;
        seen = true;
        CHECK(l.text == normalizeExtractedText(QStringLiteral("云政发〔2026〕8号签发人：冯德明")));
        CHECK(l.left == Approx(kLeft + kCell).margin(1.0));                // 居左空一字
        CHECK(l.right == Approx(kLeft + kBlockWidth - kCell).margin(1.0)); // 居右空一字
    }
    CHECK(seen);
}

namespace {
/// The text of each line of a layout, in order: page, then top, then left.
QList<QPair<int, QString>> layoutLines(const OfficialLayout &layout)
{
    QMap<QPair<int, int>, QMap<int, QString>> lines;
    for (const OfficialLayout::Run &r : layout.runs())
        lines[{r.page, int(std::lround(r.top * 10))}][int(std::lround(r.x * 10))] += r.text;
    QList<QPair<int, QString>> out;
    for (auto it = lines.cbegin(); it != lines.cend(); ++it)
        out.append({it.key().first, it.value().values().join(QString())});
    return out;
}
} // namespace

TEST_CASE("typesetting: no line opens with closing punctuation, even for 。” at a line end",
          "[print][pdf][layout]")
{
    OfficialDocument d = sample();
    const QString chars = QStringLiteral("各镇人民政府和区政府各部门要高度重视安全生产工作切实加强组织");
    d.body = chars.left(25) + QStringLiteral("。”") + chars + QStringLiteral("（试行）。”") + chars.left(20);
    const QString closing = QStringLiteral("，。、；：？！）》」』”’〕】");
    for (const auto &[page, text] : layoutLines(OfficialLayout::build(d, OfficialFonts::defaults()))) {
        INFO(text.toStdString());
        CHECK_FALSE(closing.contains(text.front()));
    }
}

TEST_CASE("typesetting: each closing mark at a line's start takes the character before it along (避头), each "
          "opening mark at a line's end goes down (避尾), and a Latin character takes half a cell",
          "[print][pdf][layout]")
{
    const QString closing = QStringLiteral("，。、；：？！）》」』”’〕】…%");
    for (const QChar c : closing) {
        INFO(QString(c).toStdString());
        // Five characters fill a line of five; the mark would open the second.
        const QStringList lines =
            GridText::breakLines(QStringLiteral("一二三四五") + c + QStringLiteral("六七"), 5, 5);
        REQUIRE(lines.size() == 2);
        CHECK(lines.at(0) == QStringLiteral("一二三四"));
        CHECK(lines.at(1) == QStringLiteral("五") + c + QStringLiteral("六七"));
    }
    for (const QChar c : QStringLiteral("（《「『“‘〔【")) {
        INFO(QString(c).toStdString());
        const QStringList lines =
            GridText::breakLines(QStringLiteral("一二三四") + c + QStringLiteral("五六"), 5, 5);
        REQUIRE(lines.size() == 2);
        CHECK(lines.at(0) == QStringLiteral("一二三四"));
        CHECK(lines.at(1) == c + QStringLiteral("五六"));
    }
    // Latin letters, digits and Latin-1 signs (° é ±) take half a cell, Chinese characters and full-width
    // marks a whole one.
    CHECK(GridText::cellsOf(QStringLiteral("25°C")) == 2.0);
    CHECK(GridText::cellsOf(QStringLiteral("café±1")) == 3.0);
    CHECK(GridText::cellsOf(QStringLiteral("气温25℃")) == 4.0);
    // An ordinary character breaks where the line is full.
    CHECK(GridText::breakLines(QStringLiteral("一二三四五六七"), 5, 5) ==
          QStringList{QStringLiteral("一二三四五"), QStringLiteral("六七")});
}

TEST_CASE("typesetting: the 署名 and 成文日期 never stand on a page without text above them",
          "[print][pdf][layout]")
{
    for (int paragraphs = 1; paragraphs <= 40; ++paragraphs) {
        OfficialDocument d = sample();
        d.attachments.clear();
        QStringList body;
        for (int i = 0; i < paragraphs; ++i)
            body.append(QStringLiteral("第%1项工作按计划推进。").arg(i + 1));
        d.body = body.join(QLatin1Char('\n'));
        const OfficialLayout layout = OfficialLayout::build(d, OfficialFonts::defaults());
        int signaturePage = -1;
        double signatureTop = 0;
        for (const OfficialLayout::Run &r : layout.runs()) {
            if (r.text == d.signature && r.top < kTop + kBlockHeight) {
                signaturePage = r.page;
                signatureTop = r.top;
            }
        }
        REQUIRE(signaturePage >= 0);
        bool textAbove = false;
        for (const OfficialLayout::Run &r : layout.runs())
            textAbove = textAbove || (r.page == signaturePage && r.top < signatureTop - 2 * kPitch &&
                                      r.text.startsWith(QStringLiteral("第")));
        INFO(paragraphs << " paragraphs");
        CHECK(textAbove);
    }
}

TEST_CASE("typesetting: a character outside the basic plane is one character, never split",
          "[print][pdf][layout]")
{
    OfficialDocument d = sample();
    const QString rare = QString::fromUcs4(U"\U0002C317"); // 𬌗, as in names
    d.body = QStringLiteral("一、") + rare.repeated(40);
    const OfficialLayout layout = OfficialLayout::build(d, OfficialFonts::defaults());
    for (const OfficialLayout::Run &r : layout.runs()) {
        CHECK_FALSE(r.text.front().isLowSurrogate());
        CHECK_FALSE(r.text.back().isHighSurrogate());
    }
    int rareCount = 0;
    for (const auto &[page, text] : layoutLines(layout)) {
        if (text.contains(rare)) {
            CHECK(text.count(rare) <= kChars);
            rareCount += int(text.count(rare));
        }
    }
    CHECK(rareCount == 40);
}
