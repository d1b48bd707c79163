// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the demonstration office's past year: drafts of several sections and departments
// carried through the whole chain at the times they happened, with the reviewers' markups, returns,
// printing and the first reader's failures, so that 统计 has a year to count.
#include "services/DemoSeeder.h"

#include "Clock.h"
#include "domain/OfficialDocument.h"
#include "services/DraftingService.h"
#include "services/MarkupService.h"
#include "services/PrintingService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "workflow/WorkCalendar.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace gw {
namespace {

struct Subject
{
    const char *title;
    Genre genre;
};

const Subject kSubjects[] = {
    {"关于做好冬季供暖保障工作的通知", Genre::Circular},
    {"关于进一步加强安全生产工作的通知", Genre::Circular},
    {"关于开展农村人居环境整治检查的通知", Genre::Circular},
    {"关于做好春节期间有关工作的通知", Genre::Circular},
    {"关于表彰全区经济工作先进集体的通报", Genre::Bulletin},
    {"关于加快推进重点项目建设的意见", Genre::Opinion},
    {"关于开展校园周边环境整治的通知", Genre::Circular},
    {"关于做好高温天气防范工作的通知", Genre::Circular},
    {"关于调整区政府领导工作分工的通知", Genre::Circular},
    {"关于加强城市道路占用管理的通知", Genre::Circular},
    {"关于开展消防安全专项检查的通知", Genre::Circular},
    {"关于上半年政务公开工作情况的通报", Genre::Bulletin},
};

/// Who drafts for a unit, and how it is issued: the office's sections draft for the office or the
/// district government, departments draft 代拟稿 for the district government.
struct HistoryUnit
{
    const char *name;
    bool department;
    int care; ///< 0 (careful) … 3 (careless): how many defects its drafts carry
};

const HistoryUnit kUnits[] = {
    {"秘书科", false, 0},      {"综合一科", false, 1},      {"综合二科", false, 2}, {"法规科", false, 1},
    {"云溪区教育局", true, 3}, {"云溪区住房和城乡建设局", true, 2}, {"云溪区农业农村局", true, 3},
};

const char *const kComments[][3] = {
    {"与上级最新政策口径不一致，请核实依据", "工作措施与现行规定冲突，请调整", "责任主体表述不准确"},
    {"标题文种不当，应为“通知”", "主送机关排列不规范", "层次序号使用不规范"},
    {"错别字，请改正", "语句不通顺", "标点符号使用不当"},
};

class History
{
public:
    History(Workspace &past, ManualClock &clock, const DemoSeeder::Typeset &typeset,
            const QHash<QString, Principal> &actors)
        : m_ws(past), m_clock(clock), m_typeset(typeset), m_actors(actors)
    {
    }

    Status run(const QHash<QString, qint64> &units, const QDate &firstMonth, int months)
    {
        int n = 0;
        for (int m = 0; m < months; ++m) {
            const QDate month = firstMonth.addMonths(m);
            for (int i = 0; i < 5; ++i, ++n) {
                const HistoryUnit &u = kUnits[(n * 3 + m) % std::size(kUnits)];
                // Working days through the month, 09:00 China time.
                QDate day = month.addDays(2 + i * 5);
                while (day.dayOfWeek() > 5)
                    day = day.addDays(1);
                // Time runs forward only: a draft starts when it is due, or when the one before is done.
                const QDateTime due = QDateTime(day, QTime(9, 0), QTimeZone(8 * 3600)).toUTC();
                if (due > m_clock.now())
                    m_clock.set(due);
                if (auto st = draft(n, u, units.value(QString::fromUtf8(u.name))); !st)
                    return st;
            }
        }
        return {};
    }

private:
    const Principal &who(const char *name) const { return m_actors.find(QString::fromLatin1(name)).value(); }
    /// `minutes` of office hours later: work stopped at 17:30 goes on at 08:30 on the next working day.
    void later(int minutes)
    {
        const QTimeZone china(8 * 3600);
        QDateTime t = m_clock.now().toTimeZone(china).addSecs(qint64(minutes) * 60);
        const QTime open(8, 30), close(17, 30);
        while (t.time() > close || t.date().dayOfWeek() > 5) {
            const qint64 over = t.time() > close ? close.secsTo(t.time()) : 0;
            t = QDateTime(t.date().addDays(1), open, china).addSecs(over);
        }
        if (t.time() < open)
            t = QDateTime(t.date(), open, china);
        m_clock.set(t.toUTC());
    }

    Result<Draft> act(const char *by, const Draft &d, ChainAction a, const QString &opinion, bool leaveOpen = false)
    {
        return m_ws.drafting().act(who(by), d.id, d.version, a, opinion, leaveOpen);
    }

