// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the handling of incoming documents as data.
#include "workflow/IncomingFlow.h"

#include "domain/EnumTable.h"
#include "domain/IncomingItem.h"
#include "security/Permissions.h"

namespace gw {
namespace {
using S = IncomingStep;
constexpr FlowActor P = FlowActor::Post;
constexpr FlowActor H = FlowActor::Holder;
constexpr HeldAt ANY = HeldAt::Anywhere;
constexpr HeldAt SEC = HeldAt::Secretariat;
constexpr HeldAt RDR = HeldAt::Reader;

// clang-format off
// state,         step,           who, the post's action,           held at, next state,                          clause (SPEC.md 收文)
const QList<IncomingFlowRow> kTable = {
    {"registered",  S::Triage,     P, Action::TriageIncoming,     ANY, "accepted|transferred|returned", "初审: 受理、转办或退文"},
    {"accepted",    S::Propose,    P, Action::DistributeIncoming, ANY, "proposed",                      "拟办: 秘书科提出拟办意见"},
    {"accepted",    S::Distribute, P, Action::DistributeIncoming, ANY, "circulating",                   "分送: 无需批示的按拟办分送"},
    {"proposed",    S::Instruct,   P, Action::GiveInstruction,    ANY, "instructed",                    "签批: 领导批示"},
    {"instructed",  S::Distribute, P, Action::DistributeIncoming, ANY, "circulating",                   "分送: 按批示分送阅知、承办"},
    {"circulating", S::FinishTurn, H, Action::DistributeIncoming, RDR, "circulating|handled",           "传阅: 阅毕或办毕退回秘书科"},
    {"circulating", S::Forward,    P, Action::DistributeIncoming, SEC, "circulating",                   "传阅: 秘书科转下一位"},
    {"handled",     S::Reply,      P, Action::DistributeIncoming, ANY, "done",                          "答复: 办结后答复来文单位"},
    {"accepted",    S::ReverseTriage, P, Action::TriageIncoming, ANY, "registered",                  "初审: 下一环节开始前撤回初审决定"},
    {"transferred", S::ReverseTriage, P, Action::TriageIncoming, ANY, "registered",                  "初审: 下一环节开始前撤回初审决定"},
    {"returned",    S::ReverseTriage, P, Action::TriageIncoming, ANY, "registered",                  "初审: 下一环节开始前撤回初审决定"},
    {"*",           S::Urge,       P, Action::UrgeItem,           ANY, "",                              "催办: 办理时限内跟踪催办"},
};
// clang-format on

const enumtable::Entry<IncomingStep> kSteps[] = {
    {S::Triage, "triage", ""},
    {S::Propose, "propose", ""},
    {S::Instruct, "instruct", ""},
    {S::Distribute, "distribute", ""},
    {S::FinishTurn, "finish_turn", ""},
    {S::Forward, "forward", ""},
    {S::Urge, "urge", ""},
    {S::Reply, "reply", ""},
    {S::ReverseTriage, "reverse_triage", ""},
};
} // namespace

const QList<IncomingFlowRow> &IncomingFlow::table()
{
    return kTable;
}

bool IncomingFlow::isActive(const QString &state)
{
    return state != QLatin1String(incoming::kDone) && state != QLatin1String(incoming::kReturned) &&
           state != QLatin1String(incoming::kTransferred);
}

QList<const IncomingFlowRow *> IncomingFlow::rowsFor(const QString &state, bool atSecretariat)
{
    QList<const IncomingFlowRow *> out;
    for (const IncomingFlowRow &r : kTable) {
        const bool inState = r.state == state || (qstrcmp(r.state, "*") == 0 && isActive(state));
        const bool heldRight =
            r.heldAt == HeldAt::Anywhere || (r.heldAt == HeldAt::Secretariat) == atSecretariat;
        if (inState && heldRight)
            out.append(&r);
    }
    return out;
}

QStringList IncomingFlow::statesWaitingFor(const QList<Role> &roles)
{
    QStringList states;
    for (const IncomingFlowRow &r : kTable) {
        // Circulation is listed by holder; urging and taking a decision back are not something an item
        // waits for.
        if (r.actor != FlowActor::Post || r.heldAt != HeldAt::Anywhere || r.step == IncomingStep::Urge ||
            r.step == IncomingStep::ReverseTriage)
            continue;
        const QString s = QString::fromLatin1(r.state);
        if (Permissions::allows(roles, r.permission) && !states.contains(s))
            states.append(s);
    }
    return states;
}

QString IncomingFlow::stepCode(IncomingStep s)
{
    return enumtable::code(kSteps, s);
}

} // namespace gw
