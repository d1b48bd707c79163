// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — benchmarks of the 收文 register and the import of receipt lists.
#include "bench_register.h"
#include "ProcessMemory.h"

#include "Clock.h"
#include "IncomingModel.h"
#include "IncomingPage.h"
#include "SampleOffice.h"
#include "security/Actor.h"
#include "services/IncomingImport.h"
#include "services/IncomingService.h"
#include "services/OfficeService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/UnitRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace gw::bench {
namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "register benchmark: %s\n", what);
    std::exit(20);
}

struct Office
{
    std::unique_ptr<Workspace> ws;
    Principal clerk;
    QList<Unit> units; // with their ids
};

/// A set-up office with a clerk (cleared for everything) and `unitCount` sending units.
Office makeOffice(const QString &file, int unitCount)
{
    Office o;
    auto ws = Workspace::open(DatabaseUrl::sqliteFile(file));
    if (!ws)
        fail("cannot open the database");
    o.ws = std::move(ws).value();
    auto admin = o.ws->office().setUp(test::sampleOfficeSetup(QStringLiteral("bench-password")));
    if (!admin)
        fail("cannot set up the office");
    User u;
    u.username = QStringLiteral("clerk");
    u.displayName = QStringLiteral("李文书");
    u.roles = {Role::Clerk};
    u.clearance = Clearance::TopSecret;
    auto clerk = o.ws->users().create(admin.value(), u, QStringLiteral("bench-password"));
    if (!clerk)
        fail("cannot create the clerk");
    o.clerk = Principal::fromUser(clerk.value());
    static const char *const kinds[] = {"局", "委员会", "镇人民政府", "街道办事处", "中心", "公司"};
    static const char *const places[] = {
        "云溪区教育", "云溪区财政", "云溪区卫生健康",     "青石",           "白鹭",
        "城东",       "城西",       "云溪区市场监督管理", "云溪区应急管理", "云溪区水务"};
    QList<Unit> units;
    for (int i = 0; i < unitCount; ++i) {
        Unit unit;
        unit.name = QStringLiteral("%1%2%3").arg(
            QString::fromUtf8(places[i % 10]), QString::number(i / 10 + 1), QString::fromUtf8(kinds[i % 6]));
        static const QString pool = QStringLiteral("教财卫青白东西市应水农林交规环民公司法审");
        unit.shortName = QStringLiteral("云") + pool.at(i % 20) + pool.at(i / 20 % 20);
        unit.type = UnitType::Department;
        units.append(unit);
    }
    Database &db = o.ws->database();
    {
        WriteTransaction tx(db);
        if (!UnitRepository(db).insertMany(units, 1, QStringLiteral("bench")) || !tx.commit())
            fail("cannot add the units");
    }
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT id, name, short_name FROM units ORDER BY id"));
    while (q.next()) {
        Unit unit;
        unit.id = q.value(0).toLongLong();
        unit.name = q.value(1).toString();
        unit.shortName = q.value(2).toString();
        o.units.append(unit);
    }
    return o;
}

struct Row
{
    qint64 sender;
    QString senderName;
    QString number;
    QString title;
    const char *urgency;
    int secrecy;
    qint64 received;
    qint64 due;
    const char *state;
    QString holder;
};

