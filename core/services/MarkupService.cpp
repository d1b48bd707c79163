// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — review markup.
#include "services/MarkupService.h"

#include "Clock.h"
#include "services/DraftRecords.h"
#include "storage/DraftRepository.h"
#include "storage/RowConflict.h"
#include "workflow/ChainEngine.h"
#include "workflow/DraftPolicy.h"

#include <cmath>

namespace gw {
namespace {
bool sane(const QRectF &r)
{
    return std::isfinite(r.x()) && std::isfinite(r.y()) && std::isfinite(r.width()) &&
           std::isfinite(r.height()) && r.width() >= 0 && r.height() >= 0 && r.width() < 20000 &&
           r.height() < 20000;
}
} // namespace

Result<QList<Markup>> MarkupService::add(const Actor &actorIn, qint64 draftId, int versionNumber,
                                         const QList<Markup> &markups)
{
    auto current = m_ctx.resolve(actorIn);
    if (!current)
        return current.error();
    const Principal &actor = current.value();
    QList<Markup> saved;
    // Many new rows in one transaction, each audited on its own: the commit path, not update().
    auto done = m_ctx.commit(actor, [&](WriteScope &w) -> Status {
        const DraftRepository drafts(m_ctx.db);
        auto found = drafts.find(draftId);
        if (!found)
            return found.error();
        if (!found.value() || !clearanceCovers(actor.clearance, found.value()->fields.secrecy))
            return makeError(ErrorCode::NotFound, tr("The draft does not exist or is not visible to you."));
        const Draft &d = *found.value();
        if (!DraftPolicy::actions(actor, d).markup)
            return makeError(ErrorCode::Permission,
                             tr("Markup is made by whoever reviews or signs the draft at its current step; "
                                "“%1” is not yours to act on now.")
                                 .arg(ChainEngine::stepLabel(d.variant, d.state)));
        auto version = drafts.version(draftId, versionNumber);
        if (!version)
            return version.error();
        if (!version.value())
            return makeError(ErrorCode::NotFound, tr("Version %1 does not exist.").arg(versionNumber));
        const qint64 now = w.nowMs;
        const MarkupRepository repo(m_ctx.db);
        for (Markup m : markups) {
            if (m.page < 0 || m.rects.isEmpty())
                return makeError(ErrorCode::Validation, tr("A markup needs a place on a page."));
            for (const QRectF &r : m.rects) {
                if (!sane(r))
                    return makeError(ErrorCode::Validation, tr("A markup lies outside the page."));
            }
            m.comment = m.comment.trimmed();
            if (m.comment.size() > kMaxComment)
                return makeError(ErrorCode::Validation,
                                 tr("A comment is longer than %1 characters.").arg(kMaxComment));
            if (m.comment.isEmpty() && (m.kind == MarkupKind::Note || m.kind == MarkupKind::Caret))
                return makeError(ErrorCode::Validation, tr("A note needs its text."));
            m.draftId = draftId;
            m.versionNumber = versionNumber;
            m.versionSha256 = version.value()->sha256;
            m.authorId = actor.userId;
            m.authorName = actor.displayName;
            m.atMs = now;
            m.step = d.state;
            m.status = MarkupStatus::Open;
            m.answer.clear();
            m.answeredBy.clear();
            m.closedBy.clear();
            auto id = repo.insert(m, now);
            if (!id)
                return id.error();
            m.id = id.value();
            m.version = 1;
            w.audit(AuditNote{QStringLiteral("markup.add"),
                              QLatin1String(Records<Markup>::kType),
                              m.id,
                              {},
                              AuditDiff::created(Records<Markup>::fields(m))});
            saved.append(m);
        }
        return {};
    });
    if (!done)
        return done.error();
    return saved;
}

Result<QList<Markup>> MarkupService::forDraft(const Actor &who, qint64 draftId) const
{
    auto current = m_ctx.resolve(who);
    if (!current)
        return current.error();
    const Principal &actor = current.value();
    auto found = DraftRepository(m_ctx.db).find(draftId);
    if (!found)
        return found.error();
    if (!found.value() || !clearanceCovers(actor.clearance, found.value()->fields.secrecy))
        return makeError(ErrorCode::NotFound, tr("The draft does not exist or is not visible to you."));
    return MarkupRepository(m_ctx.db).forDraft(draftId);
}

Result<Markup> MarkupService::answer(const Actor &actor, qint64 markupId, qint64 expectedVersion, bool fixed,
                                     const QString &text)
{
    return m_ctx.update<Markup>(
        actor, {Action::ReviseDraft, QStringLiteral("markup.answer")}, markupId, expectedVersion,
        [&](WriteScope &w, Markup &m) -> Status {
            if (m.status != MarkupStatus::Open)
                return makeError(ErrorCode::Validation, tr("Only an open markup is answered."));
            auto draft = DraftRepository(w.db).find(m.draftId);
            if (!draft)
                return draft.error();
            // Answered by whoever may work on the draft at the drafting step: its drafter, or a section
            // head holding the drafting post (the same rule as editing it).
            if (!draft.value() ||
                !ChainEngine::mayAct(ChainEngine::factsOf(*draft.value()), QString::fromLatin1(step::kDrafting),
                                     w.who))
                return makeError(ErrorCode::Permission, tr("A markup is answered by the draft's drafter."));
            if (!fixed && text.trimmed().isEmpty())
                return makeError(ErrorCode::Validation, tr("Say why the draft was not changed."));
            m.status = fixed ? MarkupStatus::Fixed : MarkupStatus::Rejected;
            m.answer = text.trimmed();
            m.answeredBy = w.who.displayName;
            return {};
        });
}

Result<Markup> MarkupService::close(const Actor &actor, qint64 markupId, qint64 expectedVersion, bool reopen)
{
    return m_ctx.update<Markup>(
        actor,
        {Action::ReviewDraft, reopen ? QStringLiteral("markup.reopen") : QStringLiteral("markup.close")},
        markupId, expectedVersion, [&](WriteScope &w, Markup &m) -> Status {
            if (reopen) {
                if (m.status == MarkupStatus::Open)
                    return makeError(ErrorCode::Validation, tr("The markup is open already."));
                m.status = MarkupStatus::Open;
                m.closedBy.clear();
                return {};
            }
            if (m.status != MarkupStatus::Fixed && m.status != MarkupStatus::Rejected)
                return makeError(ErrorCode::Validation,
                                 tr("A markup is closed once the drafter has answered it."));
            m.status = MarkupStatus::Closed;
            m.closedBy = w.who.displayName;
            return {};
        });
}

} // namespace gw
