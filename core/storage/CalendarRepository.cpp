// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — storage of the work calendar's exceptions.
#include "storage/CalendarRepository.h"

#include "storage/Database.h"

namespace gw {

Result<QList<CalendarDay>> CalendarRepository::list() const
{
    auto q = m_db.run(QStringLiteral("SELECT day, working, name FROM calendar_days ORDER BY day"));
    if (!q)
        return q.error();
    QList<CalendarDay> out;
    while (q.value().next())
        out.append(CalendarDay{QDate::fromString(q.value().value(0).toString(), Qt::ISODate),
                               q.value().value(1).toInt() != 0, q.value().value(2).toString()});
    return out;
}

Status CalendarRepository::put(const CalendarDay &day, qint64 nowMs, const QString &by) const
{
    return m_db.exec(
        QStringLiteral("INSERT INTO calendar_days (day, working, name, version, updated_at, updated_by) "
                       "VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (day) DO UPDATE SET working = "
                       "excluded.working, name = excluded.name, version = calendar_days.version + 1, "
                       "updated_at = excluded.updated_at, updated_by = excluded.updated_by"),
        {day.date.toString(Qt::ISODate), day.working ? 1 : 0, day.name, nowMs, by});
}

} // namespace gw
