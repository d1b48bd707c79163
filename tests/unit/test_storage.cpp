// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — opening databases, migrations, transactions, engine settings.
#include "Fixtures.h"

#include "security/AuditLog.h"
#include "services/UnitService.h"
#include "storage/Database.h"
#include "storage/FilesystemCheck.h"
#include "storage/Migrations.h"

#include <QFile>
#include <QSqlError>

using namespace gw;
using namespace gw::test;

TEST_CASE("database addresses: sqlite and postgresql forms parse, others are refused", "[storage][url]")
{
    auto s = DatabaseUrl::parse(QStringLiteral("sqlite:///var/lib/gongwen/office.db"));
    REQUIRE(s.ok());
    CHECK(s.value().backend == Backend::Sqlite);
    CHECK(s.value().path == QStringLiteral("/var/lib/gongwen/office.db"));

    auto p = DatabaseUrl::parse(QStringLiteral("postgresql://clerk@10.1.2.3:6543/gongwen"));
    REQUIRE(p.ok());
    CHECK(p.value().backend == Backend::Postgres);
    CHECK(p.value().host == QStringLiteral("10.1.2.3"));
    CHECK(p.value().port == 6543);
    CHECK(p.value().user == QStringLiteral("clerk"));
    CHECK(p.value().password.isEmpty());
    CHECK(p.value().dbName == QStringLiteral("gongwen"));
    CHECK(p.value().sslMode == QStringLiteral("prefer"));

    CHECK(DatabaseUrl::parse(QStringLiteral("postgresql://host:5432")).error().code == ErrorCode::Validation);
    CHECK(DatabaseUrl::parse(QStringLiteral("mysql://host/db")).error().code == ErrorCode::Validation);
    CHECK(DatabaseUrl::parse(QString()).error().code == ErrorCode::Validation);
    CHECK(DatabaseUrl::defaultLocal().path.endsWith(QStringLiteral("gongwen.db")));
}

TEST_CASE("database addresses: a password is refused in the address, sslmode is read and shown",
          "[storage][url][security]")
{
    auto withPassword = DatabaseUrl::parse(QStringLiteral("postgresql://clerk:s3cret@10.1.2.3:6543/gongwen"));
    REQUIRE_FALSE(withPassword.ok());
    CHECK(withPassword.error().message.contains(QStringLiteral(".pgpass")));
    CHECK_FALSE(withPassword.error().message.contains(QStringLiteral("s3cret")));
    auto ssl = DatabaseUrl::parse(QStringLiteral("postgresql://clerk@db.office/gongwen?sslmode=require"));
    REQUIRE(ssl.ok());
    CHECK(ssl.value().sslMode == QStringLiteral("require"));
    CHECK(ssl.value().displayString().endsWith(QStringLiteral("?sslmode=require")));
    CHECK(DatabaseUrl::parse(QStringLiteral("postgresql://c@h/db?sslmode=always")).error().code ==
          ErrorCode::Validation);
    CHECK(DatabaseUrl::parse(QStringLiteral("postgresql://c@h/db?password=x")).error().code ==
          ErrorCode::Validation);
}

TEST_CASE("PostgreSQL: the sslmode of the address reaches the server", "[storage][security][url]")
{
    if (backendUnderTest() != Backend::Postgres)
        return; // needs the test server; run as postgres.security
    TestDb db; // creates a database on the test server, which has no certificate
    DatabaseUrl plain = db.url();
    plain.sslMode = QStringLiteral("disable");
    CHECK(Database::open(plain).ok());
    DatabaseUrl ssl = db.url();
    ssl.sslMode = QStringLiteral("require");
    auto refused = Database::open(ssl);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("SSL"), Qt::CaseInsensitive));
}

