// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — passwords and logging in.
#include "Fixtures.h"

#include "security/PasswordHasher.h"
#include "services/AuthService.h"
#include "services/UserService.h"

#include <QRegularExpression>

using namespace gw;
using namespace gw::test;

TEST_CASE("passwords are hashed with Argon2id at or above the OWASP minimum, parameters stored",
          "[auth][password]")
{
    const PasswordHasher hasher;
    const QString h = hasher.hash(QStringLiteral("公文2026-secret"));
    const QRegularExpression form(QStringLiteral("^\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$"));
    const auto m = form.match(h);
    REQUIRE(m.hasMatch());
    CHECK(m.captured(1).toInt() >= 19 * 1024); // KiB
    CHECK(m.captured(2).toInt() >= 2);
    CHECK(hasher.verify(h, QStringLiteral("公文2026-secret")));
    CHECK_FALSE(hasher.verify(h, QStringLiteral("公文2026-Secret")));
    CHECK_FALSE(hasher.verify(QString(), QString()));
    CHECK(hasher.hash(QStringLiteral("same")) != hasher.hash(QStringLiteral("same"))); // salted
    CHECK_FALSE(hasher.needsRehash(h));

    // Raised parameters make older hashes due for a rehash.
    PasswordHasher::Params stronger;
    stronger.opsLimit = 3;
    CHECK(PasswordHasher(stronger).needsRehash(h));
    // Parameters below the minimum are never used.
    PasswordHasher::Params weak;
    weak.opsLimit = 1;
    weak.memLimit = 1 << 20;
    const PasswordHasher clamped(weak);
    CHECK(clamped.params().opsLimit >= 2);
    CHECK(clamped.params().memLimit >= (19u << 20));
}

TEST_CASE("log-in returns the user's posts and clearance", "[auth][storage]")
{
    TestOffice o;
    o.addUser(QStringLiteral("reviewer"), {Role::Reviewer, Role::FirstReader}, Clearance::Secret);
    auto a = o.ws->auth().login(QStringLiteral("reviewer"), kPassword);
    INFO((a.ok() ? std::string() : a.error().message.toStdString()));
    REQUIRE(a.ok());
    CHECK(a.value().roles == QList<Role>{Role::Reviewer, Role::FirstReader});
    CHECK(a.value().clearance == Clearance::Secret);
    auto wrong = o.ws->auth().login(QStringLiteral("reviewer"), QStringLiteral("nope-nope"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == ErrorCode::Auth);
}

TEST_CASE("failed log-ins are rate-limited", "[auth][storage][throttle]")
{
    TestOffice o;
    o.addUser(QStringLiteral("clerk"), {Role::Clerk});
    for (int i = 0; i < AuthService::kFreeAttempts; ++i)
        CHECK(o.ws->auth().login(QStringLiteral("clerk"), QStringLiteral("guess-%1").arg(i)).error().code ==
              ErrorCode::Auth);
    // Locked now: even the right password is refused, without checking it.
    auto locked = o.ws->auth().login(QStringLiteral("clerk"), kPassword);
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().code == ErrorCode::Throttled);
    CHECK(locked.error().message.contains(QStringLiteral("30")));

    o.clock->advanceSecs(AuthService::kFirstLockMs / 1000 + 1);
    // One more failure doubles the lock.
    CHECK(o.ws->auth().login(QStringLiteral("clerk"), QStringLiteral("guess-x")).error().code ==
          ErrorCode::Auth);
    CHECK(o.ws->auth().login(QStringLiteral("clerk"), kPassword).error().code == ErrorCode::Throttled);
    o.clock->advanceSecs(AuthService::kFirstLockMs / 1000 + 1);
    CHECK(o.ws->auth().login(QStringLiteral("clerk"), kPassword).error().code == ErrorCode::Throttled);
    o.clock->advanceSecs(AuthService::kFirstLockMs / 1000);
    REQUIRE(o.ws->auth().login(QStringLiteral("clerk"), kPassword).ok());
    // Success resets the count.
    CHECK(o.ws->auth().login(QStringLiteral("clerk"), QStringLiteral("typo-typo")).error().code ==
          ErrorCode::Auth);
    CHECK(o.ws->auth().login(QStringLiteral("clerk"), kPassword).ok());
    CHECK(AuthService::lockDurationMs(100) == AuthService::kMaxLockMs);
}

