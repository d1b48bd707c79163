// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — the permission table, walked pair by pair, and services that enforce it.
#include "Fixtures.h"

#include "security/Permissions.h"
#include "services/OfficeService.h"
#include "services/UnitService.h"
#include "services/UserService.h"

#include <QMap>
#include <QSet>

using namespace gw;
using namespace gw::test;

namespace {
// The office's duties (SPEC.md, "Who uses it"), written out independently of the table under test:
// action code -> the role codes that may do it. "*" means every role.
const QMap<QString, QStringList> &expected()
{
    static const QMap<QString, QStringList> m = {
        {"unit.view", {"*"}},
        {"unit.create", {"clerk", "admin"}},
        {"unit.edit", {"admin"}},
        {"unit.deactivate", {"admin"}},
        {"user.view", {"admin", "security_officer", "auditor"}},
        {"user.manage", {"admin"}},
        {"user.clearance", {"security_officer"}},
        {"office.configure", {"admin"}},
        {"calendar.edit", {"admin"}},
        {"audit.view", {"auditor"}},
        {"incoming.register", {"clerk"}},
        {"incoming.triage", {"clerk"}},
        {"incoming.distribute", {"clerk"}},
        {"item.urge", {"clerk", "supervisor"}},
        {"archive.file", {"clerk"}},
        {"archive.lend", {"clerk"}},
        {"seal.log", {"clerk"}},
        {"draft.create", {"drafter"}},
        {"draft.revise", {"drafter"}},
        {"draft.section_check", {"section_head"}},
        {"draft.review", {"reviewer"}},
        {"draft.approve", {"deputy_director"}},
        {"draft.legal", {"legal"}},
        {"draft.director", {"director"}},
        {"draft.sign", {"leader", "director"}},
        {"instruction.give", {"leader", "director"}},
        {"document.print", {"printer"}},
        {"document.first_read", {"first_reader"}},
        {"supervision.instructions", {"supervisor"}},
        {"supervision.proposals", {"supervisor"}},
        {"supervision.view", {"supervisor", "hotline", "director", "deputy_director", "leader"}},
        {"archive.view", {"clerk", "director", "deputy_director", "auditor"}},
        {"records.backup", {"admin", "clerk"}},
        {"hotline.log", {"hotline"}},
        {"statistics.view", {"reviewer", "deputy_director", "director", "leader", "supervisor", "section_head"}},
        {"statistics.review_quality", {"reviewer", "deputy_director", "director"}},
        // The ranking is the office's: not a section head's, who sees their own unit only.
        {"statistics.ranking", {"reviewer", "deputy_director", "director", "leader", "supervisor"}},
        {"statistics.rating_scheme", {"reviewer", "director"}},
        {"bulletin.compose", {"reviewer", "director"}},
        {"serials.manage", {"reviewer", "director", "admin"}},
    };
    return m;
}
} // namespace

TEST_CASE("permission table: every role x action pair matches the office's duties", "[permissions]")
{
    REQUIRE(Permissions::allActions().size() == expected().size());
    int pairs = 0;
    for (Action a : Permissions::allActions()) {
        const QString code = Permissions::actionCode(a);
        REQUIRE(expected().contains(code));
        const QStringList allowed = expected().value(code);
        for (Role r : allRoles()) {
            const bool shouldAllow = allowed.contains(QStringLiteral("*")) || allowed.contains(roleCode(r));
            INFO(code.toStdString() << " x " << roleCode(r).toStdString());
            CHECK(Permissions::allows({r}, a) == shouldAllow);
            Principal actor;
            actor.userId = 7;
            actor.roles = {r};
            const Status st = Permissions::check(actor, a);
            CHECK(st.ok() == shouldAllow);
            if (!st.ok()) {
                CHECK(st.error().code == ErrorCode::Permission);
                CHECK(st.error().message.contains(Permissions::actionLabel(a)));
            }
            ++pairs;
        }
    }
    CHECK(pairs == Permissions::allActions().size() * allRoles().size());
}

TEST_CASE("permission table: a user with several posts may do what any of them may", "[permissions]")
{
    CHECK(Permissions::allows({Role::Drafter, Role::Clerk}, Action::RegisterIncoming));
    CHECK(Permissions::allows({Role::Drafter, Role::Clerk}, Action::CreateDraft));
    CHECK_FALSE(Permissions::allows({Role::Drafter, Role::Clerk}, Action::SignDraft));
    CHECK_FALSE(Permissions::allows({}, Action::ViewUnits));
}