    /// `count` markups of `category`-cycling kinds by `by` on the draft's current version.
    Status mark(const char *by, const Draft &d, int count, int seed)
    {
        QList<Markup> list;
        for (int i = 0; i < count; ++i) {
            Markup m;
            m.kind = MarkupKind::Highlight;
            const int c = (seed + i) % 5 == 0 ? 0 : (seed + i) % 5 <= 2 ? 2 : 1; // wording most often
            m.category = allMarkupCategories().at(c);
            m.comment = QString::fromUtf8(kComments[c][(seed + i) % 3]);
            m.rects = {QRectF(90, 160 + i * 40, 180, 16)};
            list.append(m);
        }
        if (list.isEmpty())
            return {};
        auto r = m_ws.markups().add(who(by), d.id, d.currentVersion, list);
        return r ? Status() : Status(r.error());
    }

    /// The drafter answers every open markup as fixed, and the reviewer closes them.
    Status settle(const char *drafter, const char *reviewer, qint64 draftId)
    {
        auto all = m_ws.markups().forDraft(who(drafter), draftId);
        if (!all)
            return all.error();
        for (const Markup &m : all.value()) {
            if (m.status != MarkupStatus::Open)
                continue;
            auto fixed = m_ws.markups().answer(who(drafter), m.id, m.version, true, QStringLiteral("已修改"));
            if (!fixed)
                return fixed.error();
            if (m.authorId == who(reviewer).userId) {
                auto closed = m_ws.markups().close(who(reviewer), fixed.value().id, fixed.value().version);
                if (!closed)
                    return closed.error();
            }
        }
        return {};
    }

    Status print(Draft &d, int firstCopy)
    {
        auto doc = m_ws.printing().officialDocument(who("printer"), d.id, firstCopy);
        if (!doc)
            return doc.error();
        const QByteArray pdf = m_typeset(doc.value());
        auto job = m_ws.printing().recordPrint(who("printer"), d.id, d.version,
                                               {PrintCopy{firstCopy, {}, false}, PrintCopy{firstCopy + 1, {}, false}},
                                               QStringLiteral("HP LaserJet M403"), pdf);
        if (!job)
            return job.error();
        auto printed = m_ws.drafting().get(who("printer"), d.id);
        if (!printed)
            return printed.error();
        auto sent = m_ws.printing().sendToFirstReader(who("printer"), d.id, printed.value().version);
        if (!sent)
            return sent.error();
        d = sent.value();
        return {};
    }

