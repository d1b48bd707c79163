// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — distribution by unit: a 主送 group such as 各镇人民政府、街道办事处 is every unit
// it stands for, each with its own numbered copy.
#include "ChainOffice.h"

#include "domain/Distribution.h"
#include "domain/UnitOrder.h"
#include "services/PrintingService.h"

using namespace gw;
using namespace gw::test;

namespace {
Unit unit(const char *name, const char *shortName, UnitType type, bool active = true)
{
    Unit u;
    u.name = QString::fromUtf8(name);
    u.shortName = QString::fromUtf8(shortName);
    u.type = type;
    u.active = active;
    return u;
}

QList<Unit> directory()
{
    QList<Unit> units{
        unit("中共云溪区委员会", "区委", UnitType::Organ),
        unit("云溪区财政局", "区财政局", UnitType::Department),
        unit("云溪区教育局", "区教育局", UnitType::Department),
        unit("云溪区旧物资局", "区物资局", UnitType::Department, false), // retired
        unit("云溪区城西街道办事处", "城西街道", UnitType::Town),
        unit("云溪区城东街道办事处", "城东街道", UnitType::Town),
        unit("云溪区青石镇人民政府", "青石镇", UnitType::Town),
        unit("云溪区白沙镇人民政府", "白沙镇", UnitType::Town),
        unit("青石镇杨柳村村民委员会", "杨柳村", UnitType::Village),
        unit("云溪区自来水有限公司", "区自来水公司", UnitType::Enterprise),
        unit("云溪区农业农村局（区乡村振兴局）", "区农业农村局", UnitType::Department),
    };
    sortUnits(units);
    return units;
}

QStringList recipients(const QList<DistributionEntry> &entries)
{
    QStringList out;
    for (const DistributionEntry &e : entries)
        out.append(e.recipient);
    return out;
}
} // namespace

TEST_CASE("distribution by unit: 各镇人民政府、街道办事处 is every town and every sub-district, one copy each",
          "[print][ux]")
{
    const QList<DistributionEntry> e =
        expandRecipients({QStringLiteral("各镇人民政府、街道办事处，区政府各部门")}, directory());
    const QStringList r = recipients(e);
    // Towns (镇) from 各镇人民政府, sub-districts (街道) from the 街道办事处 that follows it in the 、 run,
    // then the departments: each unit once, the retired one left out, in the directory's order.
    CHECK(r.size() == 7);
    CHECK(r.contains(QStringLiteral("云溪区青石镇人民政府")));
    CHECK(r.contains(QStringLiteral("云溪区白沙镇人民政府")));
    CHECK(r.contains(QStringLiteral("云溪区城西街道办事处")));
    CHECK(r.contains(QStringLiteral("云溪区城东街道办事处")));
    CHECK(r.contains(QStringLiteral("云溪区财政局")));
    CHECK(r.contains(QStringLiteral("云溪区教育局")));
    CHECK(r.contains(QStringLiteral("云溪区农业农村局（区乡村振兴局）")));
    CHECK_FALSE(r.contains(QStringLiteral("云溪区旧物资局")));
    CHECK_FALSE(r.contains(QStringLiteral("中共云溪区委员会")));
    CHECK_FALSE(r.contains(QStringLiteral("青石镇杨柳村村民委员会")));
    // The first entries are the towns of the first group, the last the departments of the last.
    CHECK(e.first().group == QStringLiteral("各镇人民政府"));
    CHECK(e.first().recipient.contains(QStringLiteral("镇")));
    CHECK(e.at(2).group == QStringLiteral("街道办事处"));
    CHECK(e.last().group == QStringLiteral("区政府各部门"));
    // Sub-districts are not towns: 各镇人民政府 alone is the towns only.
    const QStringList towns = recipients(expandRecipients({QStringLiteral("各镇人民政府：")}, directory()));
    CHECK(towns == QStringList{QStringLiteral("云溪区白沙镇人民政府"), QStringLiteral("云溪区青石镇人民政府")});
    // 各镇（街道） and 各镇街 are both.
    CHECK(expandRecipients({QStringLiteral("各镇（街道）")}, directory()).size() == 4);
    CHECK(expandRecipients({QStringLiteral("各镇街")}, directory()).size() == 4);
    CHECK(expandRecipients({QStringLiteral("各村（居）委会")}, directory()).size() == 1);
    CHECK(expandRecipients({QStringLiteral("区属各企业")}, directory()).size() == 1);
}

