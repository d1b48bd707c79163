// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — nothing above a user's clearance comes back by any path: not in an error, not
// in a count; and a batch import passes the checks a registration passes, each item audited by id.
#include "HiddenItemOffice.h"

#include "security/AuditLog.h"
#include "services/IncomingImport.h"
#include "services/IncomingService.h"
#include "services/UnitService.h"

#include <catch2/catch.hpp>

using namespace gw;
using namespace gw::test;


TEST_CASE("Clearance: registering a 文号 already registered above the clerk's clearance names neither its "
          "title nor its registration",
          "[security]")
{
    HiddenItemOffice o;
    // The level just below the item's, and no clearance at all: told it exists, and nothing more.
    for (const Principal &clerk : {o.plain, o.confidential}) {
        IncomingItem again = itemFrom(o.sender.id, QStringLiteral("云资发〔2026〕7号"), Clearance::None);
        again.title = QStringLiteral("另一个标题");
        auto refused = o.ws->incoming().registerItem(clerk, again, {});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("云资发〔2026〕7号")));
        CHECK_FALSE(refused.error().message.contains(o.hidden.title));
        CHECK_FALSE(refused.error().message.contains(QString::number(o.hidden.id)));
    }
    // The item's own level may see it, and is told which registration it is.
    IncomingItem again = itemFrom(o.sender.id, QStringLiteral("云资发〔2026〕7号"), Clearance::None);
    auto named = o.ws->incoming().registerItem(o.cleared, again, {});
    REQUIRE_FALSE(named.ok());
    CHECK(named.error().message.contains(o.hidden.title));
}

TEST_CASE("Clearance: an import reports a row registered already above the clerk's clearance without "
          "naming it, and its counts say nothing more",
          "[security][storage]")
{
    HiddenItemOffice o;
    const QByteArray csv = QStringLiteral("来文机关,文号,标题\n"
                                          "区资源局,云资发〔2026〕7号,关于土地整理的报告\n"
                                          "区资源局,云资发〔2026〕8号,关于耕地保护的报告\n")
                               .toUtf8();
    auto checked = IncomingImport::check(*o.ws, o.plain, csv);
    REQUIRE(checked.ok());
    REQUIRE(checked.value().problems.size() == 1);
    const ImportProblem &p = checked.value().problems.first();
    CHECK(p.row == 1);
    CHECK_FALSE(p.message.contains(o.hidden.title));
    CHECK_FALSE(p.message.contains(QString::number(o.hidden.id)));
    REQUIRE(checked.value().good.size() == 1);
    auto imported = IncomingImport::import(*o.ws, o.plain, checked.value(), true);
    REQUIRE(imported.ok());
    CHECK(imported.value() == 1);
}

TEST_CASE("Import: each row passes the registration's checks — dates, time limit, clearance — and each "
          "item is audited by its id",
          "[security]")
{
    TestOffice o;
    const Principal clerk = o.addUser(QStringLiteral("clerk"), {Role::Clerk}, Clearance::None);
    addSender(o, QStringLiteral("区水务局"), QStringLiteral("区水务局"));
    const QDate today = QDateTime::fromMSecsSinceEpoch(o.ws->clock().nowMs()).date();
    const QString in400 = today.addDays(400).toString(Qt::ISODate);
    const QString yearAndADay = today.addDays(367).toString(Qt::ISODate);
    const QString inAYear = today.addDays(365).toString(Qt::ISODate);
    const QByteArray csv =
        (QStringLiteral("来文机关,文号,标题,收文时间,办理时限,密级\n") +
         QStringLiteral("区水务局,云水发〔2026〕1号,关于防汛物资储备的报告,%1,,\n").arg(in400) +
         QStringLiteral("区水务局,云水发〔2026〕2号,关于河道清淤的报告,,1970-01-01,\n") +
         QStringLiteral("区水务局,云水发〔2026〕3号,关于水库除险加固的报告,,%1,\n").arg(yearAndADay) +
         QStringLiteral("区水务局,云水发〔2026〕4号,关于山洪预警的报告,,,绝密\n") +
         QStringLiteral("区水务局,云水发〔2026〕5号,关于节水型社会建设的报告,,%1,\n").arg(inAYear) +
         QStringLiteral("区水务局,云水发〔2026〕6号,关于农村供水的报告,,,\n"))
            .toUtf8();
    auto checked = IncomingImport::check(*o.ws, clerk, csv);
    REQUIRE(checked.ok());
    QList<int> badRows;
    for (const ImportProblem &p : checked.value().problems)
        badRows.append(p.row);
    CHECK(badRows == QList<int>{1, 2, 3, 4}); // received in 400 days; due in 1970; due past a year; 绝密
    REQUIRE(checked.value().good.size() == 2);
    CHECK(checked.value().goodRows == QList<int>{5, 6});

    const qint64 auditedBefore = o.auditCount();
    auto imported = IncomingImport::import(*o.ws, clerk, checked.value(), true);
    REQUIRE(imported.ok());
    REQUIRE(imported.value() == 2);
    // One entry a registered item, naming it by id with its fields, and one for the batch.
    CHECK(o.auditCount() == auditedBefore + 3);
    auto entries = AuditLog::latest(o.ws->database(), 3);
    REQUIRE(entries.ok());
    QStringList registeredIds;
    for (const AuditEntry &e : entries.value()) {
        if (e.action == QLatin1String("incoming.register")) {
            registeredIds.append(e.objectId);
            CHECK(e.summary.contains(QStringLiteral("云水发")));
        }
    }
    auto items = o.ws->incoming().list(clerk, {});
    REQUIRE(items.ok());
    REQUIRE(items.value().size() == 2);
    for (const IncomingItem &i : items.value())
        CHECK(registeredIds.contains(QString::number(i.id)));
}

