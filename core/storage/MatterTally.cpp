// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 督查 figures: matters counted by kind and lead unit over a period, one grouped read
// per measure.
#include "storage/MatterRepository.h"

#include "storage/Database.h"

#include <QMap>

namespace gw {

Result<QList<MatterTally>> MatterRepository::tally(const QDate &fromDay, const QDate &toDay, qint64 fromMs,
                                                   qint64 toMs, Clearance maxSecrecy, qint64 onlyLeaderId,
                                                   const QList<MatterKind> &kinds) const
{
    // The viewer's part, as in where(); tasks that were split count through their sub-tasks.
    QString seen = QStringLiteral(" m.secrecy_rank <= ? AND NOT EXISTS (SELECT 1 FROM matters c WHERE c.parent_id "
                                  "= m.id)");
    QVariantList seenBinds{static_cast<int>(maxSecrecy)};
    QStringList any;
    for (MatterKind k : kinds) {
        any.append(QStringLiteral("m.kind = ?"));
        seenBinds.append(matterKindCode(k));
    }
    if (onlyLeaderId > 0) {
        any.append(QStringLiteral("m.leader_id = ?"));
        seenBinds.append(onlyLeaderId);
    }
    if (!any.isEmpty())
        seen += QStringLiteral(" AND (%1)").arg(any.join(QStringLiteral(" OR ")));

    QMap<QPair<QString, qint64>, MatterTally> groups;
    auto group = [&](const QString &kind, qint64 unit) -> MatterTally & {
        auto it = groups.find({kind, unit});
        if (it == groups.end()) {
            MatterTally t;
            t.kind = matterKindFromCode(kind).value_or(MatterKind::Instruction);
            t.unitId = unit;
            it = groups.insert({kind, unit}, t);
        }
        return it.value();
    };
    auto read = [&](const QString &select, const QString &range, const QVariantList &rangeBinds,
                    const std::function<void(MatterTally &, const QSqlQuery &)> &take) -> Status {
        const QVariantList binds = rangeBinds + seenBinds;
        auto q = m_db.run(QStringLiteral("SELECT m.kind, m.lead_unit_id, %1 FROM matters m WHERE %2 AND%3 GROUP BY "
                                         "m.kind, m.lead_unit_id")
                              .arg(select, range, seen),
                          binds);
        if (!q)
            return q.error();
        while (q.value().next())
            take(group(q.value().value(0).toString(), q.value().value(1).toLongLong()), q.value());
        return {};
    };
    const QString from = fromDay.toString(Qt::ISODate);
    const QString to = toDay.toString(Qt::ISODate);
    // Due in the period, and of those closed by their day.
    if (auto st = read(QStringLiteral("COUNT(*), SUM(CASE WHEN m.state = 'closed' AND m.closed_on <= m.due_date THEN "
                                      "1 ELSE 0 END)"),
                       QStringLiteral("m.due_date >= ? AND m.due_date <= ? AND m.due_date <> ''"), {from, to},
                       [](MatterTally &t, const QSqlQuery &q) {
                           t.due = q.value(2).toInt();
                           t.dueClosedOnTime = q.value(3).toInt();
                       });
        !st)
        return st.error();
    // Received in the period, and of those answered, satisfied, solved.
    if (auto st = read(QStringLiteral("COUNT(*), SUM(CASE WHEN m.state = 'closed' THEN 1 ELSE 0 END), SUM(CASE WHEN "
                                      "m.state = 'closed' AND m.satisfaction IN ('satisfied', 'basically') THEN 1 "
                                      "ELSE 0 END), SUM(CASE WHEN m.state = 'closed' AND m.satisfaction <> '' THEN 1 "
                                      "ELSE 0 END), SUM(CASE WHEN m.state = 'closed' AND m.solved = 1 THEN 1 ELSE 0 "
                                      "END)"),
                       QStringLiteral("m.registered_at >= ? AND m.registered_at < ?"), {fromMs, toMs},
                       [](MatterTally &t, const QSqlQuery &q) {
                           t.received = q.value(2).toInt();
                           t.answered = q.value(3).toInt();
                           t.satisfied = q.value(4).toInt();
                           t.rated = q.value(5).toInt();
                           t.solved = q.value(6).toInt();
                       });
        !st)
        return st.error();
    // Closed in the period, and how long they took.
    if (auto st = read(QStringLiteral("COUNT(*), SUM(m.closed_at - m.registered_at)"),
                       QStringLiteral("m.closed_on >= ? AND m.closed_on <= ? AND m.closed_on <> ''"), {from, to},
                       [](MatterTally &t, const QSqlQuery &q) {
                           t.closed = q.value(2).toInt();
                           t.closeMsSum = q.value(3).toLongLong();
                       });
        !st)
        return st.error();
    // Extensions granted in the period (a matter extended twice counts twice), read from the history's
    // index on the action and time.
    {
        QVariantList binds{fromMs, toMs};
        binds += seenBinds;
        auto q = m_db.run(QStringLiteral("SELECT m.kind, m.lead_unit_id, COUNT(*) FROM matter_events e JOIN matters m ON "
                                         "m.id = e.matter_id WHERE e.action = 'extension_grant' AND e.at >= ? AND e.at "
                                         "< ? AND%1 GROUP BY m.kind, m.lead_unit_id")
                              .arg(seen),
                          binds);
        if (!q)
            return q.error();
        while (q.value().next())
            group(q.value().value(0).toString(), q.value().value(1).toLongLong()).extensions = q.value().value(2).toInt();
    }
    auto names = m_db.run(QStringLiteral("SELECT id, name FROM units"));
    if (!names)
        return names.error();
    QHash<qint64, QString> unitNames;
    while (names.value().next())
        unitNames.insert(names.value().value(0).toLongLong(), names.value().value(1).toString());
    QList<MatterTally> out;
    for (MatterTally t : groups) {
        t.unitName = unitNames.value(t.unitId);
        out.append(t);
    }
    return out;
}

} // namespace gw
