// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — an office holding one 机密 incoming item, and clerks at the levels around it.
#pragma once

#include "Fixtures.h"

#include "services/IncomingService.h"
#include "services/UnitService.h"

namespace gw::test {
inline Unit addSender(TestOffice &o, const QString &name, const QString &shortName)
{
    Unit u;
    u.name = name;
    u.shortName = shortName;
    u.type = UnitType::Department;
    auto created = o.ws->units().create(o.admin, u);
    REQUIRE(created.ok());
    return created.value();
}

inline IncomingItem itemFrom(qint64 sender, const QString &number, Clearance secrecy)
{
    IncomingItem i;
    i.senderUnitId = sender;
    i.title = QStringLiteral("关于调整征地补偿标准的请示");
    i.docNumber = number;
    i.secrecy = secrecy;
    return i;
}
/// An office holding one 机密 item, registered by a clerk cleared for it, and clerks cleared for the
/// level just below and for none.
struct HiddenItemOffice : TestOffice
{
    Principal cleared, confidential, plain;
    Unit sender;
    IncomingItem hidden;

    HiddenItemOffice()
    {
        cleared = addUser(QStringLiteral("secretclerk"), {Role::Clerk}, Clearance::Secret);
        confidential = addUser(QStringLiteral("confclerk"), {Role::Clerk}, Clearance::Confidential);
        plain = addUser(QStringLiteral("clerk"), {Role::Clerk}, Clearance::None);
        sender = addSender(*this, QStringLiteral("区自然资源局"), QStringLiteral("区资源局"));
        auto registered = ws->incoming().registerItem(
            cleared, itemFrom(sender.id, QStringLiteral("云资发〔2026〕7号"), Clearance::Secret), {});
        REQUIRE(registered.ok());
        hidden = registered.value();
    }
};

} // namespace gw::test
