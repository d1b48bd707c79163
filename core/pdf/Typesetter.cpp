// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the GB/T 9704-2012 typesetter.
#include "pdf/Typesetter.h"

#include "Settings.h"
#include "pdf/GridText.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace gw {

using namespace gbt9704;

namespace {

constexpr double kPt3 = 16.0; ///< 3号
constexpr double kPt2 = 22.0; ///< 2号
constexpr double kPt4 = 14.0; ///< 4号
constexpr double kFlagHeight = 15.0;
constexpr double kRedLine = 0.5;
constexpr double kThickRule = 0.35;
constexpr double kThinRule = 0.25;

double emOf(double pt)
{
    return pt * 25.4 / 72.0;
}

} // namespace

OfficialFonts OfficialFonts::defaults()
{
    const QStringList installed = chineseFamilies();
    auto pick = [&installed](std::initializer_list<const char *> wanted) {
        for (const char *w : wanted) {
            if (installed.contains(QString::fromUtf8(w)))
                return QString::fromUtf8(w);
        }
        return QString::fromUtf8(*wanted.begin());
    };
    OfficialFonts f;
    f.fangSong = pick({"AR PL UMing CN", "Noto Serif CJK SC"});
    f.kaiTi = pick({"AR PL UKai CN", "LXGW WenKai", "Noto Serif CJK SC"});
    f.heiTi = pick({"WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Noto Sans CJK SC"});
    f.xiaoBiaoSong = pick({"AR PL UMing CN", "Noto Serif CJK SC"});
    return f;
}

OfficialFonts OfficialFonts::chosen()
{
    const OfficialFonts d = defaults();
    const DocumentFontChoice c = Settings::documentFonts();
    auto either = [](const QString &chosen, const QString &fallback) {
        return chosen.isEmpty() ? fallback : chosen;
    };
    return OfficialFonts{either(c.fangSong, d.fangSong), either(c.kaiTi, d.kaiTi), either(c.heiTi, d.heiTi),
                         either(c.xiaoBiaoSong, d.xiaoBiaoSong)};
}

void OfficialFonts::choose() const
{
    Settings::setDocumentFonts(DocumentFontChoice{fangSong, kaiTi, heiTi, xiaoBiaoSong});
}

QStringList OfficialFonts::chineseFamilies()
{
    return QFontDatabase::families(QFontDatabase::SimplifiedChinese);
}

QStringList OfficialFonts::missing() const
{
    const QStringList installed = chineseFamilies();
    QStringList out;
    const std::pair<const char *, const QString *> roles[] = {
        {"仿宋", &fangSong}, {"楷体", &kaiTi}, {"黑体", &heiTi}, {"小标宋", &xiaoBiaoSong}};
    for (const auto &[name, family] : roles) {
        if (!installed.contains(*family))
            out.append(QString::fromUtf8(name) + QStringLiteral("（") + *family + QStringLiteral("）"));
    }
    return out;
}

const QColor &OfficialLayout::red()
{
    static const QColor c(0xE6, 0x00, 0x12);
    return c;
}

/// Lays an official document out page by page on the 22-line grid of the 版心.
class LayoutBuilder
{
public:
    using Face = OfficialLayout::Face;

    LayoutBuilder(OfficialLayout &out, const OfficialDocument &doc) : m_out(out), m_doc(doc) {}

    void build()
    {
        m_out.m_pages = 1;
        header();
        title();
        recipients();
        body();
        attachmentNote();
        signature();
        attachmentPages();
        colophon();
        pageNumbers();
    }

private:
    static double lineTop(int line) { return kTop + line * kPitch; }

    void run(const QString &text, Face face, double pt, double x, double top, double advance,
             const QColor &color = Qt::black)
    {
        if (text.isEmpty())
            return;
        m_out.m_runs.append({m_page, text, face, pt, x, top, advance, color});
    }
    void rule(double y, double thickness, const QColor &color = Qt::black)
    {
        m_out.m_rules.append({m_page, y, thickness, color});
    }
    void newPage()
    {
        ++m_page;
        m_line = 0;
        m_out.m_pages = m_page + 1;
    }
    /// Makes room for `lines` grid lines on this page, starting a new page if they do not fit.
    void need(int lines)
    {
        if (m_line + lines > kLines)
            newPage();
    }
    /// The runs from `from` make the line of text just placed at m_line; the next line follows.
    void textLine(int from)
    {
        m_lastTextRuns = from;
        m_lastTextPage = m_page;
        m_lastTextLine = m_line;
        ++m_line;
    }
    /// A body-sized line on the grid at the current line.
    void gridLine(const QString &text, Face face, double x)
    {
        run(text, face, kPt3, x, lineTop(m_line), kCell);
        ++m_line;
    }

