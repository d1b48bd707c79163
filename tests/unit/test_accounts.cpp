// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — accounts and the first-run set-up.
#include "Fixtures.h"

#include "services/AuthService.h"
#include "services/OfficeService.h"
#include "services/UserService.h"

using namespace gw;
using namespace gw::test;

TEST_CASE("set-up: the office and its administrator are recorded once", "[accounts][storage][setup]")
{
    TestOffice o;
    CHECK_FALSE(o.ws->office().needsSetUp().value());
    auto office = o.ws->office().office();
    REQUIRE(office.ok());
    REQUIRE(office.value().has_value());
    CHECK(office.value()->signMark == QStringLiteral("测试区人民政府"));
    CHECK(office.value()->prefixes.first().prefix == QStringLiteral("测政发"));
    CHECK(o.admin.hasRole(Role::Admin));

    OfficeSetup again;
    again.office = *office.value();
    again.adminUsername = QStringLiteral("admin2");
    again.adminDisplayName = QStringLiteral("第二个");
    again.adminPassword = kPassword;
    auto refused = o.ws->office().setUp(again);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Permission);
    CHECK(o.raw(QStringLiteral("SELECT COUNT(*) FROM users")).toInt() == 1);
}

TEST_CASE("set-up: document number prefixes and the fonds number are checked", "[accounts][setup][bad-input]")
{
    Office good;
    good.fullName = QStringLiteral("黄州区人民政府办公室");
    good.signMark = QStringLiteral("黄州区人民政府");
    good.fondsNo = QStringLiteral("J012");
    good.prefixes = {{QStringLiteral("黄政发"), QString()}, {QStringLiteral("黄政办发"), QString()}};
    CHECK(OfficeService::validate(good).ok());
    for (const QString &bad : {QStringLiteral("黄政发〔2026〕"), QStringLiteral("黄政发号"),
                               QStringLiteral("HZF"), QStringLiteral("黄")}) {
        Office o = good;
        o.prefixes = {{bad, QString()}};
        INFO(bad.toStdString());
        CHECK(OfficeService::validate(o).error().code == ErrorCode::Validation);
    }
    Office dup = good;
    dup.prefixes.append({QStringLiteral("黄政发"), QString()});
    CHECK_FALSE(OfficeService::validate(dup).ok());
    Office fonds = good;
    fonds.fondsNo = QStringLiteral("J-012/a");
    CHECK_FALSE(OfficeService::validate(fonds).ok());
}

TEST_CASE("accounts: posts, clearance and validation", "[accounts][storage]")
{
    TestOffice o;
    User u;
    u.username = QStringLiteral("li.wenxiu");
    u.displayName = QStringLiteral("李文秀");
    u.roles = {Role::Clerk, Role::Printer};
    u.clearance = Clearance::Confidential;
    auto created = o.ws->users().create(o.admin, u, kPassword);
    REQUIRE(created.ok());
    CHECK(o.ws->auth().login(QStringLiteral("li.wenxiu"), kPassword).value().roles ==
          QList<Role>{Role::Clerk, Role::Printer});

    CHECK(o.ws->users().create(o.admin, u, kPassword).error().code == ErrorCode::Validation); // taken
    User bad = u;
    bad.username = QStringLiteral("Bad Name");
    CHECK(o.ws->users().create(o.admin, bad, kPassword).error().code == ErrorCode::Validation);
    bad.username = QStringLiteral("short.pw");
    CHECK(o.ws->users().create(o.admin, bad, QStringLiteral("1234567")).error().code ==
          ErrorCode::Validation);
    // An account may start without a post (the security officer gives them), but not with two of the
    // three security posts.
    bad.roles = {Role::Admin, Role::Auditor};
    CHECK(o.ws->users().create(o.admin, bad, QStringLiteral("long-enough-1")).error().code ==
          ErrorCode::Validation);
}

TEST_CASE("accounts: the last administrator keeps the post", "[accounts][storage]")
{
    TestOffice o;
    auto users = o.ws->users().list(o.admin);
    REQUIRE(users.ok());
    User self = users.value().first();
    self.roles = {Role::Clerk};
    auto refused = o.ws->users().update(o.admin, self);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Validation);
    o.addUser(QStringLiteral("admin2"), {Role::Admin});
    CHECK(o.ws->users().update(o.admin, self).ok());
}

