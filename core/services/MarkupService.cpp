// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — review markup.
#include "services/MarkupService.h"

#include "Clock.h"
#include "security/AuditLog.h"
#include "services/DraftingService.h"
#include "storage/DraftRepository.h"
#include "storage/RowConflict.h"

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
    auto current = m_ctx.currentActor(actorIn);
    if (!current)
        return current.error();
    const Actor &actor = current.value();
    auto done = inWriteTransaction(m_ctx.db, [&]() -> Result<QList<Markup>> {
        const DraftRepository drafts(m_ctx.db);
        auto found = drafts.find(draftId);
        if (!found)
            return found.error();
        if (!found.value() || !clearanceCovers(actor.clearance, found.value()->fields.secrecy))
            return makeError(ErrorCode::NotFound, tr("The draft does not exist or is not visible to you."));
        const Draft &d = *found.value();
        const ChainRow *row = ChainEngine::row(d.variant, d.state);
        const bool atReview = row && (row->kind == StepKind::Review || row->kind == StepKind::Sign) &&
                              ChainEngine::mayAct(DraftingService::factsOf(d), d.state, actor);
        if (!atReview && !Permissions::allows(actor.roles, Action::ReviewDraft))
            return makeError(
                ErrorCode::Permission,
                tr("Markup is made by the reviewer, or by whoever reviews or signs the draft now."));
        auto version = drafts.version(draftId, versionNumber);
        if (!version)
            return version.error();
        if (!version.value())
            return makeError(ErrorCode::NotFound, tr("Version %1 does not exist.").arg(versionNumber));
        const qint64 now = m_ctx.clock.nowMs();
        QList<Markup> saved;
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
            m.status = MarkupStatus::Open;
            m.answer.clear();
            m.answeredBy.clear();
            m.closedBy.clear();
            auto id = repo.insert(m, now);
            if (!id)
                return id.error();
            m.id = id.value();
            m.version = 1;
            saved.append(m);
        }
        if (auto st = AuditLog::append(
                m_ctx.db, actor, now, QStringLiteral("markup.add"), QStringLiteral("draft"),
                QString::number(draftId),
                QStringLiteral("version=%1; markups=%2").arg(versionNumber).arg(saved.size()));
            !st)
            return st.error();
        return saved;
    });
    if (done)
        Q_EMIT markupsChanged(draftId);
    return done;
}

Result<QList<Markup>> MarkupService::forDraft(const Actor &actor, qint64 draftId) const
{
    auto found = DraftRepository(m_ctx.db).find(draftId);
    if (!found)
        return found.error();
    if (!found.value() || !clearanceCovers(actor.clearance, found.value()->fields.secrecy) ||
        actor.roles.isEmpty())
        return makeError(ErrorCode::NotFound, tr("The draft does not exist or is not visible to you."));
    return MarkupRepository(m_ctx.db).forDraft(draftId);
}

Result<Markup> MarkupService::changeState(const Actor &actor, qint64 markupId, qint64 expectedVersion,
                                          const QString &auditAction,
                                          const std::function<Status(Markup &)> &change)
{
    qint64 draftId = 0;
    auto done = inWriteTransaction(m_ctx.db, [&]() -> Result<Markup> {
        const MarkupRepository repo(m_ctx.db);
        auto found = repo.find(markupId);
        if (!found)
            return found.error();
        if (!found.value())
            return makeError(ErrorCode::NotFound, tr("The markup no longer exists."));
        Markup m = *found.value();
        auto draft = DraftRepository(m_ctx.db).find(m.draftId);
        if (!draft)
            return draft.error();
        if (!draft.value() || !clearanceCovers(actor.clearance, draft.value()->fields.secrecy))
            return makeError(ErrorCode::NotFound, tr("The draft does not exist or is not visible to you."));
        if (m.version != expectedVersion)
            return rowConflict(tr("The markup “%1”").arg(m.comment.left(20)), m.updatedBy, m.updatedAtMs);
        const MarkupStatus before = m.status;
        if (auto st = change(m); !st)
            return st.error();
        const qint64 now = m_ctx.clock.nowMs();
        auto v = repo.updateState(m, now, actor.displayName);
        if (!v)
            return v.error();
        m.version = v.value();
        draftId = m.draftId;
        if (auto st = AuditLog::append(
                m_ctx.db, actor, now, auditAction, QStringLiteral("markup"), QString::number(m.id),
                QStringLiteral("status=%1 -> %2; %3")
                    .arg(markupStatusCode(before), markupStatusCode(m.status), m.answer));
            !st)
            return st.error();
        return m;
    });
    if (done)
        Q_EMIT markupsChanged(draftId);
    return done;
}

Result<Markup> MarkupService::answer(const Actor &actor, qint64 markupId, qint64 expectedVersion, bool fixed,
                                     const QString &text)
{
    if (auto st = m_ctx.authorize(actor, Action::ReviseDraft); !st)
        return st.error();
    return changeState(
        actor, markupId, expectedVersion, QStringLiteral("markup.answer"), [&](Markup &m) -> Status {
            if (m.status != MarkupStatus::Open)
                return makeError(ErrorCode::Validation, tr("Only an open markup is answered."));
            if (!fixed && text.trimmed().isEmpty())
                return makeError(ErrorCode::Validation, tr("Say why the draft was not changed."));
            m.status = fixed ? MarkupStatus::Fixed : MarkupStatus::Rejected;
            m.answer = text.trimmed();
            m.answeredBy = actor.displayName;
            return {};
        });
}

Result<Markup> MarkupService::close(const Actor &actor, qint64 markupId, qint64 expectedVersion, bool reopen)
{
    if (auto st = m_ctx.authorize(actor, Action::ReviewDraft); !st)
        return st.error();
    return changeState(actor, markupId, expectedVersion,
                       reopen ? QStringLiteral("markup.reopen") : QStringLiteral("markup.close"),
                       [&](Markup &m) -> Status {
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
                           m.closedBy = actor.displayName;
                           return {};
                       });
}

Result<QList<MarkupCount>> MarkupService::counts(const Actor &actor) const
{
    if (auto st = m_ctx.authorize(actor, Action::ViewStatistics); !st)
        return st.error();
    return MarkupRepository(m_ctx.db).counts();
}

} // namespace gw
