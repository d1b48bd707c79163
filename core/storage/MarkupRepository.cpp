// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — storage of review markup.
#include "storage/MarkupRepository.h"

#include "storage/Database.h"
#include "storage/RowConflict.h"

#include <QCoreApplication>

#include <QStringList>

namespace gw {
namespace {
const char kColumns[] =
    "id, draft_id, version_number, version_sha, page, kind, rects, quoted, category, comment, "
    "author_id, author_name, created_at, status, answer, answered_by, closed_by, version, updated_by, "
    "updated_at, step";

QString rectsText(const QList<QRectF> &rects)
{
    QStringList parts;
    for (const QRectF &r : rects)
        parts.append(QStringLiteral("%1 %2 %3 %4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height()));
    return parts.join(QLatin1Char(';'));
}

QList<QRectF> rectsFrom(const QString &text)
{
    QList<QRectF> out;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList n = part.split(QLatin1Char(' '));
        if (n.size() == 4)
            out.append(QRectF(n[0].toDouble(), n[1].toDouble(), n[2].toDouble(), n[3].toDouble()));
    }
    return out;
}

Markup markupFrom(const QSqlQuery &q)
{
    Markup m;
    m.id = q.value(0).toLongLong();
    m.draftId = q.value(1).toLongLong();
    m.versionNumber = q.value(2).toInt();
    m.versionSha256 = q.value(3).toString();
    m.page = q.value(4).toInt();
    m.kind = markupKindFromCode(q.value(5).toString()).value_or(MarkupKind::Note);
    m.rects = rectsFrom(q.value(6).toString());
    m.quotedText = q.value(7).toString();
    m.category = markupCategoryFromCode(q.value(8).toString()).value_or(MarkupCategory::Wording);
    m.comment = q.value(9).toString();
    m.authorId = q.value(10).toLongLong();
    m.authorName = q.value(11).toString();
    m.atMs = q.value(12).toLongLong();
    m.status = markupStatusFromCode(q.value(13).toString()).value_or(MarkupStatus::Open);
    m.answer = q.value(14).toString();
    m.answeredBy = q.value(15).toString();
    m.closedBy = q.value(16).toString();
    m.version = q.value(17).toLongLong();
    m.updatedBy = q.value(18).toString();
    m.updatedAtMs = q.value(19).toLongLong();
    m.step = q.value(20).toString();
    return m;
}
} // namespace

Result<qint64> MarkupRepository::insert(const Markup &m, qint64 nowMs) const
{
    auto q = m_db.run(
        QStringLiteral("INSERT INTO markups (draft_id, version_number, version_sha, page, kind, rects, "
                       "quoted, category, comment, author_id, author_name, created_at, status, answer, "
                       "answered_by, closed_by, version, updated_at, updated_by, step) VALUES (?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?) RETURNING id"),
        {m.draftId, m.versionNumber, m.versionSha256, m.page, markupKindCode(m.kind), rectsText(m.rects),
         m.quotedText, markupCategoryCode(m.category), m.comment, m.authorId, m.authorName, nowMs,
         markupStatusCode(m.status), m.answer, m.answeredBy, m.closedBy, nowMs, m.authorName, m.step});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::Storage, QStringLiteral("markups"));
    return q.value().value(0).toLongLong();
}

Result<std::optional<Markup>> MarkupRepository::find(qint64 id) const
{
    auto q =
        m_db.run(QStringLiteral("SELECT %1 FROM markups WHERE id = ?").arg(QLatin1String(kColumns)), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Markup>();
    return std::optional<Markup>(markupFrom(q.value()));
}

Result<QList<Markup>> MarkupRepository::forDraft(qint64 draftId) const
{
    auto q =
        m_db.run(QStringLiteral("SELECT %1 FROM markups WHERE draft_id = ? ORDER BY version_number, page, id")
                     .arg(QLatin1String(kColumns)),
                 {draftId});
    if (!q)
        return q.error();
    QList<Markup> out;
    while (q.value().next())
        out.append(markupFrom(q.value()));
    return out;
}

Result<qint64> MarkupRepository::updateState(const Markup &m, qint64 nowMs, const QString &by) const
{
    auto q = m_db.run(
        QStringLiteral("UPDATE markups SET status = ?, answer = ?, answered_by = ?, closed_by = ?, "
                       "version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"),
        {markupStatusCode(m.status), m.answer, m.answeredBy, m.closedBy, nowMs, by, m.id, m.version});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 1)
        return m.version + 1;
    auto now = m_db.run(QStringLiteral("SELECT updated_by, updated_at FROM markups WHERE id = ?"), {m.id});
    if (!now)
        return now.error();
    const QString what =
        QCoreApplication::translate("MarkupRepository", "The markup “%1”").arg(m.comment.left(20));
    if (!now.value().next())
        return rowMissing(what);
    return rowConflict(what, now.value().value(0).toString(), now.value().value(1).toLongLong());
}

} // namespace gw