TEST_CASE("clearance: 无 < 秘密 < 机密 < 绝密", "[permissions][clearance]")
{
    CHECK(clearanceCovers(Clearance::TopSecret, Clearance::Secret));
    CHECK(clearanceCovers(Clearance::Secret, Clearance::Confidential));
    CHECK(clearanceCovers(Clearance::Confidential, Clearance::None));
    CHECK(clearanceCovers(Clearance::Secret, Clearance::Secret));
    CHECK_FALSE(clearanceCovers(Clearance::None, Clearance::Confidential));
    CHECK_FALSE(clearanceCovers(Clearance::Confidential, Clearance::Secret));
    CHECK_FALSE(clearanceCovers(Clearance::Secret, Clearance::TopSecret));
    for (Clearance c : allClearances())
        CHECK(clearanceFromCode(clearanceCode(c)) == c);
}

TEST_CASE("services refuse an actor without the permission and write nothing", "[permissions][storage]")
{
    TestOffice o;
    const Principal drafter = o.addUser(QStringLiteral("drafter"), {Role::Drafter});
    const Principal clerk = o.addUser(QStringLiteral("clerk"), {Role::Clerk});
    const qint64 audit = o.auditCount();

    Unit u;
    u.name = QStringLiteral("白沙镇人民政府");
    u.type = UnitType::Town;
    auto refused = o.ws->units().create(drafter, u);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Permission);

    auto byClerk = o.ws->units().create(clerk, u); // clerks add senders on the spot
    REQUIRE(byClerk.ok());
    Unit renamed = byClerk.value();
    renamed.name = QStringLiteral("白沙镇");
    CHECK(o.ws->units().update(clerk, renamed).error().code == ErrorCode::Permission);
    CHECK(o.ws->units().setActive(clerk, renamed.id, renamed.version, false).error().code ==
          ErrorCode::Permission);

    User extra;
    extra.username = QStringLiteral("intruder");
    extra.displayName = QStringLiteral("x");
    extra.roles = {Role::Admin};
    CHECK(o.ws->users().create(clerk, extra, kPassword).error().code == ErrorCode::Permission);
    CHECK(o.ws->users().list(drafter).error().code == ErrorCode::Permission);
    Office changed;
    changed.fullName = QStringLiteral("x");
    CHECK(o.ws->office().update(clerk, changed).error().code == ErrorCode::Permission);

    CHECK(o.auditCount() == audit + 1); // only the clerk's unit
    CHECK(o.raw(QStringLiteral("SELECT name FROM units WHERE id = %1").arg(renamed.id)).toString() ==
          QStringLiteral("白沙镇人民政府"));
    CHECK(o.raw(QStringLiteral("SELECT COUNT(*) FROM users WHERE username = 'intruder'")).toInt() == 0);
}

TEST_CASE("a session keeps no right taken away after log-in — a disabled account can do nothing",
          "[permissions][storage][session]")
{
    TestOffice o;
    const Principal clerk = o.addUser(QStringLiteral("clerk"), {Role::Clerk});
    Unit u;
    u.name = QStringLiteral("桃源镇人民政府");
    u.type = UnitType::Town;
    REQUIRE(o.ws->units().create(clerk, u).ok());

    // The administrator takes the clerk post away while the clerk is still logged in.
    User changed;
    for (const User &x : o.ws->users().list(o.admin).value()) {
        if (x.id == clerk.userId)
            changed = x;
    }
    changed.roles = {Role::Hotline};
    REQUIRE(o.ws->users().update(o.admin, changed).ok());
    u.name = QStringLiteral("龙泉镇人民政府");
    CHECK(o.ws->units().create(clerk, u).error().code == ErrorCode::Permission);

    // Disabled: refused with a message that says so.
    for (const User &x : o.ws->users().list(o.admin).value()) {
        if (x.id == clerk.userId)
            changed = x;
    }
    changed.roles = {Role::Clerk};
    changed.active = false;
    REQUIRE(o.ws->users().update(o.admin, changed).ok());
    auto refused = o.ws->units().create(clerk, u);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("disabled")));
    CHECK(o.raw(QStringLiteral("SELECT COUNT(*) FROM units WHERE name = '龙泉镇人民政府'")).toInt() == 0);
}
