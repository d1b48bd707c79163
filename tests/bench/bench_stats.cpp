// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — benchmarks of the 统计 page on a ten-year office: 100,000 drafts with their routing
// lines, 500,000 markups and the first reader's results, beside the register's incoming items.
#include "bench_stats.h"

#include "services/AuthService.h"
#include "services/DraftingService.h"
#include "services/RatingService.h"
#include "services/StatsService.h"
#include "services/UnitService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <cstdio>
#include <functional>
#include <vector>
#include <cstdlib>

namespace gw::bench {
namespace {

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "stats benchmark: %s\n", qPrintable(what));
    std::exit(21);
}

void exec(QSqlQuery &q)
{
    if (!q.exec())
        fail(q.lastError().text());
}

qint64 chinaMs(const QDate &d, int hour)
{
    return QDateTime(d, QTime(hour, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

/// Ten years of drafts through the office-drafted chain, written straight into the tables (the write
/// path's audit would take hours for a million rows): per draft its routing lines, on average five
/// markups made at 秘书科核稿 (some at the deputy's step), a return now and then, and the first
/// reader's reading.
void generate(Database &db, int drafts, int lastYear, const QList<qint64> &units, const QList<qint64> &people)
{
    QSqlDatabase c = db.connection();
    QSqlQuery q(c);
    if (!q.exec(QStringLiteral("BEGIN")))
        fail(q.lastError().text());
    QSqlQuery draft(c), routing(c), markup(c), reading(c), job(c);
    draft.prepare(QStringLiteral(
        "INSERT INTO drafts (id, title, genre, issuer, direction, drafting_unit_id, normative, main_recipients, "
        "cc_recipients, attachments, urgency, secrecy, secrecy_rank, secrecy_period, signer_id, replies_to, "
        "due_date, needs_consultation, variant, state, current_version, signed_version, signed_at, signed_by, "
        "written_date, doc_number, due_at, created_by, created_at, updated_at, updated_by, version, annotation, "
        "released_at) VALUES (?, ?, 'circular', 'district_office', 'downward', ?, 0, '各镇人民政府', '', '', "
        "'normal', ?, ?, '', NULL, '', '', 0, 'office_issued', 'release', 1, 1, ?, '主任', '', ?, 0, ?, ?, ?, "
        "'bench', 1, '', ?)"));
    routing.prepare(QStringLiteral(
        "INSERT INTO draft_routing (draft_id, seq, step, action, to_step, actor_id, actor_name, at, opinion, "
        "body_version, backflow, backflow_unit_id) VALUES (?, ?, ?, ?, ?, ?, '核稿人', ?, '', 1, ?, ?)"));
    markup.prepare(QStringLiteral(
        "INSERT INTO markups (draft_id, version_number, version_sha, page, kind, rects, quoted, category, "
        "comment, author_id, author_name, created_at, status, answer, answered_by, closed_by, version, "
        "updated_at, updated_by, step) VALUES (?, 1, '', 0, 'highlight', '72,100,120,16', '', ?, '请核实', ?, "
        "'核稿人', ?, 'closed', '已改', '', '', 1, ?, 'bench', ?)"));
    job.prepare(QStringLiteral("INSERT INTO print_jobs (id, draft_id, version_number, printed_at, printed_by, "
                               "printed_by_name, reprint, device, sha256, content_sha256, pdf) VALUES (?, ?, 1, ?, ?, "
                               "'打印员', 0, 'bench', '', '', NULL)"));
    reading.prepare(QStringLiteral(
        "INSERT INTO first_readings (draft_id, version_number, job_id, result, category, back_to, note, "
        "checklist, distribution, reader_id, reader_name, at) VALUES (?, 1, ?, ?, ?, '', '', '', '', ?, "
        "'第一读者', ?)"));
    static const char *const categories[] = {"wording", "wording", "format", "policy", "wording"};
    QRandomGenerator rng(20261130);
    const QDate first(lastYear - 9, 1, 1);
    const int days = int(first.daysTo(QDate(lastYear, 12, 31)));
    for (int id = 1; id <= drafts; ++id) {
        const qint64 unit = units.at(rng.bounded(int(units.size())));
        const qint64 drafter = people.at(rng.bounded(int(people.size())));
        const qint64 reviewer = people.at(rng.bounded(5));
        const qint64 deputy = people.at(5 + rng.bounded(3));
        qint64 t = chinaMs(first.addDays(qint64(days) * (id - 1) / drafts), 9);
        const int rank = rng.bounded(20) == 0 ? 2 : 0;
        int seq = 0;
        // The draft's row goes in first (its lines refer to it): its lines and markups wait until then.
        std::vector<std::function<void()>> after;
        auto line = [&](const char *step, const char *action, const char *to, qint64 actor, bool backflow) {
            after.push_back([&, step, action, to, actor, backflow, at = t, n = ++seq] {
                routing.bindValue(0, id);
                routing.bindValue(1, n);
                routing.bindValue(2, QString::fromLatin1(step));
                routing.bindValue(3, QString::fromLatin1(action));
                routing.bindValue(4, QString::fromLatin1(to));
                routing.bindValue(5, actor);
                routing.bindValue(6, at);
                routing.bindValue(7, backflow ? 1 : 0);
                routing.bindValue(8, backflow ? unit : 0);
                exec(routing);
            });
        };
        auto mark = [&](qint64 author, const char *step) {
            after.push_back([&, author, step, at = t, category = categories[rng.bounded(5)]] {
                markup.bindValue(0, id);
                markup.bindValue(1, QString::fromLatin1(category));
                markup.bindValue(2, author);
                markup.bindValue(3, at);
                markup.bindValue(4, at);
                markup.bindValue(5, QString::fromLatin1(step));
                exec(markup);
            });
        };
        line("drafting", "create", "drafting", drafter, false);
        t += 3600 * 1000;
        line("drafting", "submit", "secretariat_review", drafter, false);
        t += 2 * 3600 * 1000;
        const int marks = rng.bounded(11); // 0 … 10, five on average
        for (int m = 0; m < marks; ++m)
            mark(reviewer, "secretariat_review");
        if (marks >= 9) {
            line("secretariat_review", "return", "drafting", reviewer, true);
            t += 20 * 3600 * 1000;
            line("drafting", "submit", "secretariat_review", drafter, false);
            t += 2 * 3600 * 1000;
        }
        line("secretariat_review", "pass", "deputy_review", reviewer, false);
        t += 4 * 3600 * 1000;
        if (rng.bounded(4) == 0)
            mark(deputy, "deputy_review");
        line("deputy_review", "pass", "director_sign", deputy, false);
        t += 3 * 3600 * 1000;
        line("director_sign", "sign", "registration", people.at(8), false);
        t += 3600 * 1000;
        line("registration", "register", "printing", reviewer, false);
        t += 2 * 3600 * 1000;
        line("printing", "print", "first_reading", people.at(9), false);
        t += 3600 * 1000;
        const bool fails = rng.bounded(12) == 0;
        const char *failed = categories[rng.bounded(5)];
        after.push_back([&, fails, failed, printed = t - 3600 * 1000, read = t] {
            job.bindValue(0, id);
            job.bindValue(1, id);
            job.bindValue(2, printed);
            job.bindValue(3, people.at(9));
            exec(job);
            reading.bindValue(0, id);
            reading.bindValue(1, id);
            reading.bindValue(2, fails ? QStringLiteral("fail") : QStringLiteral("pass"));
            reading.bindValue(3, fails ? QString::fromLatin1(failed) : QStringLiteral(""));
            reading.bindValue(4, people.at(10));
            reading.bindValue(5, read);
            exec(reading);
        });
        line("first_reading", fails ? "first_read_fail" : "release", fails ? "printing" : "release", people.at(10),
             fails);
        draft.bindValue(0, id);
        draft.bindValue(1, QStringLiteral("关于做好第%1项工作的通知").arg(id));
        draft.bindValue(2, unit);
        draft.bindValue(3, rank == 0 ? QStringLiteral("none") : QStringLiteral("secret"));
        draft.bindValue(4, rank);
        draft.bindValue(5, t);
        draft.bindValue(6, QStringLiteral("云政办发〔%1〕%2号").arg(QDateTime::fromMSecsSinceEpoch(t).date().year()).arg(id));
        draft.bindValue(7, drafter);
        draft.bindValue(8, t - 20 * 3600 * 1000);
        draft.bindValue(9, t);
        draft.bindValue(10, fails ? 0 : t);
        exec(draft);
        for (const auto &write : after)
            write();
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        fail(q.lastError().text());
    if (!q.exec(QStringLiteral("ANALYZE")))
        fail(q.lastError().text());
}

} // namespace

QList<Figure> statsFigures(Workspace &ws, const QString &adminPassword, int drafts, const char *prefix)
{
    auto admin = ws.auth().login(QStringLiteral("admin"), adminPassword);
    if (!admin)
        fail(admin.error().message);
    // Who the figures are read as: the director, cleared for everything; and the people of the office.
    User director;
    director.username = QStringLiteral("benchdirector");
    director.displayName = QStringLiteral("郑主任");
    director.roles = {Role::Director};
    director.clearance = Clearance::TopSecret;
    auto created = ws.users().create(admin.value(), director, adminPassword);
    if (!created)
        fail(created.error().message);
    const Principal viewer = Principal::fromUser(created.value());
    QList<qint64> people;
    for (int i = 0; i < 40; ++i) {
        User u;
        u.username = QStringLiteral("staff%1").arg(i);
        u.displayName = QStringLiteral("工作人员%1").arg(i);
        u.roles = {i < 5 ? Role::Reviewer : Role::Drafter};
        auto p = ws.users().create(admin.value(), u, adminPassword);
        if (!p)
            fail(p.error().message);
        people.append(p.value().id);
    }
    // Drafting units: the register's senders when there are, else thirty made here.
    for (int i = 0; i < 30; ++i) {
        QSqlQuery count(ws.database().connection());
        if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM units")) || !count.next())
            fail(count.lastError().text());
        if (count.value(0).toInt() >= 30)
            break;
        Unit u;
        u.name = QStringLiteral("云溪区第%1局").arg(i + 1);
        u.shortName = QStringLiteral("区%1局").arg(i + 1);
        u.type = UnitType::Department;
        if (auto made = ws.units().create(admin.value(), u); !made)
            fail(made.error().message);
    }
    QList<qint64> units;
    QSqlQuery q(ws.database().connection());
    if (!q.exec(QStringLiteral("SELECT id FROM units ORDER BY id LIMIT 30")))
        fail(q.lastError().text());
    while (q.next())
        units.append(q.value(0).toLongLong());
    if (units.isEmpty())
        fail("no units");

    const int lastYear = 2025;
    QElapsedTimer gen;
    gen.start();
    generate(ws.database(), drafts, lastYear, units, people);
    const double generateS = gen.nsecsElapsed() / 1e9;
    const StatsPeriod year = StatsPeriod::year(lastYear);

    // The baseline: the cheapest read of the same rows — the year's markups counted on their index.
    const double baseline = medianMs(5, [&] {
        QSqlQuery b(ws.database().connection());
        b.prepare(QStringLiteral("SELECT COUNT(*) FROM markups WHERE created_at >= ? AND created_at < ?"));
        b.addBindValue(year.fromMs());
        b.addBindValue(year.toMs());
        if (!b.exec() || !b.next() || b.value(0).toInt() == 0)
            fail("the baseline read nothing");
    });
    Ledger ledger;
    const double ledgerMs = medianMs(5, [&] {
        auto l = ws.stats().ledger(viewer, year, LedgerRows::Unit);
        if (!l || l.value().lines.isEmpty() || l.value().total.errorTotal() == 0)
            fail("the ledger is empty");
        ledger = l.value();
    });
    const double reviewerMs = medianMs(3, [&] {
        if (!ws.stats().ledger(viewer, year, LedgerRows::Reviewer))
            fail("the reviewers' ledger failed");
    });
    const double trendMs = medianMs(3, [&] {
        if (!ws.stats().trend(viewer, year))
            fail("the trend failed");
    });
    const double qualityMs = medianMs(3, [&] {
        auto qy = ws.stats().reviewQuality(viewer, year);
        if (!qy || qy.value().isEmpty())
            fail("review quality is empty");
    });
    // The annual 文件评比: the ledger by unit, the releases with a time limit, scored and ranked.
    const double rankingMs = medianMs(3, [&] {
        auto r = ws.rating().rating(viewer, lastYear);
        if (!r || r.value().lines.isEmpty())
            fail("the ranking is empty");
    });
    // 流转情况: every table of the year, outgoing and incoming (the register's million items).
    const double flowMs = medianMs(3, [&] {
        auto f = ws.stats().flow(viewer, year);
        if (!f || f.value().tables.size() < 10)
            fail("the flow figures are missing tables");
    });
    // A drill-down: the documents behind the largest unit's errors, and the register's first page of them.
    LedgerCell cell;
    cell.period = year;
    cell.measure = LedgerMeasure::Markup;
    cell.key = ledger.lines.first().key;
    const double drillMs = medianMs(5, [&] {
        auto ids = ws.stats().draftsBehind(viewer, cell);
        if (!ids || ids.value().isEmpty())
            fail("the drill-down found nothing");
        DraftFilter f;
        f.ids = ids.value();
        f.limit = 201;
        auto page = ws.drafting().list(viewer, f);
        if (!page || page.value().isEmpty())
            fail("the drill-down's page is empty");
    });
    auto name = [prefix](const char *what) { return qstrdup(qPrintable(QStringLiteral("%1%2").arg(QLatin1String(prefix), QLatin1String(what)))); };
    return {{name("generate_s"), generateS, "s"},
            {name("baseline_ms"), baseline, "ms"},
            {name("ledger_ms"), ledgerMs, "ms"},
            {name("ledger_ratio"), ledgerMs / baseline, "ratio"},
            {name("reviewers_ms"), reviewerMs, "ms"},
            {name("trend_ms"), trendMs, "ms"},
            {name("review_quality_ms"), qualityMs, "ms"},
            {name("ranking_ms"), rankingMs, "ms"},
            {name("flow_ms"), flowMs, "ms"},
            {name("drilldown_ms"), drillMs, "ms"}};
}

} // namespace gw::bench
