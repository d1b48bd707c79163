// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the flow figures' reads.
#include "storage/FlowRepository.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace gw {
namespace {

const char kFinishedStates[] = "('handled', 'done')";

/// The columns a table may be grouped on: never text from a user.
QString column(const QString &name)
{
    static const QStringList allowed{QStringLiteral("genre"), QStringLiteral("variant"), QStringLiteral("state"),
                                     QStringLiteral("created_at"), QStringLiteral("released_at"),
                                     QStringLiteral("sender_unit_id"), QStringLiteral("triage_rule")};
    Q_ASSERT(allowed.contains(name));
    return allowed.contains(name) ? name : QStringLiteral("id");
}

/// The outgoing documents of the range's clearance and scope (`d`), their `time` inside the range.
QString draftWhere(const StatsRange &r, const QString &time, QVariantList &binds)
{
    QString w = QStringLiteral("d.secrecy_rank <= ?");
    binds.append(static_cast<int>(r.maxSecrecy));
    if (!time.isEmpty()) {
        w += QStringLiteral(" AND d.%1 >= ? AND d.%1 < ?").arg(column(time));
        binds << r.fromMs << r.toMs;
    }
    if (r.scope.unitId > 0) {
        w += QStringLiteral(" AND d.drafting_unit_id = ?");
        binds.append(r.scope.unitId);
    }
    if (r.scope.userId > 0) {
        w += QStringLiteral(" AND d.created_by = ?");
        binds.append(r.scope.userId);
    }
    return w;
}

Result<QList<FlowGroup>> groups(const Database &db, const QString &sql, const QVariantList &binds, int keys)
{
    auto q = db.run(sql, binds);
    if (!q)
        return q.error();
    QList<FlowGroup> out;
    while (q.value().next()) {
        FlowGroup g;
        for (int i = 0; i < keys; ++i)
            g.keys.append(q.value().value(i).toString());
        g.count = q.value().value(keys).toInt();
        out.append(g);
    }
    return out;
}

Result<QList<qint64>> ids(const Database &db, const QString &sql, const QVariantList &binds)
{
    auto q = db.run(sql, binds);
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q.value().next())
        out.append(q.value().value(0).toLongLong());
    return out;
}

} // namespace

Result<QList<FlowGroup>> FlowRepository::drafts(const StatsRange &r, const QString &group, const QString &time) const
{
    QVariantList binds;
    const QString where = draftWhere(r, time, binds);
    return groups(m_db,
                  QStringLiteral("SELECT d.%1, COUNT(*) FROM drafts d WHERE %2 GROUP BY d.%1").arg(column(group), where),
                  binds, 1);
}

Result<QList<qint64>> FlowRepository::draftIds(const StatsRange &r, const QString &group, const QString &detail,
                                               const QString &time) const
{
    QVariantList binds;
    QString where = draftWhere(r, time, binds);
    if (!group.isEmpty()) {
        where += QStringLiteral(" AND d.%1 = ?").arg(column(group));
        binds.append(detail);
    }
    return ids(m_db, QStringLiteral("SELECT d.id FROM drafts d WHERE %1 ORDER BY d.id DESC").arg(where), binds);
}

Result<QList<FlowSpan>> FlowRepository::releases(const StatsRange &r) const
{
    QVariantList binds;
    const QString where = draftWhere(r, QStringLiteral("released_at"), binds);
    auto q = m_db.run(
        QStringLiteral("SELECT d.id, d.variant, d.created_at, d.released_at FROM drafts d WHERE %1").arg(where), binds);
    if (!q)
        return q.error();
    QList<FlowSpan> out;
    while (q.value().next())
        out.append(FlowSpan{q.value().value(0).toLongLong(), q.value().value(1).toString(),
                            q.value().value(2).toLongLong(), q.value().value(3).toLongLong(), 0});
    return out;
}

Result<QList<FlowGroup>> FlowRepository::overdue(const StatsRange &r, qint64 nowMs) const
{
    QVariantList binds;
    QString where = draftWhere(r, {}, binds);
    where += QStringLiteral(" AND d.due_at > 0 AND d.due_at < ?");
    binds.append(nowMs);
    return groups(m_db, QStringLiteral("SELECT d.state, COUNT(*) FROM drafts d WHERE %1 GROUP BY d.state").arg(where),
                  binds, 1);
}

Result<QList<qint64>> FlowRepository::overdueIds(const StatsRange &r, qint64 nowMs, const QString &state) const
{
    QVariantList binds;
    QString where = draftWhere(r, {}, binds);
    where += QStringLiteral(" AND d.due_at > 0 AND d.due_at < ? AND d.state = ?");
    binds << nowMs << state;
    return ids(m_db, QStringLiteral("SELECT d.id FROM drafts d WHERE %1 ORDER BY d.id DESC").arg(where), binds);
}

