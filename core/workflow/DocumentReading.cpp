// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — reading the registration fields off a document's text, by the parts of its layout
// (GB/T 9704-2012): the marks at the top, the masthead, the 发文字号, the title, the 主送, the body, the
// 署名 and 成文日期, and the 版记 at the end.
#include "workflow/DocumentReading.h"

#include "domain/DocNumber.h"

#include <QRegularExpression>
#include <QStringList>

namespace gw {
namespace {

QString withoutSpaces(QString s)
{
    return s.remove(QLatin1Char(' '));
}

/// The extracted text is NFKC (half-width brackets and colons); a title or a name is written with the
/// full-width ones.
QString fullWidth(QString s)
{
    static const QList<QPair<QChar, QChar>> pairs = {
        {u'(', u'（'}, {u')', u'）'}, {u':', u'：'}, {u',', u'，'}, {u';', u'；'}};
    for (const auto &[half, full] : pairs)
        s.replace(half, full);
    return s;
}

const QRegularExpression &numberPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "(\\p{Han}[\\p{Han}A-Za-z]{0,15})\\s*[\\[［〔(（【]\\s*(\\d{4})\\s*[\\]］〕)）】]\\s*(\\d+)\\s*号"));
    return re;
}

/// A mark of the 版头's top lines: 份号, 密级★期限, 紧急程度.
struct Marks
{
    std::optional<Urgency> urgency;
    std::optional<Clearance> secrecy;
    std::optional<QString> period;
};

