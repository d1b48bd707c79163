// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — 督查: the flow as a table, one matter from 立项 to 销号, extensions, 退办,
// sub-tasks, the lights on the work calendar and the hotline's scope.
#include "SupervisionOffice.h"

#include "security/Permissions.h"
#include "workflow/MatterFlow.h"

using namespace gw;
using namespace gw::test;

namespace {
QList<MatterStep> stepsFor(const Matter &m, const Principal &p, const QDate &today)
{
    QList<MatterStep> out;
    for (const MatterFlowRow *r : MatterFlow::rowsFor(m, today)) {
        if (MatterFlow::actsIn(p, *r, m) && !out.contains(r->step))
            out.append(r->step);
    }
    return out;
}

Principal principal(qint64 id, QList<Role> roles)
{
    Principal p;
    p.userId = id;
    p.roles = std::move(roles);
    p.clearance = Clearance::TopSecret;
    return p;
}
} // namespace

TEST_CASE("督查 flow table: every state x step x post", "[supervision]")
{
    using S = MatterStep;
    const QDate today(2026, 3, 2);
    const Principal sup = principal(1, {Role::Supervisor});
    const Principal desk = principal(2, {Role::Hotline});
    const Principal concerned = principal(3, {Role::Leader});
    const Principal other = principal(4, {Role::Leader});
    const Principal clerk = principal(5, {Role::Clerk});
    Matter m;
    m.kind = MatterKind::Instruction;
    m.leaderId = concerned.userId;
    m.dueDate = today.addDays(10);

    m.state = QStringLiteral("registered");
    CHECK(stepsFor(m, sup, today) == QList<S>{S::Assign, S::Split});
    m.state = QStringLiteral("in_progress");
    CHECK(stepsFor(m, sup, today) == QList<S>{S::Split, S::Feedback, S::Report, S::RequestExtension, S::Urge});
    m.extensionAskedTo = today.addDays(20);
    CHECK(stepsFor(m, sup, today) == QList<S>{S::Split, S::Feedback, S::Report, S::DecideExtension, S::Urge});
    CHECK(stepsFor(m, concerned, today) == QList<S>{S::DecideExtension});
    CHECK(stepsFor(m, other, today).isEmpty());
    m.extensionAskedTo = QDate();
    m.state = QStringLiteral("reported");
    CHECK(stepsFor(m, sup, today) == QList<S>{S::Review});
    m.state = QStringLiteral("accepted");
    CHECK(stepsFor(m, sup, today) == QList<S>{S::Close});
    m.state = QStringLiteral("closed");
    CHECK(stepsFor(m, sup, today).isEmpty());
    // Posts that keep another kind, or none, act in no state.
    for (const QString &state : matterStates()) {
        m.state = state;
        INFO(state.toStdString());
        CHECK(stepsFor(m, desk, today).isEmpty());
        CHECK(stepsFor(m, clerk, today).isEmpty());
    }
    // A sub-task is not split again; a task with open sub-tasks neither reports nor closes by hand.
    m.state = QStringLiteral("in_progress");
    m.parentId = 99;
    CHECK_FALSE(stepsFor(m, sup, today).contains(S::Split));
    m.parentId = 0;
    m.openChildren = 1;
    CHECK_FALSE(stepsFor(m, sup, today).contains(S::Report));
    // Calls: the hotline desk acts, the 督查室 does not; a call in scope is transferred, one outside
    // closed with advice, and calls are never split.
    Matter c;
    c.kind = MatterKind::Hotline;
    c.state = QStringLiteral("registered");
    c.category = CallCategory::Criticism;
    CHECK(stepsFor(c, desk, today) == QList<S>{S::Assign});
    CHECK(stepsFor(c, sup, today).isEmpty());
    c.category = CallCategory::Court;
    CHECK(stepsFor(c, desk, today) == QList<S>{S::Advise});
    // Proposals are kept by the same post, under its own permission.
    CHECK(MatterFlow::postAction(MatterKind::Proposal) == Action::ManageProposals);
    CHECK(MatterFlow::postAction(MatterKind::Hotline) == Action::LogHotlineCall);
    CHECK(MatterFlow::postAction(MatterKind::KeyProject) == Action::ManageInstructions);
}

