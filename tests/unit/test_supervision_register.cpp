// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — 督查: who sees which matters, registration from an incoming item and from a
// meeting, gap-free registration numbers, the October 回头看 and the figures against a hand count.
#include "SupervisionOffice.h"

#include "services/IncomingService.h"
#include "services/SupervisionReports.h"

using namespace gw;
using namespace gw::test;

TEST_CASE("督查 clearance and posts: each sees its part, nothing above clearance on any path",
          "[supervision][storage]")
{
    SupervisionOffice o;
    Matter secret = o.instruction(QStringLiteral("涉密批示"));
    secret.secrecy = Clearance::Secret;
    const Matter s = o.made(o.supervisor, secret);
    Matter mine = o.made(o.supervisor, o.instruction(QStringLiteral("区长批示")));
    Matter others = o.instruction(QStringLiteral("另一位领导的批示"));
    others.leaderId = o.otherLeader.userId;
    others = o.made(o.supervisor, others);
    const Matter call = o.made(o.hotline, o.call(CallCategory::Criticism));
    const Principal lowLeader = o.addUser(QStringLiteral("low"), {Role::Leader}, Clearance::None);

    auto ids = [&o](const Principal &p) {
        QList<qint64> out;
        auto l = o.sv().list(p, {});
        REQUIRE(l);
        for (const Matter &m : l.value())
            out.prepend(m.id);
        return out;
    };
    CHECK(ids(o.supervisor) == QList<qint64>{s.id, mine.id, others.id, call.id});
    CHECK(ids(o.director) == QList<qint64>{s.id, mine.id, others.id, call.id});
    CHECK(ids(o.hotline) == QList<qint64>{call.id});
    CHECK(ids(o.leader) == QList<qint64>{s.id, mine.id}); // the matters concerning them
    CHECK(ids(o.otherLeader) == QList<qint64>{others.id});
    // Refused outright for a post without the page.
    CHECK_FALSE(o.sv().list(o.drafter, {}));
    // The hotline desk: no instruction by id, nor its history, files, count or actions.
    CHECK_FALSE(o.sv().get(o.hotline, mine.id));
    CHECK_FALSE(o.sv().events(o.hotline, mine.id));
    CHECK(o.sv().count(o.hotline, {}).value() == 1);
    CHECK(o.sv().actionsFor(o.hotline, mine).isEmpty());
    // A change by id is refused as if the matter did not exist.
    auto hidden = o.sv().urge(o.hotline, mine.id, mine.version, QStringLiteral("phone"), {});
    REQUIRE_FALSE(hidden);
    CHECK(hidden.error().code == ErrorCode::NotFound);
    // The hotline desk may not register an instruction; a supervisor not a secret one above clearance.
    CHECK_FALSE(o.sv().registerMatter(o.hotline, o.instruction()));
    Matter topSecret = o.instruction(QStringLiteral("绝密"));
    topSecret.secrecy = Clearance::TopSecret;
    CHECK_FALSE(o.sv().registerMatter(o.supervisor, topSecret));
    // A matter may not concern a leader whose clearance does not cover it.
    secret.leaderId = lowLeader.userId;
    CHECK_FALSE(o.sv().registerMatter(o.supervisor, secret));
}

TEST_CASE("督查 registration numbers are gap-free per register, a refused one takes none", "[supervision][storage]")
{
    SupervisionOffice o;
    CHECK(o.made(o.supervisor, o.instruction()).reference() == QStringLiteral("督〔2026〕1号"));
    Matter empty = o.instruction();
    empty.request.clear();
    CHECK_FALSE(o.sv().registerMatter(o.supervisor, empty));
    CHECK(o.made(o.hotline, o.call(CallCategory::Suggestion)).reference() == QStringLiteral("电〔2026〕1号"));
    CHECK(o.made(o.supervisor, o.proposal(QStringLiteral("A"))).reference() == QStringLiteral("督〔2026〕2号"));
    // A new year starts again at 1.
    o.clock->set(QDateTime(QDate(2027, 1, 4), QTime(2, 0), Qt::UTC));
    CHECK(o.made(o.supervisor, o.instruction()).reference() == QStringLiteral("督〔2027〕1号"));
}

