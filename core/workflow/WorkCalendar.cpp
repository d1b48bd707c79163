// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the work calendar.
#include "workflow/WorkCalendar.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace gw {
namespace {
const QTimeZone &chinaTime()
{
    static const QTimeZone tz(8 * 3600);
    return tz;
}

struct LunarDates
{
    int year;
    QDate springFestival; // 正月初一
    QDate dragonBoat;     // 端午
    QDate midAutumn;      // 中秋
};

const LunarDates kLunar[] = {
    {2026, QDate(2026, 2, 17), QDate(2026, 6, 19), QDate(2026, 9, 25)},
    {2027, QDate(2027, 2, 6), QDate(2027, 6, 9), QDate(2027, 9, 15)},
};
} // namespace

QList<CalendarDay> WorkCalendar::defaultDays(int year)
{
    QList<CalendarDay> days;
    auto add = [&days](const QDate &d, const QString &name) { days.append(CalendarDay{d, false, name}); };
    add(QDate(year, 1, 1), QCoreApplication::translate("WorkCalendar", "New Year's Day"));
    add(QDate(year, 4, 5), QCoreApplication::translate("WorkCalendar", "Qingming Festival"));
    add(QDate(year, 5, 1), QCoreApplication::translate("WorkCalendar", "Labour Day"));
    add(QDate(year, 5, 2), QCoreApplication::translate("WorkCalendar", "Labour Day"));
    for (int d = 1; d <= 3; ++d)
        add(QDate(year, 10, d), QCoreApplication::translate("WorkCalendar", "National Day"));
    for (const LunarDates &l : kLunar) {
        if (l.year != year)
            continue;
        for (int d = -1; d <= 2; ++d) // 除夕 to 初三
            add(l.springFestival.addDays(d), QCoreApplication::translate("WorkCalendar", "Spring Festival"));
        add(l.dragonBoat, QCoreApplication::translate("WorkCalendar", "Dragon Boat Festival"));
        add(l.midAutumn, QCoreApplication::translate("WorkCalendar", "Mid-Autumn Festival"));
    }
    return days;
}

WorkCalendar::WorkCalendar(const QList<CalendarDay> &days)
{
    for (const CalendarDay &d : days)
        m_days.insert(d.date, d);
}

bool WorkCalendar::isWorkingDay(const QDate &d) const
{
    if (auto it = m_days.constFind(d); it != m_days.constEnd())
        return it->working;
    return d.dayOfWeek() <= 5;
}

QString WorkCalendar::dayName(const QDate &d) const
{
    return m_days.value(d).name;
}

QDate WorkCalendar::firstWorkingDayFrom(const QDate &d) const
{
    QDate day = d;
    for (int guard = 0; guard < 366 && !isWorkingDay(day); ++guard)
        day = day.addDays(1);
    return day;
}

QDate WorkCalendar::firstWorkingDayAfter(const QDate &d) const
{
    return firstWorkingDayFrom(d.addDays(1));
}

QDate WorkCalendar::localDate(const QDateTime &t)
{
    return t.toTimeZone(chinaTime()).date();
}

QDateTime WorkCalendar::endOfDay(const QDate &d)
{
    return QDateTime(d, QTime(kDayEndHour, 0), chinaTime());
}

QDateTime WorkCalendar::reviewDeadline(const QDateTime &arrived, Urgency urgency) const
{
    const QDate day = localDate(arrived);
    if (urgency != Urgency::Normal)
        return endOfDay(firstWorkingDayFrom(day));
    return endOfDay(firstWorkingDayAfter(day));
}

Urgency proposeUrgency(const QDate &today, const QDate &due, int remainingApprovals, bool needsConsultation)
{
    if (!due.isValid())
        return Urgency::Normal;
    const qint64 days = today.daysTo(due);
    if (days <= 3 || (days <= 7 && remainingApprovals >= kManyApprovalSteps))
        return Urgency::VeryUrgent;
    if (days <= 7 || (days <= 14 && needsConsultation))
        return Urgency::Urgent;
    return Urgency::Normal;
}

WorkCalendar WorkCalendar::around(int year, const QList<CalendarDay> &entered)
{
    QList<CalendarDay> days;
    for (int y = year - 1; y <= year + 1; ++y)
        days += defaultDays(y);
    days += entered; // the administrator's entries override the defaults
    return WorkCalendar(days);
}

} // namespace gw