TEST_CASE("a SQLite file on a network filesystem is refused", "[storage][sqlite][network]")
{
    CHECK(isNetworkFilesystemMagic(0x6969));           // NFS
    CHECK(isNetworkFilesystemMagic(0xFF534D42));       // CIFS
    CHECK(isNetworkFilesystemMagic(0xFE534D42));       // SMB2
    CHECK(isNetworkFilesystemMagic(0x517B));           // SMB
    CHECK_FALSE(isNetworkFilesystemMagic(0xEF53));     // ext4
    CHECK_FALSE(isNetworkFilesystemMagic(0x01021994)); // tmpfs
    CHECK_FALSE(isNetworkFilesystemMagic(0x58465342)); // xfs

    QTemporaryDir dir;
    const qint64 local = filesystemMagicOf(dir.filePath(QStringLiteral("not/yet/there.db")));
    CHECK(local > 0);
    CHECK_FALSE(isNetworkFilesystemMagic(local));
    // Network mounts are not available here; /proc's magic stands in to show the lookup walks up.
    CHECK(filesystemMagicOf(QStringLiteral("/proc/self/missing/x.db")) == 0x9fa0);
}

TEST_CASE("SQLite connections use WAL, synchronous=FULL, foreign keys and a busy timeout",
          "[storage][sqlite]")
{
    QTemporaryDir dir;
    auto db = Database::open(DatabaseUrl::sqliteFile(dir.filePath(QStringLiteral("a.db"))));
    REQUIRE(db.ok());
    auto pragma = [&](const char *name) {
        auto q = db.value()->run(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
        REQUIRE(q.ok());
        REQUIRE(q.value().next());
        return q.value().value(0).toString();
    };
    CHECK(pragma("journal_mode") == QStringLiteral("wal"));
    CHECK(pragma("synchronous") == QStringLiteral("2")); // FULL
    CHECK(pragma("foreign_keys") == QStringLiteral("1"));
    CHECK(pragma("busy_timeout").toInt() >= 1000);
}

TEST_CASE("migrations: from empty and from every earlier version give the same schema",
          "[storage][migrations]")
{
    QStringList fresh;
    {
        TestDb t;
        auto db = Database::open(t.url());
        REQUIRE(db.ok());
        CHECK(db.value()->schemaVersion() == Migrations::latestVersion());
        fresh = db.value()->schemaDescription();
        CHECK(fresh.filter(QStringLiteral("units.version ")).size() == 1);
        CHECK(fresh.filter(QStringLiteral("audit_log.hash ")).size() == 1);
    }
    for (int from = 0; from < Migrations::latestVersion(); ++from) {
        DYNAMIC_SECTION("upgrade from version " << from)
        {
            TestDb t;
            {
                Database::Options o;
                o.targetVersion = from;
                o.migrate = from > 0;
                auto old = Database::open(t.url(), o);
                REQUIRE(old.ok());
                CHECK(old.value()->schemaVersion() == from);
            }
            auto db = Database::open(t.url());
            REQUIRE(db.ok());
            CHECK(db.value()->schemaVersion() == Migrations::latestVersion());
            CHECK(db.value()->schemaDescription() == fresh);
        }
    }
}

TEST_CASE("a database newer than the program is refused and left unchanged", "[storage][migrations]")
{
    TestDb t;
    {
        auto db = Database::open(t.url());
        REQUIRE(db.ok());
        REQUIRE(db.value()
                    ->run(QStringLiteral("UPDATE meta SET value = '999' WHERE key = 'schema_version'"))
                    .ok());
    }
    auto again = Database::open(t.url());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Unsupported);
    CHECK(again.error().message.contains(QStringLiteral("999")));
    Database::Options o;
    o.migrate = false;
    auto look = Database::open(t.url(), o);
    REQUIRE(look.ok());
    CHECK(look.value()->schemaVersion() == 999);
}

