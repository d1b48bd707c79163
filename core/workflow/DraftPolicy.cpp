// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what may be done to a draft.
#include "workflow/DraftPolicy.h"

#include "security/Actor.h"
#include "security/Permissions.h"

namespace gw {

bool DraftPolicy::signedAndNotReleased(const Draft &d)
{
    return d.signedVersion > 0 &&
           (d.state == QLatin1String(step::kRegistration) || d.state == QLatin1String(step::kPrinting) ||
            d.state == QLatin1String(step::kFirstReading));
}

DraftActions DraftPolicy::actions(const Principal &actor, const Draft &d)
{
    DraftActions a;
    if (!clearanceCovers(actor.clearance, d.fields.secrecy))
        return a;
    const ChainFacts facts = ChainEngine::factsOf(d);
    const ChainRow *row = ChainEngine::row(d.variant, d.state);
    if (row &&
        (row->kind == StepKind::Drafting || row->kind == StepKind::Review || row->kind == StepKind::Sign))
        a.chain = ChainEngine::allowedActions(facts, d.state, actor);
    a.passSigns = a.chain.contains(ChainAction::Pass) && row && row->kind == StepKind::Sign;
    a.edit = d.state == QLatin1String(step::kDrafting) && a.chain.contains(ChainAction::Pass) &&
             Permissions::allows(actor.roles, Action::ReviseDraft);
    a.registerNumber =
        d.state == QLatin1String(step::kRegistration) && ChainEngine::mayAct(facts, d.state, actor);
    const bool afterSign = signedAndNotReleased(d);
    a.wordingFix = afterSign && Permissions::allows(actor.roles, Action::ReviewDraft);
    a.contentChange = a.wordingFix;
    a.writtenDate = afterSign && Permissions::allows(actor.roles, Action::ReviseDraft);
    a.print = (d.state == QLatin1String(step::kPrinting) || d.state == QLatin1String(step::kFirstReading)) &&
              Permissions::allows(actor.roles, Action::PrintDocument);
    a.firstRead = d.state == QLatin1String(step::kFirstReading) && ChainEngine::mayAct(facts, d.state, actor);
    a.markup = row && (row->kind == StepKind::Review || row->kind == StepKind::Sign) &&
               ChainEngine::mayAct(facts, d.state, actor);
    return a;
}

bool DraftPolicy::isOverdue(const Draft &d, qint64 nowMs)
{
    return d.dueAtMs > 0 && ChainEngine::isActive(d.state) && d.dueAtMs < nowMs;
}

QString DraftPolicy::formatDocNumber(const QString &prefix, int year, int seq)
{
    return prefix + QChar(0x3014) + QString::number(year) + QChar(0x3015) + QString::number(seq) +
           QChar(0x53F7);
}

} // namespace gw
