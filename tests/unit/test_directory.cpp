// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — the unit directory and conflicting edits.
#include "Fixtures.h"

#include "domain/UnitOrder.h"
#include "services/UnitService.h"

using namespace gw;
using namespace gw::test;

namespace {
Unit unit(const QString &name, UnitType type, qint64 superior = 0)
{
    Unit u;
    u.name = name;
    u.type = type;
    u.superiorId = superior;
    return u;
}
} // namespace

TEST_CASE("unit directory: units carry kind, superior and the key-enterprise flag", "[directory][storage]")
{
    TestOffice o;
    auto town = o.ws->units().create(o.admin, unit(QStringLiteral("青石镇人民政府"), UnitType::Town));
    REQUIRE(town.ok());
    auto village = o.ws->units().create(
        o.admin, unit(QStringLiteral("杨柳村村民委员会"), UnitType::Village, town.value().id));
    REQUIRE(village.ok());
    Unit key = unit(QStringLiteral("云溪精密机械股份有限公司"), UnitType::Enterprise);
    key.keyEnterprise = true;
    key.shortName = QStringLiteral("云溪精机");
    REQUIRE(o.ws->units().create(o.admin, key).ok());

    auto got = o.ws->units().get(o.admin, village.value().id);
    REQUIRE(got.ok());
    CHECK(got.value().superiorId == town.value().id);
    CHECK(got.value().type == UnitType::Village);
    CHECK(got.value().shortName == QStringLiteral("杨柳村村民委员会")); // defaults to the full name

    UnitFilter byText;
    byText.text = QStringLiteral("精机");
    auto found = o.ws->units().list(o.admin, byText);
    REQUIRE(found.ok());
    REQUIRE(found.value().size() == 1);
    CHECK(found.value().first().keyEnterprise);

    UnitFilter towns;
    towns.type = UnitType::Town;
    CHECK(o.ws->units().list(o.admin, towns).value().size() == 1);
}

TEST_CASE("unit directory: bad input is refused with a message and changes nothing",
          "[directory][storage][bad-input]")
{
    TestOffice o;
    auto a = o.ws->units().create(o.admin, unit(QStringLiteral("甲单位"), UnitType::Department));
    REQUIRE(a.ok());
    auto b =
        o.ws->units().create(o.admin, unit(QStringLiteral("乙单位"), UnitType::Department, a.value().id));
    REQUIRE(b.ok());
    const qint64 audit = o.auditCount();

    CHECK(o.ws->units().create(o.admin, unit(QString(), UnitType::Town)).error().code ==
          ErrorCode::Validation);
    CHECK(o.ws->units().create(o.admin, unit(QStringLiteral("甲单位"), UnitType::Town)).error().code ==
          ErrorCode::Validation);
    CHECK(o.ws->units().create(o.admin, unit(QStringLiteral("丙"), UnitType::Town, 99999)).error().code ==
          ErrorCode::Validation);
    Unit notEnterprise = unit(QStringLiteral("丁"), UnitType::Town);
    notEnterprise.keyEnterprise = true;
    CHECK(o.ws->units().create(o.admin, notEnterprise).error().code == ErrorCode::Validation);
    // A cycle: 甲 under 乙 while 乙 is under 甲.
    Unit cyc = a.value();
    cyc.superiorId = b.value().id;
    auto cycle = o.ws->units().update(o.admin, cyc);
    REQUIRE_FALSE(cycle.ok());
    CHECK(cycle.error().code == ErrorCode::Validation);
    CHECK_FALSE(cycle.error().message.isEmpty());

    CHECK(o.auditCount() == audit);
    CHECK(o.raw(QStringLiteral("SELECT COUNT(*) FROM units")).toInt() == 2);
    CHECK(o.raw(QStringLiteral("SELECT superior_id FROM units WHERE id = %1").arg(a.value().id)).isNull());
}

TEST_CASE("unit directory: retiring is a state, not a deletion", "[directory][storage]")
{
    TestOffice o;
    auto a = o.ws->units().create(o.admin, unit(QStringLiteral("旧单位"), UnitType::Department));
    REQUIRE(a.ok());
    auto retired = o.ws->units().setActive(o.admin, a.value().id, a.value().version, false);
    REQUIRE(retired.ok());
    CHECK(o.ws->units().list(o.admin, UnitFilter{}).value().isEmpty());
    UnitFilter all;
    all.includeInactive = true;
    REQUIRE(o.ws->units().list(o.admin, all).value().size() == 1);
    CHECK(o.raw(QStringLiteral("SELECT active FROM units WHERE id = %1").arg(a.value().id)).toInt() == 0);
}

