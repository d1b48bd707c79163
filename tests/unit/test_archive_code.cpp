// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — the 档号 of DA/T 22-2015 (全宗号-门类代码·年度-保管期限-机构代码-件号) and the
// retention the office's rules propose.
#include <catch2/catch.hpp>

#include "domain/ArchiveCode.h"

using namespace gw;

TEST_CASE("档号 written as DA/T 22 gives it: the 件号 in four digits, the 机构 part optional", "[archive]")
{
    ArchiveCode c;
    c.fonds = QStringLiteral("J012");
    c.year = 2026;
    c.retention = Retention::Permanent;
    c.organ = QStringLiteral("BGS");
    c.item = 1;
    CHECK(c.toString() == QStringLiteral("J012-WS·2026-Y-BGS-0001"));
    c.item = 9999;
    CHECK(c.toString() == QStringLiteral("J012-WS·2026-Y-BGS-9999"));
    c.organ.clear();
    c.retention = Retention::Years10;
    c.item = 23;
    CHECK(c.toString() == QStringLiteral("J012-WS·2026-D10-0023"));
    c.retention = Retention::Years30;
    CHECK(c.toString() == QStringLiteral("J012-WS·2026-D30-0023"));
}

TEST_CASE("档号 read back as written, the separators people type accepted, and nothing else", "[archive]")
{
    auto full = ArchiveCode::parse(QStringLiteral("J012-WS·2026-Y-BGS-0001"));
    REQUIRE(full);
    CHECK(full.value().fonds == QStringLiteral("J012"));
    CHECK(full.value().year == 2026);
    CHECK(full.value().retention == Retention::Permanent);
    CHECK(full.value().organ == QStringLiteral("BGS"));
    CHECK(full.value().item == 1);
    CHECK(full.value().toString() == QStringLiteral("J012-WS·2026-Y-BGS-0001"));
    auto bare = ArchiveCode::parse(QStringLiteral(" j012－ws・2026－D30－0456 "));
    REQUIRE(bare);
    CHECK(bare.value().toString() == QStringLiteral("J012-WS·2026-D30-0456"));
    CHECK(bare.value().organ.isEmpty());
    CHECK(ArchiveCode::parse(QStringLiteral("J012-WS.2026-D10-0007")).value().item == 7);
    for (const char *bad : {"J012-WS·2026-Y-BGS-0000", "J012-WS·2026-Y-BGS-10000", "J012-WS·2026-D20-0001",
                            "J012-WS·226-Y-0001", "J012-WS-2026-Y-0001", "J012·2026-Y-0001", "", "云溪-WS·2026-Y-0001"}) {
        INFO(bad);
        CHECK_FALSE(ArchiveCode::parse(QString::fromUtf8(bad)));
    }
}

TEST_CASE("档号 parts at their bounds: 件号 0001 and 9999, the year 1900 to 2100", "[archive]")
{
    ArchiveCode c;
    c.fonds = QStringLiteral("J012");
    c.year = 2026;
    c.item = 1;
    CHECK(c.check());
    c.item = 9999;
    CHECK(c.check());
    c.item = 0;
    CHECK_FALSE(c.check());
    c.item = 10000;
    CHECK_FALSE(c.check());
    c.item = 1;
    c.year = 1900;
    CHECK(c.check());
    c.year = 1899;
    CHECK_FALSE(c.check());
    c.year = 2100;
    CHECK(c.check());
    c.year = 2101;
    CHECK_FALSE(c.check());
    c.year = 2026;
    c.fonds.clear();
    CHECK_FALSE(c.check());
    c.fonds = QStringLiteral("J012");
    c.organ = QStringLiteral("办公室");
    CHECK_FALSE(c.check());
}

TEST_CASE("保管期限 proposed by the office's rules: its own 请示 permanent, a routine 通知 ten years", "[archive]")
{
    const QList<RetentionRule> rules = RetentionRules::defaults();
    auto own = [&](Genre g, bool normative = false) { return RetentionRules::propose(rules, g, true, normative); };
    auto received = [&](Genre g) { return RetentionRules::propose(rules, g, false, false); };
    CHECK(own(Genre::Request) == Retention::Permanent);
    CHECK(own(Genre::Decision) == Retention::Permanent);
    CHECK(own(Genre::Report) == Retention::Permanent);
    CHECK(own(Genre::Circular) == Retention::Years10);
    CHECK(own(Genre::Circular, true) == Retention::Permanent); // a 规范性文件 is kept for good
    CHECK(own(Genre::Minutes) == Retention::Years30);
    CHECK(own(Genre::Reply) == Retention::Years30);
    CHECK(own(Genre::Letter) == Retention::Years10);
    CHECK(received(Genre::Decision) == Retention::Years30);
    CHECK(received(Genre::Circular) == Retention::Years10);
    CHECK(received(Genre::Request) == Retention::Years10);
    // The office's own rules replace the defaults; with none that fits, ten years.
    CHECK(RetentionRules::propose({RetentionRule{Genre::Letter, true, false, Retention::Years30}}, Genre::Letter, true,
                                  false) == Retention::Years30);
    CHECK(RetentionRules::propose({}, Genre::Decision, true, false) == Retention::Years10);
    CHECK(retentionFromCode(QStringLiteral("D30")) == Retention::Years30);
    CHECK_FALSE(retentionFromCode(QStringLiteral("D20")));
}

TEST_CASE("保管期限 rules the office keeps: written and read back, a line that cannot be read refused and named, "
          "the office's own rules proposing",
          "[archive]")
{
    const QList<RetentionRule> d = RetentionRules::defaults();
    const QString text = RetentionRules::toText(d);
    CHECK(text.startsWith(QStringLiteral("本单位 规范性文件 永久\n本单位 决议 永久")));
    auto back = RetentionRules::parse(text);
    INFO((back.ok() ? std::string() : back.error().message.toStdString()));
    REQUIRE(back.ok());
    REQUIRE(back.value().size() == d.size());
    for (int i = 0; i < d.size(); ++i) {
        CHECK(back.value().at(i).genre == d.at(i).genre);
        CHECK(back.value().at(i).own == d.at(i).own);
        CHECK(back.value().at(i).normativeOnly == d.at(i).normativeOnly);
        CHECK(back.value().at(i).retention == d.at(i).retention);
    }
    CHECK(RetentionRules::parse(QString()).value().size() == d.size()); // empty: the defaults
    auto own = RetentionRules::parse(QStringLiteral("本单位 通知 定期30年\n\n收文 全部 永久\n"));
    REQUIRE(own.ok());
    CHECK(RetentionRules::propose(own.value(), Genre::Circular, true, false) == Retention::Years30);
    CHECK(RetentionRules::propose(own.value(), Genre::Request, true, false) == Retention::Years10); // none fits
    CHECK(RetentionRules::propose(own.value(), Genre::Letter, false, false) == Retention::Permanent);
    for (const char *bad : {"本单位 通知", "本部门 通知 永久", "本单位 便条 永久", "收文 全部 20年", "本单位 通知 永久 多余"}) {
        auto r = RetentionRules::parse(QString::fromUtf8(bad));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QString::fromUtf8(bad)));
    }
    CHECK(RetentionRules::ofOffice(QStringLiteral("乱写")).size() == d.size());
}
