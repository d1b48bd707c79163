// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — incoming documents (收文办理): sign-in and registration, 初审 triage, the register.
#pragma once

#include "Result.h"
#include "domain/IncomingItem.h"
#include "domain/User.h"
#include "security/Actor.h"
#include "services/ServiceContext.h"
#include "storage/IncomingRepository.h"
#include "workflow/IncomingFlow.h"
#include "workflow/TriageRules.h"

#include <QFuture>
#include <QObject>

namespace gw {

class IncomingService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncomingService)
public:
    IncomingService(const ServiceContext &ctx, QObject *parent = nullptr) : QObject(parent), m_ctx(ctx) {}

    /// The checks every new item passes, registered one at a time or imported in a batch: the
    /// registering account's clearance covers it, its fields and dates make sense, its sender is in the
    /// directory and it is not registered already (a registration above `who`'s clearance is named
    /// by nothing but its existence). Normalises the title and the 文号.
    static Status checkNew(const Database &db, const Principal &who, qint64 nowMs, IncomingItem &item);
    /// Whether something could have been received at `receivedAtMs`: not before 1980, and not more than a
    /// day after `nowMs`. Documents and letters from persons alike.
    static Status checkReceivedAt(qint64 receivedAtMs, qint64 nowMs);
    /// 签收 and 登记, after checkNew(). The 文号 is kept in its standard form; the same sender and 文号
    /// registered twice is refused, naming the earlier registration if the user may see it.
    /// The fields a registration needs and `item` lacks, named for the user, in the form's order.
    static QStringList missingFields(const IncomingItem &item);
    Result<IncomingItem> registerItem(const Actor &actor, IncomingItem item,
                                      const QList<IncomingAttachment> &files);
    /// The proposal triage makes for an item, from the directory and what the clerk read.
    Result<TriageProposal> propose(const Actor &actor, qint64 itemId, TriageFacts facts) const;
    /// Records the clerk's decision. A reason is required for every transfer, return, or a
    /// decision that differs from the proposal. A transfer names the receiving department and the
    /// leader concerned, who gets a copy (a reading entry on the item's list).
    /// Whether a triage decision needs the clerk's reason: a transfer or a return, or any decision
    /// other than the rules' proposal.
    static bool triageNeedsReason(TriageOutcome decision, TriageOutcome proposed);
    /// 秘书科 takes a triage decision back, with a reason, until the next step has started: the item
    /// waits for 初审 again (audited, and in its history).
    Result<IncomingItem> reverseTriage(const Actor &actor, qint64 id, qint64 expectedVersion, const QString &reason);
    Result<IncomingItem> triage(const Actor &actor, qint64 itemId, qint64 expectedVersion,
                                const TriageFacts &facts, TriageOutcome decision, const QString &reason,
                                qint64 transferTo = 0, qint64 copyLeaderId = 0);
    /// The leaders a transfer may be copied to (区领导, 主任 and 副主任).
    Result<QList<User>> leaders(const Actor &actor) const;

    /// 拟办: the secretariat's proposal for handling an accepted item.
    Result<IncomingItem> proposeHandling(const Actor &actor, qint64 id, qint64 expectedVersion,
                                         const QString &text);
    /// 签批: the leader's instruction on the proposal.
    Result<IncomingItem> instruct(const Actor &actor, qint64 id, qint64 expectedVersion, const QString &text);
    /// 分送: the readers and handlers in circulation order. With several handlers, exactly one leads (主办).
    Result<IncomingItem> distribute(const Actor &actor, qint64 id, qint64 expectedVersion,
                                    QList<IncomingRoute> routes);
    /// The holder records read or done with an opinion; the item goes back to 秘书科.
    Result<IncomingItem> finishTurn(const Actor &actor, qint64 id, qint64 expectedVersion,
                                    const QString &opinion);
    /// 秘书科 passes the item on to the next on the list.
    Result<IncomingItem> forward(const Actor &actor, qint64 id, qint64 expectedVersion);
    /// 催办: who urged, how (phone, notice, in person) and what was said.
    Result<IncomingItem> urge(const Actor &actor, qint64 id, qint64 expectedVersion, const QString &method,
                              const QString &note);
    /// 答复: the reply to the sender; the item is then ready to archive.
    Result<IncomingItem> reply(const Actor &actor, qint64 id, qint64 expectedVersion, const QString &text);
    Result<QList<IncomingRoute>> routes(const Actor &actor, qint64 id) const;
    /// Who may be put on a circulation list: leaders and the heads of sections, with their clearance.
    Result<QList<User>> recipients(const Actor &actor) const;
    Result<QList<IncomingEvent>> events(const Actor &actor, qint64 id) const;

    /// 待办: the items waiting for this user — to triage, write 拟办 for, instruct, distribute,
    /// forward or answer (as their posts allow), and the ones they hold in circulation. 特急 first,
    /// then 加急, then overdue ones, then the oldest; at most `limit`.
    Result<QList<IncomingItem>> tasks(const Actor &actor, int limit = 500) const;
    /// What the user may do to the item now, from the flow table (workflow/IncomingFlow.cpp), their
    /// posts and clearance as stored now and the item's circulation list. Screens offer exactly these.
    QList<IncomingStep> actionsFor(const Actor &actor, const IncomingItem &item) const;
    /// Whether the item waits for the user now (what tasks() lists).
    bool waitsFor(const Actor &actor, const IncomingItem &item) const;
    bool isOverdue(const IncomingItem &item) const;

    Result<IncomingItem> get(const Actor &actor, qint64 id) const;
    Result<QList<IncomingItem>> list(const Actor &actor, IncomingFilter filter) const;
    /// A narrowed register is counted up to this many.
    static constexpr qint64 kCountCap = 10000;
    /// How many items the actor may see match; `cap` as in IncomingRepository::count.
    Result<qint64> count(const Actor &actor, IncomingFilter filter, qint64 cap = 0) const;
    /// count() on a connection of its own, on another thread: a register shows its rows at once and
    /// its count when it comes (an exact count over a twenty-year archive takes tens of milliseconds,
    /// more on a server). The account is read again there, as on every call.
    QFuture<Result<qint64>> countInBackground(const Actor &actor, IncomingFilter filter,
                                              qint64 cap = 0) const;
    Result<QList<IncomingAttachment>> attachments(const Actor &actor, qint64 itemId) const;
    /// One attachment with its bytes, checked against the SHA-256 stored at registration.
    Result<IncomingAttachment> attachment(const Actor &actor, qint64 itemId, qint64 attachmentId) const;
    Result<QList<SenderTriageCount>> triageCounts(const Actor &actor) const;

Q_SIGNALS:
    void itemChanged(qint64 id);

private:
    static Result<qint64> countOn(const Database &db, const Actor &actor, IncomingFilter filter, qint64 cap);
    Result<QList<User>> activeUsers(const std::function<bool(const User &)> &wanted) const;
    static bool isLeader(const User &u);
    using Change = std::function<Status(WriteScope &, IncomingItem &, QString &event, QString &note)>;
    /// A handling step on the write path (ServiceContext::update), with its line in the item's history.
    Result<IncomingItem> handle(const Actor &actor, const WriteSpec &spec, qint64 id, qint64 expectedVersion,
                                const Change &change);
    ServiceContext m_ctx;
};

} // namespace gw
