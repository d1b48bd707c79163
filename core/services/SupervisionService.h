// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — supervised matters (督查) and hotline calls (直线电话) on one engine: registration,
// 交办, feedback, extensions, 办结报告, 审核, 销号, urging, sub-tasks, the register and its lights.
#pragma once

#include "Result.h"
#include "domain/Matter.h"
#include "domain/MatterFilter.h"
#include "domain/Statistics.h"
#include "domain/User.h"
#include "security/Actor.h"
#include "services/ServiceContext.h"
#include "storage/MatterRepository.h"
#include "workflow/MatterFlow.h"

#include <QObject>

namespace gw {

/// A sub-task of a split (分解).
struct SubTask
{
    QString title;
    qint64 leadUnitId = 0;
    QDate dueDate;
};

/// What 销号 records: the answer (to the leader, the deputy, the caller) and how it was taken.
struct MatterClosure
{
    QString reply;
    QDate replyDate;
    Satisfaction satisfaction = Satisfaction::Unknown;
    std::optional<bool> solved;
};

/// The 督查 figures of one kind and lead unit over a period, with the rates worked out.
struct MatterFigures
{
    StatsPeriod period;
    QList<MatterTally> rows; ///< by kind, then unit name
};

class SupervisionService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisionService)
public:
    SupervisionService(const ServiceContext &ctx, QObject *parent = nullptr) : QObject(parent), m_ctx(ctx) {}

    // Registration (立项)
    /// The checks every new matter passes: a title, the kind's own fields (a proposal's body, level
    /// and class; a call's caller, time and category), a deadline on or after today when one is given,
    /// units and leader that exist. Normalises the text.
    static Status checkNew(const Database &db, const Principal &who, const QDate &today, Matter &m);
    Result<Matter> registerMatter(const Actor &actor, Matter m, const QList<MatterFile> &files = {});
    /// A leader's instruction written on an incoming item (签批), in one step: the title, secrecy
    /// and the instruction come from the item; `m` gives the source, leader, unit and deadline.
    Result<Matter> registerFromIncoming(const Actor &actor, qint64 incomingId, Matter m);
    /// The decisions of one meeting, entered once: each becomes a matter of its own, all or none.
    Result<QList<Matter>> registerDecisions(const Actor &actor, const QString &meeting, QList<Matter> items);

    // Handling
    /// 交办 (a call: 转办) to the lead unit with assisting units and the deadline.
    Result<Matter> assign(const Actor &actor, qint64 id, qint64 expectedVersion, qint64 leadUnitId,
                          const QList<qint64> &assistUnitIds, const QDate &dueDate, const QString &note);
    /// A call outside the scope: closed with the advice of where to go (信访 for letters and visits).
    Result<Matter> advise(const Actor &actor, qint64 id, qint64 expectedVersion, const QString &said);
    /// 分解: sub-tasks, each with its lead unit and deadline (not after the task's), assigned as they are
    /// made and tracked by themselves; the task closes when the last of them closes.
    Result<QList<Matter>> split(const Actor &actor, qint64 id, qint64 expectedVersion, const QList<SubTask> &tasks);
    /// A progress entry from the unit (entered by 督查室 on its behalf): what, as of which day, files.
    Result<Matter> addFeedback(const Actor &actor, qint64 id, qint64 expectedVersion, const QDate &asOf,
                               const QString &text, const QList<MatterFile> &files);
    Result<Matter> report(const Actor &actor, qint64 id, qint64 expectedVersion, const QString &text,
                          const QList<MatterFile> &files);
    /// 延期申请: before the deadline has passed, with the reason and the new date.
    Result<Matter> requestExtension(const Actor &actor, qint64 id, qint64 expectedVersion, const QDate &newDate,
                                    const QString &reason);
    /// The 督查室 or the leader concerned grants the request (the deadline moves) or refuses it.
    Result<Matter> decideExtension(const Actor &actor, qint64 id, qint64 expectedVersion, bool grant,
                                   const QString &note);
    /// 审核 of the 办结报告: accepted, or 退办 with the reason (back to 办理中).
    Result<Matter> review(const Actor &actor, qint64 id, qint64 expectedVersion, bool accept, const QString &reason);
    /// 销号. A proposal needs its reply, date, satisfaction and whether it was solved; a call the answer
    /// and the caller's satisfaction.
    Result<Matter> close(const Actor &actor, qint64 id, qint64 expectedVersion, const MatterClosure &closure);
    /// 催办: how (phone, notice, in person) and what was said.
    Result<Matter> urge(const Actor &actor, qint64 id, qint64 expectedVersion, const QString &method,
                        const QString &note);

    // Reading
    Result<Matter> get(const Actor &actor, qint64 id) const;
    Result<QList<Matter>> list(const Actor &actor, MatterFilter filter) const;
    Result<qint64> count(const Actor &actor, MatterFilter filter, qint64 cap = 0) const;
    /// Red, yellow and green among the open matters the filter finds.
    Result<QList<int>> lightCounts(const Actor &actor, MatterFilter filter) const;
    Result<QList<MatterEvent>> events(const Actor &actor, qint64 id) const;
    Result<MatterFile> file(const Actor &actor, qint64 matterId, qint64 fileId) const;
    Result<QList<Matter>> children(const Actor &actor, qint64 id) const;
    /// Today's light bounds on the work calendar, with the office's warning days.
    Result<LightBounds> bounds() const;
    static MatterLight lightOf(const Matter &m, const LightBounds &b) { return MatterFlow::lightOf(m, b); }
    /// What the user may do to the matter now, from the flow table, their posts and the matter.
    QList<MatterStep> actionsFor(const Actor &actor, const Matter &m) const;
    /// 待办: matters waiting for this user — to assign, review, close, decide an extension on, or
    /// red ones to urge; red first, then yellow, then by deadline.
    Result<QList<Matter>> tasks(const Actor &actor, int limit = 500) const;
    /// The October 回头看: every B-class proposal (承诺办理件) of `year` not yet closed, or closed
    /// without being solved.
    Result<QList<Matter>> octoberReview(const Actor &actor, int year) const;
    Result<MatterFigures> figures(const Actor &actor, const StatsPeriod &period) const;
    /// The leaders a matter may concern (区领导, 主任 and 副主任), active.
    Result<QList<User>> leaders(const Actor &actor) const;

Q_SIGNALS:
    void matterChanged(qint64 id);

private:
    using Change = std::function<Status(WriteScope &, Matter &, MatterEvent &)>;
    /// One step of the flow on the write path: the row of the table must apply to the matter as it is
    /// stored now and the account act in it; the event goes into the matter's history with its files.
    Result<Matter> step(const Actor &actor, MatterStep s, const QString &auditAction, qint64 id,
                        qint64 expectedVersion, const Change &change, const QList<MatterFile> &files = {});
    /// Numbers and stamps a new matter inside the write (after checkNew).
    static Status stamp(WriteScope &w, Matter &m);
    static Status addFiles(WriteScope &w, qint64 matterId, qint64 eventId, const QList<MatterFile> &files);
    /// Closes the parent of `m` when `m` was its last open sub-task.
    static Status closeParentIfDone(WriteScope &w, const Matter &m);
    QDate today() const;
    /// Today's light bounds in `filter`, unless the caller gave its own.
    Status withBounds(MatterFilter &filter) const;
    ServiceContext m_ctx;
};

} // namespace gw