TEST_CASE("failed log-ins are shared between workstations and recorded in the audit log",
          "[auth][storage][throttle]")
{
    TestOffice o;
    o.addUser(QStringLiteral("clerk"), {Role::Clerk});
    auto other = o.secondWorkstation();
    const qint64 audit = o.auditCount();
    for (int i = 0; i < AuthService::kFreeAttempts; ++i)
        (void)(i % 2 ? o.ws : other)->auth().login(QStringLiteral("clerk"), QStringLiteral("wrong-pass"));
    CHECK(o.ws->auth().login(QStringLiteral("clerk"), kPassword).error().code == ErrorCode::Throttled);
    CHECK(other->auth().login(QStringLiteral("clerk"), kPassword).error().code == ErrorCode::Throttled);
    CHECK(o.auditCount() == audit + AuthService::kFreeAttempts);
}

TEST_CASE("unknown user names are throttled like real ones", "[auth][storage][throttle]")
{
    TestOffice o;
    for (int i = 0; i < AuthService::kFreeAttempts; ++i)
        CHECK(o.ws->auth().login(QStringLiteral("ghost"), kPassword).error().code == ErrorCode::Auth);
    CHECK(o.ws->auth().login(QStringLiteral("ghost"), kPassword).error().code == ErrorCode::Throttled);
}

TEST_CASE("a disabled account cannot log in", "[auth][storage]")
{
    TestOffice o;
    const Principal clerk = o.addUser(QStringLiteral("clerk"), {Role::Clerk});
    auto users = o.ws->users().list(o.admin);
    REQUIRE(users.ok());
    User u;
    for (const User &x : users.value()) {
        if (x.id == clerk.userId)
            u = x;
    }
    u.active = false;
    REQUIRE(o.ws->users().update(o.admin, u).ok());
    CHECK(o.ws->auth().login(QStringLiteral("clerk"), kPassword).error().code == ErrorCode::Auth);
}

TEST_CASE("Password attempts: workstations guessing at once share one allowance — an attempt counts from "
          "the moment it starts, before its password is checked",
          "[auth][storage][throttle][security]")
{
    TestOffice o;
    o.addUser(QStringLiteral("clerk"), {Role::Clerk});
    auto other = o.secondWorkstation();
    // Five guesses under way at once on two workstations, none of them finished yet.
    const ServiceContext here{o.ws->database(), o.ws->clock(), o.ws->hasher(), o.ws->changes()};
    const ServiceContext there{other->database(), other->clock(), other->hasher(), other->changes()};
    for (int i = 0; i < AuthService::kFreeAttempts; ++i)
        REQUIRE(passwordattempts::begin(i % 2 ? here : there, QStringLiteral("clerk")).ok());
    // The sixth is refused before its password is looked at, whichever workstation makes it.
    CHECK(o.ws->auth().login(QStringLiteral("clerk"), kPassword).error().code == ErrorCode::Throttled);
    CHECK(other->auth().login(QStringLiteral("clerk"), kPassword).error().code == ErrorCode::Throttled);
}

TEST_CASE("Password attempts: changing one's own password with a wrong current password is throttled like a "
          "log-in and audited",
          "[auth][storage][throttle][security]")
{
    TestOffice o;
    const Principal clerk = o.addUser(QStringLiteral("clerk"), {Role::Clerk});
    const qint64 audited = o.auditCount();
    for (int i = 0; i < AuthService::kFreeAttempts; ++i) {
        auto st = o.ws->users().changeOwnPassword(clerk, QStringLiteral("guess-%1").arg(i),
                                                  QStringLiteral("new-password-1"));
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().code == ErrorCode::Auth);
    }
    CHECK(o.auditCount() == audited + AuthService::kFreeAttempts);
    // Locked now: the right current password is refused too, and so is a log-in.
    auto locked = o.ws->users().changeOwnPassword(clerk, kPassword, QStringLiteral("new-password-1"));
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().code == ErrorCode::Throttled);
    CHECK(o.ws->auth().login(QStringLiteral("clerk"), kPassword).error().code == ErrorCode::Throttled);
    o.clock->advanceSecs(AuthService::kFirstLockMs / 1000 + 1);
    REQUIRE(o.ws->users().changeOwnPassword(clerk, kPassword, QStringLiteral("new-password-1")).ok());
    CHECK(o.ws->auth().login(QStringLiteral("clerk"), QStringLiteral("new-password-1")).ok());
}
