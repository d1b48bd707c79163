// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the unit directory.
#include "services/UnitService.h"

#include "domain/UnitOrder.h"

#include "Clock.h"
#include "security/Permissions.h"
#include "services/DirectoryRecords.h"

#include <QSet>

namespace gw {
namespace {
constexpr int kMaxName = 80;
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
    auto units = UnitRepository(m_ctx.db).list(filter);
    if (!units)
        return units.error();
    sortUnits(units.value()); // 党、政、军、群, then pinyin: the order every list of units is shown in
    return units;
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
    return m_ctx.create<Unit>(actor, {Action::CreateUnit, QStringLiteral("unit.create")}, unit,
                              [&](WriteScope &, Unit &u) -> Status { return validate(u); });
}

Result<Unit> UnitService::update(const Actor &actor, Unit edited)
{
    edited.name = edited.name.simplified();
    edited.shortName = edited.shortName.simplified();
    if (edited.shortName.isEmpty())
        edited.shortName = edited.name;
    return m_ctx.update<Unit>(actor, {Action::EditUnit, QStringLiteral("unit.update")}, edited.id,
                              edited.version, [&](WriteScope &w, Unit &u) -> Status {
                                  if (u.active != edited.active) {
                                      if (auto st = Permissions::check(w.who, Action::DeactivateUnit); !st)
                                          return st;
                                  }
                                  const qint64 version = u.version;
                                  u = edited;
                                  u.version = version;
                                  return validate(u);
                              });
}

Result<Unit> UnitService::setActive(const Actor &actor, qint64 id, qint64 version, bool active)
{
    return m_ctx.update<Unit>(
        actor,
        {Action::DeactivateUnit, active ? QStringLiteral("unit.restore") : QStringLiteral("unit.retire")}, id,
        version, [&](WriteScope &, Unit &u) -> Status {
            u.active = active;
            return {};
        });
}

} // namespace gw
