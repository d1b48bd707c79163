// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — incoming documents: what a user may see and do (the queries of IncomingService).
#include "services/IncomingService.h"

#include "Clock.h"
#include "security/Permissions.h"
#include "storage/UnitRepository.h"
#include "storage/UserRepository.h"
#include "workflow/IncomingPolicy.h"

#include <QCryptographicHash>
#include <QPromise>
#include <QThreadPool>
#include <QSet>

#include <algorithm>

namespace gw {

bool IncomingService::isOverdue(const IncomingItem &item) const
{
    return IncomingPolicy::isOverdue(item, m_ctx.clock.nowMs());
}

bool IncomingService::waitsFor(const Actor &who, const IncomingItem &item) const
{
    auto current = m_ctx.resolve(who);
    if (!current)
        return false;
    const Principal &actor = current.value();
    if (item.secrecy > actor.clearance)
        return false;
    if (IncomingFlow::statesWaitingFor(actor.roles).contains(item.state))
        return true;
    if (item.state != QLatin1String(incoming::kCirculating))
        return false;
    if (item.holder == QString::fromUtf8(incoming::kSecretariat))
        return Permissions::allows(actor.roles, Action::DistributeIncoming);
    auto routes = IncomingRepository(m_ctx.db).routes(item.id);
    if (!routes)
        return false;
    for (const IncomingRoute &r : routes.value()) {
        if (r.state == QLatin1String("holding") && r.userId == actor.userId)
            return true;
    }
    return false;
}

QList<IncomingStep> IncomingService::actionsFor(const Actor &who, const IncomingItem &item) const
{
    QList<IncomingStep> out;
    auto current = m_ctx.resolve(who);
    if (!current || !clearanceCovers(current.value().clearance, item.secrecy))
        return out;
    const Principal &actor = current.value();
    const bool atSecretariat = item.holder == QString::fromUtf8(incoming::kSecretariat);
    for (const IncomingFlowRow *row : IncomingFlow::rowsFor(item.state, atSecretariat)) {
        bool may = false;
        if (row->actor == FlowActor::Post) {
            may = Permissions::allows(actor.roles, row->permission);
        } else if (auto routes = IncomingRepository(m_ctx.db).routes(item.id)) {
            for (const IncomingRoute &r : routes.value())
                may = may || (r.state == QLatin1String("holding") && r.userId == actor.userId);
        }
        if (may && !out.contains(row->step))
            out.append(row->step);
    }
    return out;
}

Result<QList<IncomingItem>> IncomingService::tasks(const Actor &actorIn, int limit) const
{
    auto current = m_ctx.resolve(actorIn);
    if (!current)
        return current.error();
    const Principal &actor = current.value();
    // Up to three ranges on the state, holder and routing indexes; each oldest first.
    QList<IncomingFilter> parts;
    IncomingFilter base;
    base.maxSecrecy = actor.clearance;
    base.nowMs = m_ctx.clock.nowMs();
    base.sortBy = IncomingSort::Received;
    base.descending = false;
    base.limit = limit;
    // One range per waiting state: a range read in the index's order stops at the limit, where several
    // states at once would be merged and sorted whole (seconds on a million items).
    for (const QString &state : IncomingFlow::statesWaitingFor(actor.roles)) {
        IncomingFilter f = base;
        f.states = {state};
        parts.append(f);
    }
    if (Permissions::allows(actor.roles, Action::DistributeIncoming)) {
        IncomingFilter f = base; // back at 秘书科 between two readers: to forward
        f.states = {QString::fromLatin1(incoming::kCirculating)};
        f.holder = QString::fromUtf8(incoming::kSecretariat);
        parts.append(f);
    }
    IncomingFilter mine = base; // my turn in circulation
    mine.states = {QString::fromLatin1(incoming::kCirculating)};
    mine.heldByUserId = actor.userId;
    parts.append(mine);

    QList<IncomingItem> out;
    QSet<qint64> seen;
    IncomingRepository repo(m_ctx.db);
    // Each range is read once for each urgency (特急, 加急, 平件): an urgent item is never left out by the
    // limit in favour of older ordinary ones, and each read is one range of the state-and-urgency index
    // in received order that stops at the limit (all urgencies at once would read and sort every item in
    // the state: seconds on a million).
    for (const IncomingFilter &part : parts) {
        for (const Urgency u : allUrgencies()) {
            IncomingFilter f = part;
            f.urgency = u;
            auto rows = repo.list(f);
            if (!rows)
                return rows.error();
            for (const IncomingItem &i : rows.value()) {
                if (!seen.contains(i.id)) {
                    seen.insert(i.id);
                    out.append(i);
                }
            }
        }
    }
    const qint64 now = m_ctx.clock.nowMs();
    std::stable_sort(out.begin(), out.end(), [now](const IncomingItem &a, const IncomingItem &b) {
        return IncomingPolicy::waitsBefore(a, b, now);
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

Result<IncomingItem> IncomingService::get(const Actor &who, qint64 id) const
{
    auto current = m_ctx.resolve(who);
    if (!current)
        return current.error();
    const Principal &actor = current.value();
    auto found = IncomingRepository(m_ctx.db).find(id);
    if (!found)
        return found.error();
    if (!found.value() || !clearanceCovers(actor.clearance, found.value()->secrecy))
        return makeError(ErrorCode::NotFound, tr("The document does not exist or is not visible to you."));
    return *found.value();
}

Result<TriageProposal> IncomingService::propose(const Actor &actor, qint64 itemId, TriageFacts facts) const
{
    auto item = get(actor, itemId);
    if (!item)
        return item.error();
    auto sender = UnitRepository(m_ctx.db).find(item.value().senderUnitId);
    if (!sender)
        return sender.error();
    if (sender.value()) {
        // The directory decides who the sender is; the clerk decides what the document says.
        facts.senderType = sender.value()->type;
        facts.senderHasSuperior = sender.value()->superiorId > 0;
        facts.senderKeyEnterprise = sender.value()->keyEnterprise;
    }
    facts.senderUnitId = item.value().senderUnitId;
    facts.addressee = item.value().addressee;
    return TriageRules::propose(facts);
}

Result<QList<User>> IncomingService::activeUsers(const std::function<bool(const User &)> &wanted) const
{
    auto users = UserRepository(m_ctx.db).list();
    if (!users)
        return users.error();
    QList<User> out;
    for (const User &u : users.value()) {
        if (u.active && wanted(u))
            out.append(u);
    }
    return out;
}

bool IncomingService::isLeader(const User &u)
{
    return u.active &&
           (u.hasRole(Role::Leader) || u.hasRole(Role::Director) || u.hasRole(Role::DeputyDirector));
}

Result<QList<User>> IncomingService::recipients(const Actor &actor) const
{
    if (auto st = m_ctx.authorize(actor, Action::DistributeIncoming); !st)
        return st.error();
    return activeUsers([](const User &u) { return isLeader(u) || u.hasRole(Role::SectionHead); });
}

Result<QList<User>> IncomingService::leaders(const Actor &actor) const
{
    if (auto st = m_ctx.authorize(actor, Action::TriageIncoming); !st)
        return st.error();
    return activeUsers(isLeader);
}

Result<QList<IncomingRoute>> IncomingService::routes(const Actor &actor, qint64 id) const
{
    if (auto item = get(actor, id); !item)
        return item.error();
    return IncomingRepository(m_ctx.db).routes(id);
}

Result<QList<IncomingEvent>> IncomingService::events(const Actor &actor, qint64 id) const
{
    if (auto item = get(actor, id); !item)
        return item.error();
    return IncomingRepository(m_ctx.db).events(id);
}

Result<QList<IncomingItem>> IncomingService::list(const Actor &who, IncomingFilter filter) const
{
    auto actor = m_ctx.resolve(who);
    if (!actor)
        return actor.error();
    filter.maxSecrecy = actor.value().clearance; // nothing above it comes back, not even a title
    filter.nowMs = m_ctx.clock.nowMs();
    return IncomingRepository(m_ctx.db).list(filter);
}

Result<qint64> IncomingService::count(const Actor &who, IncomingFilter filter, qint64 cap) const
{
    filter.nowMs = m_ctx.clock.nowMs();
    return countOn(m_ctx.db, who, filter, cap);
}

Result<qint64> IncomingService::countOn(const Database &db, const Actor &who, IncomingFilter filter, qint64 cap)
{
    auto actor = ServiceContext::resolveOn(db, who);
    if (!actor)
        return actor.error();
    filter.maxSecrecy = actor.value().clearance; // nothing above it is counted
    return IncomingRepository(db).count(filter, cap);
}

QFuture<Result<qint64>> IncomingService::countInBackground(const Actor &who, IncomingFilter filter,
                                                           qint64 cap) const
{
    auto promise = std::make_shared<QPromise<Result<qint64>>>();
    QFuture<Result<qint64>> future = promise->future();
    promise->start(); // running from now: whoever waits on the future waits for the result
    filter.nowMs = m_ctx.clock.nowMs();
    QThreadPool::globalInstance()->start([promise, url = m_ctx.db.url(), who, filter, cap]() mutable {
        promise->addResult([&]() -> Result<qint64> {
            Database::Options options;
            options.migrate = false;    // this workstation's own connection brought it up to date
            options.mayCreate = false;  // a read never makes a database (one deleted meanwhile stays gone)
            auto db = Database::open(url, options);
            if (!db)
                return db.error();
            return countOn(*db.value(), who, filter, cap);
        }());
        promise->finish();
    });
    return future;
}

Result<QList<IncomingAttachment>> IncomingService::attachments(const Actor &actor, qint64 itemId) const
{
    if (auto item = get(actor, itemId); !item)
        return item.error();
    return IncomingRepository(m_ctx.db).attachments(itemId);
}

Result<IncomingAttachment> IncomingService::attachment(const Actor &actor, qint64 itemId,
                                                       qint64 attachmentId) const
{
    if (auto item = get(actor, itemId); !item)
        return item.error();
    auto found = IncomingRepository(m_ctx.db).attachment(itemId, attachmentId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("The attachment no longer exists."));
    const IncomingAttachment a = *found.value();
    if (QString::fromLatin1(QCryptographicHash::hash(a.bytes, QCryptographicHash::Sha256).toHex()) !=
        a.sha256)
        return makeError(
            ErrorCode::Tampered,
            tr("The attachment “%1” no longer matches the SHA-256 recorded when it was registered.")
                .arg(a.name));
    return a;
}

Result<QList<SenderTriageCount>> IncomingService::triageCounts(const Actor &actor) const
{
    auto who = m_ctx.authorize(actor, Action::TriageIncoming);
    if (!who)
        return who.error();
    return IncomingRepository(m_ctx.db).triageCounts(who.value().clearance);
}

} // namespace gw
