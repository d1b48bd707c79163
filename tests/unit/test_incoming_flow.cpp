// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — the incoming flow as a table: what each post may do to an item in each state, and
// the service's actionsFor as the only source of what the handling screen offers.
#include "Fixtures.h"

#include "security/Permissions.h"
#include "services/IncomingService.h"
#include "services/UnitService.h"
#include "services/UserService.h"
#include "workflow/IncomingFlow.h"

using namespace gw;
using namespace gw::test;

namespace {
QList<IncomingStep> stepsIn(const QString &state, bool atSecretariat, const QList<Role> &roles)
{
    QList<IncomingStep> out;
    for (const IncomingFlowRow *r : IncomingFlow::rowsFor(state, atSecretariat)) {
        if (r->actor == FlowActor::Post && Permissions::allows(roles, r->permission))
            out.append(r->step);
    }
    return out;
}
} // namespace

TEST_CASE("收文 flow table: each state offers the steps SPEC.md gives it, to the posts that take them",
          "[incoming][flow]")
{
    const QList<Role> clerk{Role::Clerk}, leader{Role::Leader}, supervisor{Role::Supervisor};
    CHECK(stepsIn(QStringLiteral("registered"), false, clerk) ==
          QList<IncomingStep>{IncomingStep::Triage, IncomingStep::Urge});
    CHECK(stepsIn(QStringLiteral("accepted"), false, clerk) ==
          QList<IncomingStep>{IncomingStep::Propose, IncomingStep::Distribute, IncomingStep::ReverseTriage,
                              IncomingStep::Urge});
    CHECK(stepsIn(QStringLiteral("proposed"), false, clerk) == QList<IncomingStep>{IncomingStep::Urge});
    CHECK(stepsIn(QStringLiteral("proposed"), false, leader) == QList<IncomingStep>{IncomingStep::Instruct});
    CHECK(stepsIn(QStringLiteral("instructed"), false, clerk) ==
          QList<IncomingStep>{IncomingStep::Distribute, IncomingStep::Urge});
    // In circulation: 秘书科 forwards only when the item is back with it; the reader's own turn is by
    // holder, not by post.
    CHECK(stepsIn(QStringLiteral("circulating"), true, clerk) ==
          QList<IncomingStep>{IncomingStep::Forward, IncomingStep::Urge});
    CHECK(stepsIn(QStringLiteral("circulating"), false, clerk) == QList<IncomingStep>{IncomingStep::Urge});
    CHECK(stepsIn(QStringLiteral("handled"), false, clerk) ==
          QList<IncomingStep>{IncomingStep::Reply, IncomingStep::Urge});
    CHECK(stepsIn(QStringLiteral("circulating"), false, supervisor) ==
          QList<IncomingStep>{IncomingStep::Urge});
    // Ended handling offers nothing, urging included: the last state; the two ends of triage offer only
    // taking the decision back, to 秘书科.
    CHECK(stepsIn(QStringLiteral("done"), false, clerk).isEmpty());
    for (const char *ended : {"done", "transferred", "returned"}) {
        INFO(ended);
        CHECK_FALSE(IncomingFlow::isActive(QString::fromLatin1(ended)));
    }
    for (const char *ended : {"transferred", "returned"}) {
        INFO(ended);
        CHECK(stepsIn(QString::fromLatin1(ended), false, clerk) == QList<IncomingStep>{IncomingStep::ReverseTriage});
        CHECK(stepsIn(QString::fromLatin1(ended), false, leader).isEmpty());
    }
}

TEST_CASE("收文 flow table: 待办 lists the states each post acts in, circulation aside", "[incoming][flow]")
{
    CHECK(IncomingFlow::statesWaitingFor({Role::Clerk}) ==
          QStringList{QStringLiteral("registered"), QStringLiteral("accepted"), QStringLiteral("instructed"),
                      QStringLiteral("handled")});
    CHECK(IncomingFlow::statesWaitingFor({Role::Leader}) == QStringList{QStringLiteral("proposed")});
    CHECK(IncomingFlow::statesWaitingFor({Role::Drafter}).isEmpty());
    CHECK(IncomingFlow::statesWaitingFor({Role::Supervisor}).isEmpty()); // urging is not waiting
}

TEST_CASE("收文 actionsFor: the holder's turn, 秘书科's forward and nothing above clearance, as stored now",
          "[incoming][flow][storage]")
{
    TestOffice o;
    const Principal clerk = o.addUser(QStringLiteral("clerk"), {Role::Clerk}, Clearance::Secret);
    const Principal head = o.addUser(QStringLiteral("head"), {Role::SectionHead}, Clearance::Secret);
    const Principal other = o.addUser(QStringLiteral("other"), {Role::SectionHead}, Clearance::Secret);
    Unit sender;
    sender.name = QStringLiteral("云溪区教育局");
    sender.type = UnitType::Department;
    auto unit = o.ws->units().create(o.admin, sender);
    REQUIRE(unit.ok());
    IncomingService &in = o.ws->incoming();
    IncomingItem i;
    i.senderUnitId = unit.value().id;
    i.title = QStringLiteral("关于报送教育统计数据的通知");
    i.secrecy = Clearance::Secret;
    i.secrecyPeriod = QStringLiteral("6个月");
    auto item = in.registerItem(clerk, i, {});
    REQUIRE(item.ok());
    CHECK(in.actionsFor(clerk, item.value()) ==
          QList<IncomingStep>{IncomingStep::Triage, IncomingStep::Urge});
    CHECK(in.actionsFor(head, item.value()).isEmpty());

    auto accepted =
        in.triage(clerk, item.value().id, item.value().version, TriageFacts{}, TriageOutcome::Accept, {});
    REQUIRE(accepted.ok());
    IncomingRoute route;
    route.userId = head.userId;
    route.handles = true;
    IncomingRoute second;
    second.userId = other.userId;
    auto circulating = in.distribute(clerk, item.value().id, accepted.value().version, {route, second});
    REQUIRE(circulating.ok());
    // With the first reader: only they finish their turn; 秘书科 may urge but not forward.
    CHECK(in.actionsFor(head, circulating.value()) == QList<IncomingStep>{IncomingStep::FinishTurn});
    CHECK(in.actionsFor(other, circulating.value()).isEmpty());
    CHECK(in.actionsFor(clerk, circulating.value()) == QList<IncomingStep>{IncomingStep::Urge});
    auto back = in.finishTurn(head, item.value().id, circulating.value().version, QStringLiteral("已阅。"));
    REQUIRE(back.ok());
    CHECK(in.actionsFor(clerk, back.value()) ==
          QList<IncomingStep>{IncomingStep::Forward, IncomingStep::Urge});
    CHECK(in.actionsFor(head, back.value()).isEmpty());

    // The clerk's clearance lowered one level below the item's: nothing is offered on the next call.
    auto users = o.ws->users().list(o.admin);
    REQUIRE(users.ok());
    for (User u : users.value()) {
        if (u.id == clerk.userId) {
            u.clearance = Clearance::Confidential;
            REQUIRE(o.ws->users().update(o.admin, u).ok());
        }
    }
    CHECK(in.actionsFor(clerk, back.value()).isEmpty());
}
