// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — the audit chain: every change is recorded, any tampering is found.
#include "Fixtures.h"

#include "security/AuditLog.h"
#include "services/UnitService.h"
#include "storage/Database.h"

using namespace gw;
using namespace gw::test;

namespace {
/// An office with 20 more audited changes (units created): 22+ entries in all.
void addChanges(TestOffice &o, int n)
{
    for (int i = 0; i < n; ++i) {
        Unit u;
        u.name = QStringLiteral("审计测试单位%1").arg(i);
        u.type = UnitType::Department;
        REQUIRE(o.ws->units().create(o.admin, u).ok());
    }
}

AuditVerification verify(const TestOffice &o)
{
    auto v = AuditLog::verify(o.ws->database());
    REQUIRE(v.ok());
    return v.value();
}

const char kCopyRow[] =
    "INSERT INTO audit_log (seq, at, actor_id, actor_name, action, object_type, object_id, "
    "summary, prev_hash, hash) SELECT %1, at, actor_id, actor_name, action, object_type, "
    "object_id, summary, prev_hash, hash FROM audit_log WHERE seq = %2";
} // namespace

TEST_CASE("every change appends an audit entry with actor, action, object and summary", "[audit][storage]")
{
    TestOffice o;
    const qint64 before = o.auditCount();
    Unit u;
    u.name = QStringLiteral("云溪区财政局");
    u.type = UnitType::Department;
    auto created = o.ws->units().create(o.admin, u);
    REQUIRE(created.ok());
    CHECK(o.auditCount() == before + 1);
    auto latest = AuditLog::latest(o.ws->database(), 1);
    REQUIRE(latest.ok());
    const AuditEntry &e = latest.value().first();
    CHECK(e.action == QStringLiteral("unit.create"));
    CHECK(e.actorId == o.admin.userId);
    CHECK(e.objectId == QString::number(created.value().id));
    CHECK(e.summary.contains(QStringLiteral("云溪区财政局")));
    CHECK(e.hash == AuditLog::hashOf(e));
    CHECK(verify(o).intact);
    CHECK(verify(o).entries == o.auditCount());
}

TEST_CASE("audit chain: an entry edited behind the program's back is named", "[audit][storage][tamper]")
{
    TestOffice o;
    addChanges(o, 20);
    const qint64 last = o.auditCount();
    REQUIRE(verify(o).intact);
    for (qint64 seq : {qint64(1), last / 2, last}) {
        DYNAMIC_SECTION("edit entry " << seq)
        {
            o.raw(QStringLiteral("UPDATE audit_log SET summary = summary || ' ' WHERE seq = %1").arg(seq));
            const AuditVerification v = verify(o);
            CHECK_FALSE(v.intact);
            CHECK(v.firstBadSeq == seq);
            CHECK(v.reason.contains(QString::number(seq)));
        }
    }
}

TEST_CASE(
    "audit chain: each hashed field edited in turn, in the first, a middle and the newest entry, is named",
    "[audit][storage][tamper]")
{
    const char *const edits[] = {
        "at = at + 1",
        "actor_id = actor_id + 1",
        "actor_name = actor_name || 'x'",
        "action = action || 'x'",
        "object_type = object_type || 'x'",
        "object_id = object_id || '0'",
        "summary = summary || 'x'",
        "prev_hash = '0' || substr(prev_hash, 2)",
    };
    for (const char *edit : edits) {
        for (int where = 0; where < 3; ++where) {
            DYNAMIC_SECTION(edit << " in entry " << where)
            {
                TestOffice o;
                addChanges(o, 4);
                const qint64 last = o.auditCount();
                const qint64 seq = where == 0 ? 1 : where == 1 ? last / 2 : last;
                REQUIRE(verify(o).intact);
                o.raw(QStringLiteral("UPDATE audit_log SET %1 WHERE seq = %2")
                          .arg(QLatin1String(edit))
                          .arg(seq));
                const AuditVerification v = verify(o);
                CHECK_FALSE(v.intact);
                CHECK(v.firstBadSeq == seq);
            }
        }
    }
}

TEST_CASE("audit chain: a deleted entry is named", "[audit][storage][tamper]")
{
    TestOffice o;
    addChanges(o, 20);
    const qint64 last = o.auditCount();
    SECTION("at the start")
    {
        o.raw(QStringLiteral("DELETE FROM audit_log WHERE seq = 1"));
        CHECK(verify(o).firstBadSeq == 2);
    }
    SECTION("in the middle")
    {
        o.raw(QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(last / 2));
        CHECK(verify(o).firstBadSeq == last / 2 + 1);
    }
    SECTION("at the end")
    {
        o.raw(QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(last));
        const AuditVerification v = verify(o);
        CHECK_FALSE(v.intact);
        CHECK(v.firstBadSeq == last);
    }
}

