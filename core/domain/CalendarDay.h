// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — one exception to the plain working week.
#pragma once

#include <QDate>
#include <QString>

namespace gw {

/// A day that differs from the plain week: a holiday on a weekday, or a working weekend day.
struct CalendarDay
{
    QDate date;
    bool working = false; ///< true: a swapped working day (调休上班); false: a holiday
    QString name;
};

} // namespace gw
