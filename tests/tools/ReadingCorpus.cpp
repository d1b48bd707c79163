// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — the incoming-document corpus: each document is laid out on the GB/T 9704 grid
// (版心 156 × 225 mm from 37 mm top and 28 mm left, 22 lines of 28 characters of 3号) and drawn with
// QPainter, so its text comes back from Poppler as a received PDF's does.
#include "ReadingCorpus.h"

#include "domain/DocNumber.h"
#include "pdf/Notices.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace gw::test {
namespace {

constexpr double kMm = 72.0 / 25.4;
constexpr double kLeft = 28 * kMm, kTop = 37 * kMm, kWidth = 156 * kMm, kHeight = 225 * kMm;
constexpr double kPitch = kHeight / 22; // one grid line
constexpr double kPt3 = 15.8, kPt2 = 21.5;

enum class Align
{
    Left,
    Centre,
    Right
};

struct Item
{
    int page;
    double y; ///< the baseline, in points from the top
    double x; ///< left edge (Left), centre (Centre) or right edge (Right)
    Align align;
    double size;
    QColor colour;
    QString text;
};

/// Places text on the grid, page after page.
class Layout
{
public:
    explicit Layout(QString font) : m_font(std::move(font)) {}

    void line(const QString &text, Align align = Align::Left, double size = kPt3, double indentChars = 0,
              QColor colour = Qt::black)
    {
        if (m_line >= 22) {
            ++m_page;
            m_line = 0;
        }
        place(text, align, size, indentChars, colour, kTop + (m_line + 1) * kPitch - 4);
        ++m_line;
    }
    void blank(int n = 1) { m_line += n; }
    /// Text at a free position on the current page (the masthead, the marks).
    void place(const QString &text, Align align, double size, double indentChars, QColor colour, double y)
    {
        const double x = align == Align::Left    ? kLeft + indentChars * size
                         : align == Align::Right ? kLeft + kWidth - indentChars * size
                                                 : kLeft + kWidth / 2;
        m_items.append({m_page, y, x, align, size, colour, text});
    }
    /// A paragraph broken into lines of 28 characters, the first indented two.
    void paragraph(const QString &text, int indent = 2)
    {
        QString rest = text;
        int room = 28 - indent;
        bool first = true;
        while (!rest.isEmpty()) {
            line(rest.left(room), Align::Left, kPt3, first ? indent : 0);
            rest = rest.mid(room);
            room = 28;
            first = false;
        }
    }
    /// The 版记 at the foot of the last page (a new page when the text reaches it).
    void colophon(const QStringList &lines)
    {
        if (m_line > 22 - int(lines.size()) - 1) {
            ++m_page;
            m_line = 0;
        }
        m_line = 22 - int(lines.size());
        for (const QString &l : lines) {
            const qsizetype gap = l.indexOf(QLatin1Char('|'));
            if (gap >= 0) { // 印发机关 on the left, 印发日期 on the right
                const double y = kTop + (m_line + 1) * kPitch - 4;
                place(l.left(gap), Align::Left, 14, 1, Qt::black, y);
                place(l.mid(gap + 1), Align::Right, 14, 1, Qt::black, y);
                ++m_line;
            } else {
                line(l, Align::Left, 14, 1);
            }
        }
    }
    int line() const { return m_line; }
    void setLine(int l) { m_line = l; }

