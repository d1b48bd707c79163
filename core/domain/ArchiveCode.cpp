// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 档号 and the retention of an archived 件.
#include "domain/ArchiveCode.h"

#include "domain/EnumTable.h"

#include <QRegularExpression>

namespace gw {
namespace {
const enumtable::Entry<Retention> kRetentions[] = {
    {Retention::Permanent, "Y", QT_TRANSLATE_NOOP("ArchiveCode", "permanent (永久)")},
    {Retention::Years30, "D30", QT_TRANSLATE_NOOP("ArchiveCode", "30 years (定期30年)")},
    {Retention::Years10, "D10", QT_TRANSLATE_NOOP("ArchiveCode", "10 years (定期10年)")},
};

const QRegularExpression &codePart()
{
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9]{1,8}$"));
    return re;
}
} // namespace

QString retentionCode(Retention r)
{
    return enumtable::code(kRetentions, r);
}
std::optional<Retention> retentionFromCode(const QString &code)
{
    return enumtable::fromCode(kRetentions, code);
}
QString retentionLabel(Retention r)
{
    return enumtable::label(kRetentions, "ArchiveCode", r);
}
QList<Retention> allRetentions()
{
    return enumtable::values(kRetentions);
}

QString ArchiveCode::toString() const
{
    QStringList parts{fonds, category + QStringLiteral("·") + QString::number(year), retentionCode(retention)};
    if (!organ.isEmpty())
        parts << organ;
    parts << QStringLiteral("%1").arg(item, 4, 10, QLatin1Char('0'));
    return parts.join(QLatin1Char('-'));
}

Status ArchiveCode::check() const
{
    if (!codePart().match(fonds).hasMatch())
        return makeError(ErrorCode::Validation,
                         tr("The fonds number (全宗号) is one to eight capital letters or digits, e.g. J012."));
    if (!codePart().match(category).hasMatch())
        return makeError(ErrorCode::Validation,
                         tr("The category code (门类代码) is capital letters or digits, e.g. WS."));
    if (year < 1900 || year > 2100)
        return makeError(ErrorCode::Validation, tr("The year of an archived item has four digits, e.g. 2026."));
    if (!organ.isEmpty() && !codePart().match(organ).hasMatch())
        return makeError(ErrorCode::Validation,
                         tr("The organisation code (机构代码) is capital letters or digits, e.g. BGS."));
    if (item < 1 || item > 9999)
        return makeError(ErrorCode::Validation, tr("The item number (件号) runs from 0001 to 9999."));
    return {};
}

Result<ArchiveCode> ArchiveCode::parse(const QString &text)
{
    QString t = text.trimmed();
    t.replace(QChar(0xFF0D), QLatin1Char('-')).replace(QChar(0x2014), QLatin1Char('-'));
    // The middle dot as people type it: ・ (Japanese), • (bullet), ‧ (hyphenation point), ． or .
    for (const QChar dot : {QChar(0x30FB), QChar(0x2022), QChar(0x2027), QChar(0xFF0E), QChar(u'.')})
        t.replace(dot, QChar(0x00B7));
    // fonds - category·year - retention [- organ] - item
    static const QRegularExpression re(
        QStringLiteral("^([A-Za-z0-9]+)-([A-Za-z0-9]+)\\x{00B7}(\\d{4})-(Y|D30|D10)(?:-([A-Za-z0-9]+))?-(\\d{4})$"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return makeError(ErrorCode::Validation,
                         tr("“%1” is not a 档号 such as J012-WS·2026-Y-BGS-0001.").arg(text.trimmed()));
    ArchiveCode c;
    c.fonds = m.captured(1).toUpper();
    c.category = m.captured(2).toUpper();
    c.year = m.captured(3).toInt();
    c.retention = *retentionFromCode(m.captured(4));
    c.organ = m.captured(5).toUpper();
    c.item = m.captured(6).toInt();
    if (auto st = c.check(); !st)
        return st.error();
    return c;
}

QList<RetentionRule> RetentionRules::defaults()
{
    using G = Genre;
    QList<RetentionRule> out;
    out.append(RetentionRule{std::nullopt, true, true, Retention::Permanent});
    for (G g : {G::Resolution, G::Decision, G::Order, G::Communique, G::Announcement, G::Request, G::Report})
        out.append(RetentionRule{g, true, false, Retention::Permanent});
    for (G g : {G::Opinion, G::Bulletin, G::Minutes, G::Reply})
        out.append(RetentionRule{g, true, false, Retention::Years30});
    out.append(RetentionRule{std::nullopt, true, false, Retention::Years10});
    for (G g : {G::Decision, G::Resolution, G::Order})
        out.append(RetentionRule{g, false, false, Retention::Years30});
    out.append(RetentionRule{std::nullopt, false, false, Retention::Years10});
    return out;
}

QString RetentionRules::toText(const QList<RetentionRule> &rules)
{
    QStringList lines;
    for (const RetentionRule &r : rules) {
        const QString what = r.normativeOnly ? QStringLiteral("规范性文件")
                             : r.genre      ? genreName(*r.genre)
                                            : QStringLiteral("全部");
        const QString keep = r.retention == Retention::Permanent ? QStringLiteral("永久")
                             : r.retention == Retention::Years30 ? QStringLiteral("30年")
                                                                 : QStringLiteral("10年");
        lines << QStringLiteral("%1 %2 %3").arg(r.own ? QStringLiteral("本单位") : QStringLiteral("收文"), what, keep);
    }
    return lines.join(QLatin1Char('\n'));
}

Result<QList<RetentionRule>> RetentionRules::parse(const QString &text)
{
    if (text.trimmed().isEmpty())
        return defaults();
    QList<RetentionRule> out;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const QStringList w = line.split(space);
        const auto bad = [&] {
            return makeError(ErrorCode::Validation,
                             tr("The retention rule “%1” is not of the form “本单位 请示 永久”: who issued it (本单位 or "
                                "收文), the genre (or 规范性文件, 全部), the retention (永久, 30年 or 10年).")
                                 .arg(line));
        };
        if (w.size() != 3 || (w.at(0) != QStringLiteral("本单位") && w.at(0) != QStringLiteral("收文")))
            return bad();
        RetentionRule r;
        r.own = w.at(0) == QStringLiteral("本单位");
        if (w.at(1) == QStringLiteral("规范性文件")) {
            r.normativeOnly = true;
        } else if (w.at(1) != QStringLiteral("全部")) {
            for (Genre g : allGenres())
                if (genreName(g) == w.at(1))
                    r.genre = g;
            if (!r.genre)
                return bad();
        }
        QString keep = w.at(2);
        keep.remove(QStringLiteral("定期"));
        if (keep == QStringLiteral("永久"))
            r.retention = Retention::Permanent;
        else if (keep == QStringLiteral("30年"))
            r.retention = Retention::Years30;
        else if (keep == QStringLiteral("10年"))
            r.retention = Retention::Years10;
        else
            return bad();
        out << r;
    }
    return out;
}

Retention RetentionRules::propose(const QList<RetentionRule> &rules, Genre genre, bool own, bool normative)
{
    for (const RetentionRule &r : rules) {
        if (r.own != own || (r.genre && *r.genre != genre) || (r.normativeOnly && !normative))
            continue;
        return r.retention;
    }
    return Retention::Years10;
}

} // namespace gw
