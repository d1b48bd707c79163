// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — duties separated (三员分立), and an audit trail that cannot be quietly rewritten:
// signed checkpoints catch a recomputed or truncated chain, and rows changed behind the program's back
// are named.
#include "HiddenItemOffice.h"

#include "security/AuditLog.h"
#include "security/AuditSigner.h"
#include "services/AuditService.h"
#include "services/UserService.h"

#include <catch2/catch.hpp>

using namespace gw;
using namespace gw::test;

namespace {
/// The item office with the three security posts filled: the auditor is cleared one level below the
/// item (机密), so entries about it are withheld from them.
struct ThreeOfficers : HiddenItemOffice
{
    Principal auditor, officer;
    AuditSigner::KeyPair key = AuditSigner::generate();

    ThreeOfficers()
    {
        auditor = addUser(QStringLiteral("auditor"), {Role::Auditor}, Clearance::Confidential);
        officer = addUser(QStringLiteral("officer"), {Role::SecurityOfficer}, Clearance::TopSecret);
    }

    AuditCheckpoint checkpoint()
    {
        auto c = ws->audit().signCheckpoint(auditor, key.publicKey, [this](const QByteArray &m) {
            return AuditSigner::sign(key.secretKey, m);
        });
        REQUIRE(c.ok());
        return c.value();
    }

    CheckpointCheck checkAgainstKey(qint64 seen = 0)
    {
        auto r = AuditCheck::checkpoint(ws->database(), key.publicKey, seen);
        REQUIRE(r.ok());
        return r.value();
    }

    /// Rewrites entry `seq`'s summary and recomputes its hash and every later one, and the head: what
    /// an attacker with the database file and the program's source can do.
    void rewriteFrom(qint64 seq, const QString &summary)
    {
        raw(QStringLiteral("UPDATE audit_log SET summary = '%1' WHERE seq = %2").arg(summary).arg(seq));
        QString prev;
        QList<AuditEntry> rewritten;
        REQUIRE(AuditRepository(ws->database())
                    .forEach([&](const AuditEntry &stored) {
                        if (stored.seq < seq) {
                            prev = stored.hash;
                            return true;
                        }
                        AuditEntry e = stored;
                        e.prevHash = prev;
                        e.hash = AuditLog::hashOf(e);
                        prev = e.hash;
                        rewritten.append(e);
                        return true;
                    })
                    .ok());
        for (const AuditEntry &e : rewritten)
            raw(QStringLiteral("UPDATE audit_log SET prev_hash = '%1', hash = '%2' WHERE seq = %3")
                    .arg(e.prevHash, e.hash)
                    .arg(e.seq));
        raw(QStringLiteral("UPDATE audit_head SET hash = '%1' WHERE id = 1").arg(prev));
    }
};
} // namespace

TEST_CASE("三员: no account holds two of the system administrator, security officer and auditor posts",
          "[security]")
{
    TestOffice o;
    const QList<Role> posts{Role::Admin, Role::SecurityOfficer, Role::Auditor};
    for (int i = 0; i < posts.size(); ++i) {
        for (int j = i + 1; j < posts.size(); ++j) {
            User u;
            u.username = QStringLiteral("two%1%2").arg(i).arg(j);
            u.displayName = u.username;
            u.roles = {posts.at(i), posts.at(j)};
            auto refused = o.ws->users().create(o.admin, u, kPassword);
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.error().code == ErrorCode::Validation);
            CHECK(refused.error().message.contains(QStringLiteral("三员分立")));
            // One of them, with an ordinary post beside it, is allowed.
            u.roles = {posts.at(i), Role::Clerk};
            u.username += QStringLiteral("ok");
            CHECK(o.ws->users().create(o.admin, u, kPassword).ok());
        }
    }
    // Nor can a post be added later to an account that holds another.
    auto users = o.ws->users().list(o.admin);
    REQUIRE(users.ok());
    User self = users.value().first();
    REQUIRE(self.hasRole(Role::Admin));
    self.roles.append(Role::Auditor);
    CHECK(o.ws->users().update(o.admin, self).error().code == ErrorCode::Validation);
}

