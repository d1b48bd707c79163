// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — benchmarks. Prints one figure a line as "name value unit"; ratios compare
// against a baseline measured in the same run on the same engine.
// Usage: gongwen-bench [--quick] [--register-only] [--dir FOLDER] [--keep] [--startup-only REGISTER.db]
#include "Clock.h"
#include "SampleOffice.h"
#include "bench_reading.h"
#include "bench_register.h"
#include "bench_startup.h"
#include "bench_stats.h"
#include "bench_archive.h"
#include "bench_search.h"
#include "bench_supervision.h"
#include "bench_render.h"
#include "pdf/PdfWorker.h"
#include "security/Actor.h"
#include "services/DraftingService.h"
#include "services/OfficeService.h"
#include "services/UnitService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/UnitRepository.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace gw;

namespace {
QString g_dir;
int g_db = 0;

std::unique_ptr<Database> freshDb()
{
    auto db =
        Database::open(DatabaseUrl::sqliteFile(QStringLiteral("%1/bench-%2.db").arg(g_dir).arg(++g_db)));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        std::exit(2);
    }
    return std::move(db).value();
}

QList<Unit> makeUnits(int n)
{
    QList<Unit> units;
    units.reserve(n);
    for (int i = 0; i < n; ++i) {
        Unit u;
        u.name = QStringLiteral("云溪区测试单位%1").arg(i);
        u.shortName = QStringLiteral("测试%1").arg(i);
        u.type = UnitType::Enterprise;
        units.append(u);
    }
    return units;
}

double repoRowsPerSecond(const QList<Unit> &units)
{
    auto db = freshDb();
    QElapsedTimer t;
    t.start();
    WriteTransaction tx(*db);
    if (!UnitRepository(*db).insertMany(units, 1, QStringLiteral("bench")) || !tx.commit()) {
        std::fprintf(stderr, "repository insert failed\n");
        std::exit(3);
    }
    return units.size() / (t.nsecsElapsed() / 1e9);
}

// The baseline: the same rows through one prepared statement, straight on the driver.
double rawRowsPerSecond(const QList<Unit> &units)
{
    auto db = freshDb();
    QSqlDatabase c = db->connection();
    QElapsedTimer t;
    t.start();
    QSqlQuery q(c);
    q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    q.prepare(QStringLiteral(
        "INSERT INTO units (name, short_name, type, superior_id, key_enterprise, active, version, "
        "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)"));
    for (const Unit &u : units) {
        q.bindValue(0, u.name);
        q.bindValue(1, u.shortName);
        q.bindValue(2, QStringLiteral("enterprise"));
        q.bindValue(3, QVariant(QMetaType(QMetaType::LongLong)));
        q.bindValue(4, 0);
        q.bindValue(5, 1);
        q.bindValue(6, 1);
        q.bindValue(7, 1);
        q.bindValue(8, QStringLiteral("bench"));
        if (!q.exec())
            std::exit(4);
    }
    QSqlQuery(c).exec(QStringLiteral("COMMIT"));
    return units.size() / (t.nsecsElapsed() / 1e9);
}

double auditedChangesPerSecond(int n)
{
    const DatabaseUrl url = DatabaseUrl::sqliteFile(QStringLiteral("%1/bench-audit.db").arg(g_dir));
    auto ws = Workspace::open(url);
    if (!ws)
        std::exit(5);
    auto admin = ws.value()->office().setUp(test::sampleOfficeSetup(QStringLiteral("bench-password")));
    if (!admin)
        std::exit(6);
    const QList<Unit> units = makeUnits(n);
    QElapsedTimer t;
    t.start();
    for (const Unit &u : units) {
        if (!ws.value()->units().create(admin.value(), u))
            std::exit(7);
    }
    return n / (t.nsecsElapsed() / 1e9);
}