TEST_CASE("督查 a matter from 立项 to 销号 with feedback, a picture, 退办 and history", "[supervision][storage]")
{
    SupervisionOffice o;
    Matter m = o.made(o.supervisor, o.instruction());
    CHECK(m.reference() == QStringLiteral("督〔2026〕1号"));
    CHECK(m.state == QStringLiteral("registered"));
    auto a = o.sv().assign(o.supervisor, m.id, m.version, o.housing, {o.transport}, o.today().addDays(7),
                           QStringLiteral("请按时反馈"));
    REQUIRE(a);
    CHECK(a.value().state == QStringLiteral("in_progress"));
    CHECK(a.value().leadUnitName == QStringLiteral("区住房和城乡建设局"));
    CHECK(a.value().assistUnitIds == QList<qint64>{o.transport});
    // A picture of progress, kept with its entry and its checksum.
    const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + QByteArray(64, '\1');
    auto fb = o.sv().addFeedback(o.supervisor, m.id, a.value().version, o.today(), QStringLiteral("已排查积水点12处"),
                                 {MatterFile{0, 0, QStringLiteral("现场.png"), {}, 0, png}});
    REQUIRE(fb);
    // A text file named as a picture is refused and nothing is written.
    const qint64 audits = o.auditCount();
    auto bad = o.sv().addFeedback(o.supervisor, m.id, fb.value().version, o.today(), QStringLiteral("x"),
                                  {MatterFile{0, 0, QStringLiteral("假图.png"), {}, 0, QByteArray("hello")}});
    CHECK_FALSE(bad);
    CHECK(o.auditCount() == audits);
    auto rep = o.sv().report(o.supervisor, m.id, fb.value().version, QStringLiteral("已整治完毕"), {});
    REQUIRE(rep);
    // 退办 needs its reason, and sends the matter back to 办理中.
    CHECK_FALSE(o.sv().review(o.supervisor, m.id, rep.value().version, false, {}));
    auto back = o.sv().review(o.supervisor, m.id, rep.value().version, false, QStringLiteral("缺少现场照片"));
    REQUIRE(back);
    CHECK(back.value().state == QStringLiteral("in_progress"));
    Matter done = o.closed(back.value());
    CHECK(done.state == QStringLiteral("closed"));
    CHECK(MatterFlow::closedOnTime(done));
    auto events = o.sv().events(o.supervisor, m.id);
    REQUIRE(events);
    QStringList actions;
    for (const MatterEvent &e : events.value())
        actions << e.action;
    CHECK(actions == QStringList{"register", "assign", "feedback", "report", "return", "report", "accept", "close"});
    REQUIRE(events.value().at(2).files.size() == 1);
    auto file = o.sv().file(o.supervisor, m.id, events.value().at(2).files.first().id);
    REQUIRE(file);
    CHECK(file.value().bytes == png);
    // Nothing can be done to a closed matter.
    CHECK(o.sv().actionsFor(o.supervisor, done).isEmpty());
    CHECK_FALSE(o.sv().urge(o.supervisor, m.id, done.version, QStringLiteral("phone"), {}));
}

