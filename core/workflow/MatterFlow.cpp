// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the handling of supervised matters as data.
#include "workflow/MatterFlow.h"

#include "domain/EnumTable.h"
#include "security/Actor.h"
#include "security/Permissions.h"

namespace gw {
namespace {
using S = MatterStep;
using G = MatterGuard;
constexpr MatterActor POST = MatterActor::KindPost;
constexpr MatterActor LEADER = MatterActor::Leader;

// clang-format off
// state,          step,                who,    guard,                next,                     clause (SPEC.md 督查; 直线电话受理)
const QList<MatterFlowRow> kTable = {
    {"registered",  S::Assign,           POST,   G::CallInScope,       "in_progress",            "交办: 督查通知送承办单位，明确时限"},
    {"registered",  S::Advise,           POST,   G::CallOutOfScope,    "closed",                 "直线电话: 不属受理范围的告知反映渠道，信访转信访部门"},
    {"registered",  S::Split,            POST,   G::Splittable,        "",                       "分解: 重点工作分解为子任务，逐项跟踪"},
    {"in_progress", S::Split,            POST,   G::Splittable,        "",                       "分解: 重点工作分解为子任务，逐项跟踪"},
    {"in_progress", S::Feedback,         POST,   G::None,              "",                       "跟踪: 承办单位反馈进展"},
    {"in_progress", S::Report,           POST,   G::NoOpenChildren,    "reported",               "办结报告: 承办单位报告办理结果"},
    {"in_progress", S::RequestExtension, POST,   G::ExtensionPossible, "",                       "延期申请: 时限届满前说明理由"},
    {"in_progress", S::DecideExtension,  POST,   G::ExtensionPending,  "",                       "延期申请: 督查室或领导同意"},
    {"in_progress", S::DecideExtension,  LEADER, G::ExtensionPending,  "",                       "延期申请: 督查室或领导同意"},
    {"in_progress", S::Urge,             POST,   G::None,              "",                       "催办: 逾期或临近时限的催办"},
    {"reported",    S::Review,           POST,   G::None,              "accepted|in_progress",   "审核: 通过，或退办重新办理"},
    {"accepted",    S::Close,            POST,   G::NoOpenChildren,    "closed",                 "销号: 审核通过后销号"},
};
// clang-format on

const enumtable::Entry<MatterStep> kSteps[] = {
    {S::Assign, "assign", QT_TRANSLATE_NOOP("MatterFlow", "Assign (交办)")},
    {S::Advise, "advise", QT_TRANSLATE_NOOP("MatterFlow", "Advise the caller and close")},
    {S::Split, "split", QT_TRANSLATE_NOOP("MatterFlow", "Split into sub-tasks (分解)")},
    {S::Feedback, "feedback", QT_TRANSLATE_NOOP("MatterFlow", "Record progress (进展反馈)")},
    {S::Report, "report", QT_TRANSLATE_NOOP("MatterFlow", "Record the report of completion (办结报告)")},
    {S::RequestExtension, "extension_request", QT_TRANSLATE_NOOP("MatterFlow", "Record an extension request (延期申请)")},
    {S::DecideExtension, "extension_decide", QT_TRANSLATE_NOOP("MatterFlow", "Decide the extension request")},
    {S::Review, "review", QT_TRANSLATE_NOOP("MatterFlow", "Review the report (审核)")},
    {S::Close, "close", QT_TRANSLATE_NOOP("MatterFlow", "Close (销号)")},
    {S::Urge, "urge", QT_TRANSLATE_NOOP("MatterFlow", "Urge (催办)")},
};

bool guardHolds(MatterGuard g, const Matter &m, const QDate &today)
{
    const bool call = m.kind == MatterKind::Hotline;
    switch (g) {
    case G::None:
        return true;
    case G::CallInScope:
        // A call is transferred only once it is known to lie in the scope; other kinds always are.
        return !call || (m.category && HotlineScope::inScope(*m.category));
    case G::CallOutOfScope:
        return call && m.category && !HotlineScope::inScope(*m.category);
    case G::Splittable:
        return !call && m.parentId == 0;
    case G::NoOpenChildren:
        return m.openChildren == 0;
    case G::ExtensionPending:
        return m.extensionPending();
    case G::ExtensionPossible:
        return !m.extensionPending() && m.dueDate.isValid() && today <= m.dueDate;
    }
    return false;
}
} // namespace

const QList<MatterFlowRow> &MatterFlow::table()
{
    return kTable;
}

QList<const MatterFlowRow *> MatterFlow::rowsFor(const Matter &m, const QDate &today)
{
    QList<const MatterFlowRow *> out;
    for (const MatterFlowRow &r : kTable) {
        if (m.state == QLatin1String(r.state) && guardHolds(r.guard, m, today))
            out.append(&r);
    }
    return out;
}

Action MatterFlow::postAction(MatterKind kind)
{
    switch (kind) {
    case MatterKind::Hotline:
        return Action::LogHotlineCall;
    case MatterKind::Proposal:
        return Action::ManageProposals;
    default:
        return Action::ManageInstructions;
    }
}

QString MatterFlow::stepCode(MatterStep s)
{
    return enumtable::code(kSteps, s);
}

QString MatterFlow::stepLabel(MatterStep s)
{
    return enumtable::label(kSteps, "MatterFlow", s);
}

QString MatterFlow::whyNot(const Matter &m, MatterStep s, const QDate &today)
{
    for (const MatterFlowRow &r : kTable) {
        if (r.step != s || m.state != QLatin1String(r.state) || guardHolds(r.guard, m, today))
            continue;
        switch (r.guard) {
        case G::CallInScope:
            return tr("A call outside the scope is not transferred: give the caller the advice of where to go.");
        case G::CallOutOfScope:
            return tr("Only a call outside the scope is closed with advice; this one is transferred.");
        case G::Splittable:
            return tr("Calls and sub-tasks are not split further.");
        case G::NoOpenChildren:
            return tr("%n sub-task(s) are still open: the task closes by itself when the last of them closes.",
                      nullptr, m.openChildren);
        case G::ExtensionPending:
            return tr("No extension has been asked for.");
        case G::ExtensionPossible:
            if (m.extensionPending())
                return tr("An extension request waits for a decision already.");
            return tr("The deadline (%1) has passed: an extension is asked for before it. Urge the unit "
                      "instead.")
                .arg(m.dueDate.toString(QStringLiteral("yyyy-MM-dd")));
        case G::None:
            break;
        }
    }
    return tr("“%1” is not possible while the matter is %2.").arg(stepLabel(s), matterStateLabel(m.state));
}

namespace {
bool seesEvery(const Principal &p)
{
    return p.hasRole(Role::Supervisor) || p.hasRole(Role::Director);
}
bool isLeader(const Principal &p)
{
    return p.hasRole(Role::Leader) || p.hasRole(Role::DeputyDirector);
}
} // namespace

bool MatterFlow::sees(const Principal &p, const Matter &m)
{
    if (!clearanceCovers(p.clearance, m.secrecy))
        return false;
    return seesEvery(p) || (p.hasRole(Role::Hotline) && m.kind == MatterKind::Hotline) ||
           (isLeader(p) && m.leaderId == p.userId && p.userId > 0);
}

bool MatterFlow::limitTo(const Principal &p, MatterFilter &f)
{
    f.maxSecrecy = p.clearance;
    f.kindsVisible.clear();
    f.onlyLeaderId = 0;
    if (seesEvery(p))
        return true;
    if (p.hasRole(Role::Hotline))
        f.kindsVisible = {MatterKind::Hotline};
    if (isLeader(p))
        f.onlyLeaderId = p.userId;
    return !f.kindsVisible.isEmpty() || f.onlyLeaderId > 0;
}

bool MatterFlow::actsIn(const Principal &p, const MatterFlowRow &row, const Matter &m)
{
    if (row.actor == MatterActor::Leader)
        return m.leaderId > 0 && m.leaderId == p.userId && Permissions::allows(p.roles, Action::GiveInstruction);
    return Permissions::allows(p.roles, postAction(m.kind));
}

LightBounds MatterFlow::bounds(const WorkCalendar &calendar, const QDate &today, int warningDays)
{
    QDate last = today;
    for (int n = 0; n < warningDays; ++n)
        last = calendar.firstWorkingDayAfter(last);
    return {today, last};
}

MatterLight MatterFlow::lightOf(const Matter &m, const LightBounds &b)
{
    if (!m.isOpen() || !m.dueDate.isValid())
        return MatterLight::None;
    if (m.dueDate < b.yellowFrom)
        return MatterLight::Red;
    if (m.dueDate <= b.yellowTo)
        return MatterLight::Yellow;
    return MatterLight::Green;
}

bool MatterFlow::closedOnTime(const Matter &m)
{
    if (m.isOpen() || m.closedAtMs == 0)
        return false;
    if (!m.dueDate.isValid())
        return true;
    return WorkCalendar::localDate(QDateTime::fromMSecsSinceEpoch(m.closedAtMs)) <= m.dueDate;
}

bool HotlineScope::inScope(CallCategory c)
{
    switch (c) {
    case CallCategory::Criticism:
    case CallCategory::Suggestion:
    case CallCategory::Procedure:
    case CallCategory::NeedsGovernment:
    case CallCategory::LawBreach:
        return true;
    default:
        return false;
    }
}

QString HotlineScope::advice(CallCategory c)
{
    switch (c) {
    case CallCategory::PartyCommittee:
        return tr("This is the Party committee's work: please contact the General Office of the district "
                  "Party committee (区委办公室).");
    case CallCategory::PeoplesCongress:
        return tr("This is for the people's congress: please contact the office of the district people's "
                  "congress standing committee (区人大常委会办公室) or your deputy.");
    case CallCategory::Cppcc:
        return tr("This is for the CPPCC: please contact the office of the district CPPCC committee "
                  "(区政协办公室).");
    case CallCategory::Army:
        return tr("This concerns the army: please contact the district's people's armed forces department "
                  "(区人武部).");
    case CallCategory::Court:
        return tr("This is for the courts: please contact the district people's court (区人民法院); a case "
                  "is decided there, not by the government.");
    case CallCategory::Procuratorate:
        return tr("This is for the procuratorate: please contact the district people's procuratorate "
                  "(区人民检察院).");
    case CallCategory::Petition:
        return tr("Letters and visits are received by the petitions office (区信访局): please write to or "
                  "visit it; it registers and answers them.");
    default:
        return {};
    }
}

} // namespace gw
