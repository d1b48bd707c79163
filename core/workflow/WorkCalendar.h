// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the work calendar: weekends, holidays and swapped working days (调休).
#pragma once

#include "domain/CalendarDay.h"

#include "domain/DocumentKinds.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace gw {

/// Decides working days and review deadlines. Times are China Standard Time (UTC+8, no DST).
class WorkCalendar final
{
public:
    /// Statutory holidays of `year` by the national rules (元旦, 春节, 清明, 劳动节, 端午, 中秋, 国庆);
    /// the lunar dates are known for 2026 and 2027. Bridge days and swaps are announced each
    /// year and entered by the administrator.
    static QList<CalendarDay> defaultDays(int year);
    /// The end of a working day, after which an item due that day is overdue.
    static constexpr int kDayEndHour = 18;

    /// The calendar for the years around `year`: the national defaults, overridden by `entered` (the
    /// administrator's holidays and swapped working days).
    static WorkCalendar around(int year, const QList<CalendarDay> &entered);

    WorkCalendar() = default;
    /// `days` override the plain week and the defaults for the dates they name.
    explicit WorkCalendar(const QList<CalendarDay> &days);

    bool isWorkingDay(const QDate &d) const;
    QString dayName(const QDate &d) const;
    QDate firstWorkingDayFrom(const QDate &d) const;
    QDate firstWorkingDayAfter(const QDate &d) const;
    /// When a review that arrives at `arrived` is due: 特急 and 加急 on arrival (the same working
    /// day), others within one working day.
    QDateTime reviewDeadline(const QDateTime &arrived, Urgency urgency) const;
    static QDate localDate(const QDateTime &t);
    static QDateTime endOfDay(const QDate &d);

private:
    QHash<QDate, CalendarDay> m_days;
};

/// Proposes the urgency from the due date (SPEC.md): within 3 days, or within a week with many
/// approval steps ahead, 特急; within a week, or within two weeks when departments must be
/// consulted, 加急; otherwise 普通. A person confirms it.
Urgency proposeUrgency(const QDate &today, const QDate &due, int remainingApprovals, bool needsConsultation);
/// "Many approval steps": at least this many still ahead.
inline constexpr int kManyApprovalSteps = 4;

} // namespace gw
