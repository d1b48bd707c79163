// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — an office with a 督查室, a hotline desk, leaders and departments, and the calls
// that make a matter or move it on.
#pragma once

#include "Fixtures.h"

#include "services/SupervisionService.h"
#include "services/UnitService.h"

#include <QTimeZone>

namespace gw::test {

struct SupervisionOffice : TestOffice
{
    Principal supervisor = addUser(QStringLiteral("sup"), {Role::Supervisor}, Clearance::Secret);
    Principal hotline = addUser(QStringLiteral("desk"), {Role::Hotline}, Clearance::None);
    Principal leader = addUser(QStringLiteral("leader"), {Role::Leader}, Clearance::Secret);
    Principal otherLeader = addUser(QStringLiteral("leader2"), {Role::Leader}, Clearance::Secret);
    Principal director = addUser(QStringLiteral("director"), {Role::Director}, Clearance::TopSecret);
    Principal drafter = addUser(QStringLiteral("drafter"), {Role::Drafter}, Clearance::Secret);
    qint64 housing = unit(QStringLiteral("区住房和城乡建设局"));
    qint64 transport = unit(QStringLiteral("区交通运输局"));
    qint64 education = unit(QStringLiteral("区教育局"));

    SupervisionService &sv() const { return ws->supervision(); }

    qint64 unit(const QString &name)
    {
        Unit u;
        u.name = name;
        u.shortName = name.mid(1, 2);
        u.type = UnitType::Department;
        auto made = ws->units().create(admin, u);
        if (!made)
            FAIL(made.error().message.toStdString());
        return made.value().id;
    }
    QDate today() const { return clock->now().toTimeZone(QTimeZone(8 * 3600)).date(); }

    Matter instruction(const QString &title = QStringLiteral("关于城区积水点整治的批示")) const
    {
        Matter m;
        m.kind = MatterKind::Instruction;
        m.source = QStringLiteral("市长信箱");
        m.title = title;
        m.request = QStringLiteral("请住建局牵头，一周内拿出整治方案。");
        m.leaderId = leader.userId;
        return m;
    }
    Matter call(CallCategory c) const
    {
        Matter m;
        m.kind = MatterKind::Hotline;
        m.caller = QStringLiteral("王先生");
        m.phone = QStringLiteral("13800000000");
        m.calledAtMs = clock->nowMs() - 600000;
        m.category = c;
        m.request = QStringLiteral("小区门口路灯坏了一个月没人修。");
        return m;
    }
    Matter proposal(const QString &cls) const
    {
        Matter m;
        m.kind = MatterKind::Proposal;
        m.source = QStringLiteral("张代表");
        m.title = QStringLiteral("关于增设公交线路的建议");
        m.request = QStringLiteral("建议增设城东至开发区公交线路。");
        m.proposalBody = QStringLiteral("npc");
        m.proposalLevel = QStringLiteral("district");
        m.proposalClass = cls;
        return m;
    }
    /// Registers `m` as `who` and fails the test when refused.
    Matter made(const Principal &who, const Matter &m)
    {
        auto r = sv().registerMatter(who, m);
        if (!r)
            FAIL(r.error().message.toStdString());
        return r.value();
    }
    /// Registers and assigns to the housing bureau with the deadline `days` ahead.
    Matter assigned(const Matter &m, int days, const Principal *who = nullptr)
    {
        const Principal &p = who ? *who : supervisor;
        Matter r = made(p, m);
        auto a = sv().assign(p, r.id, r.version, housing, {transport}, today().addDays(days), {});
        if (!a)
            FAIL(a.error().message.toStdString());
        return a.value();
    }
    Matter closed(const Matter &m, const MatterClosure &c = {})
    {
        auto rep = sv().report(supervisor, m.id, m.version, QStringLiteral("已整治完毕。"), {});
        if (!rep)
            FAIL(rep.error().message.toStdString());
        auto acc = sv().review(supervisor, m.id, rep.value().version, true, {});
        if (!acc)
            FAIL(acc.error().message.toStdString());
        auto done = sv().close(supervisor, m.id, acc.value().version, c);
        if (!done)
            FAIL(done.error().message.toStdString());
        return done.value();
    }
    void advanceDays(int days) { clock->advanceSecs(qint64(days) * 86400); }
};

} // namespace gw::test
