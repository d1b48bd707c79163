// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — who gets a printed copy.
#include "domain/Distribution.h"

#include <QRegularExpression>
#include <QSet>

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
        for (const QString &clause : line.split(clauses, Qt::SkipEmptyParts)) {
            bool inGroup = false; // an earlier name of this 、 run was a group
            for (QString name : clause.split(QStringLiteral("、"), Qt::SkipEmptyParts)) {
                name = name.trimmed().remove(closing);
                if (name.isEmpty())
                    continue;
                if (const Unit *u = byName.value(name)) {
                    give(u->name, QString());
                    continue;
                }
                inGroup = inGroup || name.contains(QStringLiteral("各"));
                const Member member = inGroup ? groupMembers(name) : Member();
                int members = 0;
                if (member) {
                    for (const Unit &u : directory) {
                        if (u.active && member(u)) {
                            give(u.name, name);
                            ++members;
                        }
                    }
                }
                if (members == 0)
                    give(name, QString());
            }
        }
    }
    return out;
}

} // namespace gw
