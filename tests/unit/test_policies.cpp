// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — the pure rules over a draft and an incoming item, without a database.
#include "security/Actor.h"
#include "workflow/DraftPolicy.h"
#include "workflow/IncomingPolicy.h"

#include <catch2/catch.hpp>

using namespace gw;

namespace {
constexpr qint64 kNow = 1'800'000'000'000;

Principal holderOf(QList<Role> roles, Clearance c = Clearance::Secret)
{
    Principal p;
    p.userId = 7;
    p.roles = std::move(roles);
    p.clearance = c;
    return p;
}

Draft draftAt(const char *state, Clearance secrecy = Clearance::None)
{
    Draft d;
    d.id = 1;
    d.variant = ChainVariant::OfficeDrafted;
    d.state = QString::fromLatin1(state);
    d.fields.secrecy = secrecy;
    return d;
}

IncomingItem itemDue(qint64 dueAtMs, const char *state = "circulating")
{
    IncomingItem i;
    i.dueAtMs = dueAtMs;
    i.state = QString::fromLatin1(state);
    return i;
}
} // namespace

TEST_CASE("Overdue: an incoming item is overdue only after its time limit, and never once handling ended",
          "[policy][overdue]")
{
    CHECK_FALSE(IncomingPolicy::isOverdue(itemDue(kNow), kNow)); // the moment itself
    CHECK(IncomingPolicy::isOverdue(itemDue(kNow - 1), kNow));   // one millisecond past
    CHECK_FALSE(IncomingPolicy::isOverdue(itemDue(0), kNow));    // no time limit
    for (const char *ended : {"done", "returned", "transferred"})
        CHECK_FALSE(IncomingPolicy::isOverdue(itemDue(kNow - 1, ended), kNow));
    CHECK(IncomingPolicy::isOverdue(itemDue(kNow - 1, "registered"), kNow)); // the first state counts
}

TEST_CASE("Overdue: a draft is overdue only past its step's limit while it is in the chain",
          "[policy][overdue]")
{
    Draft d = draftAt("secretariat_review");
    d.dueAtMs = kNow;
    CHECK_FALSE(DraftPolicy::isOverdue(d, kNow));
    d.dueAtMs = kNow - 1;
    CHECK(DraftPolicy::isOverdue(d, kNow));
    d.state = QStringLiteral("archived");
    CHECK_FALSE(DraftPolicy::isOverdue(d, kNow));
    d.state = QStringLiteral("closed");
    CHECK_FALSE(DraftPolicy::isOverdue(d, kNow));
}

TEST_CASE("待办 order: 特急, then 加急, then overdue, then the oldest, then the lowest number",
          "[policy][tasks]")
{
    IncomingItem veryUrgent = itemDue(0), urgent = itemDue(0), overdue = itemDue(kNow - 1), old = itemDue(0),
                 young = itemDue(0);
    veryUrgent.urgency = Urgency::VeryUrgent;
    veryUrgent.receivedAtMs = kNow;
    urgent.urgency = Urgency::Urgent;
    urgent.receivedAtMs = kNow;
    overdue.receivedAtMs = kNow;
    old.receivedAtMs = kNow - 1000;
    young.receivedAtMs = kNow - 1000;
    old.id = 1;
    young.id = 2;
    const QList<IncomingItem> order{veryUrgent, urgent, overdue, old, young};
    for (int i = 0; i + 1 < order.size(); ++i) {
        INFO(i);
        CHECK(IncomingPolicy::waitsBefore(order.at(i), order.at(i + 1), kNow));
        CHECK_FALSE(IncomingPolicy::waitsBefore(order.at(i + 1), order.at(i), kNow));
    }
}

TEST_CASE("分送: one 主办 among several handlers, a single handler leads, only handlers lead",
          "[policy][routes]")
{
    auto route = [](bool handles, bool lead) {
        IncomingRoute r;
        r.handles = handles;
        r.lead = lead;
        return r;
    };
    QList<IncomingRoute> none;
    CHECK_FALSE(IncomingPolicy::checkRoutes(none).ok());
    QList<IncomingRoute> readerLeads{route(false, true)};
    CHECK_FALSE(IncomingPolicy::checkRoutes(readerLeads).ok());
    QList<IncomingRoute> single{route(false, false), route(true, false)};
    REQUIRE(IncomingPolicy::checkRoutes(single).ok());
    CHECK(single.at(1).lead);
    CHECK_FALSE(single.at(0).lead);
    QList<IncomingRoute> noLead{route(true, false), route(true, false)};
    CHECK_FALSE(IncomingPolicy::checkRoutes(noLead).ok());
    QList<IncomingRoute> twoLeads{route(true, true), route(true, true)};
    CHECK_FALSE(IncomingPolicy::checkRoutes(twoLeads).ok());
    QList<IncomingRoute> oneLead{route(true, false), route(true, true), route(false, false)};
    CHECK(IncomingPolicy::checkRoutes(oneLead).ok());
}

TEST_CASE(
    "Draft actions: the chain's post acts at its step, nothing above clearance, fixes only after signing",
    "[policy][actions]")
{
    const Principal reviewer = holderOf({Role::Reviewer});
    const DraftActions atReview = DraftPolicy::actions(reviewer, draftAt("secretariat_review"));
    CHECK(atReview.chain.contains(ChainAction::Pass));
    CHECK(atReview.chain.contains(ChainAction::Return));
    CHECK_FALSE(atReview.edit);
    // The level just above the reviewer's clearance hides everything.
    CHECK(
        DraftPolicy::actions(reviewer, draftAt("secretariat_review", Clearance::TopSecret)).chain.isEmpty());
    CHECK_FALSE(
        DraftPolicy::actions(reviewer, draftAt("secretariat_review", Clearance::Secret)).chain.isEmpty());
    // Another post at the step: nothing.
    CHECK(DraftPolicy::actions(holderOf({Role::Legal}), draftAt("secretariat_review")).chain.isEmpty());
    const DraftActions drafter = DraftPolicy::actions(holderOf({Role::Drafter}), draftAt("drafting"));
    CHECK(drafter.edit);
    CHECK(drafter.chain == QList<ChainAction>{ChainAction::Pass});

    Draft printing = draftAt("printing");
    printing.signedVersion = 2;
    CHECK(DraftPolicy::signedAndNotReleased(printing));
    CHECK(DraftPolicy::actions(reviewer, printing).wordingFix);
    CHECK(DraftPolicy::actions(holderOf({Role::Printer}), printing).print);
    Draft released = printing;
    released.state = QStringLiteral("release");
    CHECK_FALSE(DraftPolicy::signedAndNotReleased(released));
    CHECK_FALSE(DraftPolicy::actions(reviewer, released).wordingFix);
    CHECK(DraftPolicy::formatDocNumber(QStringLiteral("云政办发"), 2026, 7) ==
          QStringLiteral("云政办发〔2026〕7号"));
}
