// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — an incoming document (收文).
#include "domain/IncomingItem.h"

#include "domain/EnumTable.h"

namespace gw {
namespace {
// Stored codes only: the triage screen words the addressee in its own sentences.
const enumtable::Entry<Addressee> kAddressees[] = {
    {Addressee::DistrictGovernment, "district_government", ""},
    {Addressee::Office, "office", ""},
    {Addressee::LeaderPersonally, "leader", ""},
};
} // namespace

QString addresseeCode(Addressee a)
{
    return enumtable::code(kAddressees, a);
}

std::optional<Addressee> addresseeFromCode(const QString &code)
{
    return enumtable::fromCode(kAddressees, code);
}

QString IncomingItem::receiptNumber() const
{
    if (receiptSeq <= 0)
        return {};
    return QStringLiteral("收〔%1〕%2号").arg(receiptYear).arg(receiptSeq);
}

} // namespace gw
