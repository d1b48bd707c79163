// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the figures of the 统计 page.
#include "storage/StatsRepository.h"

#include "storage/Database.h"

#include <QHash>
#include <QSqlQuery>

namespace gw {
namespace {

/// How one measure is read: the rows it counts, their time, the row key and the detail.
struct MeasureSql
{
    QString from;
    QString time;
    QString key;
    QString detail;
    QString where;
    bool distinctDrafts = false; ///< counts documents, not events
};

const char kReviewActions[] = "('pass', 'return', 'sign', 'close')";

MeasureSql sqlFor(LedgerMeasure m, LedgerRows rows)
{
    const QString routing = QStringLiteral("draft_routing x JOIN drafts d ON d.id = x.draft_id");
    const QString byDraft = rows == LedgerRows::Unit ? QStringLiteral("d.drafting_unit_id")
                                                     : QStringLiteral("d.created_by");
    const bool byReviewer = rows == LedgerRows::Reviewer;
    switch (m) {
    case LedgerMeasure::Markup:
        return {QStringLiteral("markups x JOIN drafts d ON d.id = x.draft_id"), QStringLiteral("x.created_at"),
                byReviewer ? QStringLiteral("x.author_id") : byDraft, QStringLiteral("x.category"), {}, false};
    case LedgerMeasure::Backflow:
        return {routing, QStringLiteral("x.at"), byReviewer ? QStringLiteral("x.actor_id") : byDraft,
                QStringLiteral("x.step"), QStringLiteral("x.backflow = 1 AND x.action = 'return'"), false};
    case LedgerMeasure::FirstReadFail:
        return {QStringLiteral("first_readings x JOIN drafts d ON d.id = x.draft_id"), QStringLiteral("x.at"),
                byReviewer ? QStringLiteral("x.reader_id") : byDraft, QStringLiteral("x.category"),
                QStringLiteral("x.result = 'fail'"), false};
    case LedgerMeasure::Finding:
        // Documents submitted while a genre or format finding stood overridden with a reason (saved
        // over it at creation or at an edit before the submission): the drafter's, never a reviewer's.
        return {routing, QStringLiteral("x.at"), byReviewer ? QStringLiteral("x.actor_id") : byDraft,
                QStringLiteral("''"),
                byReviewer ? QStringLiteral("1 = 0")
                           : QStringLiteral("x.action = 'submit' AND EXISTS (SELECT 1 FROM draft_routing o WHERE "
                                            "o.draft_id = x.draft_id AND o.seq < x.seq AND o.action IN ('create', "
                                            "'genre_override') AND o.opinion <> '')"),
                true};
    case LedgerMeasure::Handled:
        // Documents submitted for review; for a reviewer, the documents they acted on at a review step.
        return {routing, QStringLiteral("x.at"), byReviewer ? QStringLiteral("x.actor_id") : byDraft,
                QStringLiteral("''"),
                byReviewer ? QStringLiteral("x.action IN %1 AND x.step IN {reviewSteps}").arg(QLatin1String(kReviewActions))
                           : QStringLiteral("x.action = 'submit'"),
                true};
    }
    return {};
}

QString inList(const QStringList &values, QVariantList &binds)
{
    QStringList marks;
    for (const QString &v : values) {
        marks.append(QStringLiteral("?"));
        binds.append(v);
    }
    return QStringLiteral("(%1)").arg(marks.isEmpty() ? QStringLiteral("''") : marks.join(QLatin1Char(',')));
}

/// The conditions every measure shares, appended to `where` with their binds.
void restrict(const MeasureSql &s, LedgerRows rows, const StatsRange &r, QStringList &where, QVariantList &binds)
{
    if (!s.where.isEmpty()) {
        QString w = s.where;
        if (w.contains(QLatin1String("{reviewSteps}")))
            w.replace(QLatin1String("{reviewSteps}"), inList(r.reviewSteps, binds));
        where.append(w);
    }
    where.append(s.time + QStringLiteral(" >= ?"));
    binds.append(r.fromMs);
    where.append(s.time + QStringLiteral(" < ?"));
    binds.append(r.toMs);
    where.append(QStringLiteral("d.secrecy_rank <= ?"));
    binds.append(static_cast<int>(r.maxSecrecy));
    if (r.scope.unitId > 0) {
        where.append(QStringLiteral("d.drafting_unit_id = ?"));
        binds.append(r.scope.unitId);
    }
    if (r.scope.userId > 0) {
        where.append((rows == LedgerRows::Reviewer ? s.key : QStringLiteral("d.created_by")) +
                     QStringLiteral(" = ?"));
        binds.append(r.scope.userId);
    }
}

/// The drafts that had one of `steps` finished in `range`: the conditions on `x` (routing) and `d`.
QString reviewedWhere(const StatsRange &r, const QStringList &steps, QVariantList &binds)
{
    QString w = QStringLiteral("x.action IN %1 AND x.at >= ? AND x.at < ? AND d.secrecy_rank <= ?")
                    .arg(QLatin1String(kReviewActions));
    binds << r.fromMs << r.toMs << static_cast<int>(r.maxSecrecy);
    w += QStringLiteral(" AND x.step IN ") + inList(steps, binds);
    if (r.scope.userId > 0) {
        w += QStringLiteral(" AND x.actor_id = ?");
        binds.append(r.scope.userId);
    }
    if (r.scope.unitId > 0) {
        w += QStringLiteral(" AND d.drafting_unit_id = ?");
        binds.append(r.scope.unitId);
    }
    return w;
}

} // namespace

Result<QList<StatsCount>> StatsRepository::counts(LedgerMeasure measure, LedgerRows rows, const StatsRange &range,
                                                  GroupBy groupBy, const QList<qint64> &bounds) const
{
    const MeasureSql s = sqlFor(measure, rows);
    QStringList where;
    QVariantList binds;
    restrict(s, rows, range, where, binds);
    QString key = groupBy == GroupBy::Row ? s.key : QStringLiteral("0");
    if (groupBy == GroupBy::Bucket && !bounds.isEmpty()) {
        // The bounds are times the service computed, never text from a user: written in, so that the
        // same expression serves the select list and the grouping.
        key = QStringLiteral("CASE");
        for (int i = 0; i < bounds.size(); ++i)
            key += QStringLiteral(" WHEN %1 < %2 THEN %3").arg(s.time).arg(bounds.at(i)).arg(i);
        key += QStringLiteral(" ELSE %1 END").arg(bounds.size());
    }
    const bool byKey = key != QLatin1String("0");
    const QString detail = s.distinctDrafts ? QStringLiteral("''") : s.detail;
    const QString count = s.distinctDrafts ? QStringLiteral("COUNT(DISTINCT x.draft_id)") : QStringLiteral("COUNT(*)");
    // (PostgreSQL refuses a constant in GROUP BY: only the expressions are grouped on.)
    QStringList groups;
    if (byKey)
        groups.append(key);
    if (detail != QLatin1String("''"))
        groups.append(detail);
    const QString grouping =
        groups.isEmpty() ? QString() : QStringLiteral(" GROUP BY ") + groups.join(QStringLiteral(", "));
    auto q = m_db.run(QStringLiteral("SELECT %1, %2, %3 FROM %4 WHERE %5%6")
                          .arg(key, detail, count, s.from, where.join(QStringLiteral(" AND ")), grouping),
                      binds);
    if (!q)
        return q.error();
    QList<StatsCount> out;
    while (q.value().next())
        out.append(StatsCount{q.value().value(0).toLongLong(), q.value().value(1).toString(),
                              q.value().value(2).toInt()});
    return out;
}

Result<QList<qint64>> StatsRepository::draftsBehind(LedgerMeasure measure, LedgerRows rows,
                                                    const StatsRange &range, const QString &detail,
                                                    qint64 key) const
{
    const MeasureSql s = sqlFor(measure, rows);
    QStringList where;
    QVariantList binds;
    restrict(s, rows, range, where, binds);
    if (key > 0) {
        where.append(s.key + QStringLiteral(" = ?"));
        binds.append(key);
    }
    if (!detail.isEmpty() && !s.distinctDrafts) {
        where.append(s.detail + QStringLiteral(" = ?"));
        binds.append(detail);
    }
    auto q = m_db.run(QStringLiteral("SELECT DISTINCT x.draft_id FROM %1 WHERE %2 ORDER BY x.draft_id DESC")
                          .arg(s.from, where.join(QStringLiteral(" AND "))),
                      binds);
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q.value().next())
        out.append(q.value().value(0).toLongLong());
    return out;
}

