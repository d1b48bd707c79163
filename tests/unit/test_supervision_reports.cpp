// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — what the 督查室 writes from its register: the monthly 《督查通报》 (figures, the
// overdue per unit, closures with their pictures; nothing classified), numbered gap-free at
// registration like any issue of a serial; the 《督查专报》 on one matter; the hotline's digest.
#include "ChainOffice.h"

#include "services/BulletinService.h"
#include "services/DraftingService.h"
#include "services/SupervisionReports.h"
#include "services/SupervisionService.h"

using namespace gw;
using namespace gw::test;

namespace {
struct ReportOffice : ChainOffice
{
    Principal supervisor = addUser(QStringLiteral("sup"), {Role::Supervisor, Role::Drafter}, Clearance::Secret);
    Principal supervisorOnly = addUser(QStringLiteral("sup2"), {Role::Supervisor}, Clearance::Secret);
    Principal desk = addUser(QStringLiteral("desk"), {Role::Hotline}, Clearance::None);
    qint64 housing = addUnit(QStringLiteral("区住建局"), UnitType::Department);

    SupervisionService &sv() const { return ws->supervision(); }
    SupervisionReports &reports() const { return ws->supervisionReports(); }
    QDate today() const { return WorkCalendar::localDate(clock->now()); }

    Matter assigned(const QString &title, qint64 unit, int days, Clearance secrecy = Clearance::None)
    {
        Matter m;
        m.kind = MatterKind::Instruction;
        m.source = QStringLiteral("市长信箱");
        m.title = title;
        m.request = QStringLiteral("请抓紧办理。");
        m.secrecy = secrecy;
        auto r = sv().registerMatter(supervisor, m);
        REQUIRE(r.ok());
        auto a = sv().assign(supervisor, r.value().id, r.value().version, unit, {}, today().addDays(days), {});
        REQUIRE(a.ok());
        return a.value();
    }
    void close(Matter m)
    {
        m = sv().report(supervisor, m.id, m.version, QStringLiteral("已办结"), {}).value();
        m = sv().review(supervisor, m.id, m.version, true, {}).value();
        REQUIRE(sv().close(supervisor, m.id, m.version, {}).ok());
    }
};

const QByteArray kPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==");
} // namespace

TEST_CASE("督查通报 text: the month's figures, each unit, the overdue per unit, closures with pictures, nothing "
          "classified",
          "[supervision][storage]")
{
    ReportOffice o; // Monday 2 March 2026
    Matter late = o.assigned(QStringLiteral("城西积水点整治"), o.housing, 2);       // due 4 March, left open
    Matter quick = o.assigned(QStringLiteral("校园周边交通整治"), o.department, 3); // closed on time
    o.assigned(QStringLiteral("涉密事项"), o.housing, 1, Clearance::Secret);      // overdue, but secret
    quick = o.sv().addFeedback(o.supervisor, quick.id, quick.version, o.today(), QStringLiteral("已完成"),
                               {MatterFile{0, 0, QStringLiteral("现场1.png"), {}, 0, kPng},
                                MatterFile{0, 0, QStringLiteral("现场2.jpg"), {}, 0,
                                           QByteArray::fromHex("ffd8ffe000104a464946") + QByteArray(32, '\0')}})
                .value();
    o.close(quick);
    o.clock->set(QDateTime(QDate(2026, 4, 2), QTime(2, 0), Qt::UTC));
    auto text = o.reports().bulletinText(o.supervisor, StatsPeriod::month(2026, 3));
    REQUIRE(text.ok());
    const QString body = text.value().body;
    CHECK(text.value().title == QStringLiteral("关于2026年3月督查工作情况的通报"));
    CHECK(body.contains(QStringLiteral("本月共登记督查事项2件，其中领导批示件2件。本月到期事项2件，按期办结1件，按期办结率50.0%")));
    CHECK(body.contains(QStringLiteral("区住建局：本月到期1件，按期办结0件（0.0%）")));
    CHECK(body.contains(QStringLiteral("《城西积水点整治》（督〔2026〕1号），时限2026年3月4日，截至2026年3月31日已逾期27天。")));
    CHECK(body.contains(QStringLiteral("《校园周边交通整治》（督〔2026〕2号），区教育局于2026年3月2日办结，报送现场照片2张。")));
    CHECK_FALSE(body.contains(QStringLiteral("涉密事项")));
    // A month with nothing due says so rather than printing empty headings.
    auto empty = o.reports().bulletinText(o.supervisor, StatsPeriod::month(2026, 1));
    REQUIRE(empty.ok());
    CHECK(empty.value().body.contains(QStringLiteral("本月无到期或办结的督查事项。")));
    // The hotline desk does not write the 督查通报.
    CHECK(o.reports().bulletinText(o.desk, StatsPeriod::month(2026, 3)).error().code == ErrorCode::Permission);
    (void)late;
}

