// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the actor as the records know them now.
#include "services/ServiceContext.h"

#include "security/Permissions.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>

namespace gw {

Result<Actor> ServiceContext::currentActor(const Actor &actor) const
{
    if (actor.isProgram())
        return actor;
    auto rec = UserRepository(db).find(actor.userId);
    if (!rec)
        return rec.error();
    if (!rec.value() || !rec.value()->user.active)
        return makeError(
            ErrorCode::Permission,
            QCoreApplication::translate("ServiceContext",
                                        "This account has been disabled. Log out; nothing was changed."));
    return Actor::fromUser(rec.value()->user);
}

Status ServiceContext::authorize(const Actor &actor, Action action) const
{
    auto current = currentActor(actor);
    if (!current)
        return current.error();
    return Permissions::check(current.value(), action);
}

} // namespace gw
