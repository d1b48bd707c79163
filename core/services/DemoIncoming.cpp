// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — demonstration incoming documents, at different stages of handling.
#include "services/DemoSeeder.h"

#include "Clock.h"
#include "domain/OfficialDocument.h"
#include "services/IncomingService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "workflow/WorkCalendar.h"

namespace gw {
namespace {
struct DemoIncoming
{
    const char *sender;
    const char *number;
    const char *title;
    Urgency urgency;
    int dueDays;       // 0: no time limit
    const char *until; // registered, accepted, returned, transferred, circulating, done
};

const DemoIncoming kItems[] = {
    {"云溪市人民政府办公室", "云政办发〔2026〕21号", "关于做好2026年度安全生产考核工作的通知",
     Urgency::Urgent, 5, "registered"},
    {"青石镇杨柳村村民委员会", "杨柳村〔2026〕2号", "关于申请修建村文化广场的请示", Urgency::Normal, 0,
     "registered"},
    {"云溪区白沙镇人民政府", "白政〔2026〕15号", "关于解决白沙小学校舍维修资金的请示", Urgency::Normal, 10,
     "registered"},
    {"云溪区发展和改革局", "云发改〔2026〕9号", "关于报送全区重点项目推进情况的请示", Urgency::VeryUrgent, 2,
     "circulating"},
    {"云溪区白沙镇人民政府", "白政〔2026〕12号", "关于调整白沙中心小学作息时间的请示", Urgency::Normal, 7,
     "transferred"},
    {"城西街道解放路社区居民委员会", "解放路社区〔2026〕1号", "关于增设社区停车位的报告", Urgency::Normal, 0,
     "returned"},
    {"云溪区财政局", "云财〔2026〕11号", "关于下达2026年第一批专项资金的请示", Urgency::Normal, 7, "done"},
};
} // namespace

Status DemoSeeder::seedIncoming(Workspace &ws, const Actor &admin, const QHash<QString, qint64> &units,
                                const Typeset &typeset)
{
    auto accounts = DemoSeeder::accounts(ws, admin);
    if (!accounts)
        return accounts.error();
    const QHash<QString, Principal> &actors = accounts.value();
    const Principal clerk = actors.value(QStringLiteral("clerk"));
    IncomingService &in = ws.incoming();
    for (const DemoIncoming &d : kItems) {
        IncomingItem item;
        item.senderUnitId = units.value(QString::fromUtf8(d.sender));
        item.docNumber = QString::fromUtf8(d.number);
        item.title = QString::fromUtf8(d.title);
        item.urgency = d.urgency;
        item.dueAtMs = d.dueDays > 0 ? ws.clock().nowMs() + qint64(d.dueDays) * 24 * 3600 * 1000 : 0;
        QList<IncomingAttachment> files;
        if (typeset) {
            // The document as the sender issued it, three days ago.
            OfficialDocument doc;
            doc.genre = QString::fromUtf8(d.title).endsWith(QStringLiteral("请示")) ? Genre::Request : Genre::Circular;
            doc.upward = doc.genre == Genre::Request;
            if (doc.upward)
                doc.signers = {QStringLiteral("王建国")};
            doc.signMark = QString::fromUtf8(d.sender);
            doc.docNumber = item.docNumber;
            doc.title = item.title;
            doc.mainRecipients = {QStringLiteral("云溪区人民政府")};
            doc.body = QStringLiteral("根据工作安排，现将有关事项报告如下。\n一、基本情况\n相关工作已按要求推进。");
            doc.signature = doc.signMark;
            doc.writtenDate = WorkCalendar::localDate(ws.clock().now()).addDays(-3);
            files << IncomingAttachment{0, QStringLiteral("正文.pdf"), QString(), 0, typeset(doc)};
        }
        auto r = in.registerItem(clerk, item, files);
        if (!r)
            return r.error();
        IncomingItem it = r.value();
        const QString until = QString::fromLatin1(d.until);
        if (until == QLatin1String("registered"))
            continue;
        TriageFacts facts;
        Result<IncomingItem> next = it;
        if (until == QLatin1String("returned")) {
            next = in.triage(clerk, it.id, it.version, facts, TriageOutcome::Return,
                             QStringLiteral("请经城西街道办事处审核后行文"));
        } else if (until == QLatin1String("transferred")) {
            facts.competentDepartmentId = units.value(QStringLiteral("云溪区教育局"));
            next = in.triage(clerk, it.id, it.version, facts, TriageOutcome::Transfer,
                             QStringLiteral("属区教育局职权范围，请与区教育局联系"), 0,
                             actors.value(QStringLiteral("leader")).userId);
        } else {
            facts.categories = {AcceptCategory::AllMustKnow};
            next = in.triage(clerk, it.id, it.version, facts, TriageOutcome::Accept, QString());
            if (next)
                next = in.proposeHandling(clerk, next.value().id, next.value().version,
                                          QStringLiteral("拟请冯区长阅示，综合一科办理"));
            if (next)
                next = in.instruct(actors.value(QStringLiteral("leader")), next.value().id,
                                   next.value().version, QStringLiteral("同意。"));
            IncomingRoute toLeader, toSection;
            toLeader.userId = actors.value(QStringLiteral("leader")).userId;
            toSection.userId = actors.value(QStringLiteral("section")).userId;
            toSection.handles = true;
            if (next)
                next = in.distribute(clerk, next.value().id, next.value().version, {toLeader, toSection});
            if (next && until == QLatin1String("done")) {
                next = in.finishTurn(actors.value(QStringLiteral("leader")), next.value().id,
                                     next.value().version, QStringLiteral("已阅"));
                if (next)
                    next = in.forward(clerk, next.value().id, next.value().version);
                if (next)
                    next = in.finishTurn(actors.value(QStringLiteral("section")), next.value().id,
                                         next.value().version, QStringLiteral("已按要求办理"));
                if (next)
                    next = in.reply(clerk, next.value().id, next.value().version,
                                    QStringLiteral("已函复区财政局"));
            }
        }
        if (!next)
            return next.error();
    }
    return {};
}

} // namespace gw
