// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — an office with one account per post of the outgoing chain, and a walk along it.
#pragma once

#include "Fixtures.h"

#include "services/DraftingService.h"
#include "services/IncomingService.h"
#include "services/UnitService.h"
#include "services/UserService.h"

namespace gw::test {

/// An office with one account per post, a section and a department.
struct ChainOffice : TestOffice
{
    Principal drafter, sectionHead, reviewer, deputy, legal, director, head, vice, clerk, printer,
        firstReader;
    qint64 section = 0, department = 0;

    ChainOffice()
    {
        drafter = addUser(QStringLiteral("drafter"), {Role::Drafter}, Clearance::Secret);
        sectionHead = addUser(QStringLiteral("section"), {Role::SectionHead}, Clearance::Secret);
        reviewer = addUser(QStringLiteral("reviewer"), {Role::Reviewer}, Clearance::Secret);
        deputy = addUser(QStringLiteral("deputy"), {Role::DeputyDirector}, Clearance::Secret);
        legal = addUser(QStringLiteral("legal"), {Role::Legal}, Clearance::Secret);
        director = addUser(QStringLiteral("director"), {Role::Director}, Clearance::TopSecret);
        head = addLeader(QStringLiteral("head"), true);
        vice = addLeader(QStringLiteral("vice"), false);
        clerk = addUser(QStringLiteral("clerk"), {Role::Clerk}, Clearance::Secret);
        printer = addUser(QStringLiteral("printer"), {Role::Printer}, Clearance::Secret);
        firstReader = addUser(QStringLiteral("firstreader"), {Role::FirstReader}, Clearance::Secret);
        section = addUnit(QStringLiteral("秘书科"), UnitType::Section);
        department = addUnit(QStringLiteral("区教育局"), UnitType::Department);
    }

    Principal addLeader(const QString &name, bool districtHead)
    {
        User u;
        u.username = name;
        u.displayName = districtHead ? QStringLiteral("区长") + name : QStringLiteral("副区长") + name;
        u.roles = {Role::Leader};
        u.clearance = Clearance::TopSecret;
        u.districtHead = districtHead;
        auto created = ws->users().create(admin, u, kPassword);
        REQUIRE(created.ok());
        return Principal::fromUser(created.value());
    }

    qint64 addUnit(const QString &name, UnitType type)
    {
        Unit u;
        u.name = name;
        u.type = type;
        auto created = ws->units().create(admin, u);
        REQUIRE(created.ok());
        return created.value().id;
    }

    DraftingService &drafting() const { return ws->drafting(); }

    DraftFields fields(Issuer issuer, bool byDepartment, bool normative = false) const
    {
        DraftFields f;
        f.title = QStringLiteral("关于做好2026年防汛工作的通知");
        f.genre = Genre::Circular;
        f.issuer = issuer;
        f.direction = Direction::Downward;
        f.draftingUnitId = byDepartment ? department : section;
        f.normative = normative;
        f.mainRecipients = {QStringLiteral("各镇人民政府、街道办事处")};
        f.signerId = vice.userId;
        return f;
    }

    Draft create(const DraftFields &f)
    {
        auto d =
            drafting().create(drafter, f, DraftBody{QStringLiteral("一、总体要求\n各镇要高度重视。"), {}});
        INFO((d.ok() ? std::string() : d.error().message.toStdString()));
        REQUIRE(d.ok());
        return d.value();
    }

    /// An incoming item of the department at secrecy level `c` (a period when it has one), registered by
    /// `clerk`; its id.
    qint64 registerAt(const Principal &clerk, Clearance c, const QString &title)
    {
        IncomingItem i;
        i.senderUnitId = department;
        i.title = title;
        i.docNumber = QStringLiteral("教发〔2026〕%1号").arg(int(c) + 1);
        i.secrecy = c;
        if (c != Clearance::None)
            i.secrecyPeriod = QStringLiteral("1年");
        auto item = ws->incoming().registerItem(clerk, i, {});
        REQUIRE(item.ok());
        return item.value().id;
    }

    /// A district-government draft at secrecy level `c`, for the district head to sign, created by
    /// `by` and passed on to the first review; its id.
    qint64 draftAtLevel(const Principal &by, Clearance c, const QString &title, const QString &body)
    {
        DraftFields f = fields(Issuer::DistrictGovernment, false);
        f.title = title;
        f.secrecy = c;
        if (c != Clearance::None)
            f.secrecyPeriod = QStringLiteral("1年");
        f.signerId = head.userId;
        auto draft = drafting().create(by, f, DraftBody{body, {}});
        REQUIRE(draft.ok());
        REQUIRE(drafting().act(by, draft.value().id, draft.value().version, ChainAction::Pass, {}).ok());
        return draft.value().id;
    }

    /// Who acts at each step of the table.
    Principal actorFor(const Draft &d) const
    {
        const QString s = d.state;
        if (s == QLatin1String("drafting"))
            return drafter;
        if (s == QLatin1String("section_check"))
            return sectionHead;
        if (s == QLatin1String("secretariat_review") || s == QLatin1String("party_office_approval") ||
            s == QLatin1String("party_leader_sign") || s == QLatin1String("party_office_sign") ||
            s == QLatin1String("registration"))
            return reviewer;
        if (s == QLatin1String("deputy_review"))
            return deputy;
        if (s == QLatin1String("legal_review"))
            return legal;
        if (s == QLatin1String("director_review") || s == QLatin1String("director_sign") ||
            s == QLatin1String("office_director_approval"))
            return director;
        if (s == QLatin1String("leader_sign") || s == QLatin1String("leader_countersign"))
            return d.fields.signerId == head.userId ? head : vice;
        return printer;
    }

    /// Passes the draft on until it waits for registration; returns the steps it went through.
    QStringList walkToRegistration(Draft &d)
    {
        QStringList seen{d.state};
        while (d.state != QLatin1String("registration")) {
            auto next =
                drafting().act(actorFor(d), d.id, d.version, ChainAction::Pass, QStringLiteral("同意。"));
            INFO(d.state.toStdString()
                 << ": " << (next.ok() ? std::string() : next.error().message.toStdString()));
            REQUIRE(next.ok());
            d = next.value();
            seen.append(d.state);
        }
        return seen;
    }
};

} // namespace gw::test
