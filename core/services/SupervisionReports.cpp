// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 督查室's 《督查通报》 and 《督查专报》, and the hotline's digest.
#include "services/SupervisionReports.h"

#include "Clock.h"
#include "services/DraftingService.h"
#include "services/SupervisionService.h"
#include "storage/SerialRepository.h"

#include <QMap>

#include <algorithm>

namespace gw {
namespace {
/// A 通报 is not classified: it names matters of no secrecy level only, whoever composes it.
constexpr Clearance kReportSecrecy = Clearance::None;

QString day(const QDate &d)
{
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

QString percent(std::optional<double> r)
{
    return r ? QStringLiteral("%1%").arg(*r * 100, 0, 'f', 1) : QStringLiteral("—");
}

/// The kind as the document names it.
QString kindText(MatterKind k)
{
    switch (k) {
    case MatterKind::Instruction:
        return QStringLiteral("领导批示件");
    case MatterKind::MeetingDecision:
        return QStringLiteral("会议议定事项");
    case MatterKind::KeyProject:
        return QStringLiteral("重点工作");
    case MatterKind::Proposal:
        return QStringLiteral("建议提案");
    case MatterKind::Hotline:
        return QStringLiteral("直线电话");
    }
    return {};
}

QString unitText(const QString &name)
{
    return name.isEmpty() ? QStringLiteral("未交办") : name;
}
} // namespace

Result<BulletinText> SupervisionReports::bulletinText(const Actor &actor, const StatsPeriod &month) const
{
    auto who = m_ctx.authorize(actor, Action::ManageInstructions);
    if (!who)
        return who.error();
    if (!month.isValid())
        return makeError(ErrorCode::Validation, tr("Choose the month the bulletin covers."));
    MatterFilter seen;
    MatterFlow::limitTo(who.value(), seen);
    const MatterRepository repo(m_ctx.db);
    auto tally = repo.tally(month.first, month.last, month.fromMs(), month.toMs(), kReportSecrecy, seen.onlyLeaderId,
                            seen.kindsVisible);
    if (!tally)
        return tally.error();
    const QString period = BulletinService::periodText(month);
    BulletinText out;
    out.title = QStringLiteral("关于%1督查工作情况的通报").arg(period);
    out.mainRecipients = {QStringLiteral("各镇人民政府、街道办事处"), QStringLiteral("区政府各部门")};
    QStringList p;
    p << QStringLiteral("现将%1全区督查工作情况通报如下：").arg(period);

    // 一、总体情况
    QMap<MatterKind, int> received;
    MatterTally all;
    for (const MatterTally &t : tally.value()) {
        received[t.kind] += t.received;
        all.add(t);
    }
    QStringList kinds;
    for (MatterKind k : allMatterKinds()) {
        if (received.value(k) > 0)
            kinds << QStringLiteral("%1%2件").arg(kindText(k)).arg(received.value(k));
    }
    p << QStringLiteral("一、总体情况");
    p << QStringLiteral("本月共登记督查事项%1件%2。本月到期事项%3件，按期办结%4件，按期办结率%5；本月办结%6件；批准延期%7件。")
             .arg(all.received)
             .arg(kinds.isEmpty() ? QString() : QStringLiteral("，其中") + kinds.join(QStringLiteral("、")))
             .arg(all.due)
             .arg(all.dueClosedOnTime)
             .arg(percent(all.onTimeRate()))
             .arg(all.closed)
             .arg(all.extensions);

    // 二、各单位办理情况
    QMap<QString, MatterTally> byUnit;
    for (const MatterTally &t : tally.value()) {
        byUnit[unitText(t.unitName)].add(t);
    }
    p << QStringLiteral("二、各单位办理情况");
    int n = 0;
    for (auto it = byUnit.cbegin(); it != byUnit.cend(); ++it) {
        if (it.value().due == 0 && it.value().closed == 0)
            continue;
        p << QStringLiteral("%1. %2：本月到期%3件，按期办结%4件（%5），办结%6件，批准延期%7件。")
                 .arg(++n)
                 .arg(it.key())
                 .arg(it.value().due)
                 .arg(it.value().dueClosedOnTime)
                 .arg(percent(it.value().onTimeRate()))
                 .arg(it.value().closed)
                 .arg(it.value().extensions);
    }
    if (n == 0)
        p << QStringLiteral("本月无到期或办结的督查事项。");

    // 三、逾期未办结事项, as of the month's last day (or yesterday, for the month still running)
    const QDate today = WorkCalendar::localDate(m_ctx.clock.now());
    const QDate asOf = std::min(month.last, today.addDays(-1));
    MatterFilter overdue = seen;
    overdue.maxSecrecy = kReportSecrecy;
    overdue.states = {QString::fromLatin1(matter::kRegistered), QString::fromLatin1(matter::kInProgress),
                      QString::fromLatin1(matter::kReported), QString::fromLatin1(matter::kAccepted)};
    overdue.dueTo = asOf;
    overdue.leavesOnly = true;
    overdue.sortBy = MatterSort::Unit;
    overdue.descending = false;
    overdue.limit = 1000;
    auto late = repo.list(overdue);
    if (!late)
        return late.error();
    p << QStringLiteral("三、逾期未办结事项");
    if (late.value().isEmpty())
        p << QStringLiteral("截至%1，无逾期未办结事项。").arg(day(asOf));
    QString unit;
    n = 0;
    for (const Matter &m : late.value()) {
        if (m.leadUnitName != unit || n == 0) {
            unit = m.leadUnitName;
            p << QStringLiteral("（%1）%2").arg(++n).arg(unitText(unit));
        }
        p << QStringLiteral("《%1》（%2），时限%3，截至%4已逾期%5天。")
                 .arg(m.title, m.reference(), day(m.dueDate), day(asOf))
                 .arg(m.dueDate.daysTo(asOf));
    }

    // 四、办结较好的事项: closed in the month by their day, with the pictures that came with them.
    MatterFilter good = seen;
    good.maxSecrecy = kReportSecrecy;
    good.closedFrom = month.first;
    good.closedTo = month.last;
    good.onTimeOnly = true;
    good.leavesOnly = true;
    good.sortBy = MatterSort::Registered;
    good.descending = false;
    good.limit = 1000;
    auto done = repo.list(good);
    if (!done)
        return done.error();
    p << QStringLiteral("四、按期办结的事项");
    if (done.value().isEmpty())
        p << QStringLiteral("本月无按期办结的事项。");
    n = 0;
    for (const Matter &m : done.value()) {
        auto events = repo.events(m.id);
        if (!events)
            return events.error();
        int pictures = 0;
        for (const MatterEvent &e : events.value()) {
            for (const MatterFile &f : e.files) {
                const QString lower = f.name.toLower();
                pictures += lower.endsWith(QLatin1String(".png")) || lower.endsWith(QLatin1String(".jpg")) ||
                                    lower.endsWith(QLatin1String(".jpeg"))
                                ? 1
                                : 0;
            }
        }
        const QDate closedOn = WorkCalendar::localDate(QDateTime::fromMSecsSinceEpoch(m.closedAtMs));
        p << QStringLiteral("%1. 《%2》（%3），%4于%5办结%6。")
                 .arg(++n)
                 .arg(m.title, m.reference(), unitText(m.leadUnitName), day(closedOn),
                      pictures > 0 ? QStringLiteral("，报送现场照片%1张").arg(pictures) : QString());
    }

    p << QStringLiteral("五、工作要求");
    p << QStringLiteral("各单位要高度重视督查事项办理工作，严格按照交办时限办理并及时反馈进展；确需延期的，应在时限届满前"
                        "说明理由、提出申请。对逾期未办结的事项，请责任单位于五个工作日内报送办理情况和整改措施。");
    out.body = p.join(QLatin1Char('\n'));
    return out;
}

Result<BulletinText> SupervisionReports::specialReportText(const Actor &actor, qint64 matterId) const
{
    auto m = m_supervision.get(actor, matterId);
    if (!m)
        return m.error();
    auto events = m_supervision.events(actor, matterId);
    if (!events)
        return events.error();
    const Matter &x = m.value();
    BulletinText out;
    out.title = QStringLiteral("关于《%1》办理情况的专报").arg(x.title);
    out.mainRecipients = {QStringLiteral("区政府领导")};
    QStringList p;
    p << QStringLiteral("一、事项基本情况");
    p << QStringLiteral("%1（%2），来源：%3。%4")
             .arg(kindText(x.kind), x.reference(), x.source.isEmpty() ? x.meeting : x.source, x.request);
    if (x.leadUnitId > 0)
        p << QStringLiteral("牵头单位：%1；办理时限：%2%3。")
                 .arg(x.leadUnitName, x.dueDate.isValid() ? day(x.dueDate) : QStringLiteral("未定"),
                      x.extensionsGranted > 0 ? QStringLiteral("（已批准延期%1次）").arg(x.extensionsGranted) : QString());
    p << QStringLiteral("二、办理进展");
    int n = 0;
    for (const MatterEvent &e : events.value()) {
        if (e.action != QLatin1String("feedback") && e.action != QLatin1String("report"))
            continue;
        p << QStringLiteral("%1. %2：%3%4")
                 .arg(++n)
                 .arg(day(e.date.isValid() ? e.date : WorkCalendar::localDate(QDateTime::fromMSecsSinceEpoch(e.atMs))),
                      e.text, e.files.isEmpty() ? QString() : QStringLiteral("（附材料%1份）").arg(e.files.size()));
    }
    if (n == 0)
        p << QStringLiteral("承办单位尚未反馈进展。");
    p << QStringLiteral("三、目前状态");
    p << matterStateLabel(x.state);
    out.body = p.join(QLatin1Char('\n'));
    return out;
}

Result<Draft> SupervisionReports::draftIssue(const Actor &actor, const char *serialName, const BulletinText &text,
                                             const QString &period, qint64 draftingUnitId, Clearance secrecy,
                                             const QString &auditAction)
{
    auto who = m_ctx.authorize(actor, Action::ManageInstructions);
    if (!who)
        return who.error();
    if (auto st = Permissions::check(who.value(), Action::CreateDraft); !st)
        return makeError(ErrorCode::Permission,
                         tr("The report is drafted in your name and submitted by you: %1").arg(st.error().message));
    auto serial = SerialRepository(m_ctx.db).findByName(QString::fromUtf8(serialName));
    if (!serial)
        return serial.error();
    if (!serial.value() || !serial.value()->active)
        return makeError(ErrorCode::Validation,
                         tr("《%1》 is not in use in the register of serials.").arg(QString::fromUtf8(serialName)));
    DraftFields f;
    f.title = text.title;
    f.genre = Genre::Bulletin;
    f.issuer = Issuer::DistrictOffice;
    f.direction = Direction::Downward;
    f.draftingUnitId = draftingUnitId;
    f.mainRecipients = text.mainRecipients;
    f.secrecy = secrecy;
    const qint64 serialId = serial.value()->id;
    const QString name = serial.value()->name;
    return m_drafting.createFor(actor, Action::ManageInstructions, auditAction, f, DraftBody{text.body, {}},
                                [&](WriteScope &w, const Draft &d) -> Status {
                                    w.remark(QStringLiteral("serial"), name);
                                    w.remark(QStringLiteral("period"), period);
                                    return SerialRepository(w.db).addIssue(serialId, d.id, period, w.nowMs);
                                });
}

Result<Draft> SupervisionReports::composeBulletin(const Actor &actor, const StatsPeriod &month, qint64 draftingUnitId)
{
    auto text = bulletinText(actor, month);
    if (!text)
        return text.error();
    return draftIssue(actor, kBulletinSerial, text.value(), BulletinService::periodText(month), draftingUnitId,
                      kReportSecrecy, QStringLiteral("supervision.bulletin"));
}

Result<Draft> SupervisionReports::composeSpecialReport(const Actor &actor, qint64 matterId, qint64 draftingUnitId)
{
    auto text = specialReportText(actor, matterId);
    if (!text)
        return text.error();
    auto m = m_supervision.get(actor, matterId);
    if (!m)
        return m.error();
    return draftIssue(actor, kSpecialSerial, text.value(), m.value().reference(), draftingUnitId, m.value().secrecy,
                      QStringLiteral("supervision.special_report"));
}

Result<QList<DataTable>> SupervisionReports::hotlineDigest(const Actor &actor, const StatsPeriod &period) const
{
    if (!period.isValid())
        return makeError(ErrorCode::Validation, tr("Choose a period whose first day is not after its last."));
    MatterFilter f;
    f.kind = MatterKind::Hotline;
    f.registeredFrom = period.first;
    f.registeredTo = period.last;
    f.limit = 1000000;
    f.sortBy = MatterSort::Registered;
    f.descending = false;
    auto calls = m_supervision.list(actor, f);
    if (!calls)
        return calls.error();
    struct Row
    {
        int received = 0, transferred = 0, advised = 0, closed = 0, satisfied = 0, rated = 0;
    };
    QMap<int, Row> byCategory;
    QMap<QString, Row> byUnit;
    Row total;
    for (const Matter &m : calls.value()) {
        const bool inScope = m.category && HotlineScope::inScope(*m.category);
        for (Row *r : {&byCategory[m.category ? int(*m.category) : -1], &total}) {
            ++r->received;
            r->transferred += inScope && m.leadUnitId > 0 ? 1 : 0;
            r->advised += inScope ? 0 : 1;
            r->closed += m.isOpen() ? 0 : 1;
            r->satisfied += m.satisfaction == Satisfaction::Satisfied || m.satisfaction == Satisfaction::Basically ? 1 : 0;
            r->rated += m.satisfaction != Satisfaction::Unknown ? 1 : 0;
        }
        if (m.leadUnitId > 0) {
            Row &u = byUnit[m.leadUnitName];
            ++u.received;
            u.closed += m.isOpen() ? 0 : 1;
            u.satisfied += m.satisfaction == Satisfaction::Satisfied || m.satisfaction == Satisfaction::Basically ? 1 : 0;
            u.rated += m.satisfaction != Satisfaction::Unknown ? 1 : 0;
        }
    }
    auto rate = [](int part, int whole) -> QVariant {
        return whole > 0 ? QVariant(QStringLiteral("%1%").arg(100.0 * part / whole, 0, 'f', 1)) : QVariant(QString());
    };
    DataTable categories;
    categories.title = tr("Hotline calls by category");
    categories.headers = {tr("Category"), tr("Calls"), tr("Transferred"), tr("Advised where to go"), tr("Closed"),
                          tr("Satisfied")};
    for (CallCategory c : allCallCategories()) {
        const Row r = byCategory.value(int(c));
        if (r.received > 0)
            categories.rows.append({callCategoryLabel(c), r.received, r.transferred, r.advised, r.closed,
                                    rate(r.satisfied, r.rated)});
    }
    categories.rows.append({tr("Total"), total.received, total.transferred, total.advised, total.closed,
                            rate(total.satisfied, total.rated)});
    categories.note = tr("%1: %n call(s) recorded by the hotline desk.", nullptr, total.received).arg(period.label());
    DataTable units;
    units.title = tr("Hotline calls by the unit they went to");
    units.headers = {tr("Unit"), tr("Transferred"), tr("Closed"), tr("Satisfied")};
    for (auto it = byUnit.cbegin(); it != byUnit.cend(); ++it)
        units.rows.append({it.key(), it.value().received, it.value().closed, rate(it.value().satisfied, it.value().rated)});
    units.note = categories.note;
    return QList<DataTable>{categories, units};
}

DataTable SupervisionReports::figuresTable(const MatterFigures &figures)
{
    DataTable t;
    t.title = tr("Supervision figures");
    t.headers = {tr("Kind"),          tr("Lead unit"),         tr("Due"),        tr("Closed on time"),
                 tr("On-time rate"),  tr("Received"),          tr("Answered"),   tr("Answer rate"),
                 tr("Satisfied rate"), tr("Solved rate"),      tr("Closed"),     tr("Average days to close"),
                 tr("Extensions granted")};
    auto rate = [](std::optional<double> r) -> QVariant {
        return r ? QVariant(QStringLiteral("%1%").arg(*r * 100, 0, 'f', 1)) : QVariant(QString());
    };
    MatterTally total;
    for (const MatterTally &m : figures.rows) {
        const bool proposal = m.kind == MatterKind::Proposal || m.kind == MatterKind::Hotline;
        t.rows.append({matterKindLabel(m.kind), m.unitName.isEmpty() ? tr("not assigned") : m.unitName, m.due,
                       m.dueClosedOnTime, rate(m.onTimeRate()), m.received, m.answered, rate(m.answerRate()),
                       proposal ? rate(m.satisfactionRate()) : QVariant(QString()),
                       m.kind == MatterKind::Proposal ? rate(m.solvedRate()) : QVariant(QString()), m.closed,
                       m.averageDaysToClose() ? QVariant(QString::number(*m.averageDaysToClose(), 'f', 1))
                                              : QVariant(QString()),
                       m.extensions});
        total.add(m);
    }
    t.rows.append({tr("Total"), QString(), total.due, total.dueClosedOnTime, rate(total.onTimeRate()), total.received,
                   total.answered, rate(total.answerRate()), rate(total.satisfactionRate()), QString(), total.closed,
                   total.averageDaysToClose() ? QVariant(QString::number(*total.averageDaysToClose(), 'f', 1))
                                              : QVariant(QString()),
                   total.extensions});
    t.note = tr("%1. Due: the deadline falls in the period; on time: closed by the end of the deadline's day; "
                "received: registered in the period; answered: of those, closed. Tasks split into sub-tasks count "
                "through their sub-tasks.")
                 .arg(figures.period.label());
    return t;
}

std::optional<MatterFilter> SupervisionReports::drillDown(const MatterFigures &figures, int row, int column)
{
    if (row < 0 || row >= figures.rows.size())
        return std::nullopt;
    const MatterTally &t = figures.rows.at(row);
    MatterFilter f;
    f.kind = t.kind;
    f.leadUnitId = t.unitId;
    f.leavesOnly = true;
    f.limit = 1000;
    switch (column) {
    case OnTimeColumn:
        f.onTimeOnly = true;
        [[fallthrough]];
    case DueColumn:
        f.dueFrom = figures.period.first;
        f.dueTo = figures.period.last;
        break;
    case AnsweredColumn:
        f.closedOnly = true;
        [[fallthrough]];
    case ReceivedColumn:
        f.registeredFrom = figures.period.first;
        f.registeredTo = figures.period.last;
        break;
    case ClosedColumn:
        f.closedFrom = figures.period.first;
        f.closedTo = figures.period.last;
        break;
    default:
        return std::nullopt;
    }
    // A matter not yet assigned is counted under no unit: its filter says "no lead unit".
    if (t.unitId == 0)
        f.leadUnitId = -1;
    return f;
}

} // namespace gw
