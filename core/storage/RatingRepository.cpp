// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 文件评比's stored scoring schemes.
#include "storage/RatingRepository.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gw {
namespace {

const char kColumns[] = "id, number, weights, note, created_by, created_by_name, created_at, version";

std::optional<RatingScheme> read(const QSqlQuery &q)
{
    RatingScheme s;
    if (!RatingScheme::fromJson(q.value(2).toString(), s))
        return std::nullopt; // a row this program cannot read is not offered as a scheme
    s.id = q.value(0).toLongLong();
    s.number = q.value(1).toInt();
    s.note = q.value(3).toString();
    s.createdBy = q.value(4).toLongLong();
    s.createdByName = q.value(5).toString();
    s.createdAtMs = q.value(6).toLongLong();
    s.version = q.value(7).toLongLong();
    return s;
}

} // namespace

Result<QList<RatingScheme>> RatingRepository::schemes() const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM rating_schemes ORDER BY number DESC").arg(QLatin1String(kColumns)));
    if (!q)
        return q.error();
    QList<RatingScheme> out;
    while (q.value().next()) {
        if (auto s = read(q.value()))
            out.append(*s);
    }
    return out;
}

Result<std::optional<RatingScheme>> RatingRepository::scheme(int number) const
{
    auto q = number > 0 ? m_db.run(QStringLiteral("SELECT %1 FROM rating_schemes WHERE number = ?")
                                       .arg(QLatin1String(kColumns)),
                                   {number})
                        : m_db.run(QStringLiteral("SELECT %1 FROM rating_schemes ORDER BY number DESC LIMIT 1")
                                       .arg(QLatin1String(kColumns)));
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<RatingScheme>();
    return read(q.value());
}

Result<std::optional<RatingScheme>> RatingRepository::find(qint64 id) const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM rating_schemes WHERE id = ?").arg(QLatin1String(kColumns)),
                      {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<RatingScheme>();
    return read(q.value());
}

Result<int> RatingRepository::nextNumber() const
{
    auto q = m_db.run(QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM rating_schemes"));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toInt() : 1;
}

Result<qint64> RatingRepository::insert(const RatingScheme &s, qint64 nowMs) const
{
    auto q = m_db.run(QStringLiteral("INSERT INTO rating_schemes (number, weights, note, created_by, "
                                     "created_by_name, created_at, version) VALUES (?, ?, ?, ?, ?, ?, 1) "
                                     "RETURNING id"),
                      {s.number, s.toJson(), s.note, s.createdBy, s.createdByName, nowMs});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::Storage, QCoreApplication::translate("RatingRepository",
                                                                         "The new scoring scheme got no number."));
    return q.value().value(0).toLongLong();
}

Result<QList<LimitedRelease>> RatingRepository::dueIn(int year, Clearance maxSecrecy, qint64 unitId) const
{
    // Dates are stored as ISO text: the year's range compares as text on both engines.
    QString sql = QStringLiteral("SELECT id, drafting_unit_id, due_date, released_at FROM drafts WHERE due_date >= ? "
                                 "AND due_date <= ? AND state <> 'closed' AND secrecy_rank <= ?");
    QVariantList binds{QDate(year, 1, 1).toString(Qt::ISODate), QDate(year, 12, 31).toString(Qt::ISODate),
                       static_cast<int>(maxSecrecy)};
    if (unitId > 0) {
        sql += QStringLiteral(" AND drafting_unit_id = ?");
        binds.append(unitId);
    }
    auto q = m_db.run(sql, binds);
    if (!q)
        return q.error();
    QList<LimitedRelease> out;
    while (q.value().next()) {
        const QDate due = QDate::fromString(q.value().value(2).toString(), Qt::ISODate);
        if (due.isValid())
            out.append(LimitedRelease{q.value().value(0).toLongLong(), q.value().value(1).toLongLong(), due,
                                      q.value().value(3).toLongLong()});
    }
    return out;
}

} // namespace gw