TEST_CASE("督查 extension: asked on the deadline's day, refused the day after, decided by the leader concerned",
          "[supervision][storage]")
{
    SupervisionOffice o;
    Matter m = o.assigned(o.instruction(), 2);
    const QDate due = m.dueDate;
    o.advanceDays(2); // the deadline's day itself: still in time to ask
    CHECK(o.today() == due);
    auto asked = o.sv().requestExtension(o.supervisor, m.id, m.version, due.addDays(10), QStringLiteral("汛期施工受阻"));
    REQUIRE(asked);
    CHECK(asked.value().extensionPending());
    // A second request waits for the first's decision.
    auto twice = o.sv().requestExtension(o.supervisor, m.id, asked.value().version, due.addDays(12), QStringLiteral("再延"));
    REQUIRE_FALSE(twice);
    CHECK(twice.error().message.contains(QStringLiteral("waits for a decision")));
    // Another leader may not decide; the one concerned may; a refusal needs its reason.
    CHECK_FALSE(o.sv().decideExtension(o.otherLeader, m.id, asked.value().version, true, {}));
    CHECK_FALSE(o.sv().decideExtension(o.leader, m.id, asked.value().version, false, {}));
    auto granted = o.sv().decideExtension(o.leader, m.id, asked.value().version, true, QStringLiteral("同意"));
    REQUIRE(granted);
    CHECK(granted.value().dueDate == due.addDays(10));
    CHECK(granted.value().extensionsGranted == 1);
    CHECK_FALSE(granted.value().extensionPending());

    // The day after a deadline, it is too late to ask.
    Matter late = o.assigned(o.instruction(QStringLiteral("另一件批示")), 1);
    o.advanceDays(2);
    auto tooLate = o.sv().requestExtension(o.supervisor, late.id, late.version, late.dueDate.addDays(5), QStringLiteral("来不及"));
    REQUIRE_FALSE(tooLate);
    CHECK(tooLate.error().message.contains(QStringLiteral("has passed")));
    CHECK_FALSE(o.sv().actionsFor(o.supervisor, late).contains(MatterStep::RequestExtension));
    // A new date that is not after the present one is refused.
    Matter third = o.assigned(o.instruction(QStringLiteral("第三件")), 5);
    CHECK_FALSE(o.sv().requestExtension(o.supervisor, third.id, third.version, third.dueDate, QStringLiteral("理由")));
    // The 督查室 refuses with a reason: the deadline stays.
    auto asked3 = o.sv().requestExtension(o.supervisor, third.id, third.version, third.dueDate.addDays(3), QStringLiteral("理由"));
    REQUIRE(asked3);
    auto refused = o.sv().decideExtension(o.supervisor, third.id, asked3.value().version, false, QStringLiteral("理由不足"));
    REQUIRE(refused);
    CHECK(refused.value().dueDate == third.dueDate);
    CHECK(refused.value().extensionsGranted == 0);
}

TEST_CASE("督查 sub-tasks: the task closes when its last sub-task closes, not before", "[supervision][storage]")
{
    SupervisionOffice o;
    Matter project = o.instruction(QStringLiteral("城东片区棚户区改造"));
    project.kind = MatterKind::KeyProject;
    Matter p = o.assigned(project, 60);
    auto children = o.sv().split(o.supervisor, p.id, p.version,
                                 {SubTask{QStringLiteral("征收补偿"), o.housing, o.today().addDays(30)},
                                  SubTask{QStringLiteral("道路配套"), o.transport, o.today().addDays(40)}});
    REQUIRE(children);
    REQUIRE(children.value().size() == 2);
    CHECK(children.value().at(0).parentId == p.id);
    // A sub-task's deadline may not lie after the task's.
    auto parent = o.sv().get(o.supervisor, p.id);
    REQUIRE(parent);
    CHECK(parent.value().openChildren == 2);
    CHECK_FALSE(o.sv().split(o.supervisor, p.id, parent.value().version,
                             {SubTask{QStringLiteral("太晚"), o.education, o.today().addDays(61)}}));
    // The task does not report by hand while sub-tasks are open.
    auto early = o.sv().report(o.supervisor, p.id, parent.value().version, QStringLiteral("完成"), {});
    REQUIRE_FALSE(early);
    CHECK(early.error().message.contains(QStringLiteral("sub-task")));
    // Each sub-task is assigned to its unit as it is made; one without a unit is refused.
    const QList<Matter> kids = children.value();
    CHECK(kids.at(0).state == QStringLiteral("in_progress"));
    CHECK(kids.at(1).dueDate == o.today().addDays(40));
    CHECK_FALSE(o.sv().split(o.supervisor, p.id, parent.value().version,
                             {SubTask{QStringLiteral("无单位"), 0, o.today().addDays(10)}}));
    o.closed(kids.at(0));
    CHECK(o.sv().get(o.supervisor, p.id).value().isOpen());
    o.closed(kids.at(1));
    auto after = o.sv().get(o.supervisor, p.id);
    REQUIRE(after);
    CHECK(after.value().state == QStringLiteral("closed"));
    CHECK(after.value().closedAtMs > 0);
}