    QByteArray pdf(const QString &title) const
    {
        int pages = 1;
        for (const Item &i : m_items)
            pages = std::max(pages, i.page + 1);
        return paintA4Pdf(
            pages,
            [&](QPainter &p, int page) {
                for (const Item &i : m_items) {
                    if (i.page != page)
                        continue;
                    QFont f(m_font);
                    f.setPointSizeF(i.size);
                    p.setFont(f);
                    p.setPen(i.colour);
                    const double w = QFontMetricsF(f).horizontalAdvance(i.text);
                    const double x = i.align == Align::Left    ? i.x
                                     : i.align == Align::Right ? i.x - w
                                                               : i.x - w / 2;
                    p.drawText(QPointF(x, i.y), i.text);
                }
            },
            title);
    }

private:
    QString m_font;
    QList<Item> m_items;
    int m_page = 0;
    int m_line = 0;
};

struct Organ
{
    const char *name;
    const char *prefix;
};

const Organ kDownward[] = {{"云溪市人民政府办公室", "云政办发"},
                           {"云溪区人民政府", "云政发"},
                           {"云溪区人民政府办公室", "云政办发"},
                           {"云溪区教育局", "云教发"},
                           {"云溪区卫生健康局", "云卫健发"}};
const Organ kUpward[] = {{"云溪区教育局", "云教"},         {"云溪区财政局", "云财"},
                         {"云溪区白沙镇人民政府", "白政"}, {"云溪区发展和改革局", "云发改"},
                         {"城西街道办事处", "城西街"},     {"云溪区自然资源和规划局", "云资规"}};
const Organ kLetters[] = {{"云溪区人民政府办公室", "云政办函"},
                          {"云溪市交通运输局", "云市交函"},
                          {"云溪区住房和城乡建设局", "云住建函"}};

struct Subject
{
    const char *about;
    const char *genreWord;
    Genre genre;
};
const Subject kDownwardSubjects[] = {
    {"做好2026年春季农业生产工作", "通知", Genre::Circular},
    {"印发《云溪区老旧小区改造实施方案（2026—2028年）》", "通知", Genre::Circular},
    {"表彰2025年度防汛抗旱先进集体和先进个人", "决定", Genre::Decision},
    {"2025年度全区安全生产工作考核结果", "通报", Genre::Bulletin},
    {"加快发展银发经济增进老年人福祉", "实施意见", Genre::Opinion},
    {"同意白沙镇东片区集体土地征收", "批复", Genre::Reply},
    {"开展城乡环境卫生综合整治", "通知", Genre::Circular},
};
const Subject kUpwardSubjects[] = {
    {"做好2026年中考组织工作", "请示", Genre::Request},
    {"2026年一季度安全生产工作情况", "报告", Genre::Report},
    {"申请白沙中心小学校舍维修资金", "请示", Genre::Request},
    {"调整城区部分公交线路及站点设置", "请示", Genre::Request},
    {"2025年度法治政府建设工作情况", "报告", Genre::Report},
};
const Subject kLetterSubjects[] = {
    {"商请支持云溪区数字乡村建设项目", "函", Genre::Letter},
    {"征求《云溪区综合交通规划（征求意见稿）》意见", "函", Genre::Letter},
};
const Subject kMinutesSubjects[] = {
    {"推进老旧小区改造工作", "会议纪要", Genre::Minutes},
    {"研究2026年重点项目建设", "会议纪要", Genre::Minutes},
};
const char *const kFonts[] = {"Noto Serif CJK SC", "AR PL UMing CN", "Noto Sans CJK SC", "WenQuanYi Zen Hei",
                              "AR PL UKai CN"};

QString chineseDate(const QDate &d)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    auto small = [](int n) -> QString {
        static const QString d = QStringLiteral("〇一二三四五六七八九");
        if (n < 10)
            return QString(d.at(n));
        return (n >= 20 ? QString(d.at(n / 10)) : QString()) + QStringLiteral("十") +
               (n % 10 ? QString(d.at(n % 10)) : QString());
    };
    QString year;
    for (QChar c : QString::number(d.year()))
        year += digits.at(c.digitValue());
    return year + QStringLiteral("年") + small(d.month()) + QStringLiteral("月") + small(d.day()) +
           QStringLiteral("日");
}

