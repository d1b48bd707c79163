// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — outgoing documents (发文办理): drafts, versions, the chain, sign-off and numbering.
#pragma once

#include "Result.h"
#include "domain/Draft.h"
#include "domain/TextDiff.h"
#include "domain/Unit.h"
#include "domain/User.h"
#include "security/Actor.h"
#include "services/ServiceContext.h"
#include "storage/DraftRepository.h"
#include "workflow/ChainEngine.h"
#include "workflow/DraftPolicy.h"
#include "workflow/GenreRules.h"
#include "workflow/WorkCalendar.h"

#include <QObject>

namespace gw {

/// A body for a new version: text from the editor, or an uploaded PDF with its extracted text.
struct DraftBody
{
    QString text;
    QByteArray pdf;
};

/// Every change to an outgoing document goes through here. Each call checks the actor (roles,
/// clearance, the chosen signer), validates, writes the change, its routing line and its audit
/// entry in one transaction, then emits draftChanged.
class DraftingService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftingService)
public:
    /// A 成文日期 must be set by the drafting unit when registration comes this long after signing.
    static constexpr int kWrittenDateDays = 20;

    DraftingService(const ServiceContext &ctx, QObject *parent = nullptr) : QObject(parent), m_ctx(ctx) {}

    /// The calendar that time limits are counted on: the plain week with the days the administrator
    /// entered (holidays, swapped working days).
    Result<WorkCalendar> calendar() const;
    /// What the genre checks say of these fields (shown while editing).
    Result<QList<GenreFinding>> checkGenre(const DraftFields &fields) const;

    /// A new draft at the drafting step with its first version. Genre findings refuse it unless
    /// `overrideReason` says why it is right anyway.
    Result<Draft> create(const Actor &actor, const DraftFields &fields, const DraftBody &body,
                         const QString &overrideReason = {});
    /// create() for a draft another service starts (a bulletin): allowed by `permission` instead of
    /// draft.create, audited as `auditAction`, and `alongside` writes what belongs with the new draft
    /// in the same transaction.
    Result<Draft> createFor(const Actor &actor, Action permission, const QString &auditAction,
                            const DraftFields &fields, const DraftBody &body,
                            const std::function<Status(WriteScope &, const Draft &)> &alongside);
    /// Edits the fields while the draft is at the drafting step.
    Result<Draft> updateFields(const Actor &actor, const Draft &edited, const QString &overrideReason = {});
    /// A new version of the body while the draft is at the drafting step.
    Result<Draft> addVersion(const Actor &actor, qint64 draftId, qint64 expectedVersion,
                             const DraftBody &body, const QString &note);
    /// Pass (submit, approve, sign), return or close, with an opinion; a reason for return and close.
    /// Passing a review or sign-off step while markups of one's own on the draft are not closed is
    /// refused unless `leaveOwnMarkupsOpen` says the actor saw them and passes anyway; the routing slip
    /// then says how many were left open.
    Result<Draft> act(const Actor &actor, qint64 draftId, qint64 expectedVersion, ChainAction action,
                      const QString &opinion, bool leaveOwnMarkupsOpen = false);
    /// After sign-off, 秘书科 records a wording fix: a new version, no new signature.
    Result<Draft> wordingFix(const Actor &actor, qint64 draftId, qint64 expectedVersion,
                             const DraftBody &body, const QString &note);
    /// After sign-off, a change of content voids the signature; the draft goes back to its signer.
    Result<Draft> contentChange(const Actor &actor, qint64 draftId, qint64 expectedVersion,
                                const DraftBody &body, const QString &note);
    /// The drafting unit sets the 成文日期 (needed when registration comes more than 20 days after signing).
    Result<Draft> setWrittenDate(const Actor &actor, qint64 draftId, qint64 expectedVersion,
                                 const QDate &date);
    /// 秘书科登记复核: allocates the 发文字号 (prefix〔year〕N号) and passes the draft on to printing.
    Result<Draft> registerDocument(const Actor &actor, qint64 draftId, qint64 expectedVersion,
                                   const QString &prefix);

    /// Whether the account may start a draft (the screen shows "New draft" only then).
    bool mayCreate(const Actor &actor) const { return m_ctx.authorize(actor, Action::CreateDraft).ok(); }
    Result<Draft> get(const Actor &actor, qint64 id) const;
    Result<QList<Draft>> list(const Actor &actor, DraftFilter filter) const;
    /// Everything waiting for `actor`: most urgent first, then by due time.
    Result<QList<Draft>> tasks(const Actor &actor) const;
    Result<QList<DraftVersion>> versions(const Actor &actor, qint64 id) const;
    Result<DraftVersion> version(const Actor &actor, qint64 id, int number) const;
    Result<QList<RoutingEntry>> routing(const Actor &actor, qint64 id) const;
    /// Two versions' paragraphs side by side, changed ones marked character by character.
    Result<QList<DiffRow>> diff(const Actor &actor, qint64 id, int from, int to) const;
    bool isOverdue(const Draft &d) const;
    DraftActions actionsFor(const Actor &actor, const Draft &d) const;
    /// The urgency SPEC.md proposes for these fields, with the approvals still ahead of `fromStep`.
    Urgency proposedUrgency(const DraftFields &fields, const QString &fromStep) const;
    /// The district leaders who may be chosen to sign, for the drafting form.
    Result<QList<User>> signers(const Actor &actor) const;
    /// The units that may draft: sections of the office and district departments.
    Result<QList<Unit>> draftingUnits(const Actor &actor) const;
    static QString formatDocNumber(const QString &prefix, int year, int seq);

    using Mutation = std::function<Status(WriteScope &, Draft &, RoutingEntry &)>;
    /// A change to a draft on the write path (ServiceContext::update) with its routing line: the
    /// mutation fills in the line's action, opinion and next step; a line without an action is not
    /// written. The printing service's steps use it too.
    Result<Draft> change(const Actor &actor, const WriteSpec &spec, qint64 draftId, qint64 expectedVersion,
                         const Mutation &mutation);
    /// change()'s body inside a write another service has open (archiving moves the draft to 归档 in the
    /// transaction that stores its 件): runs the mutation and writes its routing line; the caller saves
    /// and audits the draft.
    static Status mutateInScope(WriteScope &w, Draft &d, const Mutation &mutation);
    /// When a step entered now is due (0: no limit at that step).
    qint64 dueFor(const Draft &d, const QString &step) const;
    /// The draft if it exists and the actor's clearance covers it.
    Result<Draft> visible(const Actor &actor, qint64 id) const;

Q_SIGNALS:
    void draftChanged(qint64 id);

private:
    Result<Draft> createDraft(const Actor &actor, const WriteSpec &spec, const DraftFields &fields,
                              const DraftBody &body, const QString &overrideReason,
                              const std::function<Status(WriteScope &, const Draft &)> &alongside);
    Status validateFields(const DraftFields &f, const Principal &actor, const QString &overrideReason) const;
    Result<int> appendVersion(const Principal &actor, Draft &d, const DraftBody &body, const QString &kind,
                              const QString &note);

    ServiceContext m_ctx;
};

} // namespace gw