TEST_CASE("audit chain: an inserted entry is named", "[audit][storage][tamper]")
{
    TestOffice o;
    addChanges(o, 20);
    const qint64 last = o.auditCount();
    SECTION("at the start")
    {
        o.raw(QString::fromLatin1(kCopyRow).arg(0).arg(5));
        const AuditVerification v = verify(o);
        CHECK_FALSE(v.intact);
        CHECK(v.firstBadSeq == 0);
        CHECK(v.reason.contains(QStringLiteral("entry 0")));
    }
    SECTION("in the middle, renumbering the rest")
    {
        const qint64 at = last / 2;
        o.raw(QStringLiteral("UPDATE audit_log SET seq = seq + 1000 WHERE seq >= %1").arg(at));
        o.raw(QStringLiteral("UPDATE audit_log SET seq = seq - 999 WHERE seq >= 1000"));
        o.raw(QString::fromLatin1(kCopyRow).arg(at).arg(at - 1));
        const AuditVerification v = verify(o);
        CHECK_FALSE(v.intact);
        CHECK(v.firstBadSeq == at);
    }
    SECTION("at the end, with a correctly computed hash")
    {
        auto latest = AuditLog::latest(o.ws->database(), 1);
        REQUIRE(latest.ok());
        AuditEntry forged = latest.value().first();
        forged.prevHash = forged.hash;
        forged.seq = last + 1;
        forged.summary = QStringLiteral("forged");
        forged.hash = AuditLog::hashOf(forged);
        o.raw(QStringLiteral(
                  "INSERT INTO audit_log (seq, at, actor_id, actor_name, action, object_type, object_id, "
                  "summary, prev_hash, hash) VALUES (%1, %2, %3, 'x', 'unit.create', 'unit', '1', "
                  "'forged', '%4', '%5')")
                  .arg(forged.seq)
                  .arg(forged.atMs)
                  .arg(forged.actorId)
                  .arg(forged.prevHash)
                  .arg(AuditLog::hashOf([&] {
                      AuditEntry e = forged;
                      e.actorName = QStringLiteral("x");
                      e.action = QStringLiteral("unit.create");
                      e.objectType = QStringLiteral("unit");
                      e.objectId = QStringLiteral("1");
                      return e;
                  }())));
        const AuditVerification v = verify(o);
        CHECK_FALSE(v.intact);
        CHECK(v.firstBadSeq == last + 1);
    }
}

TEST_CASE("audit chain: reordered entries are named", "[audit][storage][tamper]")
{
    TestOffice o;
    addChanges(o, 20);
    const qint64 a = o.auditCount() / 2;
    // Swap the numbers of two neighbouring entries.
    o.raw(QStringLiteral("UPDATE audit_log SET seq = -1 WHERE seq = %1").arg(a));
    o.raw(QStringLiteral("UPDATE audit_log SET seq = %1 WHERE seq = %2").arg(a).arg(a + 1));
    o.raw(QStringLiteral("UPDATE audit_log SET seq = %1 WHERE seq = -1").arg(a + 1));
    const AuditVerification v = verify(o);
    CHECK_FALSE(v.intact);
    CHECK(v.firstBadSeq == a);
}

TEST_CASE("audit chain: an entry replaced with a recomputed hash is named", "[audit][storage][tamper]")
{
    TestOffice o;
    addChanges(o, 20);
    const qint64 at = o.auditCount() / 2;
    // Rewrite entry `at` and compute its hash as the program would: only the next link gives it away.
    auto entries = AuditLog::latest(o.ws->database(), int(o.auditCount()));
    REQUIRE(entries.ok());
    AuditEntry e;
    for (const AuditEntry &x : entries.value()) {
        if (x.seq == at)
            e = x;
    }
    e.summary = QStringLiteral("rewritten");
    e.hash = AuditLog::hashOf(e);
    o.raw(QStringLiteral("UPDATE audit_log SET summary = 'rewritten', hash = '%1' WHERE seq = %2")
              .arg(e.hash)
              .arg(at));
    const AuditVerification v = verify(o);
    CHECK_FALSE(v.intact);
    CHECK(v.firstBadSeq == at);
}

TEST_CASE("audit chain: an entry's time is part of its hash — moving it by one millisecond is named",
          "[audit][storage][tamper]")
{
    TestOffice o;
    addChanges(o, 5);
    const qint64 at = o.auditCount() / 2;
    o.raw(QStringLiteral("UPDATE audit_log SET at = at + 1 WHERE seq = %1").arg(at));
    const AuditVerification v = verify(o);
    CHECK_FALSE(v.intact);
    CHECK(v.firstBadSeq == at);
}

TEST_CASE("audit chain: the newest entry replaced with its own hash recomputed is named by the head record",
          "[audit][storage][tamper]")
{
    TestOffice o;
    addChanges(o, 5);
    const qint64 last = o.auditCount();
    auto entries = AuditLog::latest(o.ws->database(), 1);
    REQUIRE(entries.ok());
    AuditEntry e = entries.value().first();
    REQUIRE(e.seq == last);
    // No later entry links to the newest: only the recorded head can tell it was replaced.
    e.summary = QStringLiteral("rewritten");
    e.hash = AuditLog::hashOf(e);
    o.raw(QStringLiteral("UPDATE audit_log SET summary = 'rewritten', hash = '%1' WHERE seq = %2")
              .arg(e.hash)
              .arg(last));
    const AuditVerification v = verify(o);
    CHECK_FALSE(v.intact);
    CHECK(v.firstBadSeq == last);
    CHECK(v.reason.contains(QString::number(last)));
}
