// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — benchmarks of the 督查 page on ten years of matters: 200,000 leader instructions,
// meeting decisions, key projects, proposals and hotline calls with 600,000 lines of history.
#include "bench_supervision.h"

#include "Clock.h"
#include "services/AuthService.h"
#include "services/SupervisionService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "workflow/WorkCalendar.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <cstdio>
#include <cstdlib>

namespace gw::bench {
namespace {

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "supervision benchmark: %s\n", qPrintable(what));
    std::exit(22);
}

void exec(QSqlQuery &q)
{
    if (!q.exec())
        fail(q.lastError().text());
}

/// Ten years up to today, written straight into the tables (the write path's audit would take hours):
/// matters registered evenly, each given a unit and a deadline two to sixty days on; those older than
/// two months closed (one in six late), the rest at every step; three lines of history each.
void generate(Database &db, int matters, const QDate &today, const QList<qint64> &units, qint64 leader)
{
    QSqlDatabase c = db.connection();
    QSqlQuery q(c);
    if (!q.exec(QStringLiteral("BEGIN")))
        fail(q.lastError().text());
    QSqlQuery m(c), e(c);
    m.prepare(QStringLiteral(
        "INSERT INTO matters (id, kind, source, title, request, leader_id, lead_unit_id, due_date, secrecy, "
        "secrecy_rank, state, parent_id, incoming_id, meeting, proposal_body, proposal_level, proposal_class, "
        "proposal_number, caller, phone, called_at, category, reply, reply_date, satisfaction, solved, closed_at, "
        "closed_on, ext_asked_to, ext_reason, extensions_granted, registered_at, reg_year, reg_seq, created_by, "
        "created_at, updated_at, updated_by, version) VALUES (?, ?, ?, ?, '请抓紧办理并按时反馈。', ?, ?, ?, ?, ?, ?, "
        "0, 0, '', ?, ?, ?, '', ?, '', ?, ?, ?, ?, ?, ?, ?, ?, '', '', ?, ?, ?, ?, 1, ?, ?, 'bench', 1)"));
    e.prepare(QStringLiteral("INSERT INTO matter_events (matter_id, action, actor_id, actor_name, at, on_date, text) "
                             "VALUES (?, ?, 1, '督查员', ?, '', ?)"));
    static const char *const kKinds[] = {"instruction", "instruction", "meeting", "project", "proposal", "hotline",
                                         "hotline", "hotline"};
    static const char *const kStates[] = {"registered", "in_progress", "in_progress", "in_progress", "reported",
                                          "accepted"};
    QRandomGenerator rng(16);
    const QDate first = today.addYears(-10);
    const qint64 span = first.daysTo(today);
    QHash<int, int> seq;
    for (int i = 1; i <= matters; ++i) {
        const QDate day = first.addDays(span * i / matters);
        const qint64 at = QDateTime(day, QTime(9, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch() + rng.bounded(36000) * 1000LL;
        // Every text column is NOT NULL: an empty text is bound as "", never as a null string.
        const QString kind = QString::fromLatin1(kKinds[rng.bounded(8)]);
        const bool call = kind == QLatin1String("hotline");
        const QDate due = day.addDays(2 + rng.bounded(59));
        const bool old = day.daysTo(today) > 60;
        const QString state = old ? QStringLiteral("closed") : QString::fromLatin1(kStates[rng.bounded(6)]);
        const QDate closedOn = state == QLatin1String("closed") ? (rng.bounded(6) == 0 ? due.addDays(3) : due.addDays(-1)) : QDate();
        const int year = day.year();
        const qint64 unit = units.at(rng.bounded(int(units.size())));
        int col = 0;
        m.bindValue(col++, i);
        m.bindValue(col++, kind);
        m.bindValue(col++, call ? QStringLiteral("") : QStringLiteral("市长信箱"));
        m.bindValue(col++, QStringLiteral("关于第%1件督查事项的批示").arg(i));
        m.bindValue(col++, call ? 0 : leader);
        m.bindValue(col++, unit);
        m.bindValue(col++, due.toString(Qt::ISODate));
        const int secret = rng.bounded(20) == 0 ? 2 : 0;
        m.bindValue(col++, secret ? QStringLiteral("secret") : QStringLiteral("none"));
        m.bindValue(col++, secret);
        m.bindValue(col++, state);
        const bool proposal = kind == QLatin1String("proposal");
        m.bindValue(col++, proposal ? QStringLiteral("npc") : QStringLiteral(""));
        m.bindValue(col++, proposal ? QStringLiteral("district") : QStringLiteral(""));
        m.bindValue(col++, proposal ? QString::fromLatin1(rng.bounded(3) == 0 ? "B" : "A") : QStringLiteral(""));
        m.bindValue(col++, call ? QStringLiteral("来电人") : QStringLiteral(""));
        m.bindValue(col++, call ? at : 0);
        m.bindValue(col++, call ? QStringLiteral("criticism") : QStringLiteral(""));
        m.bindValue(col++, closedOn.isValid() ? QStringLiteral("已办结") : QStringLiteral(""));
        m.bindValue(col++, closedOn.isValid() ? closedOn.toString(Qt::ISODate) : QStringLiteral(""));
        m.bindValue(col++, closedOn.isValid() && (call || proposal) ? QStringLiteral("satisfied") : QStringLiteral(""));
        m.bindValue(col++, proposal && closedOn.isValid() ? 1 : -1);
        const qint64 closedAt = closedOn.isValid() ? QDateTime(closedOn, QTime(16, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch() : 0;
        m.bindValue(col++, closedAt);
        m.bindValue(col++, closedOn.isValid() ? closedOn.toString(Qt::ISODate) : QStringLiteral(""));
        m.bindValue(col++, rng.bounded(10) == 0 ? 1 : 0);
        m.bindValue(col++, at);
        m.bindValue(col++, year);
        m.bindValue(col++, ++seq[year * 2 + (call ? 1 : 0)]);
        m.bindValue(col++, at);
        m.bindValue(col++, closedAt > 0 ? closedAt : at);
        exec(m);
        for (const char *action : {"register", "assign", "feedback"}) {
            e.bindValue(0, i);
            e.bindValue(1, QString::fromLatin1(action));
            e.bindValue(2, at);
            e.bindValue(3, QStringLiteral("已按要求推进。"));
            exec(e);
        }
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        fail(q.lastError().text());
    if (!q.exec(QStringLiteral("ANALYZE")))
        fail(q.lastError().text());
}
} // namespace

QList<Figure> supervisionFigures(Workspace &ws, const QString &adminPassword, int matters)
{
    auto admin = ws.auth().login(QStringLiteral("admin"), adminPassword);
    if (!admin)
        fail(admin.error().message);
    auto account = [&](const char *username, const char *name, Role role, Clearance clearance) {
        User u;
        u.username = QString::fromLatin1(username);
        u.displayName = QString::fromUtf8(name);
        u.roles = {role};
        u.clearance = clearance;
        auto made = ws.users().create(admin.value(), u, adminPassword);
        if (!made)
            fail(made.error().message);
        return made.value();
    };
    const User viewer = account("benchsupervisor", "林督查", Role::Supervisor, Clearance::Secret);
    const User leader = account("benchleader", "冯区长", Role::Leader, Clearance::TopSecret);
    QList<qint64> units;
    QSqlQuery q(ws.database().connection());
    if (!q.exec(QStringLiteral("SELECT id FROM units ORDER BY id LIMIT 40")))
        fail(q.lastError().text());
    while (q.next())
        units.append(q.value(0).toLongLong());
    if (units.isEmpty())
        fail("no units");
    const Principal who = Principal::fromUser(viewer);
    const QDate today = WorkCalendar::localDate(ws.clock().now());
    QElapsedTimer gen;
    gen.start();
    generate(ws.database(), matters, today, units, leader.id);
    const double generateS = gen.nsecsElapsed() / 1e9;

    // The register as the page first shows it: the open matters, newest first, a page of them with each
    // row's light (the calendar and the office's warning read as the page reads them).
    MatterFilter open;
    open.states = {QStringLiteral("registered"), QStringLiteral("in_progress"), QStringLiteral("reported"),
                   QStringLiteral("accepted")};
    open.limit = 201;
    int lit = 0;
    const double paintMs = medianMs(7, [&] {
        auto b = ws.supervision().bounds();
        auto rows = ws.supervision().list(who, open);
        if (!b || !rows || rows.value().isEmpty())
            fail("the register's first page is empty");
        lit = 0;
        for (const Matter &m : rows.value())
            lit += MatterFlow::lightOf(m, b.value()) != MatterLight::None ? 1 : 0;
        if (!ws.supervision().lightCounts(who, open))
            fail("the light counts failed");
    });
    // Its baseline: the same page of rows by the same index, straight on the driver.
    const double paintBaseline = medianMs(7, [&] {
        QSqlQuery b(ws.database().connection());
        if (!b.exec(QStringLiteral("SELECT * FROM matters WHERE state IN ('registered', 'in_progress', 'reported', "
                                   "'accepted') ORDER BY registered_at DESC, id DESC LIMIT 201")))
            fail(b.lastError().text());
        int n = 0;
        while (b.next())
            ++n;
        if (n == 0)
            fail("the baseline read nothing");
    });
    // A month's figures per unit: the month before this one.
    const QDate monthStart = QDate(today.year(), today.month(), 1).addMonths(-1);
    const StatsPeriod month = StatsPeriod::month(monthStart.year(), monthStart.month());
    const double figuresMs = medianMs(5, [&] {
        auto f = ws.supervision().figures(who, month);
        if (!f || f.value().rows.isEmpty())
            fail("the month's figures are empty");
    });
    const double figuresBaseline = medianMs(5, [&] {
        QSqlQuery b(ws.database().connection());
        b.prepare(QStringLiteral("SELECT lead_unit_id, COUNT(*) FROM matters WHERE due_date >= ? AND due_date <= ? "
                                 "GROUP BY lead_unit_id"));
        b.addBindValue(month.first.toString(Qt::ISODate));
        b.addBindValue(month.last.toString(Qt::ISODate));
        if (!b.exec() || !b.next())
            fail("the figures' baseline read nothing");
    });
    return {{"supervision.generate_s", generateS, "s"},
            {"supervision.first_paint_ms", paintMs, "ms"},
            {"supervision.first_paint_ratio", paintMs / paintBaseline, "ratio"},
            {"supervision.lit_rows", double(lit), "rows"},
            {"supervision.figures_ms", figuresMs, "ms"},
            {"supervision.figures_ratio", figuresMs / figuresBaseline, "ratio"}};
}

} // namespace gw::bench