Result<QPair<int, int>> FlowRepository::copies(const StatsRange &r) const
{
    QVariantList binds;
    QString where = draftWhere(r, {}, binds);
    where += QStringLiteral(" AND j.printed_at >= ? AND j.printed_at < ?");
    binds << r.fromMs << r.toMs;
    auto q = m_db.run(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(c.reprint), 0) FROM print_copies c JOIN print_jobs j "
                                     "ON j.id = c.job_id JOIN drafts d ON d.id = c.draft_id WHERE %1")
                          .arg(where),
                      binds);
    if (!q)
        return q.error();
    if (!q.value().next())
        return QPair<int, int>(0, 0);
    return QPair<int, int>(q.value().value(0).toInt(), q.value().value(1).toInt());
}

Result<QList<qint64>> FlowRepository::printedIds(const StatsRange &r, bool reprintsOnly) const
{
    QVariantList binds;
    QString where = draftWhere(r, {}, binds);
    where += QStringLiteral(" AND j.printed_at >= ? AND j.printed_at < ?");
    binds << r.fromMs << r.toMs;
    if (reprintsOnly)
        where += QStringLiteral(" AND c.reprint = 1");
    return ids(m_db,
               QStringLiteral("SELECT DISTINCT c.draft_id FROM print_copies c JOIN print_jobs j ON j.id = c.job_id JOIN "
                              "drafts d ON d.id = c.draft_id WHERE %1 ORDER BY c.draft_id DESC")
                   .arg(where),
               binds);
}

Result<QList<FlowGroup>> FlowRepository::readings(const StatsRange &r) const
{
    QVariantList binds;
    QString where = draftWhere(r, {}, binds);
    where += QStringLiteral(" AND x.at >= ? AND x.at < ?");
    binds << r.fromMs << r.toMs;
    return groups(m_db,
                  QStringLiteral("SELECT x.result, COUNT(*) FROM first_readings x JOIN drafts d ON d.id = x.draft_id "
                                 "WHERE %1 GROUP BY x.result")
                      .arg(where),
                  binds, 1);
}

Result<QList<qint64>> FlowRepository::readIds(const StatsRange &r, const QString &result) const
{
    QVariantList binds;
    QString where = draftWhere(r, {}, binds);
    where += QStringLiteral(" AND x.at >= ? AND x.at < ? AND x.result = ?");
    binds << r.fromMs << r.toMs << result;
    return ids(m_db,
               QStringLiteral("SELECT DISTINCT x.draft_id FROM first_readings x JOIN drafts d ON d.id = x.draft_id "
                              "WHERE %1 ORDER BY x.draft_id DESC")
                   .arg(where),
               binds);
}

Result<QList<FlowGroup>> FlowRepository::incoming(const StatsRange &r, const QStringList &columns,
                                                  const QList<qint64> &bounds) const
{
    QStringList keys;
    for (const QString &c : columns) {
        if (c == QLatin1String("month")) {
            // The bounds are times the service computed, never text from a user.
            QString k = QStringLiteral("CASE");
            for (int i = 0; i < bounds.size(); ++i)
                k += QStringLiteral(" WHEN received_at < %1 THEN %2").arg(bounds.at(i)).arg(i);
            keys.append(bounds.isEmpty() ? QStringLiteral("0") : k + QStringLiteral(" ELSE %1 END").arg(bounds.size()));
        } else {
            keys.append(column(c));
        }
    }
    QStringList grouped;
    for (const QString &k : keys) {
        if (k != QLatin1String("0"))
            grouped.append(k);
    }
    return groups(m_db,
                  QStringLiteral("SELECT %1, COUNT(*) FROM incoming_items WHERE received_at >= ? AND received_at < ? AND "
                                 "secrecy_rank <= ?%2")
                      .arg(keys.join(QStringLiteral(", ")),
                           grouped.isEmpty() ? QString() : QStringLiteral(" GROUP BY ") + grouped.join(QStringLiteral(", "))),
                  {r.fromMs, r.toMs, static_cast<int>(r.maxSecrecy)}, int(keys.size()));
}

Result<QList<FlowSpan>> FlowRepository::circulation(const StatsRange &r) const
{
    auto q = m_db.run(QStringLiteral("SELECT i.id, i.received_at, (SELECT MAX(e.at) FROM incoming_events e WHERE "
                                     "e.item_id = i.id), i.due_at FROM incoming_items i WHERE i.received_at >= ? AND "
                                     "i.received_at < ? AND i.secrecy_rank <= ? AND i.state IN %1")
                          .arg(QLatin1String(kFinishedStates)),
                      {r.fromMs, r.toMs, static_cast<int>(r.maxSecrecy)});
    if (!q)
        return q.error();
    QList<FlowSpan> out;
    while (q.value().next())
        out.append(FlowSpan{q.value().value(0).toLongLong(), QString(), q.value().value(1).toLongLong(),
                            q.value().value(2).toLongLong(), q.value().value(3).toLongLong()});
    return out;
}

} // namespace gw