TEST_CASE("三员: once there is a security officer, only they give posts and clearances, and the administrator "
          "only names, disables and resets accounts",
          "[security]")
{
    ThreeOfficers o;
    // The administrator can no longer raise a clerk's clearance, nor give a post …
    auto users = o.ws->users().list(o.admin);
    REQUIRE(users.ok());
    User clerk;
    for (const User &u : users.value())
        if (u.username == QLatin1String("clerk"))
            clerk = u;
    REQUIRE(clerk.id > 0);
    User raised = clerk;
    raised.clearance = Clearance::Secret;
    auto refused = o.ws->users().update(o.admin, raised);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Permission);
    User posted = clerk;
    posted.roles.append(Role::Printer);
    CHECK(o.ws->users().update(o.admin, posted).error().code == ErrorCode::Permission);
    CHECK_FALSE(o.ws->users().mayAssignPosts(o.admin).value());
    // … nor create an account with them; an account without posts is fine.
    User fresh;
    fresh.username = QStringLiteral("newclerk");
    fresh.displayName = QStringLiteral("新文书");
    fresh.clearance = Clearance::Confidential;
    CHECK(o.ws->users().create(o.admin, fresh, kPassword).error().code == ErrorCode::Permission);
    fresh.clearance = Clearance::None;
    REQUIRE(o.ws->users().create(o.admin, fresh, kPassword).ok());
    // The security officer gives them, and cannot rename anyone.
    CHECK(o.ws->users().mayAssignPosts(o.officer).value());
    auto done = o.ws->users().update(o.officer, raised);
    REQUIRE(done.ok());
    CHECK(done.value().clearance == Clearance::Secret);
    User renamed = done.value();
    renamed.displayName = QStringLiteral("改名");
    CHECK(o.ws->users().update(o.officer, renamed).error().code == ErrorCode::Permission);
    CHECK(o.ws->users().update(o.admin, renamed).ok());
    // Neither the administrator nor the security officer may disable the only auditor.
    for (const User &u : o.ws->users().list(o.admin).value()) {
        if (u.hasRole(Role::Auditor)) {
            User off = u;
            off.active = false;
            CHECK(o.ws->users().update(o.admin, off).error().code == ErrorCode::Validation);
        }
    }
}

TEST_CASE("三员: the administrator and the security officer cannot read the audit log, and the auditor can, "
          "without what is above their clearance",
          "[security]")
{
    ThreeOfficers o;
    for (const Principal &p : {o.admin, o.officer, o.cleared}) {
        auto refused = o.ws->audit().find(p, {});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Permission);
        CHECK(o.ws->audit().check(p, {}).error().code == ErrorCode::Permission);
    }
    auto seen = o.ws->audit().find(o.auditor, {});
    REQUIRE(seen.ok());
    bool sawItem = false, sawUser = false;
    for (const AuditView &v : seen.value()) {
        CHECK_FALSE(v.entry.summary.contains(o.hidden.title));
        if (v.entry.objectType == QLatin1String("incoming") && v.entry.objectId == QString::number(o.hidden.id)) {
            sawItem = true;
            CHECK(v.withheld); // who, when and what remain; the fields do not
            CHECK(v.entry.summary.isEmpty());
        }
        if (v.entry.objectType == QLatin1String("user") && !v.withheld)
            sawUser = true;
    }
    CHECK(sawItem);
    CHECK(sawUser);
    // Filtered by person and action: only the administrator's account creations.
    AuditRepository::Filter f;
    f.actorId = o.admin.userId;
    f.action = QStringLiteral("user.");
    auto mine = o.ws->audit().find(o.auditor, f);
    REQUIRE(mine.ok());
    REQUIRE_FALSE(mine.value().isEmpty());
    for (const AuditView &v : mine.value()) {
        CHECK(v.entry.actorId == o.admin.userId);
        CHECK(v.entry.action.startsWith(QLatin1String("user.")));
    }
}

TEST_CASE("Audit verify: an entry rewritten with every later hash recomputed is caught by the signed checkpoint",
          "[security][storage]")
{
    ThreeOfficers o;
    const AuditCheckpoint c = o.checkpoint();
    CHECK(o.checkAgainstKey().outcome == CheckpointCheck::Outcome::Holds);
    o.rewriteFrom(2, QStringLiteral("[]"));
    // The chain agrees with itself: only the signature can tell.
    auto chain = AuditLog::verify(o.ws->database());
    REQUIRE(chain.ok());
    CHECK(chain.value().intact);
    const CheckpointCheck r = o.checkAgainstKey();
    CHECK(r.outcome == CheckpointCheck::Outcome::Rewritten);
    CHECK(r.message.contains(QString::number(c.seq)));
}