/// Reads one top line as marks; false when it holds anything else.
bool readMarks(const QString &line, Marks &m)
{
    static const QRegularExpression copyNumber(QStringLiteral("^\\d{6}$"));
    static const QRegularExpression secrecy(QStringLiteral("^(绝密|机密|秘密)(?:★(.{1,8}))?$"));
    static const QRegularExpression star(QStringLiteral("\\s*★\\s*"));
    const QStringList tokens =
        QString(line).replace(star, QStringLiteral("★")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    Marks found = m;
    for (const QString &t : tokens) {
        if (copyNumber.match(t).hasMatch())
            continue;
        if (t == QStringLiteral("特急")) {
            found.urgency = Urgency::VeryUrgent;
            continue;
        }
        if (t == QStringLiteral("加急") || t == QStringLiteral("急件")) {
            found.urgency = Urgency::Urgent;
            continue;
        }
        if (const auto s = secrecy.match(t); s.hasMatch()) {
            const QString level = s.captured(1);
            found.secrecy = level == QStringLiteral("绝密")   ? Clearance::TopSecret
                            : level == QStringLiteral("机密") ? Clearance::Secret
                                                              : Clearance::Confidential;
            if (!s.captured(2).isEmpty())
                found.period = s.captured(2);
            continue;
        }
        return false;
    }
    m = found;
    return !tokens.isEmpty();
}

/// The genre named by the last genre word of a title (the 15 of the 2012 条例).
std::optional<Genre> genreOfTitle(QString title)
{
    // A closing note in brackets ((草案), (试行)) follows the genre word.
    static const QRegularExpression trailing(QStringLiteral("[（(][^（()）]{1,6}[)）]$"));
    title.remove(trailing);
    std::optional<Genre> best;
    qsizetype bestLength = 0;
    for (Genre g : allGenres()) {
        QStringList words{genreName(g)};
        if (g == Genre::Order)
            words << QStringLiteral("令");
        for (const QString &w : words) {
            if (title.endsWith(w) && w.size() > bestLength) {
                best = g;
                bestLength = w.size();
            }
        }
    }
    return best;
}

/// Whether a line can be part of a title: no sentence punctuation, not a 主送 (ending in ：), not too long.
bool titleLine(const QString &line)
{
    static const QRegularExpression sentence(QStringLiteral("[，。；：:！？,;!?]"));
    return line.size() <= 40 && !sentence.match(line).hasMatch();
}

/// An organ's name as a 署名 or masthead gives it: Chinese characters (and brackets), no punctuation.
bool organName(const QString &line)
{
    static const QRegularExpression organ(QStringLiteral("^[\\p{Han}（）()]{3,40}$"));
    return organ.match(line).hasMatch();
}

/// Whether a name ends as an organ's does (政府, 局, 办公室 …), not as a sentence (特此报告).
bool organEnding(const QString &name)
{
    static const QRegularExpression organ(
        QStringLiteral("(政府|办公室|办事处|委员会|局|委|办|室|厅|部|处|院|所|中心|街道|镇|乡|村|社区|公司|"
                       "学校|协会|集团|总队|支队|大队)$"));
    return organ.match(name).hasMatch();
}

/// 2026年3月12日 or 二〇二六年三月十二日, alone on its line.
std::optional<QDate> dateLine(const QString &line)
{
    static const QRegularExpression arabic(QStringLiteral("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$"));
    static const QRegularExpression chinese(
        QStringLiteral("^([〇零一二三四五六七八九○OＯ0]{4})年(十[一二]?|[一二三四五六七八九])月("
                       "[二三]?十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])日$"));
    const QString l = withoutSpaces(line);
    if (const auto m = arabic.match(l); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    if (const auto m = chinese.match(l); m.hasMatch()) {
        static const QString digits = QStringLiteral("〇一二三四五六七八九");
        auto digit = [](QChar c) {
            if (c == QChar(0x96F6) || c == QChar(0x25CB) || c == QChar(0xFF2F) || c == QLatin1Char('O') ||
                c == QLatin1Char('0'))
                return 0; // 零 ○ Ｏ (O once normalised) and 0 written for 〇
            return int(digits.indexOf(c));
        };
        int year = 0;
        for (QChar c : m.captured(1))
            year = year * 10 + digit(c);
        auto small = [&digit](const QString &s) { // 一 … 三十一
            const qsizetype ten = s.indexOf(QChar(0x5341));
            if (ten < 0)
                return digit(s.at(0));
            const int tens = ten == 0 ? 1 : digit(s.at(0));
            const int ones = ten + 1 < s.size() ? digit(s.at(ten + 1)) : 0;
            return tens * 10 + ones;
        };
        const QDate d(year, small(m.captured(2)), small(m.captured(3)));
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    return std::nullopt;
}

/// The 版记 begins at the first 抄送 line or the 印发 line (印发机关 and 印发日期) after the title; a title
/// line "关于印发" is not one.
qsizetype colophonStart(const QStringList &lines, qsizetype from)
{
    static const QRegularExpression printed(QStringLiteral("日印发$"));
    for (qsizetype i = from; i < lines.size(); ++i) {
        const QString l = withoutSpaces(lines.at(i));
        if (l.startsWith(QStringLiteral("抄送")) || printed.match(l).hasMatch())
            return i;
    }
    return lines.size();
}

/// The sender named by a masthead: the organ before 文件 / 公文 / …会议纪要, or the organ's name alone;
/// of a joint masthead, the first organ.
std::optional<QString> mastheadSender(const QStringList &masthead)
{
    static const QRegularExpression suffix(
        QStringLiteral("(文件|公文|(?:常务|专题|办公|工作|联席|协调|全体)?会议纪要|纪要|(?:工作)?简报)$"));
    for (const QString &raw : masthead) {
        QString l = withoutSpaces(raw);
        l.remove(suffix);
        if (organName(l))
            return fullWidth(l);
    }
    return std::nullopt;
}
} // namespace

DocumentProposals readDocument(const QString &input)
{
    DocumentProposals p;
    const QString text = input.normalized(QString::NormalizationForm_KC);
    QStringList lines;
    for (const QString &l : text.split(QRegularExpression(QStringLiteral("[\\n\\f]")))) {
        const QString t = l.simplified();
        if (!t.isEmpty())
            lines.append(t);
    }

    // The marks at the top: 份号, 密级★保密期限, 紧急程度.
    qsizetype at = 0;
    Marks marks;
    while (at < lines.size() && at < 6 && readMarks(lines.at(at), marks))
        ++at;
    p.urgency = marks.urgency;
    p.secrecy = marks.secrecy;
    p.secrecyPeriod = marks.period;
    // A 密级 is never missed for want of a tidy line: any 绝密/机密/秘密★ in the 版头 counts.
    if (!p.secrecy) {
        static const QRegularExpression mark(QStringLiteral("(绝密|机密|秘密)\\s*★\\s*([^\\s]{1,8})?"));
        for (qsizetype i = 0; i < lines.size() && i < 8; ++i) {
            if (const auto m = mark.match(lines.at(i)); m.hasMatch()) {
                const QString level = m.captured(1);
                p.secrecy = level == QStringLiteral("绝密")   ? Clearance::TopSecret
                            : level == QStringLiteral("机密") ? Clearance::Secret
                                                              : Clearance::Confidential;
                if (!m.captured(2).isEmpty())
                    p.secrecyPeriod = m.captured(2);
                break;
            }
        }
    }

    // The 发文字号: the first number in the 版头 (on its own line, or beside the 签发人).
    qsizetype numberLine = -1;
    for (qsizetype i = at; i < lines.size() && i < at + 8; ++i) {
        static const QRegularExpression cited(QStringLiteral("关于|《|，|。|转发|印发"));
        if (cited.match(lines.at(i)).hasMatch())
            continue; // a 文号 quoted in a title or a sentence, not the document's own
        if (const auto m = numberPattern().match(lines.at(i)); m.hasMatch()) {
            if (auto n = DocNumber::parse(m.captured(0))) {
                p.docNumber = n.value().toString();
                numberLine = i;
            }
            break;
        }
    }

    // The masthead: the lines between the marks and the number; without a number, the first line.
    QStringList masthead;
    qsizetype titleFrom = at;
    if (numberLine >= 0) {
        masthead = lines.mid(at, numberLine - at);
        titleFrom = numberLine + 1;
        // A masthead on the number's line itself (the organ's name, then the number on the right).
        if (masthead.isEmpty()) {
            const QString before =
                lines.at(numberLine).left(numberPattern().match(lines.at(numberLine)).capturedStart());
            if (!before.trimmed().isEmpty())
                masthead.append(before.trimmed());
        }
    } else if (at < lines.size() && organName(withoutSpaces(lines.at(at))) &&
               !lines.at(at).contains(QStringLiteral("关于")) &&
               (!genreOfTitle(lines.at(at)) ||
                withoutSpaces(lines.at(at)).endsWith(QStringLiteral("纪要")))) {
        masthead.append(lines.at(at));
        titleFrom = at + 1;
    }
    p.sender = mastheadSender(masthead);

    // The title: the lines after the 版头 up to the 主送 or the body, joined.
    // Before it: the 签发人 (when Poppler puts it on a line of its own), a 纪要's 期号, and the line of a
    // 纪要 (or 简报) that names the office keeping it and the date.
    static const QRegularExpression skip(QStringLiteral("^(签发人|第\\s*\\d+\\s*期)"));
    static const QRegularExpression keptOn(QStringLiteral("^\\p{Han}{2,30}?\\s*(\\d{4}\\s*年.{3,8}日)$"));
    std::optional<QDate> headerDate;
    while (titleFrom < lines.size()) {
        if (skip.match(lines.at(titleFrom)).hasMatch()) {
            ++titleFrom;
            continue;
        }
        const auto kept = keptOn.match(lines.at(titleFrom));
        if (const auto d = kept.hasMatch() ? dateLine(kept.captured(1)) : std::nullopt) {
            headerDate = d;
            ++titleFrom;
            continue;
        }
        break;
    }
    // The candidates are the short lines without sentence punctuation; the title is the longest run of
    // them that ends with a genre word (a title broken before 的通知 is read whole).
    static const QRegularExpression heading(
        QStringLiteral("^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第\\S{1,4}条)"));
    QStringList candidates;
    for (qsizetype i = titleFrom; i < lines.size() && candidates.size() < 4; ++i) {
        if (!titleLine(lines.at(i)) || heading.match(lines.at(i)).hasMatch())
            break;
        candidates.append(withoutSpaces(lines.at(i)));
    }
    qsizetype bodyFrom = titleFrom;
    for (qsizetype k = candidates.size(); k > 0; --k) {
        const QString title = candidates.mid(0, k).join(QString());
        if (const auto genre = genreOfTitle(title)) {
            p.title = fullWidth(title);
            p.genre = genre;
            bodyFrom = titleFrom + k;
            break;
        }
    }

    // 主送: the line after the title that ends with a colon; whom it addresses.
    if (bodyFrom < lines.size()) {
        static const QRegularExpression recipient(QStringLiteral("^([^。；]{2,80})[:：]$"));
        // It names organs or a person: its last word is an organ's or a title, not a sentence's.
        static const QRegularExpression addressed(QStringLiteral(
            "(政府|办公室|办事处|委员会|局|委|办|室|厅|部|部门|处|院|所|中心|街道|镇|乡|村|社区|公司|学校|"
            "单位|区长|市长|书记|主任|同志)$"));
        const auto m = recipient.match(withoutSpaces(lines.at(bodyFrom)));
        if (m.hasMatch() && addressed.match(m.captured(1)).hasMatch()) {
            const QString to = fullWidth(m.captured(1));
            p.mainRecipient = to;
            static const QRegularExpression leader(QStringLiteral("(区长|副区长|书记|副书记|主任|同志)$"));
            if (leader.match(to).hasMatch())
                p.addressee = Addressee::LeaderPersonally;
            else if (to.endsWith(QStringLiteral("办公室")))
                p.addressee = Addressee::Office;
            else if (to.contains(QStringLiteral("人民政府")) || to == QStringLiteral("区政府"))
                p.addressee = Addressee::DistrictGovernment;
        }
    }

    // 附件说明: 附件：1．name, then the further numbered names on their own lines.
    static const QRegularExpression note(QStringLiteral("^附件[:：]\\s*(?:\\d+\\s*[.．、]\\s*)?(.+)$"));
    static const QRegularExpression more(QStringLiteral("^\\d+\\s*[.．、]\\s*(.+)$"));
    for (qsizetype i = bodyFrom; i < lines.size(); ++i) {
        const auto m = note.match(lines.at(i));
        if (!m.hasMatch())
            continue;
        p.attachments.append(m.captured(1).trimmed());
        for (qsizetype k = i + 1; k < lines.size(); ++k) {
            const auto n = more.match(lines.at(k));
            if (!n.hasMatch())
                break;
            p.attachments.append(n.captured(1).trimmed());
        }
        break;
    }

    // 成文日期: the date alone on its line under the 署名, before the 版记; never a date of the body
    // or the 印发日期.
    const qsizetype colophon = colophonStart(lines, bodyFrom);
    std::optional<QDate> firstAlone;
    for (qsizetype i = bodyFrom; i < colophon; ++i) {
        const auto d = dateLine(lines.at(i));
        if (!d)
            continue;
        if (i > bodyFrom && organName(withoutSpaces(lines.at(i - 1))) &&
            organEnding(withoutSpaces(lines.at(i - 1)))) {
            p.writtenDate = d;
            if (!p.sender) // the 署名 names the sender when the masthead did not
                p.sender = fullWidth(withoutSpaces(lines.at(i - 1)));
            break;
        }
        if (!firstAlone)
            firstAlone = d;
    }
    if (!p.writtenDate)
        p.writtenDate = firstAlone;
    if (!p.writtenDate)
        p.writtenDate = headerDate;
    return p;
}

} // namespace gw
