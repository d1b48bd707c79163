// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — which chain an outgoing document takes.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace gw {

/// The five variants of SPEC.md, chosen from the issuer and the drafting unit.
enum class ChainVariant
{
    OfficeDrafted,     ///< 区政府发文, drafted by an office section
    DepartmentDrafted, ///< 区政府发文, drafted by a district department (代拟稿)
    OfficeIssued,      ///< 区政府办公室发文
    JointPartyGov,     ///< 区委、区政府联合发文
    JointOffices,      ///< 区委办、区府办联合发文
};

QString chainVariantCode(ChainVariant v);
std::optional<ChainVariant> chainVariantFromCode(const QString &code);
QList<ChainVariant> allChainVariants();
QString chainVariantLabel(ChainVariant v);

} // namespace gw