TEST_CASE("Audit verify: the newest entries deleted with the head fixed are caught by the signed checkpoint",
          "[security][storage]")
{
    ThreeOfficers o;
    const AuditCheckpoint c = o.checkpoint();
    const qint64 keep = c.seq - 1;
    o.raw(QStringLiteral("DELETE FROM audit_log WHERE seq > %1").arg(keep));
    o.raw(QStringLiteral("UPDATE audit_head SET seq = %1, hash = (SELECT hash FROM audit_log WHERE seq = %1) "
                         "WHERE id = 1")
              .arg(keep));
    auto chain = AuditLog::verify(o.ws->database());
    REQUIRE(chain.ok());
    CHECK(chain.value().intact);
    CHECK(o.checkAgainstKey().outcome == CheckpointCheck::Outcome::Truncated);
    // Deleting the checkpoint too is caught by the workstation that saw it.
    o.raw(QStringLiteral("DELETE FROM audit_checkpoints"));
    CHECK(o.checkAgainstKey(c.seq).outcome == CheckpointCheck::Outcome::Missing);
}

TEST_CASE("Audit verify: a checkpoint signed with another key, or altered, vouches for nothing", "[security][storage]")
{
    ThreeOfficers o;
    o.checkpoint();
    // An attacker's own key: its checkpoint is not the trusted one.
    const AuditSigner::KeyPair other = AuditSigner::generate();
    auto forged = o.ws->audit().signCheckpoint(o.auditor, other.publicKey, [&](const QByteArray &m) {
        return AuditSigner::sign(other.secretKey, m);
    });
    REQUIRE(forged.ok());
    auto r = AuditCheck::checkpoint(o.ws->database(), other.publicKey);
    REQUIRE(r.ok());
    CHECK(r.value().ok()); // holds for whoever trusts that key …
    CHECK(o.checkAgainstKey().latest.publicKey == o.key.publicKey); // … not for the pinned one
    // A trusted checkpoint moved to another entry no longer verifies.
    o.raw(QStringLiteral("UPDATE audit_checkpoints SET seq = seq - 1"));
    const CheckpointCheck moved = o.checkAgainstKey();
    CHECK(moved.forged >= 1);
    CHECK_FALSE(moved.ok());
}

TEST_CASE("Audit verify: a row changed with SQL behind the program's back is named, field by field",
          "[security][storage]")
{
    ThreeOfficers o;
    auto clean = AuditCheck::compareRows(o.ws->database());
    REQUIRE(clean.ok());
    CHECK(clean.value().isEmpty());
    // The 机密 item lowered to 无 (the level and the number the lists filter by).
    o.raw(QStringLiteral("UPDATE incoming_items SET secrecy = 'none', secrecy_rank = 0 WHERE id = %1")
              .arg(o.hidden.id));
    auto found = AuditCheck::compareRows(o.ws->database());
    REQUIRE(found.ok());
    REQUIRE(found.value().size() == 1);
    const RowFinding &f = found.value().first();
    CHECK(f.objectType == QLatin1String("incoming"));
    CHECK(f.id == o.hidden.id);
    CHECK(f.field == QLatin1String("secrecy"));
    CHECK(f.audited == clearanceCode(Clearance::Secret));
    // Only the number the lists filter by, changed alone, is caught too.
    o.raw(QStringLiteral("UPDATE incoming_items SET secrecy = 'secret', secrecy_rank = 0 WHERE id = %1")
              .arg(o.hidden.id));
    auto rank = AuditCheck::compareRows(o.ws->database());
    REQUIRE(rank.ok());
    REQUIRE(rank.value().size() == 1);
    CHECK(rank.value().first().field == QLatin1String("secrecy_rank"));
    // An account given a clearance with SQL.
    o.raw(QStringLiteral("UPDATE incoming_items SET secrecy_rank = 2 WHERE id = %1").arg(o.hidden.id));
    o.raw(QStringLiteral("UPDATE users SET clearance = 'top_secret' WHERE id = %1").arg(o.plain.userId));
    auto user = AuditCheck::compareRows(o.ws->database());
    REQUIRE(user.ok());
    REQUIRE(user.value().size() == 1);
    CHECK(user.value().first().objectType == QLatin1String("user"));
    CHECK(user.value().first().field == QLatin1String("clearance"));
}

TEST_CASE("Audit key: the auditor's secret key is sealed under a passphrase and opens only with it", "[security]")
{
    const AuditSigner::KeyPair k = AuditSigner::generate();
    auto sealed = AuditSigner::seal(k.secretKey, QStringLiteral("审计口令 2026"));
    REQUIRE(sealed.ok());
    CHECK_FALSE(sealed.value().contains(QString::fromLatin1(k.secretKey.toBase64())));
    auto wrong = AuditSigner::unseal(sealed.value(), QStringLiteral("审计口令 2025"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == ErrorCode::Auth);
    auto opened = AuditSigner::unseal(sealed.value(), QStringLiteral("审计口令 2026"));
    REQUIRE(opened.ok());
    CHECK(opened.value() == k.secretKey);
    CHECK(AuditSigner::publicKeyOf(opened.value()) == k.publicKey);
}