    void header()
    {
        for (const auto &[text, face] :
             {std::pair{m_doc.copyNumber, Face::FangSong}, std::pair{m_doc.secrecyMark(), Face::HeiTi},
              std::pair{m_doc.urgencyMark(), Face::HeiTi}}) {
            if (!text.isEmpty())
                gridLine(text, face, kLeft);
        }
        // The red 标志, centred, its top 35 mm below the top of the 版心.
        const QString flag = m_doc.flagText();
        double size = kFlagHeight;
        if (GridText::cellsOf(flag) * size > kBlockWidth)
            size = kBlockWidth / GridText::cellsOf(flag);
        const double flagTop = kTop + kFlagTop;
        run(flag, Face::XiaoBiaoSong, size * 72.0 / 25.4,
            kLeft + (kBlockWidth - GridText::cellsOf(flag) * size) / 2, flagTop, size, OfficialLayout::red());
        // 发文字号 two lines below; upward documents put it left and the 签发人 right.
        const double numberTop = flagTop + size + 2 * kPitch;
        if (m_doc.upward) {
            run(m_doc.docNumber, Face::FangSong, kPt3, kLeft + kCell, numberTop, kCell);
            const QString label = QStringLiteral("签发人：");
            const QString names = m_doc.signers.join(QStringLiteral("　"));
            const double end = kLeft + kBlockWidth - kCell;
            const double namesX = end - GridText::cellsOf(names) * kCell;
            run(label, Face::FangSong, kPt3, namesX - GridText::cellsOf(label) * kCell, numberTop, kCell);
            run(names, Face::KaiTi, kPt3, namesX, numberTop, kCell);
        } else {
            run(m_doc.docNumber, Face::FangSong, kPt3,
                kLeft + (kBlockWidth - GridText::cellsOf(m_doc.docNumber) * kCell) / 2, numberTop, kCell);
        }
        // The red line 4 mm below the number.
        const double redY = numberTop + emOf(kPt3) + kRedLineBelowNumber;
        rule(redY, kRedLine, OfficialLayout::red());
        m_line = int(std::ceil((redY - kTop) / kPitch - 1e-9)) + 2; // the title two lines below
    }

    void title()
    {
        const double em = emOf(kPt2);
        for (const QString &line : GridText::balancedTitle(m_doc.title, std::floor(kBlockWidth / em))) {
            need(1);
            run(line, Face::XiaoBiaoSong, kPt2, kLeft + (kBlockWidth - GridText::cellsOf(line) * em) / 2,
                lineTop(m_line) + (kPitch - em) / 2, em);
            ++m_line;
        }
        ++m_line; // one line between the title and the 主送机关
    }

    void recipients()
    {
        for (const QString &line : GridText::breakLines(m_doc.recipientsLine(), kChars, kChars)) {
            need(1);
            const int from = int(m_out.m_runs.size());
            gridLine(line, Face::FangSong, kLeft);
            --m_line;
            textLine(from);
        }
    }

    /// A paragraph: the first line indented two characters; a heading's own words in its face.
    void paragraph(const BodyParagraph &p)
    {
        Face heading = p.level == 1 ? Face::HeiTi : p.level == 2 ? Face::KaiTi : Face::FangSong;
        int headingEnd = p.text.size();
        if (p.level == 1 || p.level == 2) {
            const int stop = p.text.indexOf(QStringLiteral("。"));
            if (stop >= 0 && stop + 1 < p.text.size())
                headingEnd = stop + 1;
        }
        int at = 0;
        const QStringList lines = GridText::breakLines(p.text, kChars - 2, kChars);
        for (int i = 0; i < lines.size(); ++i) {
            need(1);
            const QString &line = lines.at(i);
            double x = kLeft + (i == 0 ? 2 * kCell : 0);
            const int split = qBound(0, headingEnd - at, int(line.size()));
            const int from = int(m_out.m_runs.size());
            run(line.left(split), heading, kPt3, x, lineTop(m_line), kCell);
            run(line.mid(split), Face::FangSong, kPt3, x + GridText::cellsOf(line.left(split)) * kCell,
                lineTop(m_line), kCell);
            at += line.size();
            textLine(from);
        }
    }

    void body()
    {
        for (const BodyParagraph &p : m_doc.paragraphs())
            paragraph(p);
    }

