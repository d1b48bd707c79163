// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the handling of supervised matters (督查) as data: one row per thing a post may do to
// a matter in a state, the lights against the deadline, and the hotline's scope rules.
#pragma once

#include "domain/Matter.h"
#include "domain/MatterFilter.h"
#include "domain/Role.h"
#include "workflow/WorkCalendar.h"

#include <QList>
#include <QString>

namespace gw {

enum class Action;
struct Principal;

/// What may be done to a matter; each is one call of SupervisionService.
enum class MatterStep
{
    Assign,           ///< 交办 to the lead unit (a call: 转办 to the competent unit), with a 督查通知
    Advise,           ///< a call outside the scope is closed with the advice of where to go
    Split,            ///< 分解 into sub-tasks, each tracked
    Feedback,         ///< a progress entry from the unit (进展反馈)
    Report,           ///< 办结报告
    RequestExtension, ///< 延期申请, before the deadline
    DecideExtension,  ///< the 督查室 or the leader concerned grants or refuses it
    Review,           ///< 审核: accepted, or 退办 back to 办理中 with a reason
    Close,            ///< 销号 (a proposal's reply and satisfaction, the caller's answer, are recorded)
    Urge,             ///< 催办
};

/// Who acts in a row.
enum class MatterActor
{
    KindPost, ///< the post that keeps the matter's kind (督查室; the hotline desk for calls)
    Leader,   ///< the leader concerned
};

/// What else must hold for a row to apply.
enum class MatterGuard
{
    None,
    CallInScope,       ///< a call the government answers for
    CallOutOfScope,    ///< a call that belongs elsewhere (another body, or 信访)
    Splittable,        ///< not a call and not itself a sub-task
    NoOpenChildren,    ///< its sub-tasks are all closed (a parent closes by itself when they are)
    ExtensionPending,  ///< a request waits for a decision
    ExtensionPossible, ///< no request waits, and the deadline has not passed
};

struct MatterFlowRow
{
    const char *state;
    MatterStep step;
    MatterActor actor;
    MatterGuard guard;
    const char *next; ///< "" when it stays, "a|b" when the decision says
    const char *clause;
};

class MatterFlow final
{
    Q_DECLARE_TR_FUNCTIONS(MatterFlow)
public:
    static const QList<MatterFlowRow> &table();
    /// The rows that apply to `m` on `today` (guards included; who acts is the caller's question).
    static QList<const MatterFlowRow *> rowsFor(const Matter &m, const QDate &today);
    /// The action the post that keeps `kind` must be allowed.
    static Action postAction(MatterKind kind);
    static QString stepCode(MatterStep s);
    static QString stepLabel(MatterStep s);
    /// Why `s` cannot be taken on `m` today, in the user's words (when no row applies).
    static QString whyNot(const Matter &m, MatterStep s, const QDate &today);
    /// The working days before a deadline when a matter turns yellow, unless the office sets its own.
    static constexpr int kWarningDays = 3;
    /// The bounds of the lights on `today`: yellow up to the `warningDays`-th working day after it.
    static LightBounds bounds(const WorkCalendar &calendar, const QDate &today, int warningDays);
    static MatterLight lightOf(const Matter &m, const LightBounds &b);
    /// Who sees which matters: the 督查室 and the director every one, the hotline desk the calls, a
    /// leader those concerning them; each within their clearance.
    static bool sees(const Principal &p, const Matter &m);
    /// Narrows `f` to what `p` sees; false when `p` sees no matter at all.
    static bool limitTo(const Principal &p, MatterFilter &f);
    /// Whether `p` acts in `row` on `m` (holds its post, or is the leader concerned).
    static bool actsIn(const Principal &p, const MatterFlowRow &row, const Matter &m);
    /// Whether a closed matter was closed by the end of its deadline's day.
    static bool closedOnTime(const Matter &m);
};

/// The hotline's scope (SPEC.md 直线电话受理).
class HotlineScope final
{
    Q_DECLARE_TR_FUNCTIONS(HotlineScope)
public:
    static bool inScope(CallCategory c);
    /// Where a caller outside the scope is sent, in the words the desk says it; empty in scope.
    static QString advice(CallCategory c);
};

} // namespace gw
