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
