// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — demonstration supervised matters of every kind, in every light, and hotline calls:
// registered in the past weeks (the clock moved along), so some are overdue now.
#include "services/DemoSeeder.h"

#include "Clock.h"
#include "services/SupervisionService.h"
#include "services/UserService.h"
#include "services/Workspace.h"

#include <QTimeZone>

#include <tuple>

namespace gw {
namespace {
/// A small picture of progress: a valid 2 × 2 PNG (what a phone's photo stands for in the demo).
QByteArray progressPicture()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==");
}

struct Demo
{
    Workspace &ws;
    ManualClock *clock;
    const QHash<QString, qint64> &units;
    const QHash<QString, Principal> &people;
    Status failed;

    SupervisionService &sv() const { return ws.supervision(); }
    Principal who(const char *name) const { return people.value(QString::fromLatin1(name)); }
    qint64 unit(const char *name) const { return units.value(QString::fromUtf8(name)); }
    QDate today() const { return WorkCalendar::localDate(ws.clock().now()); }
    /// Moves the demo's clock to `days` from the start (nothing moves without a clock of its own).
    void at(const QDate &start, int days, int hour = 10)
    {
        if (clock)
            clock->set(QDateTime(start.addDays(days), QTime(hour, 0), QTimeZone(8 * 3600)).toUTC());
    }
    template <typename T> bool take(Result<T> r, T *out = nullptr)
    {
        if (!r) {
            if (failed)
                failed = r.error();
            return false;
        }
        if (out)
            *out = r.value();
        return true;
    }
    Matter reg(const Principal &p, Matter m)
    {
        Matter out;
        take(sv().registerMatter(p, m), &out);
        return out;
    }
    Matter assign(const Principal &p, const Matter &m, const char *lead, int days, QList<qint64> assist = {})
    {
        Matter out = m;
        if (m.id > 0)
            take(sv().assign(p, m.id, m.version, unit(lead), assist, today().addDays(days), {}), &out);
        return out;
    }
    Matter feedback(const Matter &m, const QString &text, bool picture = false)
    {
        Matter out = m;
        const QList<MatterFile> files =
            picture ? QList<MatterFile>{MatterFile{0, 0, QStringLiteral("现场照片.png"), {}, 0, progressPicture()}}
                    : QList<MatterFile>{};
        if (m.id > 0)
            take(sv().addFeedback(who("supervisor"), m.id, m.version, today(), text, files), &out);
        return out;
    }
    Matter close(const Matter &m, const MatterClosure &c = {}, bool accept = true)
    {
        Matter out = m;
        const Principal &p = m.kind == MatterKind::Hotline ? who("hotline") : who("supervisor");
        if (m.id <= 0 || !take(sv().report(p, m.id, m.version, QStringLiteral("已按要求办结，报告附后。"), {}), &out))
            return out;
        if (!take(sv().review(p, out.id, out.version, true, {}), &out) || !accept)
            return out;
        take(sv().close(p, out.id, out.version, c), &out);
        return out;
    }
};

Matter instruction(const char *source, const char *title, const char *text, qint64 leader)
{
    Matter m;
    m.kind = MatterKind::Instruction;
    m.source = QString::fromUtf8(source);
    m.title = QString::fromUtf8(title);
    m.request = QString::fromUtf8(text);
    m.leaderId = leader;
    return m;
}

Matter call(const char *caller, CallCategory c, const char *said, qint64 atMs)
{
    Matter m;
    m.kind = MatterKind::Hotline;
    m.caller = QString::fromUtf8(caller);
    m.phone = QStringLiteral("1390712%1").arg(atMs % 10000, 4, 10, QLatin1Char('0'));
    m.calledAtMs = atMs;
    m.category = c;
    m.request = QString::fromUtf8(said);
    return m;
}
} // namespace

