// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — storage of the work calendar's exceptions.
#pragma once

#include "Result.h"
#include "domain/CalendarDay.h"

#include <QList>

namespace gw {

class Database;

class CalendarRepository final
{
public:
    explicit CalendarRepository(const Database &db) : m_db(db) {}
    Result<QList<CalendarDay>> list() const;
    Status put(const CalendarDay &day, qint64 nowMs, const QString &by) const;

private:
    const Database &m_db;
};

} // namespace gw
