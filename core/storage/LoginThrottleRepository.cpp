// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — storage of failed log-in counts.
#include "storage/LoginThrottleRepository.h"

#include "storage/Database.h"

namespace gw {

Result<LoginThrottleRepository::State> LoginThrottleRepository::get(const QString &username) const
{
    auto q = m_db.run(QStringLiteral("SELECT failures, locked_until FROM login_throttle WHERE username = ?"),
                      {username});
    if (!q)
        return q.error();
    State s;
    if (q.value().next()) {
        s.failures = q.value().value(0).toInt();
        s.lockedUntilMs = q.value().value(1).toLongLong();
    }
    return s;
}

Status LoginThrottleRepository::put(const QString &username, const State &s, qint64 nowMs) const
{
    return m_db.exec(
        QStringLiteral("INSERT INTO login_throttle (username, failures, last_failure_at, locked_until) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (username) DO UPDATE SET "
                       "failures = excluded.failures, last_failure_at = excluded.last_failure_at, "
                       "locked_until = excluded.locked_until"),
        {username, s.failures, nowMs, s.lockedUntilMs});
}

Result<QHash<QString, qint64>> LoginThrottleRepository::lockedAt(qint64 nowMs) const
{
    auto q = m_db.run(QStringLiteral("SELECT username, locked_until FROM login_throttle WHERE locked_until > ?"),
                      {nowMs});
    if (!q)
        return q.error();
    QHash<QString, qint64> out;
    while (q.value().next())
        out.insert(q.value().value(0).toString(), q.value().value(1).toLongLong());
    return out;
}

Status LoginThrottleRepository::clear(const QString &username) const
{
    return m_db.exec(QStringLiteral("DELETE FROM login_throttle WHERE username = ?"), {username});
}

} // namespace gw