/// Realistic rows: titles built the way the documents name themselves, numbers unique per sender.
QList<Row> makeRows(const Office &o, int first, int n, qint64 nowMs, QRandomGenerator &rng)
{
    static const char *const topics[] = {"开展安全生产大检查", "做好防汛抗旱工作",     "申请修缮村道",
                                         "拨付义务教育经费",   "调整最低生活保障标准", "加强校园食品安全管理",
                                         "组织全民健身运动会", "报送年度统计数据",     "推进老旧小区改造",
                                         "做好冬季供暖保障",   "开展消防安全培训",     "规范政府采购行为"};
    static const char *const genres[] = {"的通知", "的请示", "的报告", "的函", "的意见"};
    static const char *const urgencies[] = {"normal", "normal", "normal", "normal", "urgent", "very_urgent"};
    static const char *const states[] = {"registered", "accepted", "circulating", "done", "done", "done"};
    QList<Row> rows;
    rows.reserve(n);
    const qint64 span = 20LL * 365 * 24 * 3600 * 1000; // twenty years of archive
    for (int i = first; i < first + n; ++i) {
        const Unit &u = o.units.at(i % o.units.size());
        Row r;
        r.sender = u.id;
        r.senderName = u.name;
        r.number =
            QStringLiteral("%1〔%2〕%3号").arg(u.shortName).arg(2006 + i % 20).arg(i / o.units.size() + 1);
        r.title =
            QStringLiteral("关于%1%2")
                .arg(QString::fromUtf8(topics[rng.bounded(12)]), QString::fromUtf8(genres[rng.bounded(5)]));
        r.urgency = urgencies[rng.bounded(6)];
        r.secrecy = rng.bounded(50) == 0 ? 1 : 0;
        r.received = nowMs - rng.bounded(span);
        r.due = r.received + 7LL * 24 * 3600 * 1000;
        r.state = states[rng.bounded(6)];
        r.holder = qstrcmp(r.state, "done") == 0          ? QStringLiteral("秘书科")
                   : qstrcmp(r.state, "circulating") == 0 ? QStringLiteral("冯德明")
                                                          : QStringLiteral("李文书");
        rows.append(r);
    }
    return rows;
}

/// The baseline: the rows through one prepared statement, straight on the driver, one transaction.
void rawInsert(Database &db, const QList<Row> &rows, qint64 clerkId)
{
    QSqlDatabase c = db.connection();
    QSqlQuery q(c);
    q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    q.prepare(QStringLiteral(
        "INSERT INTO incoming_items (sender_unit_id, doc_number, title, genre, urgency, secrecy, "
        "secrecy_rank, "
        "secrecy_period, copies, copy_numbers, received_at, due_at, addressee, state, holder, holder_since, "
        "triage_rule, triage_reason, transfer_to, reply, created_by, created_at, updated_at, updated_by, "
        "version) VALUES (?, ?, ?, 'request', ?, ?, ?, '', 1, '', ?, ?, 'district_government', ?, ?, ?, '', "
        "'', 0, '', ?, ?, ?, ?, 1)"));
    for (const Row &r : rows) {
        q.bindValue(0, r.sender);
        q.bindValue(1, r.number);
        q.bindValue(2, r.title);
        q.bindValue(3, QString::fromLatin1(r.urgency));
        q.bindValue(4, r.secrecy ? QStringLiteral("confidential") : QStringLiteral("none"));
        q.bindValue(5, r.secrecy);
        q.bindValue(6, r.received);
        q.bindValue(7, r.due);
        q.bindValue(8, QString::fromLatin1(r.state));
        q.bindValue(9, r.holder);
        q.bindValue(10, r.received);
        q.bindValue(11, clerkId);
        q.bindValue(12, r.received);
        q.bindValue(13, r.received);
        q.bindValue(14, QStringLiteral("bench"));
        if (!q.exec())
            fail("raw insert failed");
    }
    if (!QSqlQuery(c).exec(QStringLiteral("COMMIT")))
        fail("commit failed");
}

