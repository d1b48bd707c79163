// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the typesetter: an official document laid out on A4 per GB/T 9704-2012, painted
// onto a PDF or a printer. Sizes are in millimetres from the standard.
#pragma once

#include "domain/OfficialDocument.h"

#include <QColor>
#include <QList>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace gw {

/// The four faces of an official document, mapped to installed fonts.
struct OfficialFonts
{
    QString fangSong;     ///< 仿宋: body, 文号, 抄送, page numbers
    QString kaiTi;        ///< 楷体: second-level headings, the 签发人's name
    QString heiTi;        ///< 黑体: 密级, 紧急程度, first-level headings, 附件 labels
    QString xiaoBiaoSong; ///< 小标宋: the 发文机关标志 and the title

    /// What Debian ships with text layers that extract cleanly: AR PL UMing (a 宋 face in place of
    /// the 仿宋 Debian does not have), AR PL UKai, WenQuanYi Zen Hei; Noto CJK when those are missing.
    static OfficialFonts defaults();
    /// The faces chosen on this workstation (Settings), a role not chosen taking its default.
    static OfficialFonts chosen();
    /// Keeps these as this workstation's choice.
    void choose() const;
    /// The installed families that cover simplified Chinese.
    static QStringList chineseFamilies();
    /// Any of the four that is not installed, by role name.
    QStringList missing() const;
};

namespace gbt9704 {
inline constexpr double kPageWidth = 210.0;
inline constexpr double kPageHeight = 297.0;
inline constexpr double kTop = 37.0;         ///< 天头
inline constexpr double kLeft = 28.0;        ///< 订口
inline constexpr double kBlockWidth = 156.0; ///< 版心
inline constexpr double kBlockHeight = 225.0;
inline constexpr int kLines = 22;
inline constexpr int kChars = 28;
inline constexpr double kPitch = kBlockHeight / kLines; ///< one line
inline constexpr double kCell = kBlockWidth / kChars;   ///< one character
inline constexpr double kFlagTop = 35.0;                ///< 标志 top below the 版心 top
inline constexpr double kRedLineBelowNumber = 4.0;
inline constexpr double kPageNumberBelowBlock = 7.0;
} // namespace gbt9704

/// The pages of one copy as things to paint, in millimetres from the paper's top left.
class OfficialLayout
{
public:
    enum class Face
    {
        FangSong,
        KaiTi,
        HeiTi,
        XiaoBiaoSong
    };
    /// A run of characters on a grid: each full-width character advances `advance` mm, others half.
    struct Run
    {
        int page = 0;
        QString text;
        Face face = Face::FangSong;
        double sizePt = 16;
        double x = 0;       ///< left edge of the first character
        double top = 0;     ///< top of the characters' box
        double advance = 0; ///< per full-width character
        QColor color = Qt::black;
    };
    struct Rule
    {
        int page = 0;
        double y = 0;
        double thickness = 0.35;
        QColor color = Qt::black;
    };

    static OfficialLayout build(const OfficialDocument &doc, const OfficialFonts &fonts);

    int pageCount() const { return m_pages; }
    const QList<Run> &runs() const { return m_runs; }
    const QList<Rule> &rules() const { return m_rules; }
    /// Paints one page; the painter's origin is the paper's top left, `dotsPerMm` the device's.
    void paintPage(QPainter &p, int page, double dotsPerMm) const;
    /// Paints every page onto an A4 device whose painter starts at the paper's corner (a QPdfWriter,
    /// or a QPrinter in full-page mode), starting a new page between pages.
    void paint(QPagedPaintDevice &device, QPainter &p) const;
    /// A PDF of this copy.
    QByteArray pdf(const QString &title = {}) const;

    static const QColor &red();

private:
    friend class LayoutBuilder;
    OfficialFonts m_fonts;
    QList<Run> m_runs;
    QList<Rule> m_rules;
    int m_pages = 0;
};

} // namespace gw