TEST_CASE("Import: a row a colleague registered after the file was checked stops the import, and nothing "
          "is imported",
          "[security]")
{
    TestOffice o;
    const Principal clerk = o.addUser(QStringLiteral("clerk"), {Role::Clerk}, Clearance::None);
    const Unit sender = addSender(o, QStringLiteral("区水务局"), QStringLiteral("区水务局"));
    const QByteArray csv = QStringLiteral("来文机关,文号,标题\n"
                                          "区水务局,云水发〔2026〕1号,关于防汛物资储备的报告\n"
                                          "区水务局,云水发〔2026〕2号,关于河道清淤的报告\n")
                               .toUtf8();
    auto checked = IncomingImport::check(*o.ws, clerk, csv);
    REQUIRE(checked.ok());
    REQUIRE(checked.value().problems.isEmpty());
    REQUIRE(o.ws->incoming()
                .registerItem(clerk, itemFrom(sender.id, QStringLiteral("云水发〔2026〕2号"), Clearance::None),
                              {})
                .ok());
    auto imported = IncomingImport::import(*o.ws, clerk, checked.value(), false);
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().message.contains(QStringLiteral("Row 2")));
    auto items = o.ws->incoming().list(clerk, {});
    REQUIRE(items.ok());
    CHECK(items.value().size() == 1); // the colleague's, and nothing of the file
}

TEST_CASE("Search: percent, underscore and backslash typed in a search are those characters, not wildcards, on either engine",
          "[security][storage]")
{
    TestOffice o;
    const Principal clerk = o.addUser(QStringLiteral("clerk"), {Role::Clerk}, Clearance::None);
    const Unit sender = addSender(o, QStringLiteral("区统计局"), QStringLiteral("区统计局"));
    const QStringList titles = {QStringLiteral("关于完成率达50%的通报"), QStringLiteral("关于完成率达500户的通报"),
                                QStringLiteral("关于A_B类企业的通知"), QStringLiteral("关于AXB类企业的通知"),
                                QStringLiteral("关于路径C:\\共享的说明"), QStringLiteral("关于路径C:共享的说明"),
                                QStringLiteral("关于注意!_事项的通知"), QStringLiteral("关于注意!X事项的通知")};
    int n = 0;
    for (const QString &title : titles) {
        IncomingItem i = itemFrom(sender.id, QStringLiteral("云统发〔2026〕%1号").arg(++n), Clearance::None);
        i.title = title;
        REQUIRE(o.ws->incoming().registerItem(clerk, i, {}).ok());
    }
    auto found = [&](const QString &text) {
        IncomingFilter f;
        f.text = text;
        auto items = o.ws->incoming().list(clerk, f);
        REQUIRE(items.ok());
        QStringList out;
        for (const IncomingItem &i : items.value())
            out.append(i.title);
        return out;
    };
    CHECK(found(QStringLiteral("50%")) == QStringList{titles.at(0)});
    CHECK(found(QStringLiteral("A_B")) == QStringList{titles.at(2)});
    CHECK(found(QStringLiteral("C:\\共")) == QStringList{titles.at(4)});
    CHECK(found(QStringLiteral("%")).size() == 1);
    CHECK(found(QStringLiteral("!_")) == QStringList{titles.at(6)}); // the escape character itself
    CHECK(o.ws->incoming().count(clerk, [] {
        IncomingFilter f;
        f.text = QStringLiteral("_");
        return f;
    }()).value() == 2); // A_B and !_
}

TEST_CASE("Clearance: the senders' return and transfer counts leave out items above the clerk's clearance",
          "[security][storage]")
{
    HiddenItemOffice o;
    auto returned = o.ws->incoming().triage(o.cleared, o.hidden.id, o.hidden.version, TriageFacts{},
                                            TriageOutcome::Return, QStringLiteral("不符合受文原则"));
    REQUIRE(returned.ok());
    CHECK(o.ws->incoming().triageCounts(o.cleared).value().size() == 1);
    CHECK(o.ws->incoming().triageCounts(o.confidential).value().isEmpty()); // the level just below
}
