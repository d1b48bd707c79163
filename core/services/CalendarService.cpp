// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the work calendar the administrator keeps.
#include "services/CalendarService.h"

#include "Clock.h"
#include "security/Permissions.h"
#include "storage/CalendarRepository.h"

#include <QMap>

namespace gw {

Result<QList<CalendarDay>> CalendarService::exceptions(int year) const
{
    auto stored = CalendarRepository(m_ctx.db).list();
    if (!stored)
        return stored.error();
    QMap<QDate, CalendarDay> days;
    for (const CalendarDay &d : WorkCalendar::defaultDays(year))
        days.insert(d.date, d);
    for (const CalendarDay &d : stored.value()) {
        if (d.date.year() == year)
            days.insert(d.date, d);
    }
    QList<CalendarDay> out;
    for (const CalendarDay &d : days) {
        // A stored day that matches the plain week is no exception any more.
        const bool plainWorking = d.date.dayOfWeek() <= 5;
        if (d.working != plainWorking || !d.name.isEmpty())
            out.append(d);
    }
    return out;
}

Status CalendarService::setDay(const Actor &actor, const CalendarDay &dayIn)
{
    auto who = m_ctx.authorize(actor, Action::EditCalendar);
    if (!who)
        return who.error();
    if (!dayIn.date.isValid())
        return makeError(ErrorCode::Validation, tr("Choose a valid date."));
    CalendarDay day = dayIn;
    day.name = day.name.simplified();
    if (day.name.size() > 40)
        return makeError(ErrorCode::Validation, tr("The name of the day is longer than 40 characters."));
    // A day of the calendar is keyed by its date and has no version: the last word stands.
    return m_ctx.commit(who.value(), [&](WriteScope &w) -> Status {
        if (auto st = CalendarRepository(w.db).put(day, w.nowMs, w.who.displayName); !st)
            return st;
        AuditDiff diff;
        diff.remark(QStringLiteral("working"), day.working ? QStringLiteral("1") : QStringLiteral("0"));
        diff.remark(QStringLiteral("name"), day.name);
        w.audit(AuditNote{QStringLiteral("calendar.set"), QStringLiteral("calendar"), 0,
                          day.date.toString(Qt::ISODate), diff});
        return {};
    });
}

} // namespace gw
