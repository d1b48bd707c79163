// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — supervised matters (督查): registration and every step of the flow.
#include "services/SupervisionService.h"

#include "Clock.h"
#include "domain/FileKind.h"
#include "services/SupervisionInternal.h"
#include "services/MatterRecords.h"
#include "storage/IncomingRepository.h"
#include "storage/NumberingRepository.h"
#include "storage/UnitRepository.h"
#include "storage/UserRepository.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>

namespace gw {
using supervision::kMaxText;
using supervision::localDay;

QDate SupervisionService::today() const
{
    return WorkCalendar::localDate(m_ctx.clock.now());
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
                               if (c.leadUnitId <= 0 || !c.dueDate.isValid())
                                   return makeError(ErrorCode::Validation,
                                                    tr("Sub-task %1: choose its lead unit and deadline.").arg(i + 1));
                               if (auto st = stamp(w, c); !st)
                                   return st;
                               // Each sub-task is assigned to its unit as it is made (立项 and 交办 in one).
                               c.state = QString::fromLatin1(matter::kInProgress);
                               auto cid = MatterRepository(w.db).insert(c, w.who.displayName, w.nowMs);
                               if (!cid)
                                   return cid.error();
                               c.id = cid.value();
                               c.version = 1;
                               for (const char *action : {"register", "assign"}) {
                                   MatterEvent ce{0, QString::fromLatin1(action), w.who.displayName, w.nowMs,
                                                  {}, {}, {}};
                                   if (qstrcmp(action, "assign") == 0)
                                       ce.date = c.dueDate;
                                   if (auto ev = MatterRepository(w.db).addEvent(c.id, ce, w.who.userId); !ev)
                                       return ev.error();
                               }
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