TEST_CASE("two sessions edit the same row: the second gets the conflict, nothing is overwritten",
          "[directory][storage][conflict]")
{
    TestOffice o;
    auto created = o.ws->units().create(o.admin, unit(QStringLiteral("区教育局"), UnitType::Department));
    REQUIRE(created.ok());
    auto other = o.secondWorkstation();

    Unit mine = o.ws->units().get(o.admin, created.value().id).value();
    Unit theirs = other->units().get(o.admin, created.value().id).value();
    mine.shortName = QStringLiteral("教育局");
    theirs.shortName = QStringLiteral("区教局");

    REQUIRE(o.ws->units().update(o.admin, mine).ok());
    const qint64 audit = o.auditCount();
    auto second = other->units().update(o.admin, theirs);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == ErrorCode::Conflict);
    CHECK(second.error().message.contains(o.admin.displayName));
    CHECK(o.raw(QStringLiteral("SELECT short_name FROM units WHERE id = %1").arg(mine.id)).toString() ==
          QStringLiteral("教育局"));
    CHECK(o.auditCount() == audit);
    // Re-applied on the newer version on purpose, it goes through.
    theirs.version = other->units().get(o.admin, mine.id).value().version;
    CHECK(other->units().update(o.admin, theirs).ok());
}

TEST_CASE("unit order: 党、政、军、群, then the superior before departments before towns, then by pinyin",
          "[ux][directory]")
{
    auto unit = [](const char *name, UnitType type) {
        Unit u;
        u.name = QString::fromUtf8(name);
        u.type = type;
        return u;
    };
    QList<Unit> units = {
        unit("云溪区总工会", UnitType::Organ),
        unit("云溪区教育局", UnitType::Department),
        unit("云溪区人民武装部", UnitType::Organ),
        unit("中国人民政治协商会议云溪区委员会", UnitType::Organ),
        unit("云溪区财政局", UnitType::Department),
        unit("共青团云溪区委员会", UnitType::Organ),
        unit("中共云溪区委员会", UnitType::Organ),
        unit("云溪区人民代表大会常务委员会", UnitType::Organ),
        unit("安平镇人民政府", UnitType::Town),
        unit("云溪市人民政府", UnitType::Organ),
        unit("云溪区人民法院", UnitType::Organ),
        unit("东坪村村民委员会", UnitType::Village),
        unit("白沙街道办事处", UnitType::Town),
        unit("中共云溪区纪律检查委员会", UnitType::Organ),
    };
    sortUnits(units);
    QStringList names;
    for (const Unit &u : units)
        names << u.name;
    CHECK(names == QStringList{
                       QStringLiteral("中共云溪区纪律检查委员会"), // 党: by pinyin, 纪 (ji) before 委 (wei)
                       QStringLiteral("中共云溪区委员会"),
                       QStringLiteral("云溪区人民代表大会常务委员会"),   // 人大
                       QStringLiteral("云溪市人民政府"),                 // 政: the superior organ
                       QStringLiteral("云溪区财政局"),                   // its departments by pinyin
                       QStringLiteral("云溪区教育局"),
                       QStringLiteral("安平镇人民政府"),                 // towns and sub-districts
                       QStringLiteral("白沙街道办事处"),
                       QStringLiteral("中国人民政治协商会议云溪区委员会"), // 政协
                       QStringLiteral("云溪区人民法院"),
                       QStringLiteral("云溪区人民武装部"),               // 军
                       QStringLiteral("共青团云溪区委员会"),             // 群, by pinyin
                       QStringLiteral("云溪区总工会"),
                       QStringLiteral("东坪村村民委员会"),               // the rest
                   });
    CHECK(unitRank(units.first()) == UnitRank::Party);
    CHECK(unitRank(unit("共青团云溪区委员会", UnitType::Organ)) == UnitRank::Mass);
}

TEST_CASE("unit order: the directory lists units in that order, not in code-point order", "[ux][directory]")
{
    TestOffice o;
    for (const char *name : {"云溪区教育局", "中共云溪区委员会", "云溪区财政局"}) {
        Unit u;
        u.name = QString::fromUtf8(name);
        u.type = qstrcmp(name, "中共云溪区委员会") == 0 ? UnitType::Organ : UnitType::Department;
        REQUIRE(o.ws->units().create(o.admin, u).ok());
    }
    UnitFilter all;
    all.limit = 100;
    auto listed = o.ws->units().list(o.admin, all);
    REQUIRE(listed.ok());
    QStringList names;
    for (const Unit &u : listed.value())
        names << u.name;
    CHECK(names.indexOf(QStringLiteral("中共云溪区委员会")) < names.indexOf(QStringLiteral("云溪区财政局")));
    CHECK(names.indexOf(QStringLiteral("云溪区财政局")) < names.indexOf(QStringLiteral("云溪区教育局")));
}
