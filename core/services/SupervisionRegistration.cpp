// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — supervised matters (督查): registration (立项) of every kind, alone, from an incoming
// document, or a meeting's decisions at once.
#include "services/SupervisionService.h"

#include "Clock.h"
#include "domain/FileKind.h"
#include "services/MatterRecords.h"
#include "services/SupervisionInternal.h"
#include "storage/IncomingRepository.h"
#include "storage/NumberingRepository.h"
#include "storage/UnitRepository.h"
#include "storage/UserRepository.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>

namespace gw {
using supervision::localDay;
namespace {
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
    if (m.title.size() > 200 || m.request.size() > supervision::kMaxText)
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
        if (m.calledAtMs <= 0)
            return makeError(ErrorCode::Validation, tr("Enter the time of the call."));
        if (localDay(m.calledAtMs) > today)
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

} // namespace gw
