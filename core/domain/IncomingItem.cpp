// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — an incoming document (收文).
#include "domain/IncomingItem.h"

namespace gw {

QString addresseeCode(Addressee a)
{
    switch (a) {
    case Addressee::DistrictGovernment:
        return QStringLiteral("district_government");
    case Addressee::Office:
        return QStringLiteral("office");
    case Addressee::LeaderPersonally:
        return QStringLiteral("leader");
    }
    return {};
}

std::optional<Addressee> addresseeFromCode(const QString &code)
{
    for (Addressee a : {Addressee::DistrictGovernment, Addressee::Office, Addressee::LeaderPersonally}) {
        if (addresseeCode(a) == code)
            return a;
    }
    return std::nullopt;
}

} // namespace gw