    Status draft(int n, const HistoryUnit &u, qint64 unitId)
    {
        const Subject &s = kSubjects[n % std::size(kSubjects)];
        DraftFields f;
        f.title = QString::fromUtf8(s.title);
        f.genre = s.genre;
        f.issuer = u.department || n % 2 == 0 ? Issuer::DistrictGovernment : Issuer::DistrictOffice;
        f.direction = Direction::Downward;
        f.draftingUnitId = unitId;
        f.urgency = n % 6 == 0 ? Urgency::Urgent : Urgency::Normal;
        f.mainRecipients = {QStringLiteral("各镇人民政府、街道办事处，区政府各部门")};
        f.ccRecipients = {QStringLiteral("区委办公室，区人大常委会办公室，区政协办公室")};
        if (f.issuer == Issuer::DistrictGovernment)
            f.signerId = who(n % 3 == 0 ? "leader" : "vice").userId;
        // A third of them with a 办结时限: some tight (often missed), some comfortable.
        if (n % 3 == 1)
            f.dueDate = WorkCalendar::localDate(m_ws.clock().now()).addDays(n % 2 == 0 ? 4 : 30);
        const char *drafter = n % 4 == 3 && !u.department ? "section" : "drafter";
        auto created = m_ws.drafting().create(
            who(drafter), f,
            DraftBody{QStringLiteral("为认真贯彻落实上级部署，现就%1有关事项通知如下。\n一、总体要求\n各单位要提高"
                                     "认识，加强领导，确保各项工作落到实处。\n二、工作安排\n各镇（街道）、各部门要"
                                     "明确责任分工，按时报送工作情况。")
                          .arg(f.title.mid(2, f.title.lastIndexOf(QStringLiteral("的")) - 2)),
                      {}});
        if (!created)
            return created.error();
        Draft d = created.value();
        const int defects = u.care + n % 3; // 0 … 5
        bool returnedOnce = false, deputyMarked = false, readFailed = false;
        while (d.state != QLatin1String("release")) {
            Result<Draft> next = d;
            const QString state = d.state;
            if (state == QLatin1String("drafting")) {
                later(20);
                next = act(drafter, d, ChainAction::Pass, {});
            } else if (state == QLatin1String("section_check")) {
                later(30);
                if (!returnedOnce && defects >= 4) {
                    returnedOnce = true;
                    next = act("section", d, ChainAction::Return, QStringLiteral("请补充政策依据后再报"));
                } else {
                    next = act("section", d, ChainAction::Pass, QStringLiteral("同意报送。"));
                }
            } else if (state == QLatin1String("secretariat_review")) {
                later(n % 5 == 4 ? 60 * 10 : 60); // now and then a review waits overnight
                if (!returnedOnce && defects >= 2) {
                    returnedOnce = true;
                    if (auto st = mark("reviewer", d, defects, n); !st)
                        return st;
                    later(30);
                    next = act("reviewer", d, ChainAction::Return, QStringLiteral("差错较多，请按批注修改"));
                    if (next) {
                        later(120);
                        if (auto st = settle(drafter, "reviewer", d.id); !st)
                            return st;
                    }
                } else {
                    if (auto st = mark("reviewer", d, defects == 1 ? 1 : 0, n + 1); !st)
                        return st;
                    next = act("reviewer", d, ChainAction::Pass, QStringLiteral("已核。"), true);
                }
            } else if (state == QLatin1String("deputy_review")) {
                later(60);
                if (!deputyMarked && n % 5 == 2) { // what slipped past 秘书科
                    deputyMarked = true;
                    if (auto st = mark("deputy", d, 1, n + 2); !st)
                        return st;
                }
                if (n % 11 == 5 && !returnedOnce) {
                    returnedOnce = true;
                    next = act("deputy", d, ChainAction::Return, QStringLiteral("请结合实际重新修改"));
                } else {
                    next = act("deputy", d, ChainAction::Pass, QStringLiteral("同意。"), true);
                }
            } else if (state == QLatin1String("legal_review")) {
                later(60);
                next = act("legal", d, ChainAction::Pass, QStringLiteral("经审核，合法。"));
            } else if (state == QLatin1String("director_review") || state == QLatin1String("director_sign")) {
                later(45);
                next = act("director", d, ChainAction::Pass, QStringLiteral("同意。"), true);
            } else if (state == QLatin1String("leader_sign")) {
                later(60);
                next = act(f.signerId == who("leader").userId ? "leader" : "vice", d, ChainAction::Pass,
                           QStringLiteral("同意。"), true);
            } else if (state == QLatin1String("registration")) {
                later(60);
                next = m_ws.drafting().registerDocument(
                    who("reviewer"), d.id, d.version,
                    f.issuer == Issuer::DistrictOffice ? QStringLiteral("云政办发") : QStringLiteral("云政发"));
            } else if (state == QLatin1String("printing")) {
                later(30);
                if (auto st = print(d, 1); !st)
                    return st;
                continue;
            } else if (state == QLatin1String("first_reading")) {
                later(60);
                if (n % 7 == 3 && !readFailed) {
                    readFailed = true;
                    next = m_ws.printing().fail(who("reader"), d.id, d.version, MarkupCategory::Wording,
                                                FirstReadingReturn::Secretariat, QStringLiteral("附件标题有错字"));
                    if (next) {
                        d = next.value();
                        later(60);
                        if (auto st = print(d, 3); !st)
                            return st;
                        continue;
                    }
                } else {
                    auto to = m_ws.printing().distributionList(who("reader"), d.id);
                    if (!to)
                        return to.error();
                    next = m_ws.printing().pass(who("reader"), d.id, d.version, FirstReaderChecklist::codes(),
                                                to.value());
                }
            } else {
                return makeError(ErrorCode::Validation,
                                 QCoreApplication::translate("DemoSeeder",
                                                             "The demonstration's past has no one to act at “%1”.")
                                     .arg(state));
            }
            if (!next)
                return next.error();
            d = next.value();
        }
        return {};
    }

    Workspace &m_ws;
    ManualClock &m_clock;
    const DemoSeeder::Typeset &m_typeset;
    const QHash<QString, Principal> &m_actors;
};

} // namespace

Status DemoSeeder::seedHistory(Workspace &past, ManualClock &clock, const Typeset &typeset, const Actor &admin,
                               const QHash<QString, qint64> &units, const QDate &firstMonth, int months)
{
    auto accounts = DemoSeeder::accounts(past, admin);
    if (!accounts)
        return accounts.error();
    const QHash<QString, Principal> &actors = accounts.value();
    History h(past, clock, typeset, actors);
    return h.run(units, firstMonth, months);
}

} // namespace gw
