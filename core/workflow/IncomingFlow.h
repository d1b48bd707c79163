// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the handling of incoming documents (收文办理) as data: one row per thing a person may
// do to an item in a state.
#pragma once

#include "domain/Role.h"

#include <QList>
#include <QString>

namespace gw {

enum class Action;
struct Principal;

/// What a person may do to an incoming item; each is one call of IncomingService.
enum class IncomingStep
{
    Triage,     ///< 初审: accept, transfer or return
    Propose,    ///< 拟办
    Instruct,   ///< 签批
    Distribute, ///< 分送: readers and handlers in order
    FinishTurn, ///< the reader or handler holding it records read or done
    Forward,    ///< 秘书科 passes it on to the next on the list
    Urge,       ///< 催办
    Reply,      ///< 答复
    ReverseTriage, ///< 秘书科 takes a triage decision back before the next step has started
};

/// Who acts in a row: the holders of a post, or the person holding the item on its circulation list.
enum class FlowActor
{
    Post,
    Holder
};

/// Where the item must be for a row to apply while it circulates.
enum class HeldAt
{
    Anywhere,
    Secretariat, ///< back at 秘书科 between two readers
    Reader,      ///< with a reader or handler
};

/// One row: in `state` (or "*": any state whose handling has not ended), `actor` may take `step`.
struct IncomingFlowRow
{
    const char *state;
    IncomingStep step;
    FlowActor actor;
    Action permission; ///< the post's action, when actor is Post
    HeldAt heldAt;
    const char *next; ///< the state the step leads to ("" when it stays, "…|…" when the decision says)
    const char *clause;
};

class IncomingFlow final
{
public:
    /// The whole table, in the order a screen offers the steps.
    static const QList<IncomingFlowRow> &table();
    /// States in which the handling has ended (转办, 退文, 办结).
    static bool isActive(const QString &state);
    /// The rows that apply to an item in `state`, held at 秘书科 or not.
    static QList<const IncomingFlowRow *> rowsFor(const QString &state, bool atSecretariat);
    /// The states in which an item waits for a holder of `roles` (what 待办 lists besides circulation).
    static QStringList statesWaitingFor(const QList<Role> &roles);
    static QString stepCode(IncomingStep s);
};

} // namespace gw