// Milliseconds per chain transition (an audited, routed, versioned step) on a SQLite file.
std::vector<double> chainTransitionsMs(int drafts)
{
    const DatabaseUrl url = DatabaseUrl::sqliteFile(QStringLiteral("%1/bench-chain.db").arg(g_dir));
    auto ws = Workspace::open(url);
    if (!ws)
        std::exit(8);
    auto admin = ws.value()->office().setUp(test::sampleOfficeSetup(QStringLiteral("bench-password")));
    if (!admin)
        std::exit(9);
    auto user = [&](const char *name, Role role) {
        User u;
        u.username = QString::fromLatin1(name);
        u.displayName = u.username;
        u.roles = {role};
        auto created = ws.value()->users().create(admin.value(), u, QStringLiteral("bench-password"));
        if (!created)
            std::exit(10);
        return Principal::fromUser(created.value());
    };
    const Principal drafter = user("drafter", Role::Drafter);
    const Principal reviewer = user("reviewer", Role::Reviewer);
    const Principal deputy = user("deputy", Role::DeputyDirector);
    const Principal director = user("director", Role::Director);
    Unit section;
    section.name = QStringLiteral("秘书科");
    section.type = UnitType::Section;
    auto unit = ws.value()->units().create(admin.value(), section);
    if (!unit)
        std::exit(11);
    DraftFields f;
    f.title = QStringLiteral("关于开展安全生产大检查的通知");
    f.issuer = Issuer::DistrictOffice;
    f.draftingUnitId = unit.value().id;
    f.mainRecipients = {QStringLiteral("各镇人民政府、街道办事处")};
    std::vector<double> ms;
    DraftingService &drafting = ws.value()->drafting();
    for (int i = 0; i < drafts; ++i) {
        auto d =
            drafting.create(drafter, f, DraftBody{QStringLiteral("一、总体要求\n各单位要高度重视。"), {}});
        if (!d)
            std::exit(12);
        Draft draft = d.value();
        for (const Principal *a : {&drafter, &reviewer, &deputy, &director}) {
            QElapsedTimer t;
            t.start();
            auto next =
                drafting.act(*a, draft.id, draft.version, ChainAction::Pass, QStringLiteral("同意。"));
            ms.push_back(t.nsecsElapsed() / 1e6);
            if (!next)
                std::exit(13);
            draft = next.value();
        }
    }
    return ms;
}

/// The records at `where`: a PostgreSQL address (postgresql://…) or an SQLite file's path.
Result<std::unique_ptr<Workspace>> openRecords(const QString &where)
{
    auto url = where.startsWith(QStringLiteral("postgresql:")) ? DatabaseUrl::parse(where)
                                                                : Result<DatabaseUrl>(DatabaseUrl::sqliteFile(where));
    if (!url)
        return url.error();
    return Workspace::open(url.value());
}

void print(const char *name, double value, const char *unit)
{
    std::printf("%s %.3f %s\n", name, value, unit);
}
} // namespace

