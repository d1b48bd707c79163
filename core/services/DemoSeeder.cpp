// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — fills a database with a demonstration office.
#include "services/DemoSeeder.h"

#include "Clock.h"
#include "services/OfficeService.h"
#include "services/UnitService.h"
#include "services/UserService.h"
#include "services/Workspace.h"

#include "storage/Database.h"
#include "workflow/WorkCalendar.h"

#include <QHash>
#include <QTimeZone>

namespace gw {
namespace {
struct DemoUser
{
    const char *username;
    const char *name;
    QList<Role> roles;
    Clearance clearance;
    bool districtHead;
};

struct DemoUnit
{
    const char *name;
    const char *shortName;
    UnitType type;
    const char *superior; // name of the superior unit, or nullptr
    bool key;
};
} // namespace

Result<QHash<QString, Principal>> DemoSeeder::accounts(Workspace &ws, const Actor &admin)
{
    auto all = ws.users().list(admin);
    if (!all)
        return all.error();
    QHash<QString, Principal> out;
    for (const User &u : all.value())
        out.insert(u.username, Principal::fromUser(u));
    return out;
}

QString DemoSeeder::password()
{
    return QStringLiteral("gongwen2026");
}

Status DemoSeeder::seed(Workspace &current, const Typeset &typeset)
{
    // With a past to write, the office is set up thirteen months ago, through a workspace on the same
    // records whose clock is moved along: the audit log and every record then run forward in time.
    const QDate thisMonth = [&] {
        const QDate today = WorkCalendar::localDate(current.clock().now());
        return QDate(today.year(), today.month(), 1);
    }();
    std::shared_ptr<ManualClock> clock;
    std::unique_ptr<Workspace> past;
    if (typeset) {
        clock = std::make_shared<ManualClock>(
            QDateTime(thisMonth.addMonths(-13), QTime(9, 0), QTimeZone(8 * 3600)).toUTC());
        auto opened = Workspace::open(current.database().url(), clock);
        if (!opened)
            return opened.error();
        past = std::move(opened).value();
    }
    Workspace &ws = past ? *past : current;
    auto needs = ws.office().needsSetUp();
    if (!needs)
        return needs.error();
    if (!needs.value())
        return makeError(ErrorCode::Validation,
                         QCoreApplication::translate("DemoSeeder",
                                                     "The database is already set up; demo data is "
                                                     "only put into an empty database."));
    OfficeSetup setup;
    setup.office.fullName = QStringLiteral("云溪区人民政府办公室");
    setup.office.signMark = QStringLiteral("云溪区人民政府");
    setup.office.fondsNo = QStringLiteral("J012");
    setup.office.contactPerson = QStringLiteral("李文秀");
    setup.office.contactPhone = QStringLiteral("0712-2345678");
    setup.office.prefixes = {{QStringLiteral("云政发"), QStringLiteral("区政府发文")},
                             {QStringLiteral("云政办发"), QStringLiteral("区政府办公室发文")},
                             {QStringLiteral("云政函"), QStringLiteral("区政府函")},
                             {QStringLiteral("云政办函"), QStringLiteral("区政府办公室函")}};
    setup.adminUsername = QStringLiteral("admin");
    setup.adminDisplayName = QStringLiteral("周建国");
    setup.adminPassword = password();
    auto admin = ws.office().setUp(setup);
    if (!admin)
        return admin.error();

    const DemoUser users[] = {
        {"clerk", "李文秀", {Role::Clerk}, Clearance::Secret, false},
        {"drafter", "王晓明", {Role::Drafter}, Clearance::Confidential, false},
        {"section", "陈立华", {Role::SectionHead, Role::Drafter}, Clearance::Secret, false},
        // 秘书科 reviews, and drafts its own documents (the quality bulletin among them).
        {"reviewer", "赵静", {Role::Reviewer, Role::Drafter}, Clearance::Secret, false},
        {"deputy", "孙志强", {Role::DeputyDirector}, Clearance::Secret, false},
        {"legal", "吴法林", {Role::Legal}, Clearance::Confidential, false},
        {"director", "郑国栋", {Role::Director}, Clearance::TopSecret, false},
        {"leader", "冯德明", {Role::Leader}, Clearance::TopSecret, true},
        {"vice", "韩秀英", {Role::Leader}, Clearance::Secret, false},
        {"printer", "杨帆", {Role::Printer}, Clearance::Secret, false},
        {"reader", "何小雨", {Role::FirstReader}, Clearance::Secret, false},
        // 督查室 keeps the matters and drafts its own 通报 and 专报.
        {"supervisor", "林督查", {Role::Supervisor, Role::Drafter}, Clearance::Secret, false},
        {"hotline", "黄晓燕", {Role::Hotline}, Clearance::None, false},
        // 三员: the auditor, then the security officer last — once there is one, posts are theirs to give.
        {"auditor", "刘审言", {Role::Auditor}, Clearance::Secret, false},
        {"security", "钱守密", {Role::SecurityOfficer}, Clearance::TopSecret, false},
    };
    for (const DemoUser &d : users) {
        User u;
        u.username = QString::fromLatin1(d.username);
        u.displayName = QString::fromUtf8(d.name);
        u.roles = d.roles;
        u.clearance = d.clearance;
        u.districtHead = d.districtHead;
        // The demonstration's published password is each account's own: no change asked at log-in.
        if (auto r = ws.users().create(admin.value(), u, password(), false); !r)
            return r.error();
    }

    const DemoUnit units[] = {
        {"秘书科", "秘书科", UnitType::Section, nullptr, false},
        {"综合一科", "综合一科", UnitType::Section, nullptr, false},
        {"综合二科", "综合二科", UnitType::Section, nullptr, false},
        {"法规科", "法规科", UnitType::Section, nullptr, false},
        {"督查室", "督查室", UnitType::Section, nullptr, false},
        {"中共云溪区委员会", "区委", UnitType::Organ, nullptr, false},
        {"云溪区人民代表大会常务委员会", "区人大常委会", UnitType::Organ, nullptr, false},
        {"中国人民政治协商会议云溪区委员会", "区政协", UnitType::Organ, nullptr, false},
        {"云溪市人民政府", "市政府", UnitType::Organ, nullptr, false},
        {"云溪市人民政府办公室", "市政府办公室", UnitType::Organ, nullptr, false},
        {"云溪区发展和改革局", "区发改局", UnitType::Department, nullptr, false},
        {"云溪区财政局", "区财政局", UnitType::Department, nullptr, false},
        {"云溪区教育局", "区教育局", UnitType::Department, nullptr, false},
        {"云溪区民政局", "区民政局", UnitType::Department, nullptr, false},
        {"云溪区人力资源和社会保障局", "区人社局", UnitType::Department, nullptr, false},
        {"云溪区自然资源和规划局", "区自然资源规划局", UnitType::Department, nullptr, false},
        {"云溪区住房和城乡建设局", "区住建局", UnitType::Department, nullptr, false},
        {"云溪区交通运输局", "区交通运输局", UnitType::Department, nullptr, false},
        {"云溪区农业农村局", "区农业农村局", UnitType::Department, nullptr, false},
        {"云溪区卫生健康局", "区卫健局", UnitType::Department, nullptr, false},
        {"云溪区应急管理局", "区应急管理局", UnitType::Department, nullptr, false},
        {"云溪区市场监督管理局", "区市场监管局", UnitType::Department, nullptr, false},
        {"云溪区司法局", "区司法局", UnitType::Department, nullptr, false},
        {"云溪区信访局", "区信访局", UnitType::Department, nullptr, false},
        {"云溪区经济和信息化局", "区经信局", UnitType::Department, nullptr, false},
        {"云溪区城西街道办事处", "城西街道", UnitType::Town, nullptr, false},
        {"云溪区城东街道办事处", "城东街道", UnitType::Town, nullptr, false},
        {"云溪区青石镇人民政府", "青石镇", UnitType::Town, nullptr, false},
        {"云溪区白沙镇人民政府", "白沙镇", UnitType::Town, nullptr, false},
        {"云溪区龙泉镇人民政府", "龙泉镇", UnitType::Town, nullptr, false},
        {"云溪区桃源镇人民政府", "桃源镇", UnitType::Town, nullptr, false},
        {"青石镇杨柳村村民委员会", "杨柳村", UnitType::Village, "云溪区青石镇人民政府", false},
        {"青石镇石桥村村民委员会", "石桥村", UnitType::Village, "云溪区青石镇人民政府", false},
        {"白沙镇河口村村民委员会", "河口村", UnitType::Village, "云溪区白沙镇人民政府", false},
        {"龙泉镇新华村村民委员会", "新华村", UnitType::Village, "云溪区龙泉镇人民政府", false},
        {"城西街道解放路社区居民委员会", "解放路社区", UnitType::Village, "云溪区城西街道办事处", false},
        {"城东街道滨江社区居民委员会", "滨江社区", UnitType::Village, "云溪区城东街道办事处", false},
        {"云溪区第一人民医院", "区一医院", UnitType::Enterprise, "云溪区卫生健康局", false},
        {"云溪区实验中学", "区实验中学", UnitType::Enterprise, "云溪区教育局", false},
        {"云溪区城市建设投资有限公司", "区城投公司", UnitType::Enterprise, "云溪区住房和城乡建设局", false},
        {"云溪区自来水有限公司", "区自来水公司", UnitType::Enterprise, "云溪区住房和城乡建设局", false},
        {"云溪精密机械股份有限公司", "云溪精机", UnitType::Enterprise, nullptr, true},
        {"云溪新材料科技有限公司", "云溪新材料", UnitType::Enterprise, nullptr, true},
        {"青石茶叶专业合作社", "青石茶叶合作社", UnitType::Enterprise, "云溪区青石镇人民政府", false},
        {"白沙建材有限公司", "白沙建材", UnitType::Enterprise, nullptr, false},
    };
    QHash<QString, qint64> ids;
    for (const DemoUnit &d : units) {
        Unit u;
        u.name = QString::fromUtf8(d.name);
        u.shortName = QString::fromUtf8(d.shortName);
        u.type = d.type;
        u.keyEnterprise = d.key;
        if (d.superior)
            u.superiorId = ids.value(QString::fromUtf8(d.superior));
        auto created = ws.units().create(admin.value(), u);
        if (!created)
            return created.error();
        ids.insert(u.name, created.value().id);
    }
    if (past) {
        if (auto st = seedHistory(*past, *clock, typeset, admin.value(), ids, thisMonth.addMonths(-12), 12); !st)
            return st;
        // The past month of 督查, on the same moving clock, up to yesterday.
        clock->set(current.clock().now().addDays(-30));
        if (auto st = seedSupervision(*past, clock.get(), admin.value(), ids); !st)
            return st;
        past.reset();
    } else if (auto st = seedSupervision(current, nullptr, admin.value(), ids); !st) {
        return st;
    }
    if (auto st = seedDrafts(current, admin.value(), ids); !st)
        return st;
    return seedIncoming(current, admin.value(), ids, typeset);
}

} // namespace gw
