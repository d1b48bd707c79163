// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — supervised matters (督查): registration and every step of the flow.
#include "services/SupervisionService.h"

#include "Clock.h"
#include "domain/FileKind.h"
#include "services/MatterRecords.h"
#include "storage/IncomingRepository.h"
#include "storage/NumberingRepository.h"
#include "storage/UnitRepository.h"
#include "storage/UserRepository.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>

namespace gw {
namespace {
constexpr int kMaxText = 20000;

QDate localDay(qint64 ms)
{
    return WorkCalendar::localDate(QDateTime::fromMSecsSinceEpoch(ms));
}

bool isLeaderUser(const User &u)
{
    return u.active && (u.hasRole(Role::Leader) || u.hasRole(Role::Director) || u.hasRole(Role::DeputyDirector));
}

Status checkUnit(const Database &db, qint64 unitId, const QString &missing)
{
    auto unit = UnitRepository(db).find(unitId);
    if (!unit)
        return unit.error();
    if (!unit.value() || !unit.value()->active)
        return makeError(ErrorCode::Validation, missing);
    return {};
}

Status checkDeadline(const QDate &due, const QDate &today)
{
    if (!due.isValid())
        return {};
    if (due < today)
        return makeError(ErrorCode::Validation,
                         SupervisionService::tr("The deadline %1 lies in the past.").arg(due.toString(Qt::ISODate)));
    if (due > today.addYears(3))
        return makeError(ErrorCode::Validation,
                         SupervisionService::tr("The deadline lies more than three years ahead; check the year."));
    return {};
}
} // namespace

QDate SupervisionService::today() const
{
    return WorkCalendar::localDate(m_ctx.clock.now());
}

Status SupervisionService::checkNew(const Database &db, const Principal &who, const QDate &today, Matter &m)
{
    Q_UNUSED(who)
    m.title = m.title.simplified();
    m.request = m.request.trimmed();
    m.source = m.source.simplified();
    m.meeting = m.meeting.simplified();
    if (m.kind == MatterKind::Hotline && m.title.isEmpty())
        m.title = m.request.simplified().left(40);
    QStringList missing;
    if (m.title.isEmpty())
        missing << tr("the title");
    if (m.request.isEmpty())
        missing << (m.kind == MatterKind::Hotline ? tr("what the caller said") : tr("the instruction or request"));
    if (m.kind == MatterKind::Hotline && !m.category)
        missing << tr("the call's category");
    if (m.kind == MatterKind::MeetingDecision && m.meeting.isEmpty())
        missing << tr("the meeting");
    if (!missing.isEmpty())
        return makeError(ErrorCode::Validation, tr("Please fill in %1.").arg(missing.join(tr(", "))));
    if (m.title.size() > 200 || m.request.size() > kMaxText)
        return makeError(ErrorCode::Validation, tr("The title or the text is too long."));
    if (m.kind == MatterKind::Proposal) {
        if (m.proposalBody != QLatin1String("npc") && m.proposalBody != QLatin1String("cppcc"))
            return makeError(ErrorCode::Validation, tr("Choose whether it is a deputy's suggestion or a member's proposal."));
        if (!QStringList{QStringLiteral("province"), QStringLiteral("city"), QStringLiteral("district")}.contains(
                m.proposalLevel))
            return makeError(ErrorCode::Validation, tr("Choose the level: province, city or district."));
        if (!QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}.contains(m.proposalClass))
            return makeError(ErrorCode::Validation, tr("Choose the class: A, B (承诺办理件) or C."));
    }
    if (m.kind == MatterKind::Hotline) {
        const qint64 now = QDateTime(today.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
        if (m.calledAtMs <= 0)
            return makeError(ErrorCode::Validation, tr("Enter the time of the call."));
        if (m.calledAtMs > now + 24LL * 3600 * 1000 || localDay(m.calledAtMs) > today)
            return makeError(ErrorCode::Validation, tr("The time of the call lies in the future."));
        if (localDay(m.calledAtMs).year() < 1980)
            return makeError(ErrorCode::Validation, tr("The time of the call lies before 1980; check the year."));
        if (!HotlineScope::inScope(*m.category) && (m.leadUnitId > 0 || m.dueDate.isValid()))
            return makeError(ErrorCode::Validation,
                             tr("A call outside the scope is not transferred and has no deadline: the caller is "
                                "told where to go."));
    }
    if (auto st = checkDeadline(m.dueDate, today); !st)
        return st;
    if (m.leaderId > 0) {
        auto leader = UserRepository(db).find(m.leaderId);
        if (!leader)
            return leader.error();
        if (!leader.value() || !isLeaderUser(leader.value()->user))
            return makeError(ErrorCode::Validation, tr("Choose the leader concerned from the list of leaders."));
        if (!clearanceCovers(leader.value()->user.clearance, m.secrecy))
            return makeError(ErrorCode::Permission,
                             tr("%1's clearance does not cover the matter's secrecy level.")
                                 .arg(leader.value()->user.displayName));
    }
    if (m.leadUnitId > 0) {
        if (auto st = checkUnit(db, m.leadUnitId, tr("Choose the lead unit from the directory.")); !st)
            return st;
    }
    QSet<qint64> seen;
    for (qint64 u : m.assistUnitIds) {
        if (u == m.leadUnitId || seen.contains(u))
            return makeError(ErrorCode::Validation, tr("A unit is named twice among the lead and assisting units."));
        seen.insert(u);
        if (auto st = checkUnit(db, u, tr("Choose the assisting units from the directory.")); !st)
            return st;
    }
    return {};
}

Status SupervisionService::stamp(WriteScope &w, Matter &m)
{
    const int year = localDay(w.nowMs).year();
    auto seq = NumberingRepository(w.db).next(QStringLiteral("matter:") + Matter::markOf(m.kind), year);
    if (!seq)
        return seq.error();
    m.regYear = year;
    m.regSeq = seq.value();
    m.state = QString::fromLatin1(matter::kRegistered);
    m.registeredAtMs = w.nowMs;
    m.createdBy = w.who.userId;
    m.updatedAtMs = w.nowMs;
    m.updatedBy = w.who.displayName;
    return {};
}

Status SupervisionService::addFiles(WriteScope &w, qint64 matterId, qint64 eventId, const QList<MatterFile> &files)
{
    QStringList names;
    for (MatterFile f : files) {
        if (auto st = checkAttachment(f.name, f.bytes); !st)
            return st;
        f.sha256 = QString::fromLatin1(QCryptographicHash::hash(f.bytes, QCryptographicHash::Sha256).toHex());
        if (auto st = MatterRepository(w.db).addFile(matterId, eventId, f); !st)
            return st;
        names.append(f.name + QLatin1Char(' ') + f.sha256);
    }
    if (!names.isEmpty())
        w.remark(QStringLiteral("files"), names.join(QStringLiteral("; ")));
    return {};
}

Result<Matter> SupervisionService::registerMatter(const Actor &actor, Matter m, const QList<MatterFile> &files)
{
    for (const MatterFile &f : files) {
        if (auto st = checkAttachment(f.name, f.bytes); !st)
            return st.error();
    }
    const QDate day = today();
    return m_ctx.create<Matter>(
        actor, {MatterFlow::postAction(m.kind), QStringLiteral("matter.register")}, m,
        [&](WriteScope &w, Matter &row) -> Status {
            if (auto st = checkNew(w.db, w.who, day, row); !st)
                return st;
            if (row.parentId > 0 || row.state != QLatin1String(matter::kRegistered))
                return makeError(ErrorCode::Validation, tr("A new matter starts at registration (立项)."));
            if (row.incomingId > 0) {
                auto twin = MatterRepository(w.db).fromIncoming(row.incomingId);
                if (!twin)
                    return twin.error();
                if (twin.value() > 0)
                    return makeError(ErrorCode::Validation,
                                     tr("The instruction on this document is tracked already (matter %1).")
                                         .arg(twin.value()));
            }
            return stamp(w, row);
        },
        [&](WriteScope &w, Matter &row) -> Status {
            MatterEvent e{0, QStringLiteral("register"), w.who.displayName, w.nowMs, {}, {}, {}};
            auto eventId = MatterRepository(w.db).addEvent(row.id, e, w.who.userId);
            if (!eventId)
                return eventId.error();
            return addFiles(w, row.id, eventId.value(), files);
        });
}

Result<Matter> SupervisionService::registerFromIncoming(const Actor &actor, qint64 incomingId, Matter m)
{
    auto who = m_ctx.authorize(actor, Action::ManageInstructions);
    if (!who)
        return who.error();
    auto item = IncomingRepository(m_ctx.db).find(incomingId);
    if (!item)
        return item.error();
    if (!item.value() || !clearanceCovers(who.value().clearance, item.value()->secrecy))
        return makeError(ErrorCode::NotFound, tr("The incoming document does not exist or is not visible to you."));
    const IncomingItem &in = *item.value();
    if (m.request.trimmed().isEmpty())
        m.request = in.instruction;
    if (m.request.trimmed().isEmpty())
        return makeError(ErrorCode::Validation,
                         tr("The document carries no leader's instruction yet: enter the instruction as "
                            "written."));
    m.kind = MatterKind::Instruction;
    if (m.title.trimmed().isEmpty())
        m.title = in.title;
    m.secrecy = std::max(m.secrecy, in.secrecy);
    m.incomingId = incomingId;
    return registerMatter(actor, m);
}

Result<QList<Matter>> SupervisionService::registerDecisions(const Actor &actor, const QString &meeting,
                                                            QList<Matter> items)
{
    if (items.isEmpty())
        return makeError(ErrorCode::Validation, tr("Enter at least one decided item."));
    const QDate day = today();
    QList<Matter> made;
    auto st = m_ctx.createMany(
        actor, {Action::ManageInstructions, QStringLiteral("matter.register")}, [&](WriteScope &w) -> Status {
            made.clear();
            for (int i = 0; i < items.size(); ++i) {
                Matter m = items.at(i);
                m.kind = MatterKind::MeetingDecision;
                m.meeting = meeting;
                if (auto check = checkNew(w.db, w.who, day, m); !check)
                    return makeError(check.error().code,
                                     tr("Item %1: %2").arg(i + 1).arg(check.error().message));
                if (!MatterFlow::sees(w.who, m))
                    return Records<Matter>::notCleared(w.who, m);
                if (auto s = stamp(w, m); !s)
                    return s;
                auto id = MatterRepository(w.db).insert(m, w.who.displayName, w.nowMs);
                if (!id)
                    return id.error();
                m.id = id.value();
                m.version = 1;
                MatterEvent e{0, QStringLiteral("register"), w.who.displayName, w.nowMs, {}, {}, {}};
                if (auto ev = MatterRepository(w.db).addEvent(m.id, e, w.who.userId); !ev)
                    return ev.error();
                w.audit(AuditNote{QStringLiteral("matter.register"), QLatin1String(Records<Matter>::kType), m.id, {},
                                  AuditDiff::created(Records<Matter>::fields(m))});
                made.append(m);
            }
            return {};
        });
    if (!st)
        return st.error();
    return made;
}

Result<Matter> SupervisionService::step(const Actor &actor, MatterStep s, const QString &auditAction, qint64 id,
                                        qint64 expectedVersion, const Change &change, const QList<MatterFile> &files)
{
    for (const MatterFile &f : files) {
        if (auto st = checkAttachment(f.name, f.bytes); !st)
            return st.error();
    }
    return m_ctx.update<Matter>(
        actor, {std::nullopt, auditAction}, id, expectedVersion, [&](WriteScope &w, Matter &m) -> Status {
            const QDate day = localDay(w.nowMs);
            bool applies = false;
            bool acts = false;
            for (const MatterFlowRow *row : MatterFlow::rowsFor(m, day)) {
                if (row->step != s)
                    continue;
                applies = true;
                acts = acts || MatterFlow::actsIn(w.who, *row, m);
            }
            if (!applies)
                return makeError(ErrorCode::Validation, MatterFlow::whyNot(m, s, day));
            if (!acts)
                return makeError(ErrorCode::Permission,
                                 tr("You may not do this (%1) to the matter: it is done by %2.")
                                     .arg(MatterFlow::stepLabel(s),
                                          roleLabels(Permissions::rolesFor(MatterFlow::postAction(m.kind)))));
            MatterEvent e{0, MatterFlow::stepCode(s), w.who.displayName, w.nowMs, {}, {}, {}};
            if (auto st = change(w, m, e); !st)
                return st;
            if (e.text.size() > kMaxText)
                return makeError(ErrorCode::Validation, tr("The text is too long."));
            m.updatedAtMs = w.nowMs;
            m.updatedBy = w.who.displayName;
            w.remark(QStringLiteral("event"), e.action);
            w.remark(QStringLiteral("text"), e.text);
            auto eventId = MatterRepository(w.db).addEvent(m.id, e, w.who.userId);
            if (!eventId)
                return eventId.error();
            return addFiles(w, m.id, eventId.value(), files);
        });
}

Result<Matter> SupervisionService::assign(const Actor &actor, qint64 id, qint64 expectedVersion, qint64 leadUnitId,
                                          const QList<qint64> &assistUnitIds, const QDate &dueDate, const QString &note)
{
    return step(actor, MatterStep::Assign, QStringLiteral("matter.assign"), id, expectedVersion,
                [&](WriteScope &w, Matter &m, MatterEvent &e) -> Status {
                    if (leadUnitId <= 0)
                        return makeError(ErrorCode::Validation, tr("Choose the lead unit (牵头单位)."));
                    if (!dueDate.isValid())
                        return makeError(ErrorCode::Validation, tr("Set the deadline (办理时限)."));
                    auto unit = UnitRepository(w.db).find(leadUnitId);
                    if (!unit)
                        return unit.error();
                    m.leadUnitId = leadUnitId;
                    m.leadUnitName = unit.value() ? unit.value()->name : QString();
                    m.assistUnitIds = assistUnitIds;
                    m.dueDate = dueDate;
                    Matter checked = m;
                    if (auto st = checkNew(w.db, w.who, localDay(w.nowMs), checked); !st)
                        return st;
                    m.state = QString::fromLatin1(matter::kInProgress);
                    e.date = dueDate;
                    e.text = note.trimmed();
                    return {};
                });
}

Result<Matter> SupervisionService::advise(const Actor &actor, qint64 id, qint64 expectedVersion, const QString &said)
{
    return step(actor, MatterStep::Advise, QStringLiteral("matter.advise"), id, expectedVersion,
                [&](WriteScope &w, Matter &m, MatterEvent &e) -> Status {
                    // The advice is the rule's for the category; what the desk added is kept beside it.
                    const QString advice = HotlineScope::advice(*m.category);
                    m.reply = said.trimmed().isEmpty() ? advice : advice + QLatin1Char('\n') + said.trimmed();
                    m.replyDate = localDay(w.nowMs);
                    m.state = QString::fromLatin1(matter::kClosed);
                    m.closedAtMs = w.nowMs;
                    e.text = m.reply;
                    return {};
                });
}

Result<QList<Matter>> SupervisionService::split(const Actor &actor, qint64 id, qint64 expectedVersion,
                                                const QList<SubTask> &tasks)
{
    if (tasks.isEmpty())
        return makeError(ErrorCode::Validation, tr("Enter at least one sub-task."));
    QList<Matter> made;
    auto parent = step(actor, MatterStep::Split, QStringLiteral("matter.split"), id, expectedVersion,
                       [&](WriteScope &w, Matter &m, MatterEvent &e) -> Status {
                           made.clear();
                           QStringList titles;
                           for (int i = 0; i < tasks.size(); ++i) {
                               const SubTask &t = tasks.at(i);
                               Matter c;
                               c.kind = m.kind;
                               c.source = m.source;
                               c.title = t.title;
                               c.request = m.request;
                               c.leaderId = m.leaderId;
                               c.leadUnitId = t.leadUnitId;
                               c.dueDate = t.dueDate;
                               c.secrecy = m.secrecy;
                               c.meeting = m.meeting;
                               c.parentId = m.id;
                               if (auto st = checkNew(w.db, w.who, localDay(w.nowMs), c); !st)
                                   return makeError(st.error().code,
                                                    tr("Sub-task %1: %2").arg(i + 1).arg(st.error().message));
                               if (m.dueDate.isValid() && c.dueDate.isValid() && c.dueDate > m.dueDate)
                                   return makeError(ErrorCode::Validation,
                                                    tr("Sub-task %1: its deadline lies after the task's (%2).")
                                                        .arg(i + 1)
                                                        .arg(m.dueDate.toString(Qt::ISODate)));
                               if (auto st = stamp(w, c); !st)
                                   return st;
                               auto cid = MatterRepository(w.db).insert(c, w.who.displayName, w.nowMs);
                               if (!cid)
                                   return cid.error();
                               c.id = cid.value();
                               c.version = 1;
                               MatterEvent ce{0, QStringLiteral("register"), w.who.displayName, w.nowMs, {}, {}, {}};
                               if (auto ev = MatterRepository(w.db).addEvent(c.id, ce, w.who.userId); !ev)
                                   return ev.error();
                               w.audit(AuditNote{QStringLiteral("matter.register"), QLatin1String(Records<Matter>::kType),
                                                 c.id, {}, AuditDiff::created(Records<Matter>::fields(c))});
                               titles.append(c.title);
                               made.append(c);
                           }
                           m.openChildren += int(made.size());
                           e.text = titles.join(QLatin1Char('\n'));
                           return {};
                       });
    if (!parent)
        return parent.error();
    return made;
}

Result<Matter> SupervisionService::addFeedback(const Actor &actor, qint64 id, qint64 expectedVersion,
                                               const QDate &asOf, const QString &text, const QList<MatterFile> &files)
{
    return step(actor, MatterStep::Feedback, QStringLiteral("matter.feedback"), id, expectedVersion,
                [&](WriteScope &w, Matter &, MatterEvent &e) -> Status {
                    if (text.trimmed().isEmpty() && files.isEmpty())
                        return makeError(ErrorCode::Validation, tr("Write what the unit reported, or attach its file."));
                    if (asOf.isValid() && asOf > localDay(w.nowMs))
                        return makeError(ErrorCode::Validation, tr("The progress cannot be as of a day still to come."));
                    e.date = asOf.isValid() ? asOf : localDay(w.nowMs);
                    e.text = text.trimmed();
                    return {};
                },
                files);
}

Result<Matter> SupervisionService::report(const Actor &actor, qint64 id, qint64 expectedVersion, const QString &text,
                                          const QList<MatterFile> &files)
{
    return step(actor, MatterStep::Report, QStringLiteral("matter.report"), id, expectedVersion,
                [&](WriteScope &, Matter &m, MatterEvent &e) -> Status {
                    if (text.trimmed().isEmpty())
                        return makeError(ErrorCode::Validation, tr("Write what the report of completion says."));
                    m.state = QString::fromLatin1(matter::kReported);
                    e.text = text.trimmed();
                    return {};
                },
                files);
}

Result<Matter> SupervisionService::requestExtension(const Actor &actor, qint64 id, qint64 expectedVersion,
                                                    const QDate &newDate, const QString &reason)
{
    return step(actor, MatterStep::RequestExtension, QStringLiteral("matter.extension_request"), id, expectedVersion,
                [&](WriteScope &, Matter &m, MatterEvent &e) -> Status {
                    if (reason.trimmed().isEmpty())
                        return makeError(ErrorCode::Validation, tr("Give the unit's reason for the extension."));
                    if (!newDate.isValid() || newDate <= m.dueDate)
                        return makeError(ErrorCode::Validation,
                                         tr("The new deadline must lie after the present one (%1).")
                                             .arg(m.dueDate.toString(Qt::ISODate)));
                    if (newDate > m.dueDate.addYears(1))
                        return makeError(ErrorCode::Validation, tr("The new deadline lies more than a year after the "
                                                                   "present one; check the year."));
                    m.extensionAskedTo = newDate;
                    m.extensionReason = reason.trimmed();
                    e.date = newDate;
                    e.text = m.extensionReason;
                    return {};
                });
}

Result<Matter> SupervisionService::decideExtension(const Actor &actor, qint64 id, qint64 expectedVersion, bool grant,
                                                   const QString &note)
{
    return step(actor, MatterStep::DecideExtension, QStringLiteral("matter.extension_decide"), id, expectedVersion,
                [&](WriteScope &, Matter &m, MatterEvent &e) -> Status {
                    if (!grant && note.trimmed().isEmpty())
                        return makeError(ErrorCode::Validation, tr("Give the reason for refusing the extension."));
                    e.action = grant ? QStringLiteral("extension_grant") : QStringLiteral("extension_refuse");
                    e.date = m.extensionAskedTo;
                    e.text = note.trimmed();
                    if (grant) {
                        m.dueDate = m.extensionAskedTo;
                        ++m.extensionsGranted;
                    }
                    m.extensionAskedTo = QDate();
                    m.extensionReason.clear();
                    return {};
                });
}

Result<Matter> SupervisionService::review(const Actor &actor, qint64 id, qint64 expectedVersion, bool accept,
                                          const QString &reason)
{
    return step(actor, MatterStep::Review, QStringLiteral("matter.review"), id, expectedVersion,
                [&](WriteScope &, Matter &m, MatterEvent &e) -> Status {
                    if (!accept && reason.trimmed().isEmpty())
                        return makeError(ErrorCode::Validation,
                                         tr("Give the reason for sending the matter back (退办)."));
                    e.action = accept ? QStringLiteral("accept") : QStringLiteral("return");
                    e.text = reason.trimmed();
                    m.state = QString::fromLatin1(accept ? matter::kAccepted : matter::kInProgress);
                    return {};
                });
}

Result<Matter> SupervisionService::close(const Actor &actor, qint64 id, qint64 expectedVersion,
                                         const MatterClosure &closure)
{
    return step(actor, MatterStep::Close, QStringLiteral("matter.close"), id, expectedVersion,
                [&](WriteScope &w, Matter &m, MatterEvent &e) -> Status {
                    const QDate day = localDay(w.nowMs);
                    const bool proposal = m.kind == MatterKind::Proposal;
                    const bool call = m.kind == MatterKind::Hotline;
                    if ((proposal || call) && closure.reply.trimmed().isEmpty())
                        return makeError(ErrorCode::Validation,
                                         proposal ? tr("Enter the reply to the deputy or member (答复).")
                                                  : tr("Enter the answer given to the caller."));
                    if ((proposal || call) && closure.satisfaction == Satisfaction::Unknown)
                        return makeError(ErrorCode::Validation,
                                         proposal ? tr("Record whether the deputy or member was satisfied.")
                                                  : tr("Record whether the caller was satisfied."));
                    if (proposal && !closure.solved)
                        return makeError(ErrorCode::Validation, tr("Record whether the matter was solved (办成)."));
                    if (closure.replyDate.isValid() && closure.replyDate > day)
                        return makeError(ErrorCode::Validation, tr("The date of the reply lies in the future."));
                    m.reply = closure.reply.trimmed();
                    m.replyDate = closure.replyDate.isValid() ? closure.replyDate : day;
                    m.satisfaction = closure.satisfaction;
                    m.solved = closure.solved;
                    m.state = QString::fromLatin1(matter::kClosed);
                    m.closedAtMs = w.nowMs;
                    e.text = m.reply;
                    return closeParentIfDone(w, m);
                });
}

Status SupervisionService::closeParentIfDone(WriteScope &w, const Matter &m)
{
    if (m.parentId <= 0)
        return {};
    const MatterRepository repo(w.db);
    auto siblings = repo.children(m.parentId);
    if (!siblings)
        return siblings.error();
    for (const Matter &s : siblings.value()) {
        if (s.id != m.id && s.isOpen())
            return {};
    }
    auto found = repo.find(m.parentId);
    if (!found)
        return found.error();
    if (!found.value() || !found.value()->isOpen())
        return {};
    Matter parent = *found.value();
    const AuditFields before = Records<Matter>::fields(parent);
    parent.state = QString::fromLatin1(matter::kClosed);
    parent.closedAtMs = w.nowMs;
    parent.replyDate = localDay(w.nowMs);
    parent.openChildren = 0;
    auto v = repo.update(parent, w.nowMs, w.who.displayName);
    if (!v)
        return v.error();
    MatterEvent e{0, QStringLiteral("children_closed"), w.who.displayName, w.nowMs, {}, {}, {}};
    if (auto ev = repo.addEvent(parent.id, e, w.who.userId); !ev)
        return ev.error();
    w.audit(AuditNote{QStringLiteral("matter.close"), QLatin1String(Records<Matter>::kType), parent.id, {},
                      AuditDiff::between(before, Records<Matter>::fields(parent))});
    return {};
}

Result<Matter> SupervisionService::urge(const Actor &actor, qint64 id, qint64 expectedVersion, const QString &method,
                                        const QString &note)
{
    return step(actor, MatterStep::Urge, QStringLiteral("matter.urge"), id, expectedVersion,
                [&](WriteScope &, Matter &, MatterEvent &e) -> Status {
                    if (method.trimmed().isEmpty())
                        return makeError(ErrorCode::Validation, tr("Choose how the unit was urged."));
                    e.action = QStringLiteral("urge:") + method.trimmed();
                    e.text = note.trimmed();
                    return {};
                });
}

} // namespace gw
