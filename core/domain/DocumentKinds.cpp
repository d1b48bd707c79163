// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — genre, issuer, direction, urgency.
#include "domain/DocumentKinds.h"

#include "domain/EnumTable.h"

#include <QCoreApplication>

namespace gw {
namespace {
using enumtable::Entry;
using enumtable::fromCode;

const Entry<Genre> kGenres[] = {
    {Genre::Resolution, "resolution", "决议"},
    {Genre::Decision, "decision", "决定"},
    {Genre::Order, "order", "命令（令）"},
    {Genre::Communique, "communique", "公报"},
    {Genre::Announcement, "announcement", "公告"},
    {Genre::Notice, "notice", "通告"},
    {Genre::Opinion, "opinion", "意见"},
    {Genre::Circular, "circular", "通知"},
    {Genre::Bulletin, "bulletin", "通报"},
    {Genre::Report, "report", "报告"},
    {Genre::Request, "request", "请示"},
    {Genre::Reply, "reply", "批复"},
    {Genre::Motion, "motion", "议案"},
    {Genre::Letter, "letter", "函"},
    {Genre::Minutes, "minutes", "纪要"},
};

// What the screens call them: the genre's name in the standard, with an English gloss in the English UI.
const Entry<Genre> kGenreLabels[] = {
    {Genre::Resolution, "resolution", QT_TRANSLATE_NOOP("Genre", "Resolution (决议)")},
    {Genre::Decision, "decision", QT_TRANSLATE_NOOP("Genre", "Decision (决定)")},
    {Genre::Order, "order", QT_TRANSLATE_NOOP("Genre", "Order (命令)")},
    {Genre::Communique, "communique", QT_TRANSLATE_NOOP("Genre", "Communiqué (公报)")},
    {Genre::Announcement, "announcement", QT_TRANSLATE_NOOP("Genre", "Announcement (公告)")},
    {Genre::Notice, "notice", QT_TRANSLATE_NOOP("Genre", "Public notice (通告)")},
    {Genre::Opinion, "opinion", QT_TRANSLATE_NOOP("Genre", "Opinion (意见)")},
    {Genre::Circular, "circular", QT_TRANSLATE_NOOP("Genre", "Notice (通知)")},
    {Genre::Bulletin, "bulletin", QT_TRANSLATE_NOOP("Genre", "Bulletin (通报)")},
    {Genre::Report, "report", QT_TRANSLATE_NOOP("Genre", "Report (报告)")},
    {Genre::Request, "request", QT_TRANSLATE_NOOP("Genre", "Request for instructions (请示)")},
    {Genre::Reply, "reply", QT_TRANSLATE_NOOP("Genre", "Reply (批复)")},
    {Genre::Motion, "motion", QT_TRANSLATE_NOOP("Genre", "Motion (议案)")},
    {Genre::Letter, "letter", QT_TRANSLATE_NOOP("Genre", "Letter (函)")},
    {Genre::Minutes, "minutes", QT_TRANSLATE_NOOP("Genre", "Minutes (纪要)")},
};

const Entry<Issuer> kIssuers[] = {
    {Issuer::DistrictGovernment, "district_government", QT_TRANSLATE_NOOP("Issuer", "District government")},
    {Issuer::DistrictOffice, "district_office", QT_TRANSLATE_NOOP("Issuer", "District government office")},
    {Issuer::JointPartyGov, "joint_party_government",
     QT_TRANSLATE_NOOP("Issuer", "District party committee and district government (joint)")},
    {Issuer::JointOffices, "joint_offices",
     QT_TRANSLATE_NOOP("Issuer", "Party committee office and government office (joint)")},
};

const Entry<Direction> kDirections[] = {
    {Direction::Upward, "upward", QT_TRANSLATE_NOOP("Direction", "Upward")},
    {Direction::Parallel, "parallel", QT_TRANSLATE_NOOP("Direction", "Parallel")},
    {Direction::Downward, "downward", QT_TRANSLATE_NOOP("Direction", "Downward")},
};

const Entry<Urgency> kUrgencies[] = {
    {Urgency::Normal, "normal", QT_TRANSLATE_NOOP("Urgency", "Normal")},
    {Urgency::Urgent, "urgent", QT_TRANSLATE_NOOP("Urgency", "Urgent (加急)")},
    {Urgency::VeryUrgent, "very_urgent", QT_TRANSLATE_NOOP("Urgency", "Very urgent (特急)")},
};
} // namespace

const QList<Genre> &allGenres()
{
    static const QList<Genre> all = enumtable::values(kGenres);
    return all;
}
QString genreCode(Genre g)
{
    return QString::fromLatin1(enumtable::entry(kGenres, g).code);
}
std::optional<Genre> genreFromCode(const QString &code)
{
    return fromCode(kGenres, code);
}
QString genreName(Genre g)
{
    return QString::fromUtf8(enumtable::entry(kGenres, g).label);
}
QString genreLabel(Genre g)
{
    return QCoreApplication::translate("Genre", enumtable::entry(kGenreLabels, g).label);
}

const QList<Issuer> &allIssuers()
{
    static const QList<Issuer> all = enumtable::values(kIssuers);
    return all;
}
QString issuerCode(Issuer i)
{
    return QString::fromLatin1(enumtable::entry(kIssuers, i).code);
}
std::optional<Issuer> issuerFromCode(const QString &code)
{
    return fromCode(kIssuers, code);
}
QString issuerLabel(Issuer i)
{
    return QCoreApplication::translate("Issuer", enumtable::entry(kIssuers, i).label);
}

const QList<Direction> &allDirections()
{
    static const QList<Direction> all = enumtable::values(kDirections);
    return all;
}
QString directionCode(Direction d)
{
    return QString::fromLatin1(enumtable::entry(kDirections, d).code);
}
std::optional<Direction> directionFromCode(const QString &code)
{
    return fromCode(kDirections, code);
}
QString directionLabel(Direction d)
{
    return QCoreApplication::translate("Direction", enumtable::entry(kDirections, d).label);
}

const QList<Urgency> &allUrgencies()
{
    static const QList<Urgency> all = enumtable::values(kUrgencies);
    return all;
}
QString urgencyCode(Urgency u)
{
    return QString::fromLatin1(enumtable::entry(kUrgencies, u).code);
}

std::optional<Urgency> urgencyFromCode(const QString &code)
{
    const QString c = code.trimmed();
    if (c == QStringLiteral("特急"))
        return Urgency::VeryUrgent;
    if (c == QStringLiteral("加急") || c == QStringLiteral("急件"))
        return Urgency::Urgent;
    if (c == QStringLiteral("普通") || c.isEmpty())
        return Urgency::Normal;
    return fromCode(kUrgencies, c);
}

QString urgencyLabel(Urgency u)
{
    return QCoreApplication::translate("Urgency", enumtable::entry(kUrgencies, u).label);
}

} // namespace gw