Result<QList<QuotedMarkup>> StatsRepository::quotedMarkups(const StatsRange &range, const QString &category,
                                                           int limit) const
{
    const MeasureSql s = sqlFor(LedgerMeasure::Markup, LedgerRows::Unit);
    QStringList where;
    QVariantList binds;
    restrict(s, LedgerRows::Unit, range, where, binds);
    where.append(QStringLiteral("x.category = ? AND x.comment <> ''"));
    binds << category << limit;
    auto q = m_db.run(QStringLiteral("SELECT x.category, x.quoted, x.comment, x.author_name, COALESCE(u.name, ''), "
                                     "x.draft_id FROM %1 LEFT JOIN units u ON u.id = d.drafting_unit_id WHERE %2 "
                                     "ORDER BY x.created_at DESC, x.id DESC LIMIT ?")
                          .arg(s.from, where.join(QStringLiteral(" AND "))),
                      binds);
    if (!q)
        return q.error();
    QList<QuotedMarkup> out;
    while (q.value().next())
        out.append(QuotedMarkup{q.value().value(0).toString(), q.value().value(1).toString(),
                                q.value().value(2).toString(), q.value().value(3).toString(),
                                q.value().value(4).toString(), q.value().value(5).toLongLong()});
    return out;
}

Result<QList<StepAction>> StatsRepository::stepActions(const StatsRange &range, const QStringList &steps) const
{
    QVariantList binds;
    const QString where = reviewedWhere(range, steps, binds);
    // When the draft came to the step: the last line before this one that moved it there.
    auto q = m_db.run(
        QStringLiteral("SELECT x.draft_id, x.seq, x.step, x.action, x.actor_id, x.actor_name, x.at, "
                       "(SELECT MAX(p.at) FROM draft_routing p WHERE p.draft_id = x.draft_id AND p.seq < x.seq "
                       "AND p.to_step = x.step AND p.step <> x.step), d.variant, d.urgency "
                       "FROM draft_routing x JOIN drafts d ON d.id = x.draft_id WHERE %1 ORDER BY x.at, x.draft_id")
            .arg(where),
        binds);
    if (!q)
        return q.error();
    QList<StepAction> out;
    while (q.value().next()) {
        StepAction a;
        a.draftId = q.value().value(0).toLongLong();
        a.seq = q.value().value(1).toInt();
        a.step = q.value().value(2).toString();
        a.action = q.value().value(3).toString();
        a.actorId = q.value().value(4).toLongLong();
        a.actorName = q.value().value(5).toString();
        a.atMs = q.value().value(6).toLongLong();
        a.arrivedMs = q.value().value(7).toLongLong();
        a.variant = q.value().value(8).toString();
        a.urgency = urgencyFromCode(q.value().value(9).toString()).value_or(Urgency::Normal);
        out.append(a);
    }
    return out;
}

