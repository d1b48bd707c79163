// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the unit directory.
#include "services/UnitService.h"

#include "Clock.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"

#include <QSet>

namespace gw {
namespace {
constexpr int kMaxName = 80;

QString describe(const Unit &u)
{
    return QStringLiteral("name=%1; short=%2; type=%3; superior=%4; key=%5; active=%6")
        .arg(u.name, u.shortName, unitTypeCode(u.type))
        .arg(u.superiorId)
        .arg(u.keyEnterprise ? 1 : 0)
        .arg(u.active ? 1 : 0);
}
} // namespace

Status UnitService::validate(const Unit &u) const
{
    if (u.name.isEmpty())
        return makeError(ErrorCode::Validation, tr("Enter the unit's full name."));
    if (u.name.size() > kMaxName)
        return makeError(ErrorCode::Validation,
                         tr("The unit's name is longer than %1 characters.").arg(kMaxName));
    if (u.shortName.size() > kMaxName)
        return makeError(ErrorCode::Validation,
                         tr("The abbreviation is longer than %1 characters.").arg(kMaxName));
    if (u.keyEnterprise && u.type != UnitType::Enterprise)
        return makeError(ErrorCode::Validation,
                         tr("Only an enterprise or institution can be a key enterprise."));

    const UnitRepository repo(m_ctx.db);
    auto same = repo.findByName(u.name);
    if (!same)
        return same.error();
    if (same.value() && same.value()->id != u.id)
        return makeError(ErrorCode::Validation,
                         tr("The directory already has a unit named “%1”.").arg(u.name));

    // The superior must exist and must not lie below this unit.
    QSet<qint64> seen{u.id};
    qint64 next = u.superiorId;
    while (next > 0) {
        if (seen.contains(next))
            return makeError(ErrorCode::Validation,
                             tr("A unit cannot be its own superior, directly or through other units."));
        seen.insert(next);
        auto sup = repo.find(next);
        if (!sup)
            return sup.error();
        if (!sup.value())
            return makeError(ErrorCode::Validation, tr("The chosen superior unit does not exist."));
        next = sup.value()->superiorId;
    }
    return {};
}

Result<QList<Unit>> UnitService::list(const Actor &actor, const UnitFilter &filter) const
{
    if (auto st = m_ctx.authorize(actor, Action::ViewUnits); !st)
        return st.error();
    return UnitRepository(m_ctx.db).list(filter);
}

Result<Unit> UnitService::get(const Actor &actor, qint64 id) const
{
    if (auto st = m_ctx.authorize(actor, Action::ViewUnits); !st)
        return st.error();
    auto u = UnitRepository(m_ctx.db).find(id);
    if (!u)
        return u.error();
    if (!u.value())
        return makeError(ErrorCode::NotFound, tr("The unit no longer exists."));
    return *u.value();
}

Result<Unit> UnitService::create(const Actor &actor, Unit unit)
{
    if (auto st = m_ctx.authorize(actor, Action::CreateUnit); !st)
        return st.error();
    unit.name = unit.name.simplified();
    unit.shortName = unit.shortName.simplified();
    if (unit.shortName.isEmpty())
        unit.shortName = unit.name;
    unit.id = 0;
    unit.active = true;
    // The flag exempts a sender from the skip-level rule: administrators set it.
    if (unit.keyEnterprise) {
        if (auto st = m_ctx.authorize(actor, Action::EditUnit); !st)
            return st.error();
    }
    auto done = inWriteTransaction(m_ctx.db, [&]() -> Result<Unit> {
        if (auto st = validate(unit); !st)
            return st.error();
        const qint64 now = m_ctx.clock.nowMs();
        auto id = UnitRepository(m_ctx.db).insert(unit, now, actor.displayName);
        if (!id)
            return id.error();
        unit.id = id.value();
        unit.version = 1;
        if (auto st = AuditLog::append(m_ctx.db, actor, now, QStringLiteral("unit.create"),
                                       QStringLiteral("unit"), QString::number(unit.id), describe(unit));
            !st)
            return st.error();
        return unit;
    });
    if (done)
        Q_EMIT unitChanged(done.value().id);
    return done;
}

Result<Unit> UnitService::update(const Actor &actor, Unit unit)
{
    if (auto st = m_ctx.authorize(actor, Action::EditUnit); !st)
        return st.error();
    unit.name = unit.name.simplified();
    unit.shortName = unit.shortName.simplified();
    if (unit.shortName.isEmpty())
        unit.shortName = unit.name;
    auto done = inWriteTransaction(m_ctx.db, [&]() -> Result<Unit> {
        const UnitRepository repo(m_ctx.db);
        auto before = repo.find(unit.id);
        if (!before)
            return before.error();
        if (!before.value())
            return makeError(ErrorCode::NotFound, tr("The unit no longer exists."));
        if (before.value()->active != unit.active) {
            if (auto st = m_ctx.authorize(actor, Action::DeactivateUnit); !st)
                return st.error();
        }
        if (auto st = validate(unit); !st)
            return st.error();
        const qint64 now = m_ctx.clock.nowMs();
        auto version = repo.update(unit, now, actor.displayName);
        if (!version)
            return version.error();
        if (auto st = AuditLog::append(m_ctx.db, actor, now, QStringLiteral("unit.update"),
                                       QStringLiteral("unit"), QString::number(unit.id),
                                       describe(*before.value()) + QStringLiteral(" -> ") + describe(unit));
            !st)
            return st.error();
        unit.version = version.value();
        return unit;
    });
    if (done)
        Q_EMIT unitChanged(unit.id);
    return done;
}

Result<Unit> UnitService::setActive(const Actor &actor, qint64 id, qint64 version, bool active)
{
    if (auto st = m_ctx.authorize(actor, Action::DeactivateUnit); !st)
        return st.error();
    auto done = inWriteTransaction(m_ctx.db, [&]() -> Result<Unit> {
        const UnitRepository repo(m_ctx.db);
        auto found = repo.find(id);
        if (!found)
            return found.error();
        if (!found.value())
            return makeError(ErrorCode::NotFound, tr("The unit no longer exists."));
        Unit u = *found.value();
        u.version = version;
        u.active = active;
        const qint64 now = m_ctx.clock.nowMs();
        auto v = repo.update(u, now, actor.displayName);
        if (!v)
            return v.error();
        if (auto st = AuditLog::append(
                m_ctx.db, actor, now, active ? QStringLiteral("unit.restore") : QStringLiteral("unit.retire"),
                QStringLiteral("unit"), QString::number(id), describe(u));
            !st)
            return st.error();
        u.version = v.value();
        return u;
    });
    if (done)
        Q_EMIT unitChanged(id);
    return done;
}

} // namespace gw