TEST_CASE("督查 lights across weekends and 调休 days", "[supervision]")
{
    Matter m;
    m.state = QStringLiteral("in_progress");
    const QDate thursday(2026, 3, 5);
    auto light = [&m](const LightBounds &b, const QDate &due) {
        m.dueDate = due;
        return MatterFlow::lightOf(m, b);
    };
    // A plain week: Friday, Monday, Tuesday are the three working days after Thursday.
    const LightBounds plain = MatterFlow::bounds(WorkCalendar(), thursday, 3);
    CHECK(plain.yellowTo == QDate(2026, 3, 10));
    CHECK(light(plain, QDate(2026, 3, 4)) == MatterLight::Red);     // yesterday
    CHECK(light(plain, thursday) == MatterLight::Yellow);           // the day itself
    CHECK(light(plain, QDate(2026, 3, 8)) == MatterLight::Yellow);  // Sunday inside the window
    CHECK(light(plain, QDate(2026, 3, 10)) == MatterLight::Yellow); // the third working day
    CHECK(light(plain, QDate(2026, 3, 11)) == MatterLight::Green);  // the fourth
    // Saturday worked (调休): the window ends a working day sooner.
    const LightBounds swapped =
        MatterFlow::bounds(WorkCalendar({CalendarDay{QDate(2026, 3, 7), true, QStringLiteral("调休")}}), thursday, 3);
    CHECK(swapped.yellowTo == QDate(2026, 3, 9));
    CHECK(light(swapped, QDate(2026, 3, 10)) == MatterLight::Green);
    // A holiday on Friday: it reaches a day further.
    const LightBounds holiday =
        MatterFlow::bounds(WorkCalendar({CalendarDay{QDate(2026, 3, 6), false, QStringLiteral("假日")}}), thursday, 3);
    CHECK(holiday.yellowTo == QDate(2026, 3, 11));
    CHECK(light(holiday, QDate(2026, 3, 11)) == MatterLight::Yellow);
    // The office's own warning: one working day.
    CHECK(MatterFlow::bounds(WorkCalendar(), thursday, 1).yellowTo == QDate(2026, 3, 6));
    // Closed matters and matters without a deadline show no light.
    m.state = QStringLiteral("closed");
    CHECK(light(plain, QDate(2026, 3, 4)) == MatterLight::None);
    m.state = QStringLiteral("registered");
    m.dueDate = QDate();
    CHECK(MatterFlow::lightOf(m, plain) == MatterLight::None);
}

TEST_CASE("督查 lights: the register's light filter and counts agree with each row's light", "[supervision][storage]")
{
    SupervisionOffice o;
    for (int days : {1, 2, 3, 4, 5, 8, 12, 20})
        o.assigned(o.instruction(QStringLiteral("批示%1").arg(days)), days);
    o.made(o.supervisor, o.instruction(QStringLiteral("未交办")));
    o.advanceDays(4); // Friday: the first three are overdue
    auto b = o.sv().bounds();
    REQUIRE(b);
    auto all = o.sv().list(o.supervisor, {});
    REQUIRE(all);
    QMap<MatterLight, int> byRow;
    for (const Matter &m : all.value())
        ++byRow[MatterFlow::lightOf(m, b.value())];
    CHECK(byRow[MatterLight::Red] == 3);
    for (MatterLight l : {MatterLight::Red, MatterLight::Yellow, MatterLight::Green, MatterLight::None}) {
        MatterFilter f;
        f.light = l;
        f.bounds = b.value();
        auto n = o.sv().count(o.supervisor, f);
        REQUIRE(n);
        INFO(matterLightCode(l).toStdString());
        CHECK(n.value() == byRow[l]);
    }
    auto counts = o.sv().lightCounts(o.supervisor, {});
    REQUIRE(counts);
    CHECK(counts.value() == QList<int>{byRow[MatterLight::Red], byRow[MatterLight::Yellow], byRow[MatterLight::Green]});
}

