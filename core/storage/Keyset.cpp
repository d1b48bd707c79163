// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — paging by key and capped counts.
#include "storage/Keyset.h"

namespace gw::keyset {

QString page(const QStringList &columns, const std::optional<QPair<QVariantList, qint64>> &after, bool descending,
             int limit, QVariantList &binds)
{
    const QStringList key = columns + QStringList{QStringLiteral("id")};
    QString sql;
    if (after) {
        QStringList marks;
        for (const QVariant &v : after->first) {
            marks.append(QStringLiteral("?"));
            binds.append(v);
        }
        marks.append(QStringLiteral("?"));
        binds.append(after->second);
        sql += QStringLiteral(" AND (%1) %2 (%3)")
                   .arg(key.join(QStringLiteral(", ")), descending ? QStringLiteral("<") : QStringLiteral(">"),
                        marks.join(QStringLiteral(", ")));
    }
    const QLatin1String dir(descending ? " DESC" : " ASC");
    sql += QStringLiteral(" ORDER BY ") + key.join(dir + QStringLiteral(", ")) + dir + QStringLiteral(" LIMIT ?");
    binds.append(limit);
    return sql;
}

QString count(const QString &table, const QString &conditions, qint64 cap, QVariantList &binds)
{
    if (cap <= 0)
        return QStringLiteral("SELECT COUNT(*) FROM %1%2").arg(table, conditions);
    binds.append(cap + 1);
    return QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM %1%2 LIMIT ?) AS capped").arg(table, conditions);
}

} // namespace gw::keyset
