// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — an archived 件, its components and metadata.
#include "domain/ArchiveItem.h"

#include "domain/EnumTable.h"

#include <algorithm>

namespace gw {
namespace {
const enumtable::Entry<ArchiveSource> kSources[] = {
    {ArchiveSource::Outgoing, "outgoing", QT_TRANSLATE_NOOP("ArchiveItem", "outgoing (发文)")},
    {ArchiveSource::Incoming, "incoming", QT_TRANSLATE_NOOP("ArchiveItem", "incoming (收文)")},
};

const enumtable::Entry<ComponentRole> kRoles[] = {
    {ComponentRole::HandlingSlip, "handling_slip", QT_TRANSLATE_NOOP("ArchiveItem", "handling slip (文件处理单)")},
    {ComponentRole::Received, "received", QT_TRANSLATE_NOOP("ArchiveItem", "document received (来文)")},
    {ComponentRole::Released, "released", QT_TRANSLATE_NOOP("ArchiveItem", "document of record (正本)")},
    {ComponentRole::Stamped, "stamped", QT_TRANSLATE_NOOP("ArchiveItem", "archival copy with stamp (归档章)")},
    {ComponentRole::Attachment, "attachment", QT_TRANSLATE_NOOP("ArchiveItem", "attachment (附件)")},
    {ComponentRole::Forwarded, "forwarded", QT_TRANSLATE_NOOP("ArchiveItem", "document forwarded (被转发文)")},
    {ComponentRole::Notice, "notice", QT_TRANSLATE_NOOP("ArchiveItem", "notice sent (告知单)")},
    {ComponentRole::RoutingSlip, "routing_slip", QT_TRANSLATE_NOOP("ArchiveItem", "routing slip (发文稿纸)")},
    {ComponentRole::Signed, "signed", QT_TRANSLATE_NOOP("ArchiveItem", "signed draft (定稿)")},
    {ComponentRole::Revision, "revision", QT_TRANSLATE_NOOP("ArchiveItem", "earlier version (修改稿)")},
    {ComponentRole::FirstReading, "first_reading", QT_TRANSLATE_NOOP("ArchiveItem", "first reader's record (校核记录)")},
};
} // namespace

QString archiveSourceCode(ArchiveSource s)
{
    return enumtable::code(kSources, s);
}
std::optional<ArchiveSource> archiveSourceFromCode(const QString &code)
{
    return enumtable::fromCode(kSources, code);
}
QString archiveSourceLabel(ArchiveSource s)
{
    return enumtable::label(kSources, "ArchiveItem", s);
}
QString componentRoleCode(ComponentRole r)
{
    return enumtable::code(kRoles, r);
}
std::optional<ComponentRole> componentRoleFromCode(const QString &code)
{
    return enumtable::fromCode(kRoles, code);
}
QString componentRoleLabel(ComponentRole r)
{
    return enumtable::label(kRoles, "ArchiveItem", r);
}

QList<ComponentRole> ArchiveItem::requiredRoles(ArchiveSource source)
{
    if (source == ArchiveSource::Outgoing)
        return {ComponentRole::Released, ComponentRole::Stamped, ComponentRole::RoutingSlip, ComponentRole::Signed,
                ComponentRole::FirstReading};
    return {ComponentRole::HandlingSlip, ComponentRole::Received, ComponentRole::Stamped};
}

QStringList ArchiveItem::missingMetadata() const
{
    QStringList missing;
    auto need = [&](bool present, const char *name) {
        if (!present)
            missing << tr(name);
    };
    need(!title.trimmed().isEmpty(), QT_TR_NOOP("title (题名)"));
    need(!responsible.trimmed().isEmpty(), QT_TR_NOOP("responsible body (责任者)"));
    need(source == ArchiveSource::Incoming || !docNumber.trimmed().isEmpty(), QT_TR_NOOP("document number (文号)"));
    need(date.size() == 10, QT_TR_NOOP("date (日期)"));
    need(pages > 0, QT_TR_NOOP("pages (页数)"));
    need(!code.fonds.isEmpty(), QT_TR_NOOP("fonds number (全宗号)"));
    need(code.year > 0, QT_TR_NOOP("year (年度)"));
    need(code.item > 0, QT_TR_NOOP("item number (件号)"));
    return missing;
}

QList<ComponentRole> ArchiveItem::missingComponents() const
{
    QList<ComponentRole> missing;
    for (ComponentRole r : requiredRoles(source))
        if (std::none_of(components.begin(), components.end(), [r](const ArchiveComponent &c) { return c.role == r; }))
            missing << r;
    return missing;
}

QList<ArchiveComponent> ArchiveItem::ordered(QList<ArchiveComponent> components)
{
    std::stable_sort(components.begin(), components.end(),
                     [](const ArchiveComponent &a, const ArchiveComponent &b) { return a.role < b.role; });
    for (int i = 0; i < components.size(); ++i)
        components[i].position = i + 1;
    return components;
}

QList<int> itemNumberGaps(QList<int> numbers)
{
    std::sort(numbers.begin(), numbers.end());
    QList<int> gaps;
    int expected = 1;
    for (int n : numbers) {
        for (; expected < n; ++expected)
            gaps << expected;
        expected = std::max(expected, n + 1);
    }
    return gaps;
}

} // namespace gw