TEST_CASE("直线电话 scope: in-scope calls are transferred, each out-of-scope category answered with its advice",
          "[supervision][storage]")
{
    SupervisionOffice o;
    for (CallCategory c : allCallCategories()) {
        INFO(callCategoryCode(c).toStdString());
        Matter call = o.made(o.hotline, o.call(c));
        CHECK(call.reference().startsWith(QStringLiteral("电〔2026〕")));
        if (HotlineScope::inScope(c)) {
            CHECK(HotlineScope::advice(c).isEmpty());
            CHECK_FALSE(o.sv().advise(o.hotline, call.id, call.version, {}));
            auto t = o.sv().assign(o.hotline, call.id, call.version, o.housing, {}, o.today().addDays(5), {});
            REQUIRE(t);
            CHECK(t.value().state == QStringLiteral("in_progress"));
        } else {
            auto t = o.sv().assign(o.hotline, call.id, call.version, o.housing, {}, o.today().addDays(5), {});
            REQUIRE_FALSE(t);
            CHECK(t.error().message.contains(QStringLiteral("outside the scope")));
            auto a = o.sv().advise(o.hotline, call.id, call.version, QStringLiteral("已告知"));
            REQUIRE(a);
            CHECK(a.value().state == QStringLiteral("closed"));
            CHECK(a.value().reply.startsWith(HotlineScope::advice(c)));
            CHECK(a.value().reply.endsWith(QStringLiteral("已告知")));
        }
    }
    // The scope as SPEC.md gives it: five kinds the government answers for, six bodies and 信访 outside.
    for (CallCategory c : {CallCategory::Criticism, CallCategory::Suggestion, CallCategory::Procedure,
                           CallCategory::NeedsGovernment, CallCategory::LawBreach})
        CHECK(HotlineScope::inScope(c));
    for (CallCategory c : {CallCategory::PartyCommittee, CallCategory::PeoplesCongress, CallCategory::Cppcc,
                           CallCategory::Army, CallCategory::Court, CallCategory::Procuratorate, CallCategory::Petition})
        CHECK_FALSE(HotlineScope::inScope(c));
    // Each body outside the scope has advice of its own; letters and visits go to 信访.
    QSet<QString> advices;
    for (CallCategory c : allCallCategories()) {
        if (!HotlineScope::inScope(c))
            advices.insert(HotlineScope::advice(c));
    }
    CHECK(advices.size() == 7);
    CHECK(HotlineScope::advice(CallCategory::Petition).contains(QStringLiteral("信访")));
    // A call outside the scope is not registered with a unit or a deadline.
    Matter wrong = o.call(CallCategory::Army);
    wrong.leadUnitId = o.housing;
    CHECK_FALSE(o.sv().registerMatter(o.hotline, wrong));
    // The call's category and a time in the future are checked.
    Matter future = o.call(CallCategory::Criticism);
    future.calledAtMs = o.clock->nowMs() + 3 * 86400000LL;
    CHECK_FALSE(o.sv().registerMatter(o.hotline, future));
    Matter uncategorised = o.call(CallCategory::Criticism);
    uncategorised.category.reset();
    CHECK_FALSE(o.sv().registerMatter(o.hotline, uncategorised));
}
