// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what may be done to a draft, decided from the draft and the account alone.
#pragma once

#include "domain/Draft.h"
#include "workflow/ChainEngine.h"

namespace gw {

struct Principal;

/// What an actor may do with a draft now; the draft page shows only these.
struct DraftActions
{
    QList<ChainAction> chain; ///< pass / return / close at a chain step
    bool passSigns = false;   ///< passing here is the leader's signature (签发): the version is frozen
    bool edit = false;        ///< fields and new versions (at the drafting step)
    bool registerNumber = false;
    bool wordingFix = false;
    bool contentChange = false;
    bool writtenDate = false;
    bool print = false;     ///< 印制: numbered copies, at printing (or again at the first reader)
    bool firstRead = false; ///< 第一读者: pass or fail the print
    /// Drawing new markups (核稿批注): only while the draft is at a review or sign-off step where the
    /// actor acts now. Once it has left the actor's hands the markup tools are read-only.
    bool markup = false;
};

/// Pure rules over a draft: no database, no clock but the one given. DraftingService asks these with the
/// account as stored now.
class DraftPolicy final
{
public:
    static DraftActions actions(const Principal &actor, const Draft &d);
    /// Due and not done at `nowMs`: a step with a time limit that has passed while the draft is active.
    static bool isOverdue(const Draft &d, qint64 nowMs);
    /// Signed and not yet released: wording fixes, content changes and the 成文日期 are recorded then.
    static bool signedAndNotReleased(const Draft &d);
    /// 发文字号: prefix〔year〕N号.
    static QString formatDocNumber(const QString &prefix, int year, int seq);
};

} // namespace gw
