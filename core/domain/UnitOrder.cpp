// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the order units are listed in.
#include "domain/UnitOrder.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace gw {

namespace {
bool containsAny(const QString &name, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *w : words) {
        if (name.contains(QString::fromUtf16(w)))
            return true;
    }
    return false;
}

int kindOrder(UnitType t)
{
    switch (t) {
    case UnitType::Organ:
        return 0;
    case UnitType::Section:
        return 1;
    case UnitType::Department:
        return 2;
    case UnitType::Town:
        return 3;
    case UnitType::Village:
        return 4;
    case UnitType::Enterprise:
        return 5;
    }
    return 6;
}
} // namespace

UnitRank unitRank(const Unit &u)
{
    const QString &n = u.name;
    // The congress and the CPPCC first: their names end in 委员会 too.
    if (containsAny(n, {u"人民代表大会", u"人大"}))
        return UnitRank::Congress;
    if (containsAny(n, {u"政治协商会议", u"政协"}))
        return UnitRank::Consultative;
    // The people's organisations before the party: 共青团…区委员会 is not the 区委.
    if (containsAny(n, {u"总工会", u"工会", u"共青团", u"团区委", u"妇女联合会", u"妇联", u"科学技术协会",
                        u"科协", u"工商业联合会", u"工商联", u"残疾人联合会", u"残联", u"红十字会",
                        u"文学艺术界联合会", u"文联", u"归国华侨联合会", u"侨联"}))
        return UnitRank::Mass;
    // 党: the party committee, its offices and departments, the discipline commission.
    if (n.startsWith(QStringLiteral("中共")) || n.startsWith(QStringLiteral("中国共产党")) ||
        containsAny(n, {u"区委", u"纪律检查委员会", u"纪委", u"监察委员会"}))
        return UnitRank::Party;
    if (containsAny(n, {u"人民法院", u"人民检察院"}))
        return UnitRank::Judicial;
    if (containsAny(n, {u"人民武装部", u"武装部", u"军分区", u"警备区", u"武警", u"部队"}))
        return UnitRank::Military;
    if (containsAny(n, {u"人民政府", u"政府办公室", u"街道办事处"}) || u.type == UnitType::Department ||
        u.type == UnitType::Town || u.type == UnitType::Section)
        return UnitRank::Government;
    return UnitRank::Other;
}

void sortUnits(QList<Unit> &units)
{
    QCollator pinyin(QLocale(QLocale::Chinese, QLocale::China));
    pinyin.setNumericMode(true);
    struct Keyed
    {
        int rank;
        int kind;
        QCollatorSortKey name;
        Unit unit;
    };
    QList<Keyed> keyed;
    keyed.reserve(units.size());
    for (Unit &u : units)
        keyed.append({int(unitRank(u)), kindOrder(u.type), pinyin.sortKey(u.name), std::move(u)});
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.name.compare(b.name) < 0;
    });
    units.clear();
    for (Keyed &k : keyed)
        units.append(std::move(k.unit));
}

} // namespace gw
