// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the kinds of record search finds.
#include "domain/SearchDoc.h"

#include "domain/EnumTable.h"

namespace gw {
namespace {
const enumtable::Entry<SearchKind> kKinds[] = {
    {SearchKind::Draft, "draft", QT_TRANSLATE_NOOP("SearchKind", "Outgoing documents and drafts (发文)")},
    {SearchKind::Incoming, "incoming", QT_TRANSLATE_NOOP("SearchKind", "Incoming documents (收文)")},
    {SearchKind::Archive, "archive", QT_TRANSLATE_NOOP("SearchKind", "Archived items (档案)")},
    {SearchKind::Matter, "matter", QT_TRANSLATE_NOOP("SearchKind", "Supervision matters (督查)")},
};
} // namespace

const QList<SearchKind> &allSearchKinds()
{
    static const QList<SearchKind> all = enumtable::values(kKinds);
    return all;
}

QString searchKindCode(SearchKind k)
{
    return enumtable::code(kKinds, k);
}

std::optional<SearchKind> searchKindFromCode(const QString &code)
{
    return enumtable::fromCode(kKinds, code);
}

QString searchKindLabel(SearchKind k)
{
    return enumtable::label(kKinds, "SearchKind", k);
}

} // namespace gw
