// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — storage of the letters and calls from private persons.
#include "storage/LetterRepository.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace gw {
namespace {
const char kColumns[] = "id, person_name, contact, is_call, summary, received_at, route, note, created_by, "
                        "created_by_name, created_at, version";

CitizenLetter fromRow(const QSqlQuery &q)
{
    CitizenLetter l;
    l.id = q.value(0).toLongLong();
    l.personName = q.value(1).toString();
    l.contact = q.value(2).toString();
    l.call = q.value(3).toInt() != 0;
    l.summary = q.value(4).toString();
    l.receivedAtMs = q.value(5).toLongLong();
    l.route = letterRouteFromCode(q.value(6).toString()).value_or(LetterRoute::Petitions);
    l.note = q.value(7).toString();
    l.createdBy = q.value(8).toLongLong();
    l.createdByName = q.value(9).toString();
    l.createdAtMs = q.value(10).toLongLong();
    l.version = q.value(11).toLongLong();
    return l;
}
} // namespace

Result<qint64> LetterRepository::insert(const CitizenLetter &l, const QString &by, qint64 nowMs) const
{
    auto q =
        m_db.run(QStringLiteral("INSERT INTO citizen_letters (person_name, contact, is_call, summary, "
                                "received_at, route, note, created_by, created_by_name, created_at, version) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"),
                 {l.personName, l.contact, l.call ? 1 : 0, l.summary, l.receivedAtMs,
                  letterRouteCode(l.route), l.note, l.createdBy, by, nowMs});
    if (!q)
        return q.error();
    if (!q.value().next() || q.value().value(0).toLongLong() <= 0)
        return makeError(ErrorCode::Storage, QStringLiteral("citizen_letters"));
    return q.value().value(0).toLongLong();
}

Result<std::optional<CitizenLetter>> LetterRepository::find(qint64 id) const
{
    auto q = m_db.run(
        QStringLiteral("SELECT %1 FROM citizen_letters WHERE id = ?").arg(QLatin1String(kColumns)), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<CitizenLetter>();
    return std::optional<CitizenLetter>(fromRow(q.value()));
}

Result<QList<CitizenLetter>> LetterRepository::list(int limit, qint64 beforeId) const
{
    auto q = m_db.run(
        QStringLiteral("SELECT %1 FROM citizen_letters WHERE (? = 0 OR id < ?) ORDER BY id DESC LIMIT ?")
            .arg(QLatin1String(kColumns)),
        {beforeId, beforeId, limit});
    if (!q)
        return q.error();
    QList<CitizenLetter> out;
    while (q.value().next())
        out.append(fromRow(q.value()));
    return out;
}

} // namespace gw
