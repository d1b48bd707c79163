// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the work calendar the administrator keeps: holidays and swapped working days.
#pragma once

#include "Result.h"
#include "security/Actor.h"
#include "services/ServiceContext.h"
#include "workflow/WorkCalendar.h"

#include <QObject>

namespace gw {

class CalendarService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarService)
public:
    CalendarService(const ServiceContext &ctx, QObject *parent = nullptr) : QObject(parent), m_ctx(ctx) {}

    /// The days of `year` that differ from the plain week: the defaults, overridden by what was entered.
    Result<QList<CalendarDay>> exceptions(int year) const;
    /// Records a day as a holiday or a working day (调休); a plain weekday or weekend again when
    /// `day.working` matches the plain week and the name is empty.
    Status setDay(const Actor &actor, const CalendarDay &day);

Q_SIGNALS:
    void calendarChanged();

private:
    ServiceContext m_ctx;
};

} // namespace gw
