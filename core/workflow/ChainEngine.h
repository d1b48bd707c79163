// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the one engine that walks the chain table.
#pragma once

#include "Result.h"
#include "domain/DocumentKinds.h"
#include "domain/Draft.h"
#include "workflow/ChainTable.h"

#include <QCoreApplication>

namespace gw {

struct Principal;

/// What the engine needs to know of a draft.
struct ChainFacts
{
    ChainVariant variant = ChainVariant::OfficeDrafted;
    bool normative = false; ///< 规范性文件: adds the legal review
    Issuer issuer = Issuer::DistrictGovernment;
    Direction direction = Direction::Downward;
    qint64 signerId = 0; ///< the leader chosen to sign
    qint64 drafterId = 0; ///< who drafted it: the drafting step is theirs (or a section head's)
    qint64 draftingUnitId = 0; ///< whose work it is: members of that unit may take the drafting step
};

enum class ChainAction
{
    Pass,   ///< submit, approve or sign, with an opinion
    Return, ///< back to the drafter with a reason (文件倒流)
    Close,  ///< 不予行文, by the secretariat reviewer, with a reason
};

/// A move the engine allows.
struct ChainMove
{
    QString from;
    QString to;
    ChainAction action = ChainAction::Pass;
    StepKind fromKind = StepKind::Drafting;
    bool signs = false;    ///< the move is the sign-off: the version freezes
    bool backflow = false; ///< counted against `from` and the drafting unit
};

class ChainEngine final
{
    Q_DECLARE_TR_FUNCTIONS(ChainEngine)
public:
    /// What the engine needs of a stored draft.
    static ChainFacts factsOf(const Draft &d);
    /// 区政府 documents drafted by a department are 代拟稿; otherwise the issuer decides.
    static ChainVariant variantFor(Issuer issuer, bool draftedByDepartment);
    static const ChainRow *row(ChainVariant variant, const QString &step);
    /// The step passing `step` leads to, passing over rows that do not apply to this draft.
    static QString nextStep(const ChainFacts &facts, const QString &step);
    /// Every step this draft goes through, from drafting to the archive.
    static QStringList path(const ChainFacts &facts);
    /// Approval and sign-off steps still ahead of `step` (including it when it is one).
    static int remainingApprovals(const ChainFacts &facts, const QString &step);
    static QString signStep(ChainVariant variant);
    static QString stepLabel(ChainVariant variant, const QString &step);
    static bool isActive(const QString &step);
    /// Every step of this kind in any variant (the register's "in review" and "to sign" filters).
    static QStringList stepsOfKind(StepKind kind);

    /// OK when `actor` may act at `step` of this draft; otherwise why not.
    static Status mayAct(const ChainFacts &facts, const QString &step, const Principal &actor);
    /// The move `action` makes from `state`, or why it is refused.
    static Result<ChainMove> transition(const ChainFacts &facts, const QString &state, ChainAction action,
                                        const Principal &actor);
    /// The actions `actor` may take now (for showing only those).
    static QList<ChainAction> allowedActions(const ChainFacts &facts, const QString &state,
                                             const Principal &actor);
};

} // namespace gw