TEST_CASE("a file that is not a database is refused with a clear message", "[storage][sqlite][bad-input]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.db"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("This is a scanned letter, not a database.").repeated(200));
    f.close();
    auto db = Database::open(DatabaseUrl::sqliteFile(path));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::Unsupported);
    CHECK_FALSE(db.error().message.isEmpty());
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().startsWith("This is a scanned letter"));
}

TEST_CASE("a write transaction rolls back every statement when one fails", "[storage][transactions]")
{
    TestOffice o;
    const qint64 before = o.raw(QStringLiteral("SELECT COUNT(*) FROM units")).toLongLong();
    {
        WriteTransaction tx(o.ws->database());
        REQUIRE(tx.status().ok());
        REQUIRE(o.ws->database()
                    .run(QStringLiteral("INSERT INTO units (name, short_name, type, created_at, updated_at) "
                                        "VALUES ('甲', '甲', 'department', 0, 0)"))
                    .ok());
        // Violates the foreign key: the whole transaction must go.
        auto bad =
            o.ws->database().run(QStringLiteral("INSERT INTO units (name, short_name, type, superior_id, "
                                                "created_at, updated_at) VALUES ('乙', '乙', 'department', "
                                                "424242, 0, 0)"));
        CHECK_FALSE(bad.ok());
    }
    CHECK(o.raw(QStringLiteral("SELECT COUNT(*) FROM units")).toLongLong() == before);
}

TEST_CASE("a locked database gives a clear message and changes nothing", "[storage][sqlite][busy]")
{
    QTemporaryDir dir;
    const DatabaseUrl url = DatabaseUrl::sqliteFile(dir.filePath(QStringLiteral("busy.db")));
    Database::Options quick;
    quick.busyTimeoutMs = 200;
    auto holder = Database::open(url, quick);
    auto other = Database::open(url, quick);
    REQUIRE(holder.ok());
    REQUIRE(other.ok());
    REQUIRE(holder.value()->begin().ok());
    REQUIRE(holder.value()->run(QStringLiteral("INSERT INTO meta (key, value) VALUES ('held', '1')")).ok());

    const Status st = other.value()->begin();
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == ErrorCode::Busy);
    CHECK(st.error().message.contains(QStringLiteral("another workstation")));
    holder.value()->rollback();
    auto q = other.value()->run(QStringLiteral("SELECT COUNT(*) FROM meta WHERE key = 'held'"));
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    CHECK(q.value().value(0).toInt() == 0);
}

TEST_CASE("a full database gives a clear message and changes nothing", "[storage][sqlite][full]")
{
    TestOffice o;
    if (o.ws->database().backend() != Backend::Sqlite)
        return;
    const qint64 units = o.raw(QStringLiteral("SELECT COUNT(*) FROM units")).toLongLong();
    const qint64 audit = o.auditCount();
    // Cap the file at its present size: the next page it needs cannot be had, as on a full disk.
    const qint64 pages = o.raw(QStringLiteral("PRAGMA page_count")).toLongLong();
    o.raw(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
    Status last;
    for (int i = 0; i < 500 && last.ok(); ++i) {
        Unit u;
        u.name = QStringLiteral("一个名称很长的单位用来填满数据库文件%1").arg(i).repeated(3);
        u.type = UnitType::Enterprise;
        auto r = o.ws->units().create(o.admin, u);
        if (!r)
            last = r.error();
    }
    REQUIRE_FALSE(last.ok());
    CHECK(last.error().code == ErrorCode::Storage);
    CHECK(last.error().message.contains(QStringLiteral("full")));
    CHECK(last.error().message.contains(QStringLiteral("Nothing was saved")));
    // What was committed before stays, and the chain still verifies: the failed change left nothing.
    const qint64 addedUnits = o.raw(QStringLiteral("SELECT COUNT(*) FROM units")).toLongLong() - units;
    CHECK(o.auditCount() - audit == addedUnits);
    auto v = AuditLog::verify(o.ws->database());
    REQUIRE(v.ok());
    CHECK(v.value().intact);
}