Status DemoSeeder::seedSupervision(Workspace &ws, ManualClock *clock, const Actor &admin,
                                   const QHash<QString, qint64> &units)
{
    auto people = accounts(ws, admin);
    if (!people)
        return people.error();
    Demo d{ws, clock, units, people.value(), {}};
    const QDate start = d.today(); // a month ago when the clock moves, else today
    d.at(start, 0);
    const qint64 mayor = d.who("leader").userId;
    const qint64 vice = d.who("vice").userId;
    const Principal sup = d.who("supervisor");
    const Principal desk = d.who("hotline");

    // Day 0. Red by now: a mayor's-mailbox instruction assigned a month ago, due ten days later.
    Matter flood = d.reg(sup, instruction("市长信箱", "关于城西片区雨后积水问题的批示",
                                          "请住建局牵头，会同城西街道，十日内拿出积水点整治方案并组织实施。", mayor));
    flood = d.assign(sup, flood, "云溪区住房和城乡建设局", 10, {d.unit("云溪区城西街道办事处")});

    // Day 1. Deputies' suggestions and members' proposals.
    d.at(start, 1);
    auto proposal = [](const char *by, const char *title, const char *body, const char *cls) {
        Matter m;
        m.kind = MatterKind::Proposal;
        m.source = QString::fromUtf8(by);
        m.title = QString::fromUtf8(title);
        m.request = QString::fromUtf8(title);
        m.proposalBody = QString::fromLatin1(body);
        m.proposalLevel = QStringLiteral("district");
        m.proposalClass = QString::fromLatin1(cls);
        return m;
    };
    Matter bus = d.assign(sup, d.reg(sup, proposal("张明代表等5人", "关于增设城东至开发区公交线路的建议", "npc", "A")),
                          "云溪区交通运输局", 25);
    Matter clinic = d.assign(sup, d.reg(sup, proposal("李芳委员", "关于加强村卫生室建设的提案", "cppcc", "B")),
                             "云溪区卫生健康局", 25);
    d.assign(sup, d.reg(sup, proposal("王强代表", "关于缓解医院周边停车难的建议", "npc", "B")),
             "云溪区住房和城乡建设局", 45);
    d.reg(sup, proposal("陈静委员", "关于发展青石茶叶品牌的提案", "cppcc", "C"));

    // Day 2. A key project in two sub-tasks.
    d.at(start, 2);
    Matter project = instruction("政府工作报告", "城东片区棚户区改造", "年内完成城东片区棚户区征收和安置房建设。", mayor);
    project.kind = MatterKind::KeyProject;
    project = d.assign(sup, d.reg(sup, project), "云溪区住房和城乡建设局", 120);
    QList<Matter> parts;
    if (project.id > 0)
        d.take(d.sv().split(sup, project.id, project.version,
                            {SubTask{QStringLiteral("征收补偿"), d.unit("云溪区住房和城乡建设局"), d.today().addDays(45)},
                             SubTask{QStringLiteral("安置房配套道路"), d.unit("云溪区交通运输局"), d.today().addDays(90)}}),
               &parts);
    const Matter firstPart = parts.value(0);

    // Day 3. A meeting's decisions, entered once.
    d.at(start, 3);
    Matter item;
    item.leaderId = mayor;
    item.title = QStringLiteral("老旧小区改造年度任务");
    item.request = QStringLiteral("年内完成城东20个老旧小区改造，住建局牵头。");
    Matter second = item;
    second.title = QStringLiteral("背街小巷环境整治");
    second.request = QStringLiteral("城西、城东街道负责，四十天内完成背街小巷整治。");
    Matter third = item;
    third.title = QStringLiteral("农村公路养护资金落实");
    third.request = QStringLiteral("财政局两周内落实农村公路养护资金。");
    QList<Matter> decided;
    d.take(d.sv().registerDecisions(sup, QStringLiteral("区政府第12次常务会议"), {item, second, third}), &decided);
    QList<Matter> meeting;
    if (decided.size() == 3)
        meeting = {d.assign(sup, decided.at(0), "云溪区住房和城乡建设局", 60),
                   d.assign(sup, decided.at(1), "云溪区城东街道办事处", 40),
                   d.assign(sup, decided.at(2), "云溪区财政局", 14)};

    // The weeks after: progress with pictures, reports, closures.
    d.at(start, 6);
    flood = d.feedback(flood, QStringLiteral("已排查积水点12处，其中解放路、滨江路3处需改造排水管网。"), true);
    d.at(start, 15);
    if (meeting.size() == 3)
        d.close(meeting.at(2), {QStringLiteral("资金已拨付到位。"), {}, Satisfaction::Unknown, {}});
    d.at(start, 20);
    if (firstPart.id > 0)
        d.close(d.feedback(firstPart, QStringLiteral("已签约征收户186户，占总数的93%。"), true));
    d.at(start, 22);
    d.close(bus, {QStringLiteral("已开通城东至开发区12路公交。"), {}, Satisfaction::Satisfied, true});
    d.close(clinic, {QStringLiteral("已列入明年民生实事，分两年完成。"), {}, Satisfaction::Basically, false});
    d.at(start, 25);
    if (meeting.size() == 3) {
        d.close(meeting.at(1), {}, false); // accepted, waiting for 销号
        Matter a = meeting.at(0);
        if (a.id > 0)
            d.take(d.sv().report(sup, a.id, a.version, QStringLiteral("已完成12个小区改造，其余8个正在施工。"), {}), &a);
    }

    // Day 27. Yellow by now: school-road safety, due in five days; an extension is asked for.
    d.at(start, 27);
    Matter school = d.reg(sup, instruction("区政府领导批示", "关于校园周边交通安全隐患整治的批示",
                                           "请交通运输局会同教育局，对全区中小学校门口交通设施逐一排查整改。", vice));
    school = d.assign(sup, school, "云溪区交通运输局", 5, {d.unit("云溪区教育局")});

    // Day 28. Hotline calls: one transferred and open, one answered.
    d.at(start, 28, 15);
    const qint64 now = d.ws.clock().nowMs();
    Matter lamp = d.reg(desk, call("王先生", CallCategory::NeedsGovernment, "解放路小区门口路灯坏了一个月没人修。", now - 600000));
    d.assign(desk, lamp, "云溪区城西街道办事处", 3);
    Matter noise = d.reg(desk, call("赵女士", CallCategory::LawBreach, "夜间建筑工地施工噪音扰民。", now - 300000));
    noise = d.assign(desk, noise, "云溪区住房和城乡建设局", 2);

    // Day 29. The extension request; green and new instructions; calls outside the scope.
    d.at(start, 29, 9);
    if (school.id > 0)
        d.take(d.sv().requestExtension(sup, school.id, school.version, school.dueDate.addDays(10),
                                       QStringLiteral("需待周末封闭施工，申请延期10天。")),
               &school);
    Matter water = d.reg(sup, instruction("省长信箱", "关于白沙镇饮水安全的来信批示",
                                          "请区住建局、区卫健局核实白沙镇河口村饮水情况，妥善处理并答复来信人。", mayor));
    d.assign(sup, water, "云溪区住房和城乡建设局", 21, {d.unit("云溪区卫生健康局")});
    d.reg(sup, instruction("市委书记信箱", "关于龙泉镇企业用地手续办理的批示", "请自然资源规划局研究，依法依规加快办理。",
                           mayor));
    Matter secret = instruction("上级领导批示", "关于某重点项目前期工作的批示", "请发改局按批示要求抓紧推进。", mayor);
    secret.secrecy = Clearance::Secret;
    d.assign(sup, d.reg(sup, secret), "云溪区发展和改革局", 12);
    d.at(start, 29, 11);
    d.close(noise, {QStringLiteral("已责令工地停止夜间施工，来电人表示认可。"), {}, Satisfaction::Satisfied, {}});
    for (auto [who, category, said] : {std::tuple{"刘先生", CallCategory::Court, "对一起民事案件的判决不服。"},
                                       std::tuple{"孙女士", CallCategory::Petition, "想反映征地补偿问题，问去哪里上访。"}}) {
        Matter c = d.reg(desk, call(who, category, said, d.ws.clock().nowMs() - 100000));
        if (c.id > 0)
            d.take(d.sv().advise(desk, c.id, c.version, {}), &c);
    }
    return d.failed;
}

} // namespace gw
