// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — which chain an outgoing document takes.
#include "domain/ChainVariant.h"

#include <QCoreApplication>

namespace gw {
using V = ChainVariant;

QList<ChainVariant> allChainVariants()
{
    return {V::OfficeDrafted, V::DepartmentDrafted, V::OfficeIssued, V::JointPartyGov, V::JointOffices};
}

QString chainVariantCode(ChainVariant v)
{
    switch (v) {
    case V::OfficeDrafted:
        return QStringLiteral("office_drafted");
    case V::DepartmentDrafted:
        return QStringLiteral("department_drafted");
    case V::OfficeIssued:
        return QStringLiteral("office_issued");
    case V::JointPartyGov:
        return QStringLiteral("joint_party_government");
    case V::JointOffices:
        return QStringLiteral("joint_offices");
    }
    return {};
}

QString chainVariantLabel(ChainVariant v)
{
    switch (v) {
    case V::OfficeDrafted:
        return QCoreApplication::translate("Chain", "District government document, drafted in the office");
    case V::DepartmentDrafted:
        return QCoreApplication::translate("Chain",
                                           "District government document, drafted by a department (代拟稿)");
    case V::OfficeIssued:
        return QCoreApplication::translate("Chain", "District government office document");
    case V::JointPartyGov:
        return QCoreApplication::translate("Chain",
                                           "Joint document of the party committee and the government");
    case V::JointOffices:
        return QCoreApplication::translate("Chain", "Joint document of the two offices");
    }
    return {};
}

} // namespace gw
