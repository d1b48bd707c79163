// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — review markup (核稿批注).
#include "domain/Markup.h"

#include "domain/EnumTable.h"

#include <QCoreApplication>

namespace gw {
namespace {
using enumtable::Entry;
using enumtable::fromCode;

const Entry<MarkupKind> kKinds[] = {
    {MarkupKind::Highlight, "highlight", QT_TRANSLATE_NOOP("Markup", "Highlight")},
    {MarkupKind::StrikeOut, "strikeout", QT_TRANSLATE_NOOP("Markup", "Strike out")},
    {MarkupKind::Caret, "caret", QT_TRANSLATE_NOOP("Markup", "Insert here")},
    {MarkupKind::Note, "note", QT_TRANSLATE_NOOP("Markup", "Note")},
    {MarkupKind::Rectangle, "rectangle", QT_TRANSLATE_NOOP("Markup", "Rectangle")},
};
const Entry<MarkupCategory> kCategories[] = {
    {MarkupCategory::Policy, "policy", QT_TRANSLATE_NOOP("Markup", "Content and policy (政策)")},
    {MarkupCategory::Format, "format", QT_TRANSLATE_NOOP("Markup", "Genre and format (文种格式)")},
    {MarkupCategory::Wording, "wording", QT_TRANSLATE_NOOP("Markup", "Wording (文字)")},
};
const Entry<MarkupStatus> kStatuses[] = {
    {MarkupStatus::Open, "open", QT_TRANSLATE_NOOP("Markup", "Open")},
    {MarkupStatus::Fixed, "fixed", QT_TRANSLATE_NOOP("Markup", "Fixed")},
    {MarkupStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("Markup", "Not changed")},
    {MarkupStatus::Closed, "closed", QT_TRANSLATE_NOOP("Markup", "Closed")},
};

} // namespace

const QList<MarkupKind> &allMarkupKinds()
{
    static const QList<MarkupKind> all = enumtable::values(kKinds);
    return all;
}
QString markupKindCode(MarkupKind k)
{
    return QString::fromLatin1(kKinds[int(k)].code);
}
std::optional<MarkupKind> markupKindFromCode(const QString &code)
{
    return fromCode(kKinds, code);
}
QString markupKindLabel(MarkupKind k)
{
    return QCoreApplication::translate("Markup", kKinds[int(k)].label);
}

const QList<MarkupCategory> &allMarkupCategories()
{
    static const QList<MarkupCategory> all = enumtable::values(kCategories);
    return all;
}
QString markupCategoryCode(MarkupCategory c)
{
    return QString::fromLatin1(kCategories[int(c)].code);
}
std::optional<MarkupCategory> markupCategoryFromCode(const QString &code)
{
    return fromCode(kCategories, code);
}
QString markupCategoryLabel(MarkupCategory c)
{
    return QCoreApplication::translate("Markup", kCategories[int(c)].label);
}

QString markupStatusCode(MarkupStatus s)
{
    return QString::fromLatin1(kStatuses[int(s)].code);
}
std::optional<MarkupStatus> markupStatusFromCode(const QString &code)
{
    return fromCode(kStatuses, code);
}
QString markupStatusLabel(MarkupStatus s)
{
    return QCoreApplication::translate("Markup", kStatuses[int(s)].label);
}

QRectF Markup::bounds() const
{
    QRectF r;
    for (const QRectF &x : rects)
        r = r.isNull() ? x : r.united(x);
    return r;
}

QList<Markup> unclosedMarkupsBy(const QList<Markup> &markups, qint64 authorId)
{
    QList<Markup> out;
    for (const Markup &m : markups) {
        if (m.authorId == authorId && m.status != MarkupStatus::Closed)
            out.append(m);
    }
    return out;
}

} // namespace gw
