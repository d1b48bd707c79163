// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk unit tests — the records and the files the program writes are their owner's alone.
#include "storage/Database.h"
#include "storage/PrivateFiles.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace gw;

namespace {
/// The permission bits of `path`, as stat gives them (-1 when there is no such file).
int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

/// Runs `body` with the process's umask at the usual 022, as a desktop session leaves it, so that
/// the modes tested are the program's doing and not the test runner's.
template <typename F> void withUsualUmask(F body)
{
    const mode_t was = ::umask(022);
    body();
    ::umask(was);
}
} // namespace

TEST_CASE("Files at rest: a new database's folder is 0700, its file, WAL and shared memory 0600",
          "[security]")
{
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("records/gongwen"));
    const QString path = folder + QStringLiteral("/office.db");
    withUsualUmask([&] {
        auto db = Database::open(DatabaseUrl::sqliteFile(path));
        REQUIRE(db.ok());
        REQUIRE(db.value()->exec(QStringLiteral("CREATE TABLE probe (x INTEGER)")).ok()); // a write: WAL in use
        CHECK(modeOf(folder) == 0700);
        CHECK(modeOf(path) == 0600);
        CHECK(modeOf(path + QStringLiteral("-wal")) == 0600);
        CHECK(modeOf(path + QStringLiteral("-shm")) == 0600);
        CHECK(db.value()->notices().isEmpty()); // nothing was loose: nothing to say
    });
}

TEST_CASE("Files at rest: an existing database readable by others is tightened to 0600 and the user told",
          "[security]")
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("office.db"));
    withUsualUmask([&] {
        { auto first = Database::open(DatabaseUrl::sqliteFile(path)); REQUIRE(first.ok()); }
        REQUIRE(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        auto again = Database::open(DatabaseUrl::sqliteFile(path));
        REQUIRE(again.ok());
        CHECK(modeOf(path) == 0600);
        REQUIRE(again.value()->notices().size() == 1);
        CHECK(again.value()->notices().first().contains(QStringLiteral("office.db")));
        // Group-readable only is loose too; owner-only is left as it is, without a word.
    });
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
    CHECK(privatefiles::tighten(path).value());
    CHECK(modeOf(path) == 0600);
    CHECK_FALSE(privatefiles::tighten(path).value());
}

TEST_CASE("Files at rest: an export written by the program is 0600, a new one and one written over",
          "[security]")
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("导出.pdf"));
    withUsualUmask([&] {
        REQUIRE(privatefiles::write(path, QByteArrayLiteral("%PDF-1.4\n")).ok());
        CHECK(modeOf(path) == 0600);
        REQUIRE(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        REQUIRE(privatefiles::write(path, QByteArrayLiteral("%PDF-1.7\n")).ok());
        CHECK(modeOf(path) == 0600);
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll() == QByteArrayLiteral("%PDF-1.7\n"));

        const QString printed = tmp.filePath(QStringLiteral("printed.pdf"));
        REQUIRE(privatefiles::createEmpty(printed).ok());
        CHECK(modeOf(printed) == 0600);
    });
}

TEST_CASE("Files at rest: after restrictNewFiles, any file the program creates is its owner's alone",
          "[security]")
{
    QTemporaryDir tmp;
    const mode_t was = ::umask(022);
    privatefiles::restrictNewFiles();
    QFile f(tmp.filePath(QStringLiteral("anything.txt")));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.close();
    CHECK(modeOf(f.fileName()) == 0600);
    ::umask(was);
}

TEST_CASE("Files read into memory: a file at the cap is read, one byte more is refused with its name, and a "
          "device that never ends stops at the cap",
          "[security]")
{
    QTemporaryDir dir;
    const QString at = dir.filePath(QStringLiteral("at-cap.pdf"));
    const QString over = dir.filePath(QStringLiteral("over-cap.pdf"));
    for (const auto &[path, size] : {std::pair{at, 1000}, std::pair{over, 1001}}) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(size, 'x'));
    }
    auto read = privatefiles::readCapped(at, 1000);
    REQUIRE(read.ok());
    CHECK(read.value().size() == 1000);
    auto refused = privatefiles::readCapped(over, 1000);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("over-cap.pdf")));
    auto endless = privatefiles::readCapped(QStringLiteral("/dev/zero"), 4 << 20);
    REQUIRE_FALSE(endless.ok());
    CHECK(endless.error().code == ErrorCode::Validation);
    CHECK_FALSE(privatefiles::readCapped(dir.filePath(QStringLiteral("missing.pdf"))).ok());
}