    void attachmentNote()
    {
        const QStringList lines = m_doc.attachmentLines();
        if (lines.isEmpty())
            return;
        ++m_line; // one line below the text, two characters in
        const double label = GridText::cellsOf(QStringLiteral("附件："));
        for (int i = 0; i < lines.size(); ++i) {
            const QString item = i == 0 ? lines.at(i).mid(3) : lines.at(i);
            const QString number =
                m_doc.attachments.size() > 1 ? item.section(QLatin1Char('.'), 0, 0) + '.' : QString();
            const double nameX = 2 + label + GridText::cellsOf(number);
            const QStringList parts =
                GridText::breakLines(item.mid(number.size()), kChars - nameX, kChars - nameX);
            for (int k = 0; k < parts.size(); ++k) {
                need(1);
                const int from = int(m_out.m_runs.size());
                if (k == 0) {
                    if (i == 0)
                        run(QStringLiteral("附件："), Face::FangSong, kPt3, kLeft + 2 * kCell,
                            lineTop(m_line), kCell);
                    run(number, Face::FangSong, kPt3, kLeft + (2 + label) * kCell, lineTop(m_line), kCell);
                }
                run(parts.at(k), Face::FangSong, kPt3, kLeft + nameX * kCell, lineTop(m_line), kCell);
                textLine(from);
            }
        }
    }

    /// 署名 centred over the 成文日期, which ends four characters from the right; room above for the seal.
    void signature()
    {
        const QString date = m_doc.dateText();
        const bool annotated = !m_doc.annotation.isEmpty();
        const QStringList note =
            annotated ? GridText::breakLines(QStringLiteral("（") + m_doc.annotation + QStringLiteral("）"),
                                             kChars - 2, kChars)
                      : QStringList();
        if (m_line + 2 + 2 + int(note.size()) > kLines) {
            // The signature never stands on a page of its own: the last line of text comes with it.
            const bool carry = m_lastTextRuns >= 0 && m_lastTextPage == m_page && m_lastTextLine > 0;
            newPage();
            if (carry) {
                for (int i = m_lastTextRuns; i < m_out.m_runs.size(); ++i) {
                    OfficialLayout::Run &r = m_out.m_runs[i];
                    r.page = m_page;
                    r.top += lineTop(0) - lineTop(m_lastTextLine);
                }
                m_line = 1;
            }
        }
        m_line += 2; // room for the seal
        const double dateWidth = GridText::cellsOf(date) * kCell;
        const double dateX = kLeft + kBlockWidth - 4 * kCell - dateWidth;
        const double centre = dateX + dateWidth / 2;
        const double sigWidth = GridText::cellsOf(m_doc.signature) * kCell;
        const double sigX = qMin(centre - sigWidth / 2, kLeft + kBlockWidth - sigWidth);
        gridLine(m_doc.signature, Face::FangSong, sigX);
        gridLine(date, Face::FangSong, dateX);
        for (int i = 0; i < note.size(); ++i)
            gridLine(note.at(i), Face::FangSong, kLeft + (i == 0 ? 2 * kCell : 0));
    }

    /// Each attachment starts a new page: 附件N top left in 黑体, its title centred on the third line.
    void attachmentPages()
    {
        const double em = emOf(kPt2);
        for (int i = 0; i < m_doc.attachments.size(); ++i) {
            newPage();
            gridLine(m_doc.attachments.size() == 1 ? QStringLiteral("附件")
                                                   : QStringLiteral("附件%1").arg(i + 1),
                     Face::HeiTi, kLeft);
            m_line = 2;
            for (const QString &line :
                 GridText::balancedTitle(m_doc.attachments.at(i), std::floor(kBlockWidth / em))) {
                run(line, Face::XiaoBiaoSong, kPt2, kLeft + (kBlockWidth - GridText::cellsOf(line) * em) / 2,
                    lineTop(m_line) + (kPitch - em) / 2, em);
                ++m_line;
            }
        }
    }

