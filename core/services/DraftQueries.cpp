// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — outgoing documents: what a user may see and do (the queries of DraftingService).
#include "services/DraftingService.h"

#include "Clock.h"
#include "domain/UnitOrder.h"
#include "storage/DraftRepository.h"
#include "storage/UnitRepository.h"
#include "storage/UserRepository.h"
#include "workflow/DraftPolicy.h"

#include <algorithm>
#include <limits>

namespace gw {

DraftActions DraftingService::actionsFor(const Actor &who, const Draft &d) const
{
    auto current = m_ctx.resolve(who);
    return current ? DraftPolicy::actions(current.value(), d) : DraftActions{};
}

bool DraftingService::isOverdue(const Draft &d) const
{
    return DraftPolicy::isOverdue(d, m_ctx.clock.nowMs());
}

Result<Draft> DraftingService::visible(const Actor &who, qint64 id) const
{
    auto current = m_ctx.resolve(who);
    if (!current)
        return current.error();
    const Principal &actor = current.value();
    auto found = DraftRepository(m_ctx.db).find(id);
    if (!found)
        return found.error();
    if (!found.value() || !clearanceCovers(actor.clearance, found.value()->fields.secrecy))
        return makeError(ErrorCode::NotFound, tr("The draft does not exist or is not visible to you."));
    return *found.value();
}

Result<Draft> DraftingService::get(const Actor &actor, qint64 id) const
{
    return visible(actor, id);
}

Result<QList<User>> DraftingService::signers(const Actor &actor) const
{
    if (auto current = m_ctx.resolve(actor); !current)
        return current.error();
    auto users = UserRepository(m_ctx.db).list();
    if (!users)
        return users.error();
    QList<User> out;
    for (const User &u : users.value()) {
        if (u.active && u.hasRole(Role::Leader))
            out.append(u);
    }
    return out;
}

Result<QList<Unit>> DraftingService::draftingUnits(const Actor &actor) const
{
    if (auto current = m_ctx.resolve(actor); !current)
        return current.error();
    QList<Unit> out;
    for (UnitType t : {UnitType::Section, UnitType::Department}) {
        UnitFilter f;
        f.type = t;
        f.limit = 10000;
        auto units = UnitRepository(m_ctx.db).list(f);
        if (!units)
            return units.error();
        out += units.value();
    }
    sortUnits(out);
    return out;
}

Result<QList<Draft>> DraftingService::list(const Actor &who, DraftFilter filter) const
{
    auto current = m_ctx.resolve(who);
    if (!current)
        return current.error();
    filter.maxSecrecy = current.value().clearance; // nothing above it comes back, not even a title
    filter.nowMs = m_ctx.clock.nowMs();
    return DraftRepository(m_ctx.db).list(filter);
}

Result<QList<Draft>> DraftingService::tasks(const Actor &who) const
{
    auto current = m_ctx.resolve(who);
    if (!current)
        return current.error();
    const Principal &actor = current.value();
    QStringList steps;
    for (const ChainRow &r : chainTable()) {
        bool mine = false;
        for (Role role : r.roles)
            mine = mine || actor.hasRole(role);
        if (mine && !steps.contains(QLatin1String(r.step)))
            steps.append(QString::fromLatin1(r.step));
    }
    if (steps.isEmpty())
        return QList<Draft>();
    DraftFilter f;
    f.states = steps;
    f.maxSecrecy = actor.clearance;
    f.limit = 5000;
    auto all = DraftRepository(m_ctx.db).list(f);
    if (!all)
        return all.error();
    QList<Draft> mine;
    for (const Draft &d : all.value()) {
        if (ChainEngine::mayAct(ChainEngine::factsOf(d), d.state, actor))
            mine.append(d);
    }
    std::stable_sort(mine.begin(), mine.end(), [](const Draft &a, const Draft &b) {
        if (a.fields.urgency != b.fields.urgency)
            return static_cast<int>(a.fields.urgency) > static_cast<int>(b.fields.urgency);
        const qint64 da = a.dueAtMs > 0 ? a.dueAtMs : std::numeric_limits<qint64>::max();
        const qint64 db = b.dueAtMs > 0 ? b.dueAtMs : std::numeric_limits<qint64>::max();
        return da < db;
    });
    return mine;
}

Result<QList<DraftVersion>> DraftingService::versions(const Actor &actor, qint64 id) const
{
    if (auto d = visible(actor, id); !d)
        return d.error();
    return DraftRepository(m_ctx.db).versions(id);
}

Result<DraftVersion> DraftingService::version(const Actor &actor, qint64 id, int number) const
{
    if (auto d = visible(actor, id); !d)
        return d.error();
    auto v = DraftRepository(m_ctx.db).version(id, number);
    if (!v)
        return v.error();
    if (!v.value())
        return makeError(ErrorCode::NotFound, tr("Version %1 does not exist.").arg(number));
    return *v.value();
}

Result<QList<RoutingEntry>> DraftingService::routing(const Actor &actor, qint64 id) const
{
    if (auto d = visible(actor, id); !d)
        return d.error();
    return DraftRepository(m_ctx.db).routing(id);
}

Result<QList<DiffRow>> DraftingService::diff(const Actor &actor, qint64 id, int from, int to) const
{
    auto a = version(actor, id, from);
    if (!a)
        return a.error();
    auto b = version(actor, id, to);
    if (!b)
        return b.error();
    return diffParagraphs(a.value().text, b.value().text);
}

} // namespace gw