QString arabicDate(const QDate &d)
{
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

/// Breaks a title into `lines` lines of about equal length, none over 20 characters of 2号.
QStringList titleLines(const QString &title, int lines)
{
    const int n = std::max(lines, int(std::ceil(title.size() / 20.0)));
    if (n <= 1)
        return {title};
    QStringList out;
    const int per = int(std::ceil(double(title.size()) / n));
    for (int at = 0; at < title.size(); at += per)
        out.append(title.mid(at, per));
    return out;
}

ReadingCase make(int i)
{
    const int kind = i % 6; // 0 下行文件 1 上行 with 签发人 2 函 3 joint masthead 4 organ alone 5 纪要
    Layout l(QString::fromLatin1(kFonts[i % 5]));
    ReadingCase c;
    ReadingFields &e = c.expected;
    const QDate written = QDate(2026, 1, 5).addDays(7 * i + i % 3);

    // The marks at the top of the 版心: 份号, 密级★期限, 紧急程度.
    QStringList marks;
    switch (i % 5) {
    case 1:
        marks = {QStringLiteral("特急")};
        e.urgency = Urgency::VeryUrgent;
        break;
    case 2:
        marks = {QStringLiteral("%1").arg(100 + i, 6, 10, QLatin1Char('0')), QStringLiteral("机密★1年"),
                 QStringLiteral("特急")};
        e.secrecy = Clearance::Secret;
        e.secrecyPeriod = QStringLiteral("1年");
        e.urgency = Urgency::VeryUrgent;
        break;
    case 3:
        marks = {QStringLiteral("秘密★6个月")};
        e.secrecy = Clearance::Confidential;
        e.secrecyPeriod = QStringLiteral("6个月");
        break;
    case 4:
        marks = {QStringLiteral("%1").arg(7 + i, 6, 10, QLatin1Char('0')), QStringLiteral("加急")};
        e.urgency = Urgency::Urgent;
        break;
    default:
        break;
    }
    for (int m = 0; m < marks.size(); ++m)
        l.place(marks.at(m), Align::Left, kPt3, 0, Qt::black, kTop + (m + 1) * kPitch - 4);

    // The masthead and the number.
    const Organ *organ = nullptr;
    const Subject *subject = nullptr;
    QString second; // a joint masthead's second organ
    QString mark = QStringLiteral("文件");
    switch (kind) {
    case 0:
        organ = &kDownward[i % std::size(kDownward)];
        subject = &kDownwardSubjects[i % std::size(kDownwardSubjects)];
        break;
    case 1:
    case 4:
        organ = &kUpward[i % std::size(kUpward)];
        subject = &kUpwardSubjects[i % std::size(kUpwardSubjects)];
        if (kind == 4)
            mark.clear(); // GB/T 9704 7.2.3: the organ's name alone may be the masthead
        break;
    case 2:
        organ = &kLetters[i % std::size(kLetters)];
        subject = &kLetterSubjects[i % std::size(kLetterSubjects)];
        mark.clear();
        break;
    case 3:
        organ = i % 4 == 3 ? &kDownward[1] : &kUpward[0];
        second = i % 4 == 3 ? QStringLiteral("中共云溪区委员会") : QStringLiteral("云溪区财政局");
        subject = &kDownwardSubjects[(i / 3) % std::size(kDownwardSubjects)];
        if (subject->genre == Genre::Reply || subject->genre == Genre::Decision)
            subject = &kDownwardSubjects[0];
        break;
    default:
        organ = &kDownward[1];
        subject = &kMinutesSubjects[i % std::size(kMinutesSubjects)];
        mark = i % 4 == 1 ? QStringLiteral("常务会议纪要") : QStringLiteral("专题会议纪要");
        break;
    }
    const QString name = QString::fromUtf8(organ->name);
    e.sender = kind == 3 && i % 4 == 3 ? second : name; // a joint masthead: the first organ
    const double mastY = kTop + 35 * kMm + 30;
    const QString masthead = name + mark;
    const QColor red(200, 20, 20);
    if (kind == 3) {
        const QString first = i % 4 == 3 ? second : name, next = i % 4 == 3 ? name : second;
        const double size = std::min(30.0, (kWidth - 80) / std::max(first.size(), next.size()));
        l.place(first, Align::Left, size, 0.5, red, mastY);
        l.place(next, Align::Left, size, 0.5, red, mastY + size * 1.3);
        l.place(QStringLiteral("文件"), Align::Right, 36, 0.3, red, mastY + size * 0.8);
    } else {
        const double size = std::min(36.0, kWidth / masthead.size());
        l.place(masthead, Align::Centre, size, 0, red, mastY);
    }
    l.setLine(int((mastY - kTop) / kPitch) + (kind == 3 ? 3 : 2));
    if (kind != 5) {
        const QString number =
            QStringLiteral("%1〔2026〕%2号").arg(QString::fromUtf8(organ->prefix)).arg(3 + i * 2);
        e.docNumber = DocNumber::parse(number).value().toString();
        const double y = kTop + (l.line() + 1) * kPitch - 4;
        if (kind == 1) { // upward: the number on the left, the 签发人 on the right
            l.place(number, Align::Left, kPt3, 1, Qt::black, y);
            l.place(QStringLiteral("签发人：王建国"), Align::Right, kPt3, 1, Qt::black, y);
        } else if (kind == 2) { // 函: the number on the right under the organ's name
            l.place(number, Align::Right, kPt3, 1, Qt::black, y);
        } else {
            l.place(number, Align::Centre, kPt3, 0, Qt::black, y);
        }
    } else {
        l.place(QStringLiteral("第%1期").arg(i), Align::Centre, kPt3, 0, Qt::black,
                kTop + (l.line() + 1) * kPitch - 4);
        l.blank(1);
        // 纪要: the office that keeps them on the left, the date on the right.
        const double y = kTop + (l.line() + 1) * kPitch - 4;
        l.place(QStringLiteral("云溪区人民政府办公室"), Align::Left, kPt3, 0, Qt::black, y);
        l.place(arabicDate(written), Align::Right, kPt3, 0, Qt::black, y);
    }
    l.blank(kind == 5 ? 3 : 3); // the red line and a blank line

    // The title: one, two or three lines; some start with the organ's name.
    QString title = QStringLiteral("关于%1的%2")
                        .arg(QString::fromUtf8(subject->about), QString::fromUtf8(subject->genreWord));
    if (i % 4 == 1 && kind != 5)
        title = (kind == 3 ? e.sender.value() : name) + title;
    e.title = title;
    e.genre = subject->genre;
    for (const QString &t : titleLines(title, 1 + (i / 6) % 3))
        l.line(t, Align::Centre, kPt2);
    l.blank();

    // 主送, the body, 附件说明.
    if (kind != 5) {
        const QString to = kind == 1 || kind == 4 ? QStringLiteral("区人民政府：")
                           : kind == 2            ? QStringLiteral("云溪市自然资源和规划局：")
                                       : QStringLiteral("各镇人民政府、街道办事处，区政府各部门：");
        l.line(to);
    }
    l.paragraph(
        QStringLiteral("根据%1区政府第%2次常务会议精神，为切实做好相关工作，经研究，现将有关事项%3如下。")
            .arg(arabicDate(written.addDays(-20)))
            .arg(10 + i)
            .arg(kind == 1 || kind == 4 ? QStringLiteral("请示") : QStringLiteral("通知")));
    l.paragraph(QStringLiteral("一、总体要求"));
    l.paragraph(QStringLiteral("坚持问题导向，突出工作重点，于%1前完成各项任务，确保取得实效。")
                    .arg(arabicDate(written.addDays(40))));
    if (kind == 1 || kind == 4)
        l.paragraph(subject->genre == Genre::Report ? QStringLiteral("特此报告。")
                                                    : QStringLiteral("妥否，请批示。"));
    if (i % 3 == 0) {
        l.blank();
        l.line(QStringLiteral("附件：1．工作任务分解表"), Align::Left, kPt3, 2);
        l.line(QStringLiteral("2．联系人名单"), Align::Left, kPt3, 5);
    }

    // 署名 and 成文日期 (纪要: neither).
    const bool chinese = i % 7 == 3;
    if (kind != 5) {
        l.blank(2);
        const QString signature = kind == 3 ? (e.sender.value() == name ? name : second) : name;
        l.line(signature, Align::Right, kPt3, 4);
        l.line(chinese ? chineseDate(written) : arabicDate(written), Align::Right, kPt3, 4);
        if (i % 2 == 0) {
            l.blank();
            l.line(QStringLiteral("（此件公开发布）"), Align::Left, kPt3, 2);
        }
    }
    e.writtenDate = written;

    // The 版记: 抄送, 印发机关 and the 印发日期 (a later date).
    if (kind != 2 || i % 4 == 0) {
        l.colophon({QStringLiteral("抄送：区委办公室，区人大常委会办公室，区政协办公室。"),
                    QStringLiteral("云溪区人民政府办公室|%1印发").arg(arabicDate(written.addDays(2)))});
    }

    static const char *const kinds[] = {"downward", "upward-signer", "letter",
                                        "joint",    "organ-alone",   "minutes"};
    c.name = QStringLiteral("%1-%2-%3")
                 .arg(i, 2, 10, QLatin1Char('0'))
                 .arg(QLatin1String(kinds[kind]), QString::fromLatin1(kFonts[i % 5])
                                                      .section(QLatin1Char(' '), 0, 1)
                                                      .replace(QLatin1Char(' '), QLatin1Char('_')));
    c.pdf = l.pdf(title);
    return c;
}
} // namespace

