// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — rules over an incoming item.
#include "workflow/IncomingPolicy.h"

#include "workflow/IncomingFlow.h"

#include <QCoreApplication>

namespace gw {
namespace {
int urgencyRank(Urgency u)
{
    return u == Urgency::VeryUrgent ? 0 : u == Urgency::Urgent ? 1 : 2;
}
} // namespace

bool IncomingPolicy::isOverdue(const IncomingItem &item, qint64 nowMs)
{
    return IncomingFlow::isActive(item.state) && item.dueAtMs > 0 && item.dueAtMs < nowMs;
}

bool IncomingPolicy::waitsBefore(const IncomingItem &a, const IncomingItem &b, qint64 nowMs)
{
    if (urgencyRank(a.urgency) != urgencyRank(b.urgency))
        return urgencyRank(a.urgency) < urgencyRank(b.urgency); // 特急/加急 jump the queue
    if (isOverdue(a, nowMs) != isOverdue(b, nowMs))
        return isOverdue(a, nowMs);
    if (a.receivedAtMs != b.receivedAtMs)
        return a.receivedAtMs < b.receivedAtMs;
    return a.id < b.id;
}

Status IncomingPolicy::checkRoutes(QList<IncomingRoute> &routes)
{
    if (routes.isEmpty())
        return makeError(
            ErrorCode::Validation,
            QCoreApplication::translate("IncomingService", "Choose at least one reader or handler."));
    int handlers = 0, leads = 0;
    for (const IncomingRoute &r : routes) {
        handlers += r.handles ? 1 : 0;
        leads += (r.handles && r.lead) ? 1 : 0;
        if (r.lead && !r.handles)
            return makeError(
                ErrorCode::Validation,
                QCoreApplication::translate("IncomingService", "Only a handler can lead (主办)."));
    }
    if (handlers == 1) {
        for (IncomingRoute &r : routes)
            r.lead = r.handles; // a single handler leads
    } else if (handlers > 1 && leads != 1) {
        return makeError(
            ErrorCode::Validation,
            QCoreApplication::translate(
                "IncomingService",
                "With several handlers, exactly one leads (主办) and the others assist (协办)."));
    }
    return {};
}

} // namespace gw
