// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — genre checks on save.
#include "workflow/GenreRules.h"

#include <QRegularExpression>

namespace gw {
namespace {
// Titles of a person rather than an organ: 区长, 副区长, 书记, 主任 …
bool namesAPerson(const QString &recipient, const QStringList &leaderNames)
{
    static const QRegularExpression kTitle(
        QStringLiteral("(区长|副区长|书记|副书记|市长|副市长|主任|同志)$"));
    if (kTitle.match(recipient).hasMatch())
        return true;
    for (const QString &n : leaderNames) {
        if (!n.isEmpty() && recipient.contains(n))
            return true;
    }
    return false;
}

// 一文一事: a 请示 whose title joins several requests ("关于甲和乙的请示" is fine; "…的请示及…的请示" is
// not).
bool asksSeveralMatters(const QString &title)
{
    return title.count(QStringLiteral("请示")) > 1 || title.contains(QStringLiteral("等事项")) ||
           title.contains(QStringLiteral("等问题")) || title.contains(QStringLiteral("若干问题"));
}
} // namespace

QList<GenreFinding> GenreRules::check(const DraftFields &f, const QStringList &leaderNames)
{
    QList<GenreFinding> out;
    auto add = [&out](const char *rule, const QString &message) {
        out.append(GenreFinding{QString::fromLatin1(rule), message});
    };
    switch (f.genre) {
    case Genre::Request:
        if (f.direction != Direction::Upward)
            add("request.upward", tr("A 请示 goes upward, to a higher authority."));
        if (f.mainRecipients.size() != 1)
            add("request.one_recipient",
                tr("A 请示 has exactly one principal recipient (主送机关); this draft has %1.")
                    .arg(f.mainRecipients.size()));
        if (asksSeveralMatters(f.title))
            add("request.one_matter", tr("A 请示 asks about one matter only (一文一事)."));
        for (const QString &r : f.mainRecipients) {
            if (namesAPerson(r, leaderNames))
                add("request.not_to_person",
                    tr("A 请示 is addressed to an organ, not to a leader personally (“%1”).").arg(r));
        }
        break;
    case Genre::Reply:
        if (f.direction != Direction::Downward)
            add("reply.downward", tr("A 批复 goes downward, to the unit that asked."));
        if (f.repliesTo.trimmed().isEmpty())
            add("reply.answers_request", tr("A 批复 answers a 请示: give the document number of the 请示."));
        break;
    case Genre::Letter:
        if (f.direction != Direction::Parallel)
            add("letter.parallel", tr("A 函 goes between units that are not superior and subordinate: its "
                                      "direction is parallel."));
        break;
    default:
        break;
    }
    return out;
}

} // namespace gw
