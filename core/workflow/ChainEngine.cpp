// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the one engine that walks the chain table.
#include "workflow/ChainEngine.h"

#include "security/Actor.h"

namespace gw {
namespace {
bool applies(const ChainRow &r, const ChainFacts &f)
{
    return r.when == StepCondition::Always || (r.when == StepCondition::NormativeOnly && f.normative);
}

bool isApproval(StepKind k)
{
    return k == StepKind::Review || k == StepKind::Sign;
}
} // namespace

ChainFacts ChainEngine::factsOf(const Draft &d)
{
    return ChainFacts{d.variant,          d.fields.normative, d.fields.issuer,
                      d.fields.direction, d.fields.signerId,  d.createdBy,
                      d.fields.draftingUnitId};
}

ChainVariant ChainEngine::variantFor(Issuer issuer, bool draftedByDepartment)
{
    switch (issuer) {
    case Issuer::DistrictGovernment:
        return draftedByDepartment ? ChainVariant::DepartmentDrafted : ChainVariant::OfficeDrafted;
    case Issuer::DistrictOffice:
        return ChainVariant::OfficeIssued;
    case Issuer::JointPartyGov:
        return ChainVariant::JointPartyGov;
    case Issuer::JointOffices:
        return ChainVariant::JointOffices;
    }
    return ChainVariant::OfficeDrafted;
}

const ChainRow *ChainEngine::row(ChainVariant variant, const QString &step)
{
    for (const ChainRow &r : chainTable()) {
        if (r.variant == variant && step == QLatin1String(r.step))
            return &r;
    }
    return nullptr;
}

QString ChainEngine::nextStep(const ChainFacts &facts, const QString &step)
{
    const ChainRow *r = row(facts.variant, step);
    if (!r)
        return {};
    QString next = QString::fromLatin1(r->next);
    while (!next.isEmpty()) {
        const ChainRow *n = row(facts.variant, next);
        if (!n || applies(*n, facts))
            return next;
        next = QString::fromLatin1(n->next);
    }
    return next;
}

QStringList ChainEngine::path(const ChainFacts &facts)
{
    QStringList out;
    for (QString s = QString::fromLatin1(step::kDrafting); !s.isEmpty(); s = nextStep(facts, s))
        out.append(s);
    return out;
}

int ChainEngine::remainingApprovals(const ChainFacts &facts, const QString &stepKey)
{
    const QStringList p = path(facts);
    int n = 0;
    for (qsizetype i = p.indexOf(stepKey); i >= 0 && i < p.size(); ++i) {
        if (const ChainRow *r = row(facts.variant, p.at(i)); r && isApproval(r->kind))
            ++n;
    }
    return n;
}

QString ChainEngine::signStep(ChainVariant variant)
{
    for (const ChainRow &r : chainTable()) {
        if (r.variant == variant && r.kind == StepKind::Sign)
            return QString::fromLatin1(r.step);
    }
    return {};
}

QString ChainEngine::stepLabel(ChainVariant variant, const QString &step)
{
    const ChainRow *r = row(variant, step);
    return r ? QCoreApplication::translate("Chain", r->label) : step;
}

bool ChainEngine::isActive(const QString &step)
{
    return step != QLatin1String(step::kArchived) && step != QLatin1String(step::kClosed);
}

Status ChainEngine::mayAct(const ChainFacts &facts, const QString &step, const Principal &actor)
{
    const ChainRow *r = row(facts.variant, step);
    if (!r || r->roles.isEmpty())
        return makeError(ErrorCode::Validation, tr("Nothing more can be done at this step."));
    bool holds = false;
    for (Role role : r->roles)
        holds = holds || actor.hasRole(role);
    if (!holds)
        return makeError(
            ErrorCode::Permission,
            tr("“%1” is done by: %2.").arg(stepLabel(facts.variant, step), roleLabels(r->roles)));
    // The drafting step is the drafter's and the drafting unit's: a drafter of another unit may not
    // edit, re-unit or submit the draft; a section head may, for their own unit's work (or any, while
    // their unit is not recorded).
    if (r->kind == StepKind::Drafting && facts.drafterId != 0 && actor.userId != facts.drafterId) {
        const bool member = actor.unitId != 0 && actor.unitId == facts.draftingUnitId;
        const bool head = actor.hasRole(Role::SectionHead) && (actor.unitId == 0 || member);
        if (!member && !head)
            return makeError(ErrorCode::Permission,
                             tr("While it is being drafted, a draft is worked on by its drafter, members of its "
                                "drafting unit or their section head only."));
    }
    // A district leader's step is the chosen leader's alone.
    if (r->roles == QList<Role>{Role::Leader}) {
        if (facts.signerId == 0)
            return makeError(ErrorCode::Validation, tr("No signing leader has been chosen for this draft."));
        if (actor.userId != facts.signerId)
            return makeError(ErrorCode::Permission, tr("This draft waits for the leader chosen to sign it."));
        if (facts.issuer == Issuer::DistrictGovernment && facts.direction == Direction::Upward &&
            r->kind == StepKind::Sign && !actor.districtHead)
            return makeError(ErrorCode::Permission,
                             tr("Upward documents of the district government are signed by the district head "
                                "(区长) only."));
    }
    return {};
}

Result<ChainMove> ChainEngine::transition(const ChainFacts &facts, const QString &state, ChainAction action,
                                          const Principal &actor)
{
    const ChainRow *r = row(facts.variant, state);
    if (!r)
        return makeError(ErrorCode::Validation, tr("The draft is in an unknown state (%1).").arg(state));
    if (r->kind == StepKind::Done || r->kind == StepKind::Closed)
        return makeError(ErrorCode::Validation,
                         tr("The draft's handling has ended: %1.").arg(stepLabel(facts.variant, state)));
    if (auto st = mayAct(facts, state, actor); !st)
        return st.error();

    ChainMove m;
    m.from = state;
    m.fromKind = r->kind;
    m.action = action;
    switch (action) {
    case ChainAction::Pass:
        m.to = nextStep(facts, state);
        m.signs = r->kind == StepKind::Sign;
        return m;
    case ChainAction::Return:
        if (!r->mayReturn)
            return makeError(
                ErrorCode::Validation,
                tr("A draft cannot be returned from “%1”.").arg(stepLabel(facts.variant, state)));
        m.to = QString::fromLatin1(step::kDrafting);
        m.backflow = true;
        return m;
    case ChainAction::Close:
        if (state != QLatin1String(step::kSecretariatReview))
            return makeError(
                ErrorCode::Validation,
                tr("Only the secretariat review may close a draft as not to be issued (不予行文)."));
        m.to = QString::fromLatin1(step::kClosed);
        return m;
    }
    return makeError(ErrorCode::Validation, tr("Unknown action."));
}

QList<ChainAction> ChainEngine::allowedActions(const ChainFacts &facts, const QString &state,
                                               const Principal &actor)
{
    QList<ChainAction> out;
    for (ChainAction a : {ChainAction::Pass, ChainAction::Return, ChainAction::Close}) {
        if (transition(facts, state, a, actor))
            out.append(a);
    }
    return out;
}

QStringList ChainEngine::stepsOfKind(StepKind kind)
{
    QStringList out;
    for (const ChainRow &r : chainTable()) {
        if (r.kind == kind && !out.contains(QLatin1String(r.step)))
            out.append(QString::fromLatin1(r.step));
    }
    return out;
}

} // namespace gw