TEST_CASE("督查 a leader's instruction from an incoming item, once, and a meeting's decisions all or none",
          "[supervision][storage]")
{
    SupervisionOffice o;
    const Principal clerk = o.addUser(QStringLiteral("clerk"), {Role::Clerk}, Clearance::Secret);
    IncomingItem in;
    in.senderUnitId = o.education;
    in.title = QStringLiteral("关于校园周边交通安全的报告");
    in.secrecy = Clearance::Confidential;
    auto item = o.ws->incoming().registerItem(clerk, in, {});
    REQUIRE(item);
    Matter m;
    m.source = QStringLiteral("区政府领导批示");
    m.leaderId = o.leader.userId;
    // No instruction on the item and none entered: refused.
    auto none = o.sv().registerFromIncoming(o.supervisor, item.value().id, m);
    REQUIRE_FALSE(none);
    CHECK(none.error().message.contains(QStringLiteral("no leader's instruction")));
    m.request = QStringLiteral("请交通局会同教育局抓紧落实。");
    auto made = o.sv().registerFromIncoming(o.supervisor, item.value().id, m);
    REQUIRE(made);
    CHECK(made.value().title == in.title);
    CHECK(made.value().secrecy == Clearance::Confidential);
    CHECK(made.value().incomingId == item.value().id);
    CHECK_FALSE(o.sv().registerFromIncoming(o.supervisor, item.value().id, m));

    Matter first;
    first.title = QStringLiteral("老旧小区改造");
    first.request = QStringLiteral("年内完成20个小区改造。");
    first.leadUnitId = o.housing;
    Matter second = first;
    second.title = QStringLiteral("");
    const qint64 before = o.sv().count(o.supervisor, {}).value();
    auto refused = o.sv().registerDecisions(o.supervisor, QStringLiteral("区政府第12次常务会议"), {first, second});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.startsWith(QStringLiteral("Item 2")));
    CHECK(o.sv().count(o.supervisor, {}).value() == before);
    second.title = QStringLiteral("背街小巷整治");
    auto both = o.sv().registerDecisions(o.supervisor, QStringLiteral("区政府第12次常务会议"), {first, second});
    REQUIRE(both);
    CHECK(both.value().size() == 2);
    CHECK(both.value().at(1).kind == MatterKind::MeetingDecision);
    CHECK(both.value().at(1).meeting == QStringLiteral("区政府第12次常务会议"));
}

TEST_CASE("建议提案 the October 回头看 lists every B-class item whose promise is not yet kept", "[supervision][storage]")
{
    SupervisionOffice o;
    const Matter openB = o.assigned(o.proposal(QStringLiteral("B")), 60);
    const Matter openA = o.assigned(o.proposal(QStringLiteral("A")), 60);
    Matter solvedB = o.assigned(o.proposal(QStringLiteral("B")), 60);
    Matter unsolvedB = o.assigned(o.proposal(QStringLiteral("B")), 60);
    const MatterClosure solved{QStringLiteral("已答复"), {}, Satisfaction::Satisfied, true};
    const MatterClosure promised{QStringLiteral("已答复，承诺明年实施"), {}, Satisfaction::Basically, false};
    solvedB = o.closed(solvedB, solved);
    unsolvedB = o.closed(unsolvedB, promised);
    // A proposal closes only with its reply, satisfaction and whether it was solved.
    Matter incomplete = o.assigned(o.proposal(QStringLiteral("C")), 60);
    auto rep = o.sv().report(o.supervisor, incomplete.id, incomplete.version, QStringLiteral("办结"), {});
    auto acc = o.sv().review(o.supervisor, incomplete.id, rep.value().version, true, {});
    CHECK_FALSE(o.sv().close(o.supervisor, incomplete.id, acc.value().version, {QStringLiteral("答复"), {}, Satisfaction::Satisfied, {}}));
    CHECK_FALSE(o.sv().close(o.supervisor, incomplete.id, acc.value().version, {QStringLiteral("答复"), {}, Satisfaction::Unknown, true}));
    // Another year's B-class item is not on this year's list.
    o.clock->set(QDateTime(QDate(2027, 2, 1), QTime(2, 0), Qt::UTC));
    o.assigned(o.proposal(QStringLiteral("B")), 60);
    auto list = o.sv().octoberReview(o.supervisor, 2026);
    REQUIRE(list);
    QList<qint64> ids;
    for (const Matter &m : list.value())
        ids << m.id;
    CHECK(ids == QList<qint64>{openB.id, unsolvedB.id});
    CHECK_FALSE(ids.contains(openA.id));
    CHECK_FALSE(o.sv().octoberReview(o.hotline, 2026));
}

