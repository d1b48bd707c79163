// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — who gets a printed copy.
#include "domain/Distribution.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>

namespace gw {

namespace {
using Member = std::function<bool(const Unit &)>;

/// The units a group's words stand for, or nothing when the words do not say.
Member groupMembers(const QString &name)
{
    auto has = [&name](const char *words) { return name.contains(QString::fromUtf8(words)); };
    // Party, congress and CPPCC bodies are not in the government's kinds: such a group stays as written.
    if (has("区委") || has("市委") || has("党") || has("人大") || has("政协"))
        return {};
    if (has("村") || has("居委") || has("社区"))
        return [](const Unit &u) { return u.type == UnitType::Village; };
    const bool towns = has("镇") || has("乡"), streets = has("街");
    if (towns || streets) {
        return [towns, streets](const Unit &u) {
            if (u.type != UnitType::Town)
                return false;
            const bool street = u.name.contains(QString::fromUtf8("街道"));
            return street ? streets : towns;
        };
    }
    if (has("部门") || has("区直") || has("直属"))
        return [](const Unit &u) { return u.type == UnitType::Department; };
    if (has("企业") || has("企事业") || has("事业单位"))
        return [](const Unit &u) { return u.type == UnitType::Enterprise; };
    return {};
}

/// Words that name no place of their own: after a group in the same list they take its place
/// (各镇党委、政府 is 各镇政府 as well).
const QStringList &bareBodies()
{
    static const QStringList words{QStringLiteral("人民政府"), QStringLiteral("政府"), QStringLiteral("办事处"),
                                   QStringLiteral("党委"),     QStringLiteral("党工委"), QStringLiteral("居委会"),
                                   QStringLiteral("村委会")};
    return words;
}

/// Names that begin with a kind of place and name none in particular: 街道办事处, 乡镇, 村（居）委会.
bool namesKindOfPlace(const QString &name)
{
    static const QStringList heads{QStringLiteral("街道"), QStringLiteral("乡镇"), QStringLiteral("镇"),
                                   QStringLiteral("乡"),   QStringLiteral("村"),   QStringLiteral("社区"),
                                   QStringLiteral("居委")};
    return std::any_of(heads.cbegin(), heads.cend(), [&name](const QString &h) { return name.startsWith(h); });
}

/// The place words of a group: 各镇党委 → 各镇, 街道办事处 → 街道.
QString placeOf(const QString &group)
{
    for (const QString &body : bareBodies()) {
        if (group.endsWith(body) && group.size() > body.size())
            return group.left(group.size() - body.size());
    }
    return group;
}
} // namespace

QList<DistributionEntry> expandRecipients(const QStringList &lines, const QList<Unit> &directory)
{
    QHash<QString, const Unit *> byName;
    for (const Unit &u : directory) {
        if (!u.active)
            continue;
        byName.insert(u.name, &u);
        if (!u.shortName.isEmpty() && !byName.contains(u.shortName))
            byName.insert(u.shortName, &u);
    }
    QList<DistributionEntry> out;
    QSet<QString> given;
    auto give = [&](const QString &recipient, const QString &group) {
        if (!given.contains(recipient)) {
            given.insert(recipient);
            out.append({recipient, group});
        }
    };
    static const QRegularExpression clauses(QStringLiteral("[，,；;\\n]"));
    static const QRegularExpression closing(QStringLiteral("[：:。.\\s]+$"));
    for (const QString &line : lines) {
        // A group stands for its kind through the line: 各镇党委、政府，街道党工委、办事处 is each town's party
        // committee and government, and each sub-district's committee and office.
        QString place; // the place words of the last group, empty before the first
        for (const QString &clause : line.split(clauses, Qt::SkipEmptyParts)) {
            for (QString name : clause.split(QStringLiteral("、"), Qt::SkipEmptyParts)) {
                name = name.trimmed().remove(closing);
                if (name.isEmpty())
                    continue;
                if (const Unit *u = byName.value(name)) {
                    give(u->name, QString());
                    continue;
                }
                QString group;
                if (name.contains(QStringLiteral("各")))
                    group = name;
                else if (!place.isEmpty() && namesKindOfPlace(name))
                    group = name;
                else if (!place.isEmpty() && bareBodies().contains(name))
                    group = place + name;
                if (group.isEmpty()) {
                    give(name, QString());
                    continue;
                }
                place = placeOf(group);
                const Member member = groupMembers(group);
                int members = 0;
                if (member) {
                    for (const Unit &u : directory) {
                        if (u.active && member(u)) {
                            give(u.name, group);
                            ++members;
                        }
                    }
                }
                if (members == 0)
                    give(group, QString());
            }
        }
    }
    return out;
}

} // namespace gw
