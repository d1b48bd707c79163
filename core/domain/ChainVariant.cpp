// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — which chain an outgoing document takes.
#include "domain/ChainVariant.h"

#include "domain/EnumTable.h"

namespace gw {
namespace {
using V = ChainVariant;
const enumtable::Entry<ChainVariant> kVariants[] = {
    {V::OfficeDrafted, "office_drafted",
     QT_TRANSLATE_NOOP("Chain", "District government document, drafted in the office")},
    {V::DepartmentDrafted, "department_drafted",
     QT_TRANSLATE_NOOP("Chain", "District government document, drafted by a department (代拟稿)")},
    {V::OfficeIssued, "office_issued", QT_TRANSLATE_NOOP("Chain", "District government office document")},
    {V::JointPartyGov, "joint_party_government",
     QT_TRANSLATE_NOOP("Chain", "Joint document of the party committee and the government")},
    {V::JointOffices, "joint_offices", QT_TRANSLATE_NOOP("Chain", "Joint document of the two offices")},
};
} // namespace

QList<ChainVariant> allChainVariants()
{
    return enumtable::values(kVariants);
}

QString chainVariantCode(ChainVariant v)
{
    return enumtable::code(kVariants, v);
}

std::optional<ChainVariant> chainVariantFromCode(const QString &code)
{
    return enumtable::fromCode(kVariants, code);
}

QString chainVariantLabel(ChainVariant v)
{
    return enumtable::label(kVariants, "Chain", v);
}

} // namespace gw
