// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — supervised matters (督查): what is read — the register, lights, 待办, the October
// 回头看 and the figures.
#include "services/SupervisionService.h"

#include "Clock.h"
#include "services/MatterRecords.h"
#include "storage/CalendarRepository.h"
#include "storage/OfficeRepository.h"
#include "storage/UserRepository.h"

#include <QCryptographicHash>

#include <algorithm>

namespace gw {

AuditFields Records<Matter>::fields(const Matter &m)
{
    auto id = [](qint64 v) { return v > 0 ? QString::number(v) : QString(); };
    auto day = [](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    QStringList assist;
    for (qint64 u : m.assistUnitIds)
        assist.append(QString::number(u));
    return {
        {QStringLiteral("reference"), m.reference()},
        {QStringLiteral("kind"), matterKindCode(m.kind)},
        {QStringLiteral("source"), m.source},
        {QStringLiteral("title"), m.title},
        {QStringLiteral("request"), m.request},
        {QStringLiteral("leader"), id(m.leaderId)},
        {QStringLiteral("lead_unit"), id(m.leadUnitId)},
        {QStringLiteral("assist_units"), assist.join(QLatin1Char(','))},
        {QStringLiteral("due_date"), day(m.dueDate)},
        {QStringLiteral("secrecy"), clearanceCode(m.secrecy)},
        {QStringLiteral("state"), m.state},
        {QStringLiteral("parent"), id(m.parentId)},
        {QStringLiteral("incoming"), id(m.incomingId)},
        {QStringLiteral("meeting"), m.meeting},
        {QStringLiteral("proposal"), QStringList{m.proposalBody, m.proposalLevel, m.proposalClass, m.proposalNumber}
                                         .join(QLatin1Char(' '))
                                         .trimmed()},
        {QStringLiteral("caller"), m.caller},
        {QStringLiteral("phone"), m.phone},
        {QStringLiteral("category"), m.category ? callCategoryCode(*m.category) : QString()},
        {QStringLiteral("reply"), m.reply},
        {QStringLiteral("reply_date"), day(m.replyDate)},
        {QStringLiteral("satisfaction"), satisfactionCode(m.satisfaction)},
        {QStringLiteral("solved"), m.solved ? (*m.solved ? QStringLiteral("1") : QStringLiteral("0")) : QString()},
        {QStringLiteral("extension_asked_to"), day(m.extensionAskedTo)},
        {QStringLiteral("extension_reason"), m.extensionReason},
        {QStringLiteral("extensions_granted"), QString::number(m.extensionsGranted)},
    };
}

Result<Matter> SupervisionService::get(const Actor &actor, qint64 id) const
{
    auto who = m_ctx.authorize(actor, Action::ViewSupervision);
    if (!who)
        return who.error();
    auto found = MatterRepository(m_ctx.db).find(id);
    if (!found)
        return found.error();
    if (!found.value() || !MatterFlow::sees(who.value(), *found.value()))
        return makeError(ErrorCode::NotFound, Records<Matter>::notFound());
    return *found.value();
}

Result<QList<Matter>> SupervisionService::list(const Actor &actor, MatterFilter filter) const
{
    auto who = m_ctx.authorize(actor, Action::ViewSupervision);
    if (!who)
        return who.error();
    if (!MatterFlow::limitTo(who.value(), filter))
        return QList<Matter>();
    if (auto st = withBounds(filter); !st)
        return st.error();
    return MatterRepository(m_ctx.db).list(filter);
}

Result<qint64> SupervisionService::count(const Actor &actor, MatterFilter filter, qint64 cap) const
{
    auto who = m_ctx.authorize(actor, Action::ViewSupervision);
    if (!who)
        return who.error();
    if (!MatterFlow::limitTo(who.value(), filter))
        return qint64(0);
    if (auto st = withBounds(filter); !st)
        return st.error();
    return MatterRepository(m_ctx.db).count(filter, cap);
}

Result<QList<int>> SupervisionService::lightCounts(const Actor &actor, MatterFilter filter) const
{
    auto who = m_ctx.authorize(actor, Action::ViewSupervision);
    if (!who)
        return who.error();
    if (!MatterFlow::limitTo(who.value(), filter))
        return QList<int>{0, 0, 0};
    if (auto st = withBounds(filter); !st)
        return st.error();
    return MatterRepository(m_ctx.db).countLights(filter);
}

Result<QList<MatterEvent>> SupervisionService::events(const Actor &actor, qint64 id) const
{
    if (auto m = get(actor, id); !m)
        return m.error();
    return MatterRepository(m_ctx.db).events(id);
}

Result<MatterFile> SupervisionService::file(const Actor &actor, qint64 matterId, qint64 fileId) const
{
    if (auto m = get(actor, matterId); !m)
        return m.error();
    auto f = MatterRepository(m_ctx.db).file(matterId, fileId);
    if (!f)
        return f.error();
    if (!f.value())
        return makeError(ErrorCode::NotFound, tr("The file is not among the matter's."));
    const QString sum =
        QString::fromLatin1(QCryptographicHash::hash(f.value()->bytes, QCryptographicHash::Sha256).toHex());
    if (sum != f.value()->sha256)
        return makeError(ErrorCode::Storage,
                         tr("“%1” no longer matches the file that was stored: it has been altered or damaged.")
                             .arg(f.value()->name));
    return *f.value();
}

Result<QList<Matter>> SupervisionService::children(const Actor &actor, qint64 id) const
{
    auto who = m_ctx.authorize(actor, Action::ViewSupervision);
    if (!who)
        return who.error();
    if (auto m = get(actor, id); !m)
        return m.error();
    auto all = MatterRepository(m_ctx.db).children(id);
    if (!all)
        return all.error();
    QList<Matter> out;
    for (const Matter &c : all.value()) {
        if (MatterFlow::sees(who.value(), c))
            out.append(c);
    }
    return out;
}

Result<LightBounds> SupervisionService::bounds() const
{
    auto stored = CalendarRepository(m_ctx.db).list();
    if (!stored)
        return stored.error();
    auto office = OfficeRepository(m_ctx.db).load();
    if (!office)
        return office.error();
    const int warning = office.value() ? office.value()->warningDays : MatterFlow::kWarningDays;
    const QDate day = today();
    return MatterFlow::bounds(WorkCalendar::around(day.year(), stored.value()), day, warning);
}

Status SupervisionService::withBounds(MatterFilter &filter) const
{
    if (filter.bounds.yellowFrom.isValid())
        return {};
    auto b = bounds();
    if (!b)
        return b.error();
    filter.bounds = b.value();
    return {};
}

QList<MatterStep> SupervisionService::actionsFor(const Actor &actor, const Matter &m) const
{
    auto who = m_ctx.resolve(actor);
    if (!who || !MatterFlow::sees(who.value(), m))
        return {};
    QList<MatterStep> out;
    for (const MatterFlowRow *row : MatterFlow::rowsFor(m, today())) {
        if (MatterFlow::actsIn(who.value(), *row, m) && !out.contains(row->step))
            out.append(row->step);
    }
    return out;
}

Result<QList<Matter>> SupervisionService::tasks(const Actor &actor, int limit) const
{
    auto who = m_ctx.authorize(actor, Action::ViewSupervision);
    if (!who)
        return who.error();
    auto b = bounds();
    if (!b)
        return b.error();
    MatterFilter f;
    f.states = {QString::fromLatin1(matter::kRegistered), QString::fromLatin1(matter::kInProgress),
                QString::fromLatin1(matter::kReported), QString::fromLatin1(matter::kAccepted)};
    f.sortBy = MatterSort::Due;
    f.descending = false;
    f.limit = 5000;
    if (!MatterFlow::limitTo(who.value(), f))
        return QList<Matter>();
    auto open = MatterRepository(m_ctx.db).list(f);
    if (!open)
        return open.error();
    // Waiting for this user: a step of theirs other than the everyday ones (feedback, urging, a
    // request) is due, or an in-progress matter of theirs is red or yellow and wants chasing.
    QList<Matter> out;
    for (const Matter &m : open.value()) {
        bool waits = false;
        for (const MatterFlowRow *row : MatterFlow::rowsFor(m, b.value().yellowFrom)) {
            if (!MatterFlow::actsIn(who.value(), *row, m))
                continue;
            switch (row->step) {
            case MatterStep::Assign:
            case MatterStep::Advise:
            case MatterStep::DecideExtension:
            case MatterStep::Review:
            case MatterStep::Close:
                waits = true;
                break;
            case MatterStep::Urge:
                waits = waits || MatterFlow::lightOf(m, b.value()) == MatterLight::Red ||
                        MatterFlow::lightOf(m, b.value()) == MatterLight::Yellow;
                break;
            default:
                break;
            }
        }
        if (waits)
            out.append(m);
    }
    const LightBounds lb = b.value();
    std::stable_sort(out.begin(), out.end(), [&lb](const Matter &a, const Matter &c) {
        auto rank = [&lb](const Matter &m) {
            switch (MatterFlow::lightOf(m, lb)) {
            case MatterLight::Red:
                return 0;
            case MatterLight::Yellow:
                return 1;
            case MatterLight::Green:
                return 2;
            default:
                return 3;
            }
        };
        return rank(a) < rank(c);
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

Result<QList<Matter>> SupervisionService::octoberReview(const Actor &actor, int year) const
{
    auto who = m_ctx.authorize(actor, Action::ManageProposals);
    if (!who)
        return who.error();
    MatterFilter f;
    f.kind = MatterKind::Proposal;
    f.registeredFrom = QDate(year, 1, 1);
    f.registeredTo = QDate(year, 12, 31);
    f.sortBy = MatterSort::Registered;
    f.descending = false;
    f.limit = 100000;
    if (!MatterFlow::limitTo(who.value(), f))
        return QList<Matter>();
    auto all = MatterRepository(m_ctx.db).list(f);
    if (!all)
        return all.error();
    QList<Matter> out;
    for (const Matter &m : all.value()) {
        // 承诺办理件 that are open, or were answered without being solved: the promise is looked at again.
        if (m.proposalClass == QLatin1String("B") && (m.isOpen() || !m.solved.value_or(false)))
            out.append(m);
    }
    return out;
}

Result<MatterFigures> SupervisionService::figures(const Actor &actor, const StatsPeriod &period) const
{
    auto who = m_ctx.authorize(actor, Action::ViewSupervision);
    if (!who)
        return who.error();
    if (!period.isValid())
        return makeError(ErrorCode::Validation, tr("Choose a period whose first day is not after its last."));
    MatterFilter f;
    if (!MatterFlow::limitTo(who.value(), f))
        return MatterFigures{period, {}};
    auto rows = MatterRepository(m_ctx.db).tally(period.first, period.last, period.fromMs(), period.toMs(),
                                                  f.maxSecrecy, f.onlyLeaderId, f.kindsVisible);
    if (!rows)
        return rows.error();
    QList<MatterTally> sorted = rows.value();
    std::sort(sorted.begin(), sorted.end(), [](const MatterTally &a, const MatterTally &b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.unitName < b.unitName;
    });
    return MatterFigures{period, sorted};
}

Result<QList<User>> SupervisionService::leaders(const Actor &actor) const
{
    if (auto st = m_ctx.authorize(actor, Action::ViewSupervision); !st)
        return st.error();
    auto users = UserRepository(m_ctx.db).list();
    if (!users)
        return users.error();
    QList<User> out;
    for (const User &u : users.value()) {
        if (u.active && (u.hasRole(Role::Leader) || u.hasRole(Role::Director) || u.hasRole(Role::DeputyDirector)))
            out.append(u);
    }
    return out;
}

} // namespace gw