double msSince(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

/// Shows the page and paints it once, as the screen would.
void paint(IncomingPage &page)
{
    QApplication::processEvents();
    page.grab();
}

QList<Figure> registerTimes(const QString &dir, int items)
{
    Office o = makeOffice(dir + QStringLiteral("/register.db"), 300);
    // Generated and written a slice at a time, so that the memory measured is the register's.
    qint64 oldest = 0;
    QRandomGenerator rng(20261127);
    for (int done = 0; done < items; done += 50000) {
        const QList<Row> rows = makeRows(o, done, std::min(50000, items - done), o.ws->clock().nowMs(), rng);
        for (const Row &r : rows)
            oldest = oldest == 0 || r.received < oldest ? r.received : oldest;
        rawInsert(o.ws->database(), rows, o.clerk.userId);
    }

    QElapsedTimer t;
    t.start();
    IncomingPage page(*o.ws, o.clerk);
    page.resize(1500, 900);
    page.show();
    paint(page);
    const double firstPaint = msSince(t);
    if (page.model()->rowCount() != IncomingModel::kPage)
        fail("the register did not show its first page");

    t.restart();
    if (!o.ws->incoming().count(o.clerk, IncomingFilter{}))
        fail("cannot count the register");
    const double count = msSince(t);

    t.restart();
    page.jumpToEnd();
    paint(page);
    const double jumpEnd = msSince(t);
    const IncomingItem &last = page.model()->itemAt(page.model()->rowCount() - 1);
    if (last.receivedAtMs != oldest)
        fail("the jump did not reach the oldest item");

    // A sort on an indexed column (the time limit), by clicking its heading.
    t.restart();
    page.view()->horizontalHeader()->setSortIndicator(IncomingModel::DueColumn, Qt::AscendingOrder);
    paint(page);
    const double sort = msSince(t);
    if (page.model()->rowCount() == 0 || page.model()->itemAt(0).dueAtMs > page.model()->itemAt(1).dueAtMs)
        fail("the sort did not take");
    // A filter on an indexed column: what 秘书科 holds (most of the archive), in the default order.
    page.view()->horizontalHeader()->setSortIndicator(IncomingModel::ReceivedColumn, Qt::DescendingOrder);
    auto *holder = page.findChild<QComboBox *>(QStringLiteral("incomingHolderFilter"));
    t.restart();
    holder->setCurrentIndex(holder->findData(QStringLiteral("秘书科")));
    paint(page);
    const double filter = msSince(t);
    if (page.model()->rowCount() == 0 || page.model()->itemAt(0).holder != QStringLiteral("秘书科"))
        fail("the holder filter did not take");
    return {{"register.items", double(items), "items"},
            {"register.count_ms", count, "ms"},
            {"register.first_paint_ms", firstPaint, "ms"},
            {"register.jump_end_ms", jumpEnd, "ms"},
            {"register.sort_ms", sort, "ms"},
            {"register.filter_ms", filter, "ms"},
            {"register.rss_mb", gw::test::residentMb(), "MB"}};
}

QList<Figure> importFigures(const QString &dir, int n)
{
    Office raw = makeOffice(dir + QStringLiteral("/import-raw.db"), 300);
    Office imported = makeOffice(dir + QStringLiteral("/import.db"), 300);
    QRandomGenerator rng(20261128);
    const QList<Row> rows = makeRows(raw, 0, n, raw.ws->clock().nowMs(), rng);
    QByteArray csv = QByteArrayLiteral("来文机关,文号,标题,紧急程度\n");
    for (const Row &r : rows) {
        const char *urgency = qstrcmp(r.urgency, "normal") == 0
                                  ? "普通"
                                  : (qstrcmp(r.urgency, "urgent") == 0 ? "加急" : "特急");
        csv += (r.senderName + QLatin1Char(',') + r.number + QLatin1Char(',') + r.title + QLatin1Char(',') +
                QString::fromUtf8(urgency) + QLatin1Char('\n'))
                   .toUtf8();
    }
    QElapsedTimer t;
    t.start();
    rawInsert(raw.ws->database(), rows, raw.clerk.userId);
    const double rawRate = n / (t.nsecsElapsed() / 1e9);

    t.restart();
    auto checked = IncomingImport::check(*imported.ws, imported.clerk, csv);
    if (!checked)
        fail(qPrintable(checked.error().message));
    if (!checked.value().problems.isEmpty())
        fail(qPrintable(QStringLiteral("row %1: %2")
                            .arg(checked.value().problems.first().row)
                            .arg(checked.value().problems.first().message)));
    const double checkMs = t.nsecsElapsed() / 1e6;
    auto done = IncomingImport::import(*imported.ws, imported.clerk, checked.value(), false);
    if (!done || done.value() != n)
        fail("the import did not take every row");
    const double importRate = n / (t.nsecsElapsed() / 1e9);
    return {{"import.rows", double(n), "rows"},
            {"import.rows_per_s", importRate, "rows/s"},
            {"import.raw_rows_per_s", rawRate, "rows/s"},
            {"import.check_ms", checkMs, "ms"},
            {"import.ratio", importRate / rawRate, "ratio"}};
}

} // namespace

QList<Figure> registerFigures(const QString &dir, int items, int importRows)
{
    QList<Figure> out = registerTimes(dir, items); // first, so that the RSS is the register's
    out += importFigures(dir, importRows);
    return out;
}

} // namespace gw::bench