    /// 版记 at the foot of the last page: 抄送 and 印发, between a thick first and last rule and a thin
    /// middle one; the last rule lies on the bottom edge of the 版心.
    void colophon()
    {
        const QString cc = m_doc.ccLine();
        const bool printed = !m_doc.printOffice.isEmpty() || m_doc.printDate.isValid();
        if (cc.isEmpty() && !printed)
            return;
        const double em = emOf(kPt4);
        const double labelCells = GridText::cellsOf(QStringLiteral("抄送："));
        const double perLine = std::floor((kBlockWidth - 2 * em) / em);
        const QStringList ccLines =
            cc.isEmpty() ? QStringList() : GridText::breakLines(cc, perLine, perLine - labelCells);
        const int lines = int(ccLines.size()) + (printed ? 1 : 0);
        if (m_line + lines > kLines) {
            newPage();
            m_colophonOnly = m_page;
        }
        int line = kLines - lines;
        rule(lineTop(line), kThickRule);
        auto top = [em](int l) { return lineTop(l) + (kPitch - em) / 2; };
        for (int i = 0; i < ccLines.size(); ++i, ++line)
            run(ccLines.at(i), Face::FangSong, kPt4, kLeft + em + (i == 0 ? 0 : labelCells * em), top(line),
                em);
        if (printed) {
            if (!ccLines.isEmpty())
                rule(lineTop(line), kThinRule);
            run(m_doc.printOffice, Face::FangSong, kPt4, kLeft + em, top(line), em);
            const QString when = chineseWrittenDate(m_doc.printDate) + QStringLiteral("印发");
            run(when, Face::FangSong, kPt4, kLeft + kBlockWidth - em - GridText::cellsOf(when) * em,
                top(line), em);
        }
        rule(kTop + kBlockHeight, kThickRule);
        m_line = kLines;
    }

    /// — n —, 4号, 7 mm below the 版心: odd pages right, even pages left, one character in.
    void pageNumbers()
    {
        const double em = emOf(kPt4);
        const int keep = m_page;
        for (int p = 0; p < m_out.m_pages; ++p) {
            if (p == m_colophonOnly)
                continue; // a page with only the 版记 has no number
            m_page = p;
            const QString text = QStringLiteral("— %1 —").arg(p + 1);
            const double width = GridText::cellsOf(text) * em;
            const double x = (p + 1) % 2 == 1 ? kLeft + kBlockWidth - em - width : kLeft + em;
            run(text, Face::FangSong, kPt4, x, kTop + kBlockHeight + kPageNumberBelowBlock - em / 2, em);
        }
        m_page = keep;
    }

    OfficialLayout &m_out;
    const OfficialDocument &m_doc;
    int m_page = 0;
    int m_line = 0;
    int m_colophonOnly = -1;
    int m_lastTextRuns = -1; ///< the runs of the last line of text (the signature may take it along)
    int m_lastTextPage = -1;
    int m_lastTextLine = -1;
};

OfficialLayout OfficialLayout::build(const OfficialDocument &doc, const OfficialFonts &fonts)
{
    OfficialLayout layout;
    layout.m_fonts = fonts;
    LayoutBuilder(layout, doc).build();
    return layout;
}

void OfficialLayout::paintPage(QPainter &p, int page, double dotsPerMm) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    for (const Rule &r : m_rules) {
        if (r.page == page)
            p.fillRect(QRectF(kLeft * dotsPerMm, (r.y - r.thickness / 2) * dotsPerMm, kBlockWidth * dotsPerMm,
                              r.thickness * dotsPerMm),
                       r.color);
    }
    for (const Run &r : m_runs) {
        if (r.page != page)
            continue;
        const QString &family = r.face == Face::FangSong ? m_fonts.fangSong
                                : r.face == Face::KaiTi  ? m_fonts.kaiTi
                                : r.face == Face::HeiTi  ? m_fonts.heiTi
                                                         : m_fonts.xiaoBiaoSong;
        QFont font(family);
        font.setPointSizeF(r.sizePt);
        font.setStyleStrategy(QFont::PreferOutline);
        p.setFont(font);
        p.setPen(r.color);
        // The characters' box starts at r.top: the baseline is the face's ascent below it.
        const QFontMetricsF fm(p.font(), p.device());
        const double baseline = r.top + fm.ascent() / dotsPerMm;
        double x = r.x;
        for (const QString &u : GridText::unitsOf(r.text)) {
            p.drawText(QPointF(x * dotsPerMm, baseline * dotsPerMm), u);
            x += GridText::cellsOfUnit(u) * r.advance;
        }
    }
    p.restore();
}

void OfficialLayout::paint(QPagedPaintDevice &device, QPainter &p) const
{
    const double dotsPerMm = device.logicalDpiX() / 25.4;
    for (int i = 0; i < m_pages; ++i) {
        if (i > 0)
            device.newPage();
        paintPage(p, i, dotsPerMm);
    }
}

QByteArray OfficialLayout::pdf(const QString &title) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(600);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setCreator(QStringLiteral("Gongwen Desk"));
    if (!title.isEmpty())
        writer.setTitle(title);
    QPainter p(&writer);
    paint(writer, p);
    p.end();
    return bytes;
}

} // namespace gw