TEST_CASE("督查 figures against a hand-counted month", "[supervision][storage]")
{
    SupervisionOffice o;
    // Monday 2 March 2026. Housing: three instructions due in March; one closed on its day, one a day
    // late, one open. Transport: one due in April, closed in March. One extension granted in March.
    Matter a = o.assigned(o.instruction(QStringLiteral("甲")), 3);  // due 5 March
    Matter b = o.assigned(o.instruction(QStringLiteral("乙")), 3);  // due 5 March
    Matter c = o.assigned(o.instruction(QStringLiteral("丙")), 10); // due 12 March
    Matter d = o.made(o.supervisor, o.instruction(QStringLiteral("丁")));
    d = o.sv().assign(o.supervisor, d.id, d.version, o.transport, {}, QDate(2026, 4, 10), {}).value();
    auto ext = o.sv().requestExtension(o.supervisor, c.id, c.version, QDate(2026, 3, 20), QStringLiteral("理由"));
    c = o.sv().decideExtension(o.supervisor, c.id, ext.value().version, true, {}).value();
    o.advanceDays(3); // 5 March
    o.closed(a);
    o.advanceDays(1); // 6 March: a day late
    o.closed(b);
    o.advanceDays(2);
    o.closed(d);
    const StatsPeriod march = StatsPeriod::month(2026, 3);
    auto f = o.sv().figures(o.supervisor, march);
    REQUIRE(f);
    REQUIRE(f.value().rows.size() == 2);
    const MatterTally housing = f.value().rows.at(0).unitId == o.housing ? f.value().rows.at(0) : f.value().rows.at(1);
    const MatterTally transport = f.value().rows.at(0).unitId == o.transport ? f.value().rows.at(0) : f.value().rows.at(1);
    CHECK(housing.due == 3);
    CHECK(housing.dueClosedOnTime == 1);
    CHECK(housing.onTimeRate().value() == Approx(1.0 / 3));
    CHECK(housing.received == 3);
    CHECK(housing.answered == 2);
    CHECK(housing.closed == 2);
    CHECK(housing.averageDaysToClose().value() == Approx(3.5));
    CHECK(housing.extensions == 1);
    CHECK(transport.due == 0);
    CHECK_FALSE(transport.onTimeRate());
    CHECK(transport.closed == 1);
    CHECK(transport.answerRate().value() == Approx(1.0));
    // April: only transport's deadline falls in it, closed on time in March.
    auto april = o.sv().figures(o.supervisor, StatsPeriod::month(2026, 4));
    REQUIRE(april);
    REQUIRE(april.value().rows.size() == 1);
    CHECK(april.value().rows.at(0).due == 1);
    CHECK(april.value().rows.at(0).dueClosedOnTime == 1);
    // The drill-down finds the same matters as the counts.
    MatterFilter late;
    late.leadUnitId = o.housing;
    late.dueFrom = march.first;
    late.dueTo = march.last;
    CHECK(o.sv().count(o.supervisor, late).value() == 3);
    late.onTimeOnly = true;
    CHECK(o.sv().count(o.supervisor, late).value() == 1);
    // Every count of the table opens as many matters as it says; a rate and the total open none.
    const DataTable table = SupervisionReports::figuresTable(f.value());
    REQUIRE(table.rows.size() == 3);
    using R = SupervisionReports;
    for (int r = 0; r < 2; ++r) {
        for (int c : {R::DueColumn, R::OnTimeColumn, R::ReceivedColumn, R::AnsweredColumn, R::ClosedColumn}) {
            auto behind = R::drillDown(f.value(), r, c);
            REQUIRE(behind);
            INFO(r << " " << c);
            CHECK(o.sv().count(o.supervisor, *behind).value() == table.rows.at(r).at(c).toInt());
        }
        CHECK_FALSE(R::drillDown(f.value(), r, R::OnTimeRateColumn));
    }
    CHECK_FALSE(R::drillDown(f.value(), 2, R::DueColumn));
    CHECK(table.rows.at(2).at(R::DueColumn).toInt() == 3);
    // A leader's figures count only the matters concerning them.
    auto theirs = o.sv().figures(o.otherLeader, march);
    REQUIRE(theirs);
    CHECK(theirs.value().rows.isEmpty());
}

TEST_CASE("建议提案 satisfaction and solved rates", "[supervision][storage]")
{
    SupervisionOffice o;
    const QList<MatterClosure> closures = {
        {QStringLiteral("答复1"), {}, Satisfaction::Satisfied, true},
        {QStringLiteral("答复2"), {}, Satisfaction::Basically, true},
        {QStringLiteral("答复3"), {}, Satisfaction::Dissatisfied, false},
        {QStringLiteral("答复4"), {}, Satisfaction::Satisfied, false},
    };
    for (const MatterClosure &c : closures)
        o.closed(o.assigned(o.proposal(QStringLiteral("A")), 30), c);
    o.assigned(o.proposal(QStringLiteral("A")), 30); // received, not answered
    auto f = o.sv().figures(o.supervisor, StatsPeriod::month(2026, 3));
    REQUIRE(f);
    REQUIRE(f.value().rows.size() == 1);
    const MatterTally t = f.value().rows.first();
    CHECK(t.kind == MatterKind::Proposal);
    CHECK(t.received == 5);
    CHECK(t.answerRate().value() == Approx(0.8));
    CHECK(t.satisfactionRate().value() == Approx(0.75));
    CHECK(t.solvedRate().value() == Approx(0.5));
}

TEST_CASE("督查 figures count a split task through its sub-tasks, not again by itself", "[supervision][storage]")
{
    SupervisionOffice o;
    Matter project = o.instruction(QStringLiteral("城东片区棚户区改造"));
    project.kind = MatterKind::KeyProject;
    const Matter p = o.assigned(project, 60);
    auto parts = o.sv().split(o.supervisor, p.id, p.version,
                              {SubTask{QStringLiteral("征收补偿"), o.transport, o.today().addDays(30)},
                               SubTask{QStringLiteral("道路配套"), o.education, o.today().addDays(40)}});
    REQUIRE(parts);
    auto f = o.sv().figures(o.supervisor, StatsPeriod::month(2026, 3));
    REQUIRE(f);
    int received = 0;
    for (const MatterTally &t : f.value().rows) {
        CHECK(t.unitId != o.housing); // the task's own unit counts nothing for it
        received += t.received;
    }
    CHECK(received == 2);
}