Result<QList<LaterFinding>> StatsRepository::findingsOnReviewed(const StatsRange &range,
                                                                const QStringList &steps) const
{
    QList<LaterFinding> out;
    const struct
    {
        LaterFinding::Kind kind;
        const char *select;
    } sources[] = {
        {LaterFinding::Markup, "SELECT m.draft_id, m.step, m.author_id, m.created_at, m.category FROM markups m "
                               "WHERE m.created_at >= ? AND m.draft_id IN (%1)"},
        {LaterFinding::Return, "SELECT m.draft_id, m.step, m.actor_id, m.at, '' FROM draft_routing m "
                               "WHERE m.backflow = 1 AND m.action = 'return' AND m.at >= ? AND m.draft_id IN (%1)"},
        {LaterFinding::FirstRead, "SELECT m.draft_id, 'first_reading', m.reader_id, m.at, m.category FROM "
                                  "first_readings m WHERE m.result = 'fail' AND m.at >= ? AND m.draft_id IN (%1)"},
    };
    for (const auto &src : sources) {
        QVariantList binds{range.fromMs};
        const QString reviewed =
            QStringLiteral("SELECT x.draft_id FROM draft_routing x JOIN drafts d ON d.id = x.draft_id WHERE ") +
            reviewedWhere(range, steps, binds);
        auto q = m_db.run(QString::fromLatin1(src.select).arg(reviewed), binds);
        if (!q)
            return q.error();
        while (q.value().next()) {
            LaterFinding f;
            f.kind = src.kind;
            f.draftId = q.value().value(0).toLongLong();
            f.step = q.value().value(1).toString();
            f.byId = q.value().value(2).toLongLong();
            f.atMs = q.value().value(3).toLongLong();
            f.category = q.value().value(4).toString();
            out.append(f);
        }
    }
    return out;
}

Result<QList<QPair<qint64, QString>>> StatsRepository::people() const
{
    auto q = m_db.run(QStringLiteral(
        "SELECT DISTINCT u.id, u.display_name FROM users u JOIN user_roles r ON r.user_id = u.id WHERE u.active = 1 "
        "AND r.role IN ('drafter', 'section_head', 'reviewer', 'deputy_director', 'legal', 'director') "
        "ORDER BY u.display_name, u.id"));
    if (!q)
        return q.error();
    QList<QPair<qint64, QString>> out;
    while (q.value().next())
        out.append({q.value().value(0).toLongLong(), q.value().value(1).toString()});
    return out;
}

Result<QHash<qint64, QString>> StatsRepository::names(LedgerRows rows) const
{
    auto q = m_db.run(rows == LedgerRows::Unit ? QStringLiteral("SELECT id, name FROM units")
                                               : QStringLiteral("SELECT id, display_name FROM users"));
    if (!q)
        return q.error();
    QHash<qint64, QString> out;
    while (q.value().next())
        out.insert(q.value().value(0).toLongLong(), q.value().value(1).toString());
    return out;
}

} // namespace gw