TEST_CASE("督查通报 issue numbers: given at registration, gap-free, on from the first issue", "[supervision][storage]")
{
    ReportOffice o;
    o.assigned(QStringLiteral("城西积水点整治"), o.housing, 2);
    const StatsPeriod march = StatsPeriod::month(2026, 3);
    // One who keeps the matters but does not draft cannot carry the bulletin, and is told so.
    auto refused = o.reports().composeBulletin(o.supervisorOnly, march, o.section);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Permission);
    Draft first = o.reports().composeBulletin(o.supervisor, march, o.section).value();
    Draft second = o.reports().composeBulletin(o.supervisor, march, o.section).value();
    Draft abandoned = o.reports().composeBulletin(o.supervisor, march, o.section).value();
    (void)abandoned; // never registered: takes no number
    CHECK(first.fields.genre == Genre::Bulletin);
    CHECK(first.fields.secrecy == Clearance::None);
    auto walk = [&](Draft &d) {
        auto submitted = o.drafting().act(o.supervisor, d.id, d.version, ChainAction::Pass, QString());
        REQUIRE(submitted.ok());
        d = submitted.value();
        o.walkToRegistration(d);
        auto r = o.drafting().registerDocument(o.reviewer, d.id, d.version, QStringLiteral("测政发"));
        INFO((r.ok() ? std::string() : r.error().message.toStdString()));
        REQUIRE(r.ok());
        d = r.value();
    };
    walk(second);
    o.clock->set(QDateTime(QDate(2027, 1, 5), QTime(2, 0), Qt::UTC)); // a new year does not start again
    walk(first);
    const SerialIssue one = *o.ws->bulletins().issueOf(o.reviewer, second.id).value();
    const SerialIssue two = *o.ws->bulletins().issueOf(o.reviewer, first.id).value();
    CHECK(one.number == 1);
    CHECK(two.number == 2);
    CHECK(two.label() == QStringLiteral("《督查通报》第2期"));
}

TEST_CASE("督查专报 on one matter: its progress in order, as secret as the matter", "[supervision][storage]")
{
    ReportOffice o;
    Matter m = o.assigned(QStringLiteral("重点项目前期工作"), o.housing, 20, Clearance::Secret);
    m = o.sv().addFeedback(o.supervisor, m.id, m.version, o.today(), QStringLiteral("已完成可研编制"),
                           {MatterFile{0, 0, QStringLiteral("可研.png"), {}, 0, kPng}})
            .value();
    auto text = o.reports().specialReportText(o.supervisor, m.id);
    REQUIRE(text.ok());
    CHECK(text.value().body.contains(QStringLiteral("1. 2026年3月2日：已完成可研编制（附材料1份）")));
    auto draft = o.reports().composeSpecialReport(o.supervisor, m.id, o.section);
    REQUIRE(draft.ok());
    CHECK(draft.value().fields.secrecy == Clearance::Secret);
    // The hotline desk sees no instruction, so writes no report on one.
    CHECK_FALSE(o.reports().specialReportText(o.desk, m.id).ok());
}

TEST_CASE("直线电话 digest: calls by category and by the unit they went to", "[supervision][storage]")
{
    ReportOffice o;
    auto call = [&](CallCategory c) {
        Matter m;
        m.kind = MatterKind::Hotline;
        m.caller = QStringLiteral("来电人");
        m.calledAtMs = o.clock->nowMs() - 60000;
        m.category = c;
        m.request = QStringLiteral("反映问题。");
        return o.sv().registerMatter(o.desk, m).value();
    };
    Matter a = call(CallCategory::Criticism);
    a = o.sv().assign(o.desk, a.id, a.version, o.housing, {}, o.today().addDays(3), {}).value();
    a = o.sv().report(o.desk, a.id, a.version, QStringLiteral("已处理"), {}).value();
    a = o.sv().review(o.desk, a.id, a.version, true, {}).value();
    REQUIRE(o.sv().close(o.desk, a.id, a.version, {QStringLiteral("已答复"), {}, Satisfaction::Satisfied, {}}).ok());
    Matter b = call(CallCategory::Criticism);
    REQUIRE(o.sv().assign(o.desk, b.id, b.version, o.housing, {}, o.today().addDays(3), {}).ok());
    Matter c = call(CallCategory::Court);
    REQUIRE(o.sv().advise(o.desk, c.id, c.version, {}).ok());
    auto digest = o.reports().hotlineDigest(o.desk, StatsPeriod::month(2026, 3));
    REQUIRE(digest.ok());
    const DataTable &byCategory = digest.value().at(0);
    REQUIRE(byCategory.rows.size() == 3); // two categories and the total
    CHECK(byCategory.rows.at(0) == QVariantList{callCategoryLabel(CallCategory::Criticism), 2, 2, 0, 1, QStringLiteral("100.0%")});
    CHECK(byCategory.rows.at(1) == QVariantList{callCategoryLabel(CallCategory::Court), 1, 0, 1, 1, QString()});
    CHECK(byCategory.rows.at(2).at(1) == 3);
    const DataTable &byUnit = digest.value().at(1);
    REQUIRE(byUnit.rows.size() == 1);
    CHECK(byUnit.rows.at(0) == QVariantList{QStringLiteral("区住建局"), 2, 1, QStringLiteral("100.0%")});
}