TEST_CASE("accounts: changing one's own password needs the current one", "[accounts][storage]")
{
    TestOffice o;
    const Principal clerk = o.addUser(QStringLiteral("clerk"), {Role::Clerk});
    CHECK(o.ws->users()
              .changeOwnPassword(clerk, QStringLiteral("not-it-at-all"), QStringLiteral("new-password-1"))
              .error()
              .code == ErrorCode::Auth);
    REQUIRE(o.ws->users().changeOwnPassword(clerk, kPassword, QStringLiteral("new-password-1")).ok());
    CHECK(o.ws->auth().login(QStringLiteral("clerk"), QStringLiteral("new-password-1")).ok());
    CHECK_FALSE(o.ws->auth().login(QStringLiteral("clerk"), kPassword).ok());
}

TEST_CASE("accounts: a password an administrator sets is temporary — the person changes it at the first log-in",
          "[accounts][security][ux]")
{
    TestOffice o;
    const Principal clerk = o.addUser(QStringLiteral("clerk"), {Role::Clerk});
    auto first = o.ws->auth().login(QStringLiteral("clerk"), kPassword);
    REQUIRE(first.ok());
    CHECK(first.value().mustChangePassword); // a new account
    // The same password again is no change.
    CHECK(o.ws->users().changeOwnPassword(clerk, kPassword, kPassword).error().code == ErrorCode::Validation);
    CHECK(o.ws->auth().login(QStringLiteral("clerk"), kPassword).value().mustChangePassword);
    REQUIRE(o.ws->users().changeOwnPassword(clerk, kPassword, QStringLiteral("my-own-password-1")).ok());
    CHECK_FALSE(o.ws->auth().login(QStringLiteral("clerk"), QStringLiteral("my-own-password-1")).value().mustChangePassword);
    // The administrator resets it: temporary again.
    User stored;
    for (const User &u : o.ws->users().list(o.admin).value()) {
        if (u.id == clerk.userId)
            stored = u;
    }
    REQUIRE(stored.id == clerk.userId);
    REQUIRE(o.ws->users().resetPassword(o.admin, stored.id, stored.version, QStringLiteral("temporary-pass-2")).ok());
    CHECK(o.ws->auth().login(QStringLiteral("clerk"), QStringLiteral("temporary-pass-2")).value().mustChangePassword);
}

TEST_CASE("accounts: an account locked by failed passwords is shown to the administrator, who unlocks it",
          "[accounts][security][ux]")
{
    TestOffice o;
    const Principal clerk = o.addUser(QStringLiteral("clerk"), {Role::Clerk});
    // One failure short of the lock: not locked.
    for (int i = 0; i < AuthService::kFreeAttempts - 1; ++i)
        CHECK_FALSE(o.ws->auth().login(QStringLiteral("clerk"), QStringLiteral("wrong-password")).ok());
    CHECK(o.ws->users().lockedAccounts(o.admin).value().isEmpty());
    CHECK(o.ws->users().unlock(o.admin, clerk.userId).error().code == ErrorCode::Validation);
    // The failure that locks it.
    CHECK_FALSE(o.ws->auth().login(QStringLiteral("clerk"), QStringLiteral("wrong-password")).ok());
    auto locked = o.ws->users().lockedAccounts(o.admin);
    REQUIRE(locked.ok());
    REQUIRE(locked.value().contains(clerk.userId));
    CHECK(locked.value().value(clerk.userId) > o.clock->nowMs());
    CHECK_FALSE(o.ws->auth().login(QStringLiteral("clerk"), kPassword).ok()); // locked, even with the right one
    // Only the administrator unlocks; the clerk cannot unlock themselves.
    CHECK(o.ws->users().unlock(clerk, clerk.userId).error().code == ErrorCode::Permission);
    const qint64 audited = o.auditCount();
    REQUIRE(o.ws->users().unlock(o.admin, clerk.userId).ok());
    CHECK(o.auditCount() == audited + 1);
    CHECK(o.raw(QStringLiteral("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")).toString() ==
          QStringLiteral("user.unlock"));
    CHECK(o.ws->users().lockedAccounts(o.admin).value().isEmpty());
    CHECK(o.ws->auth().login(QStringLiteral("clerk"), kPassword).ok());
}