TEST_CASE("distribution by unit: named units by their full name, abbreviations resolved, the rest as written",
          "[print][ux]")
{
    // 抄送 in abbreviations, closing 。: the units by full name; one the directory lacks as written.
    const QStringList r = recipients(
        expandRecipients({QStringLiteral("区委，区财政局，区人武部。")}, directory()));
    CHECK(r == QStringList{QStringLiteral("中共云溪区委员会"), QStringLiteral("云溪区财政局"),
                           QStringLiteral("区人武部")});
    // A unit named twice (主送 and 抄送, or inside a group and by name) gets one copy.
    CHECK(recipients(expandRecipients({QStringLiteral("区政府各部门"), QStringLiteral("区财政局")}, directory()))
              .count(QStringLiteral("云溪区财政局")) == 1);
    // A group the directory cannot tell stays one copy, as written.
    CHECK(recipients(expandRecipients({QStringLiteral("各有关单位")}, directory())) ==
          QStringList{QStringLiteral("各有关单位")});
    CHECK(recipients(expandRecipients({QStringLiteral("区委各部门")}, directory())) ==
          QStringList{QStringLiteral("区委各部门")});
    // A 、 list of units is not a group; 、 after a named unit does not make the next name a group.
    CHECK(recipients(expandRecipients({QStringLiteral("区财政局、街道办事处")}, directory())) ==
          QStringList{QStringLiteral("云溪区财政局"), QStringLiteral("街道办事处")});
    // A group with no unit of its kind in the directory stays as written.
    QList<Unit> noTowns = directory();
    noTowns.erase(std::remove_if(noTowns.begin(), noTowns.end(), [](const Unit &u) { return u.type == UnitType::Town; }),
                  noTowns.end());
    CHECK(recipients(expandRecipients({QStringLiteral("各镇人民政府")}, noTowns)) ==
          QStringList{QStringLiteral("各镇人民政府")});
    CHECK(expandRecipients({}, directory()).isEmpty());
    CHECK(expandRecipients({QStringLiteral("，、。")}, directory()).isEmpty());
}

TEST_CASE("distribution by unit: the print list gives each unit of a group its copy, or the lines merged",
          "[print][ux]")
{
    ChainOffice o;
    o.addUnit(QStringLiteral("云溪区青石镇人民政府"), UnitType::Town);
    o.addUnit(QStringLiteral("云溪区城西街道办事处"), UnitType::Town);
    Draft d = o.create(o.fields(Issuer::DistrictOffice, false)); // 主送 各镇人民政府、街道办事处
    auto byUnit = o.ws->printing().distributionList(o.drafter, d.id);
    REQUIRE(byUnit.ok());
    CHECK(byUnit.value() == QStringList{QStringLiteral("云溪区青石镇人民政府"), QStringLiteral("云溪区城西街道办事处"),
                                        QStringLiteral("存档")});
    auto merged = o.ws->printing().distributionList(o.drafter, d.id, false);
    REQUIRE(merged.ok());
    CHECK(merged.value().size() == 2);
    CHECK(merged.value().first() == QStringLiteral("各镇人民政府、街道办事处"));
}

TEST_CASE("distribution by unit: a bare body after a group takes its place, a named unit after a group stays itself",
          "[print][ux]")
{
    // 各镇党委、政府，街道党工委、办事处: the party committees as written (the directory holds no party
    // bodies), each town's government, each sub-district's office.
    const QList<DistributionEntry> e =
        expandRecipients({QStringLiteral("各镇党委、政府，街道党工委、办事处")}, directory());
    const QStringList r = recipients(e);
    CHECK(r == QStringList{QStringLiteral("各镇党委"), QStringLiteral("云溪区白沙镇人民政府"),
                           QStringLiteral("云溪区青石镇人民政府"), QStringLiteral("街道党工委"),
                           QStringLiteral("云溪区城东街道办事处"), QStringLiteral("云溪区城西街道办事处")});
    CHECK(e.at(1).group == QStringLiteral("各镇政府"));
    CHECK(e.last().group == QStringLiteral("街道办事处"));
    // A unit's name after a group is that unit, though its words name a kind (乡, 村): not every village.
    CHECK(recipients(expandRecipients({QStringLiteral("各镇人民政府、区乡村振兴局")}, directory())) ==
          QStringList{QStringLiteral("云溪区白沙镇人民政府"), QStringLiteral("云溪区青石镇人民政府"),
                      QStringLiteral("区乡村振兴局")});
    CHECK(recipients(expandRecipients({QStringLiteral("各镇人民政府、区直机关工委")}, directory()))
              .contains(QStringLiteral("区直机关工委")));
    // Without a group before it, a bare 办事处 is only words.
    CHECK(recipients(expandRecipients({QStringLiteral("办事处")}, directory())) ==
          QStringList{QStringLiteral("办事处")});
}
