// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — the headless commands `gongwen demo` and `gongwen verify`.
#include "Fixtures.h"
#include "RunGongwen.h"

#include "security/AuditSigner.h"
#include "services/AuditService.h"
#include "services/AuthService.h"
#include "services/DemoSeeder.h"
#include "storage/Database.h"

#include <QFile>

using namespace gw;
using namespace gw::test;

TEST_CASE("gongwen verify passes on the demo database and names the tampered entry", "[cli][audit]")
{
    QTemporaryDir dir;
    const QString url = DatabaseUrl::sqliteFile(dir.filePath(QStringLiteral("demo.db"))).displayString();
    const Run demo = gongwen({QStringLiteral("demo"), QStringLiteral("--database"), url,
                              QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.code == 0);
    CHECK(demo.out.contains(QStringLiteral("gongwen2026")));

    const Run intact = gongwen({QStringLiteral("verify"), QStringLiteral("--database"), url,
                                QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(intact.code == 0);
    CHECK(intact.out.startsWith(QStringLiteral("Audit chain intact")));
    CHECK(intact.out.contains(QStringLiteral("Records match the audit")));
    CHECK_FALSE(intact.out.contains(QStringLiteral("BROKEN")));
    CHECK_FALSE(intact.out.contains(QStringLiteral("CHANGED")));

    {
        auto db = Database::open(DatabaseUrl::sqliteFile(dir.filePath(QStringLiteral("demo.db"))));
        REQUIRE(db.ok());
        REQUIRE(db.value()
                    ->run(QStringLiteral("UPDATE audit_log SET actor_name = 'someone else' WHERE seq = 17"))
                    .ok());
    }
    const Run broken = gongwen({QStringLiteral("verify"), QStringLiteral("--database"), url,
                                QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(broken.code == 1);
    CHECK(broken.out.contains(QStringLiteral("entry 17")));

    // Chinese by default.
    const Run zh = gongwen({QStringLiteral("verify"), QStringLiteral("--database"), url});
    CHECK(zh.code == 1);
    CHECK(zh.out.contains(QStringLiteral("审计链")));

    // A second demo into the same database is refused and changes nothing.
    const Run again = gongwen({QStringLiteral("demo"), QStringLiteral("--database"), url});
    CHECK(again.code == 1);
    CHECK_FALSE(again.err.isEmpty());
}

TEST_CASE("gongwen verify --public-key: the demo's chain holds against the auditor's checkpoint, and a row "
          "changed with SQL is named",
          "[cli][audit][security]")
{
    QTemporaryDir dir;
    const DatabaseUrl where = DatabaseUrl::sqliteFile(dir.filePath(QStringLiteral("demo.db")));
    REQUIRE(gongwen({QStringLiteral("demo"), QStringLiteral("--database"), where.displayString()}).code == 0);
    const AuditSigner::KeyPair key = AuditSigner::generate();
    {
        auto ws = Workspace::open(where);
        REQUIRE(ws.ok());
        auto auditor = ws.value()->auth().login(QStringLiteral("auditor"), DemoSeeder::password());
        REQUIRE(auditor.ok());
        REQUIRE(ws.value()
                    ->audit()
                    .signCheckpoint(auditor.value(), key.publicKey,
                                    [&](const QByteArray &m) { return AuditSigner::sign(key.secretKey, m); })
                    .ok());
    }
    const QString keyFile = dir.filePath(QStringLiteral("auditor.pub"));
    QFile f(keyFile);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(AuditSigner::toText(key.publicKey).toLatin1());
    f.close();
    const QStringList args{QStringLiteral("verify"), QStringLiteral("--database"), where.displayString(),
                           QStringLiteral("--public-key"), keyFile, QStringLiteral("--lang"), QStringLiteral("en")};
    const Run holds = gongwen(args);
    INFO(holds.out.toStdString());
    CHECK(holds.code == 0);
    CHECK(holds.out.contains(QStringLiteral("are as 刘审言 signed them")));
    {
        auto db = Database::open(where);
        REQUIRE(db.ok());
        REQUIRE(db.value()->run(QStringLiteral("UPDATE drafts SET title = '改' WHERE id = 1")).ok());
    }
    const Run changed = gongwen(args);
    CHECK(changed.code == 1);
    CHECK(changed.out.contains(QStringLiteral("Record CHANGED: draft 1: title")));
}

TEST_CASE("gongwen verify on a missing server or bad address exits 2 with a message", "[cli][bad-input]")
{
    const Run bad = gongwen({QStringLiteral("verify"), QStringLiteral("--database"),
                             QStringLiteral("mysql://x/y"), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(bad.code == 2);
    CHECK(bad.err.contains(QStringLiteral("mysql://x/y")));
    const Run down = gongwen({QStringLiteral("verify"), QStringLiteral("--database"),
                              QStringLiteral("postgresql://nobody@127.0.0.1:1/none"),
                              QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(down.code == 2);
    CHECK(down.err.contains(QStringLiteral("Cannot connect")));
}