QList<ReadingCase> readingCorpus()
{
    QList<ReadingCase> out;
    for (int i = 0; i < 42; ++i)
        out.append(make(i));
    return out;
}

QStringList readingDifferences(const ReadingFields &read, const ReadingFields &expected)
{
    QStringList out;
    auto show = [](const auto &v) {
        using T = std::decay_t<decltype(*v)>;
        if (!v)
            return QStringLiteral("(none)");
        if constexpr (std::is_same_v<T, QString>)
            return *v;
        else if constexpr (std::is_same_v<T, QDate>)
            return v->toString(Qt::ISODate);
        else
            return QString::number(int(*v));
    };
    auto check = [&](const char *field, const auto &r, const auto &x) {
        if (r != x)
            out.append(
                QStringLiteral("%1: read %2, expected %3").arg(QLatin1String(field), show(r), show(x)));
    };
    check("docNumber", read.docNumber, expected.docNumber);
    check("title", read.title, expected.title);
    check("sender", read.sender, expected.sender);
    check("genre", read.genre, expected.genre);
    check("urgency", read.urgency, expected.urgency);
    check("secrecy", read.secrecy, expected.secrecy);
    check("secrecyPeriod", read.secrecyPeriod, expected.secrecyPeriod);
    check("writtenDate", read.writtenDate, expected.writtenDate);
    return out;
}

} // namespace gw::test