int main(int argc, char **argv)
{
    if (argc >= 2 && qstrcmp(argv[1], "pdf-worker") == 0) { // this program is also its own PDF worker
        QCoreApplication worker(argc, argv);
        return runPdfWorker();
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    // A new folder for each run, inside --dir when given (a disk rather than a memory-backed /tmp).
    const int dirAt = int(args.indexOf(QStringLiteral("--dir")));
    const QString parent = dirAt > 0 && dirAt + 1 < args.size() ? args.at(dirAt + 1) : QDir::tempPath();
    // Starting the workstation on a register: the log-in window, then 待办, as the clerk.
    auto printStartup = [](const QString &registerDb) {
        for (const bench::Figure &f : bench::startupFigures(registerDb, QStringLiteral(GONGWEN_EXECUTABLE),
                                                            QStringLiteral("clerk"), QStringLiteral("bench-password")))
            print(f.name, f.value, f.unit);
    };
    // Start-up alone, on a register a run kept (--keep): for looking into the start-up time.
    if (const int at = int(args.indexOf(QStringLiteral("--startup-only"))); at > 0 && at + 1 < args.size()) {
        printStartup(args.at(at + 1));
        return 0;
    }
    // 统计 alone, on a register a run kept (--keep): the drafts are added to that file.
    // On PostgreSQL (an address postgresql://…): an empty database, set up here.
    if (const int at = int(args.indexOf(QStringLiteral("--stats-only"))); at > 0 && at + 1 < args.size()) {
        const bool postgres = args.at(at + 1).startsWith(QStringLiteral("postgresql:"));
        auto ws = openRecords(args.at(at + 1));
        if (!ws)
            return 21;
        if (postgres && !ws.value()->office().setUp(test::sampleOfficeSetup(QStringLiteral("bench-password"))))
            return 21;
        for (const bench::Figure &f : bench::statsFigures(*ws.value(), QStringLiteral("bench-password"),
                                                          quick ? 2000 : 100000, postgres ? "stats.pg." : "stats."))
            print(f.name, f.value, f.unit);
        return 0;
    }
    // 档案 alone, beside a register a run kept (--keep): a year archived in a folder of its own.
    if (const int at = int(args.indexOf(QStringLiteral("--archive-only"))); at > 0 && at + 1 < args.size()) {
        QTemporaryDir own(parent + QStringLiteral("/gongwen-archive-XXXXXX"));
        for (const bench::Figure &f : bench::archiveFigures(own.path(), QCoreApplication::applicationFilePath(),
                                                            quick ? 6 : 600, quick ? 8 : 800, args.at(at + 1)))
            print(f.name, f.value, f.unit);
        return 0;
    }
    // Search alone, on a register a run kept (--keep): its index built and texts added in that file.
    // On PostgreSQL (an address postgresql://…): the register a run put there.
    if (const int at = int(args.indexOf(QStringLiteral("--search-only"))); at > 0 && at + 1 < args.size()) {
        auto ws = openRecords(args.at(at + 1));
        if (!ws)
            return 24;
        // The account that searches: --user NAME (the clerk of the register by default).
        const int userAt = int(args.indexOf(QStringLiteral("--user")));
        const QString user = userAt > 0 && userAt + 1 < args.size() ? args.at(userAt + 1) : QStringLiteral("clerk");
        for (const bench::Figure &f :
             bench::searchFigures(*ws.value(), user, QStringLiteral("bench-password"), quick ? 200 : 100000))
            print(f.name, f.value, f.unit);
        return 0;
    }
    // 督查 alone, on a register a run kept (--keep): the matters are added to that file.
    if (const int at = int(args.indexOf(QStringLiteral("--supervision-only"))); at > 0 && at + 1 < args.size()) {
        auto ws = Workspace::open(DatabaseUrl::sqliteFile(args.at(at + 1)));
        if (!ws)
            return 22;
        for (const bench::Figure &f :
             bench::supervisionFigures(*ws.value(), QStringLiteral("bench-password"), quick ? 5000 : 200000))
            print(f.name, f.value, f.unit);
        return 0;
    }
    QTemporaryDir tmp(parent + QStringLiteral("/gongwen-bench-XXXXXX"));
    if (!tmp.isValid()) {
        std::fprintf(stderr, "cannot create a folder in %s\n", qPrintable(parent));
        return 2;
    }
    tmp.setAutoRemove(!args.contains(QStringLiteral("--keep")));
    g_dir = tmp.path();

    // The register first, so that its resident memory is measured before anything else ran.
    for (const bench::Figure &f :
         bench::registerFigures(g_dir, quick ? 20000 : 1000000, quick ? 5000 : 100000))
        print(f.name, f.value, f.unit);
    printStartup(g_dir + QStringLiteral("/register.db"));
    if (args.contains(QStringLiteral("--register-only")))
        return 0;
    // 统计 on the same ten-year office: its drafts, routing lines and markups beside the register.
    {
        auto ws = Workspace::open(DatabaseUrl::sqliteFile(g_dir + QStringLiteral("/register.db")));
        if (!ws)
            return 21;
        for (const bench::Figure &f :
             bench::statsFigures(*ws.value(), QStringLiteral("bench-password"), quick ? 2000 : 100000, "stats."))
            print(f.name, f.value, f.unit);
        // 督查 on the same office: ten years of matters beside its documents.
        for (const bench::Figure &f :
             bench::supervisionFigures(*ws.value(), QStringLiteral("bench-password"), quick ? 5000 : 200000))
            print(f.name, f.value, f.unit);
    }
    // 档案: a year of finished documents archived; the register backed up and restored.
    for (const bench::Figure &f : bench::archiveFigures(g_dir, QCoreApplication::applicationFilePath(), quick ? 6 : 600,
                                                        quick ? 8 : 800, g_dir + QStringLiteral("/register.db")))
        print(f.name, f.value, f.unit);

    // Search over the same register: its index built, texts given to a tenth of it, then queried.
    {
        auto ws = Workspace::open(DatabaseUrl::sqliteFile(g_dir + QStringLiteral("/register.db")));
        if (!ws)
            return 24;
        for (const bench::Figure &f :
             bench::searchFigures(*ws.value(), QStringLiteral("clerk"), QStringLiteral("bench-password"),
                                  quick ? 200 : 100000))
            print(f.name, f.value, f.unit);
    }

    const QList<Unit> units = makeUnits(quick ? 2000 : 100000);
    std::vector<double> repo, raw;
    for (int round = 0; round < 3; ++round) { // alternate, so neither side always runs warm
        raw.push_back(rawRowsPerSecond(units));
        repo.push_back(repoRowsPerSecond(units));
    }
    const double r = bench::median(repo), b = bench::median(raw);
    print("insert.repo_rows_per_s", r, "rows/s");
    print("insert.raw_rows_per_s", b, "rows/s");
    print("insert.ratio", r / b, "ratio");
    print("audit.changes_per_s", auditedChangesPerSecond(quick ? 100 : 2000), "changes/s");
    print("chain.transition_ms_median", bench::median(chainTransitionsMs(quick ? 10 : 250)), "ms");
    for (const bench::Figure &f : bench::renderFigures(g_dir, quick, QCoreApplication::applicationFilePath()))
        print(f.name, f.value, f.unit);
    for (const bench::Figure &f : bench::readingFigures(g_dir, QCoreApplication::applicationFilePath()))
        print(f.name, f.value, f.unit);
    return 0;
}
