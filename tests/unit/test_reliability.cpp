// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — crashes and concurrent writers never lose a committed change.
#include "Fixtures.h"
#include "SampleOffice.h"

#include "security/AuditLog.h"
#include "services/OfficeService.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

using namespace gw;
using namespace gw::test;

namespace {
const QString kWriter = QStringLiteral(GONGWEN_STRESS_WRITER);

DatabaseUrl setUpSqliteOffice(const QTemporaryDir &dir)
{
    const DatabaseUrl url = DatabaseUrl::sqliteFile(dir.filePath(QStringLiteral("office.db")));
    auto ws = Workspace::open(url);
    REQUIRE(ws.ok());
    REQUIRE(ws.value()->office().setUp(sampleOfficeSetup(kPassword)).ok());
    return url;
}

QStringList committedNames(const QByteArray &out)
{
    QStringList names;
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith("committed "))
            names.append(QString::fromUtf8(line.mid(10)));
    }
    return names;
}

struct Check
{
    QString integrity;
    AuditVerification audit;
    QSet<QString> units;
};

Check inspect(const DatabaseUrl &url)
{
    Database::Options o;
    o.migrate = false;
    auto db = Database::open(url, o);
    REQUIRE(db.ok());
    Check c;
    auto q = db.value()->run(QStringLiteral("PRAGMA integrity_check"));
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    c.integrity = q.value().value(0).toString();
    auto v = AuditLog::verify(*db.value());
    REQUIRE(v.ok());
    c.audit = v.value();
    auto names = db.value()->run(QStringLiteral("SELECT name FROM units"));
    REQUIRE(names.ok());
    while (names.value().next())
        c.units.insert(names.value().value(0).toString());
    return c;
}
} // namespace

TEST_CASE("a writer killed with SIGKILL at random points 200 times loses no committed change",
          "[reliability][sqlite]")
{
    QTemporaryDir dir;
    const DatabaseUrl url = setUpSqliteOffice(dir);
    auto *rng = QRandomGenerator::global();
    int killedMidway = 0;
    qint64 committed = 0;
    for (int round = 0; round < 200; ++round) {
        QProcess writer;
        writer.start(kWriter, {url.displayString(), QStringLiteral("admin"), kPassword,
                               QStringLiteral("r%1-").arg(round), QStringLiteral("100000")});
        REQUIRE(writer.waitForStarted());
        // Killed at a random point while it writes: after its log-in (slow on purpose) and first commit,
        // so that a loaded machine does not turn the test into one of killing a process at start-up.
        QByteArray out;
        while (!out.contains("committed ") && writer.waitForReadyRead(10000))
            out += writer.readAllStandardOutput();
        QThread::msleep(rng->bounded(1, 60));
        writer.kill(); // SIGKILL
        REQUIRE(writer.waitForFinished(10000));
        if (writer.exitStatus() == QProcess::CrashExit)
            ++killedMidway;
        const QStringList names = committedNames(out + writer.readAllStandardOutput());
        committed += names.size();
        const Check c = inspect(url);
        INFO("round " << round << ": " << c.audit.reason.toStdString());
        REQUIRE(c.integrity == QStringLiteral("ok"));
        REQUIRE(c.audit.intact);
        for (const QString &n : names)
            REQUIRE(c.units.contains(n));
    }
    CHECK(killedMidway == 200);
    CHECK(committed > 200); // the writers did get to write, round after round
}

TEST_CASE("four processes x 250 write transactions on one SQLite file: zero errors", "[reliability][sqlite]")
{
    QTemporaryDir dir;
    const DatabaseUrl url = setUpSqliteOffice(dir);
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int w = 0; w < 4; ++w) {
        writers.push_back(std::make_unique<QProcess>());
        writers.back()->start(kWriter, {url.displayString(), QStringLiteral("admin"), kPassword,
                                        QStringLiteral("w%1-").arg(w), QStringLiteral("250")});
    }
    QSet<QString> reported;
    for (auto &w : writers) {
        REQUIRE(w->waitForFinished(300000));
        const QByteArray err = w->readAllStandardError();
        INFO(err.toStdString());
        CHECK(w->exitStatus() == QProcess::NormalExit);
        CHECK(w->exitCode() == 0);
        CHECK(err.isEmpty());
        const QStringList names = committedNames(w->readAllStandardOutput());
        CHECK(names.size() == 250);
        for (const QString &n : names)
            reported.insert(n);
    }
    const Check c = inspect(url);
    CHECK(c.integrity == QStringLiteral("ok"));
    CHECK(c.audit.intact);
    CHECK(reported.size() == 1000);
    CHECK(c.units == reported);
}
