// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — demonstration drafts, one or more for every variant, waiting at different steps.
#include "services/DemoSeeder.h"

#include "services/DraftingService.h"
#include "services/UserService.h"
#include "services/Workspace.h"

#include <QFile>

namespace gw {
namespace {
struct DemoDraft
{
    const char *title;
    Genre genre;
    Issuer issuer;
    Direction direction;
    const char *unit;
    bool normative;
    Urgency urgency;
    const char *recipients;
    const char *signer; // user name of the signing leader, or ""
    const char *until;  // the step it is left waiting at
};

const DemoDraft kDrafts[] = {
    {"关于印发云溪区城市管理办法的通知", Genre::Circular, Issuer::DistrictGovernment, Direction::Downward,
     "法规科", true, Urgency::Normal, "各镇人民政府、街道办事处，区政府各部门", "vice", "legal_review"},
    {"关于做好2026年防汛工作的通知", Genre::Circular, Issuer::DistrictGovernment, Direction::Downward,
     "综合一科", false, Urgency::VeryUrgent, "各镇人民政府、街道办事处，区政府各部门", "vice",
     "secretariat_review"},
    {"关于申请城区排涝设施改造资金的请示", Genre::Request, Issuer::DistrictGovernment, Direction::Upward,
     "综合二科", false, Urgency::Urgent, "云溪市人民政府", "leader", "leader_sign"},
    {"关于调整区教育系统部分学校布局的通知", Genre::Circular, Issuer::DistrictGovernment, Direction::Downward,
     "云溪区教育局", false, Urgency::Normal, "各镇人民政府、街道办事处，区政府各部门", "vice",
     "section_check"},
    {"关于开展安全生产大检查的通知", Genre::Circular, Issuer::DistrictOffice, Direction::Downward, "秘书科",
     false, Urgency::Urgent, "各镇人民政府、街道办事处，区政府各部门", "", "registration"},
    {"关于加强基层治理体系建设的意见", Genre::Opinion, Issuer::JointPartyGov, Direction::Downward, "综合一科",
     false, Urgency::Normal, "各镇党委、政府，街道党工委、办事处，区直各单位", "leader",
     "leader_countersign"},
    {"关于召开全区经济工作会议的通知", Genre::Circular, Issuer::JointOffices, Direction::Downward, "秘书科",
     false, Urgency::VeryUrgent, "各镇党委、政府，街道党工委、办事处，区直各单位", "", "party_office_sign"},
    {"关于商请协助做好跨区河道治理的函", Genre::Letter, Issuer::DistrictOffice, Direction::Parallel,
     "综合二科", false, Urgency::Normal, "邻江区人民政府办公室", "", "drafting"},
    // Every signing leader has a draft waiting: 韩秀英 (vice) signs this one.
    {"关于做好2026年秋冬季森林防火工作的通知", Genre::Circular, Issuer::DistrictGovernment, Direction::Downward,
     "综合一科", false, Urgency::Urgent, "各镇人民政府、街道办事处，区政府各部门", "vice", "leader_sign"},
    {"关于2026年第一季度重点工作推进情况的通报", Genre::Bulletin, Issuer::DistrictOffice, Direction::Downward,
     "秘书科", false, Urgency::Normal, "各镇人民政府、街道办事处，区政府各部门", "", "printing"},
};

// Who acts at each step in the demonstration office.
const char *actorAt(const QString &step)
{
    static const QHash<QString, const char *> actors = {
        {QStringLiteral("drafting"), "drafter"},
        {QStringLiteral("section_check"), "section"},
        {QStringLiteral("secretariat_review"), "reviewer"},
        {QStringLiteral("deputy_review"), "deputy"},
        {QStringLiteral("legal_review"), "legal"},
        {QStringLiteral("director_review"), "director"},
        {QStringLiteral("director_sign"), "director"},
        {QStringLiteral("office_director_approval"), "director"},
        {QStringLiteral("party_office_approval"), "reviewer"},
        {QStringLiteral("party_leader_sign"), "reviewer"},
        {QStringLiteral("party_office_sign"), "reviewer"},
    };
    return actors.value(step, "drafter");
}

QString demoBody(const QString &subject, Genre genre)
{
    // A 请示 asks: its reasons, what is asked for, and the request that closes it.
    if (genre == Genre::Request)
        return QStringLiteral("近年来城区多次出现强降雨内涝，现有排涝设施标准偏低、老化严重，亟需改造。\n"
                              "经测算，改造工程所需资金共计1280万元，区财政已安排配套资金380万元，尚缺900万元。\n"
                              "为保障汛期城区安全，恳请市政府给予资金支持900万元。\n妥否，请批示。");
    return QStringLiteral(
               "为认真贯彻落实上级部署，现就%1有关事项通知如下。\n一、总体要求\n各单位要提高认识，加强领导，"
               "确保各项工作落到实处。\n（一）明确责任分工\n各镇（街道）、各部门主要负责同志为第一责任人。\n"
               "（二）强化督促检查\n区政府办公室将适时开展督查。\n二、工作安排\n1.动员部署阶段。\n"
               "2.组织实施阶段。\n3.总结验收阶段。")
        .arg(subject);
}
} // namespace

Status DemoSeeder::seedDrafts(Workspace &ws, const Actor &admin, const QHash<QString, qint64> &units)
{
    auto accounts = DemoSeeder::accounts(ws, admin);
    if (!accounts)
        return accounts.error();
    const QHash<QString, Principal> &actors = accounts.value();

    for (const DemoDraft &dd : kDrafts) {
        DraftFields f;
        f.title = QString::fromUtf8(dd.title);
        f.genre = dd.genre;
        f.issuer = dd.issuer;
        f.direction = dd.direction;
        f.draftingUnitId = units.value(QString::fromUtf8(dd.unit));
        f.normative = dd.normative;
        if (dd.genre == Genre::Request) // whom the city calls back
            f.annotation = QStringLiteral("联系人：王晓明，电话：0712-2345601");
        f.urgency = dd.urgency;
        f.mainRecipients = {QString::fromUtf8(dd.recipients)};
        f.ccRecipients = {QStringLiteral("区委办公室，区人大常委会办公室，区政协办公室")};
        f.signerId = actors.value(QString::fromLatin1(dd.signer)).userId;
        const QString subject = f.title.mid(2, f.title.lastIndexOf(QStringLiteral("的")) - 2);
        // The 防汛 notice comes as a PDF, so a reviewer can mark it up at once.
        QByteArray pdf;
        if (f.title.contains(QStringLiteral("防汛"))) {
            QFile file(QStringLiteral(":/demo/flood.pdf"));
            if (file.open(QIODevice::ReadOnly))
                pdf = file.readAll();
        }
        auto created = ws.drafting().create(actors.value(QStringLiteral("drafter")), f,
                                            DraftBody{demoBody(subject, dd.genre), pdf});
        if (!created)
            return created.error();
        Draft d = created.value();
        const QString until = QString::fromLatin1(dd.until);
        while (d.state != until) {
            Result<Draft> next = d;
            if (d.state == QLatin1String("registration"))
                next = ws.drafting().registerDocument(
                    actors.value(QStringLiteral("reviewer")), d.id, d.version,
                    dd.issuer == Issuer::DistrictOffice ? QStringLiteral("云政办发")
                                                        : QStringLiteral("云政发"));
            else if (d.state == QLatin1String("leader_sign") ||
                     d.state == QLatin1String("leader_countersign"))
                next = ws.drafting().act(actors.value(QString::fromLatin1(dd.signer)), d.id, d.version,
                                         ChainAction::Pass, QStringLiteral("同意。"));
            else
                next = ws.drafting().act(
                    actors.value(QString::fromLatin1(actorAt(d.state))), d.id, d.version, ChainAction::Pass,
                    d.state == QLatin1String("drafting") ? QString() : QStringLiteral("同意。"));
            if (!next)
                return next.error();
            d = next.value();
        }
    }
    return {};
}

} // namespace gw
