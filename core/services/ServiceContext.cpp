// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the account as the records know it now, and the one write path.
#include "services/ServiceContext.h"

#include "services/SearchSources.h"
#include "Clock.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "services/ChangeFeed.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>

namespace gw {

Result<Principal> ServiceContext::resolveOn(const Database &db, const Actor &actor)
{
    if (actor.userId <= 0)
        return makeError(ErrorCode::Permission,
                         QCoreApplication::translate("ServiceContext", "Log in first; nothing was changed."));
    auto rec = UserRepository(db).find(actor.userId);
    if (!rec)
        return rec.error();
    if (!rec.value() || !rec.value()->user.active)
        return makeError(
            ErrorCode::Permission,
            QCoreApplication::translate("ServiceContext",
                                        "This account has been disabled. Log out; nothing was changed."));
    return Principal::fromUser(rec.value()->user);
}

Result<Principal> ServiceContext::authorize(const Actor &actor, Action action) const
{
    auto current = resolve(actor);
    if (!current)
        return current.error();
    if (auto st = Permissions::check(current.value(), action); !st)
        return st.error();
    return current;
}

Result<Principal> ServiceContext::check(const Actor &actor, const WriteSpec &spec) const
{
    return spec.permission ? authorize(actor, *spec.permission) : resolve(actor);
}

AuditDiff ServiceContext::mergedDiff(AuditDiff diff, const AuditDiff &remarks)
{
    for (const FieldChange &c : remarks.changes())
        diff.remark(c.field, c.after);
    return diff;
}

Status ServiceContext::commit(const Principal &who, const std::function<Status(WriteScope &)> &body) const
{
    return run([&who]() -> Result<Principal> { return who; }, body);
}

Status ServiceContext::run(const std::function<Result<Principal>()> &who,
                           const std::function<Status(WriteScope &)> &body) const
{
    QList<ObjectChange> changed;
    {
        WriteTransaction tx(db);
        if (!tx.status())
            return tx.status();
        auto acting = who();
        if (!acting)
            return acting.error();
        WriteScope scope(db, acting.value(), clock.nowMs());
        if (auto st = body(scope); !st)
            return st;
        // The search index follows every record the write changed, in the same transaction.
        if (auto st = searchsources::follow(db, scope.notes()); !st)
            return st;
        QList<AuditLog::Entry> entries;
        entries.reserve(scope.notes().size());
        for (const AuditNote &n : scope.notes())
            entries.append({n.action, n.objectType,
                            n.objectKey.isEmpty() ? QString::number(n.objectId) : n.objectKey, n.diff.toText()});
        if (!entries.isEmpty()) {
            auto first = AuditLog::appendAll(db, acting.value(), scope.nowMs, entries);
            if (!first)
                return first.error();
            qint64 seq = first.value();
            for (const AuditNote &n : scope.notes())
                changed.append(ObjectChange{n.objectType, n.objectId, n.action, seq++});
        }
        if (auto st = feed.announce(changed); !st)
            return st;
        if (auto st = tx.commit(); !st)
            return st;
    }
    feed.publish(changed);
    return {};
}

} // namespace gw
