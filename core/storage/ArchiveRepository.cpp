// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — archived 件 in the database.
#include "storage/ArchiveRepository.h"

#include "storage/ArchiveRows.h"
#include "storage/Database.h"
#include "storage/RowConflict.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace gw {
namespace {
constexpr char kColumns[] =
    "id, source, source_id, fonds, category, year, retention, organ, item_no, title, responsible, doc_number, "
    "doc_date, secrecy, pages, remark, proposed, forwarded_id, archived_at, archived_by, updated_at, updated_by, "
    "version";

ArchiveItem itemFrom(const QSqlQuery &q)
{
    ArchiveItem a;
    a.id = q.value(0).toLongLong();
    a.source = archiveSourceFromCode(q.value(1).toString()).value_or(ArchiveSource::Outgoing);
    a.sourceId = q.value(2).toLongLong();
    a.code = archiverows::codeAt(q, 3);
    a.title = q.value(9).toString();
    a.responsible = q.value(10).toString();
    a.docNumber = q.value(11).toString();
    a.date = q.value(12).toString();
    a.secrecy = clearanceFromCode(q.value(13).toString()).value_or(Clearance::TopSecret);
    a.pages = q.value(14).toInt();
    a.remark = q.value(15).toString();
    a.proposed = retentionFromCode(q.value(16).toString()).value_or(Retention::Years10);
    a.forwardedId = q.value(17).toLongLong();
    a.archivedAtMs = q.value(18).toLongLong();
    a.archivedBy = q.value(19).toString();
    a.updatedAtMs = q.value(20).toLongLong();
    a.updatedBy = q.value(21).toString();
    a.version = q.value(22).toLongLong();
    return a;
}

using archiverows::text;

Result<qint64> insertId(const Database &db, const QString &sql, const QVariantList &binds)
{
    return archiverows::insertedId(db.run(sql + QStringLiteral(" RETURNING id"), binds));
}
} // namespace

Result<qint64> ArchiveRepository::insert(const ArchiveItem &a, qint64 nowMs, const QString &by) const
{
    return insertId(m_db,
        QStringLiteral("INSERT INTO archive_items (source, source_id, fonds, category, year, retention, organ, "
                       "item_no, title, responsible, doc_number, doc_date, secrecy, secrecy_rank, pages, remark, "
                       "proposed, forwarded_id, archived_at, archived_by, updated_at, updated_by, version) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"),
        {archiveSourceCode(a.source), a.sourceId, text(a.code.fonds), text(a.code.category), a.code.year,
         retentionCode(a.code.retention), text(a.code.organ), a.code.item, text(a.title), text(a.responsible),
         text(a.docNumber), text(a.date), clearanceCode(a.secrecy), int(a.secrecy), a.pages, text(a.remark),
         retentionCode(a.proposed), a.forwardedId, a.archivedAtMs, text(a.archivedBy), nowMs, text(by)});
}

Result<qint64> ArchiveRepository::update(const ArchiveItem &a, qint64 nowMs, const QString &by) const
{
    // What may change once archived: the 备注 and the page count (a corrected 页数); never the 档号.
    auto q = m_db.run(QStringLiteral("UPDATE archive_items SET remark = ?, pages = ?, version = version + 1, "
                                     "updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"),
                      {text(a.remark), a.pages, nowMs, text(by), a.id, a.version});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 1)
        return a.version + 1;
    return staleRow(m_db, "archive_items", a.id,
                    QCoreApplication::translate("ArchiveRepository", "The archived item %1").arg(a.code.toString()));
}

Result<std::optional<ArchiveItem>> ArchiveRepository::find(qint64 id) const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM archive_items WHERE id = ?").arg(QLatin1String(kColumns)), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<ArchiveItem>();
    ArchiveItem a = itemFrom(q.value());
    auto c = m_db.run(QStringLiteral("SELECT position, role, name, sha256, sm3, size, pages FROM archive_components "
                                     "WHERE item_id = ? ORDER BY position"),
                      {id});
    if (!c)
        return c.error();
    while (c.value().next()) {
        ArchiveComponent comp;
        comp.position = c.value().value(0).toInt();
        comp.role = componentRoleFromCode(c.value().value(1).toString()).value_or(ComponentRole::Attachment);
        comp.name = c.value().value(2).toString();
        comp.sha256 = c.value().value(3).toString();
        comp.sm3 = c.value().value(4).toString();
        comp.size = c.value().value(5).toLongLong();
        comp.pages = c.value().value(6).toInt();
        a.components << comp;
    }
    return std::optional<ArchiveItem>(a);
}

Result<std::optional<qint64>> ArchiveRepository::findBySource(ArchiveSource source, qint64 sourceId) const
{
    auto q = source == ArchiveSource::Incoming
                 ? m_db.run(QStringLiteral("SELECT id FROM archive_items WHERE (source = 'incoming' AND source_id = ?) "
                                           "OR (source = 'outgoing' AND forwarded_id = ?) ORDER BY id LIMIT 1"),
                            {sourceId, sourceId})
                 : m_db.run(QStringLiteral("SELECT id FROM archive_items WHERE source = 'outgoing' AND source_id = ?"),
                            {sourceId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value().value(0).toLongLong());
}

Result<QList<ArchiveItem>> ArchiveRepository::list(const ArchiveFilter &f) const
{
    QStringList where{QStringLiteral("secrecy_rank <= ?")};
    QVariantList binds{int(f.clearance)};
    if (f.year > 0) {
        where << QStringLiteral("year = ?");
        binds << f.year;
    }
    if (f.retention) {
        where << QStringLiteral("retention = ?");
        binds << retentionCode(*f.retention);
    }
    if (!f.text.trimmed().isEmpty()) {
        where << Database::likeAny({QStringLiteral("title"), QStringLiteral("doc_number")});
        const QString like = Database::likeContaining(f.text.trimmed());
        binds << like << like;
    }
    binds << f.limit;
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM archive_items WHERE %2 ORDER BY year DESC, retention, organ, "
                                     "item_no LIMIT ?")
                          .arg(QLatin1String(kColumns), where.join(QStringLiteral(" AND "))),
                      binds);
    if (!q)
        return q.error();
    QList<ArchiveItem> out;
    while (q.value().next())
        out << itemFrom(q.value());
    return out;
}

Result<QList<int>> ArchiveRepository::years(Clearance clearance) const
{
    auto q = m_db.run(QStringLiteral("SELECT DISTINCT year FROM archive_items WHERE secrecy_rank <= ? ORDER BY year DESC"),
                      {int(clearance)});
    if (!q)
        return q.error();
    QList<int> out;
    while (q.value().next())
        out << q.value().value(0).toInt();
    return out;
}

Status ArchiveRepository::addComponent(qint64 itemId, const ArchiveComponent &c, const QByteArray &bytes) const
{
    if (auto r = m_db.run(QStringLiteral("INSERT INTO archive_files (sha256, sm3, size, bytes) VALUES (?, ?, ?, ?) "
                                         "ON CONFLICT (sha256) DO NOTHING"),
                          {c.sha256, text(c.sm3), qint64(bytes.size()), bytes});
        !r)
        return r.error();
    auto r = m_db.run(QStringLiteral("INSERT INTO archive_components (item_id, position, role, name, sha256, sm3, size, "
                                     "pages) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {itemId, c.position, componentRoleCode(c.role), text(c.name), c.sha256, text(c.sm3), c.size,
                       c.pages});
    if (!r)
        return r.error();
    return {};
}

Result<std::optional<QByteArray>> ArchiveRepository::fileBytes(const QString &sha256) const
{
    auto q = m_db.run(QStringLiteral("SELECT bytes FROM archive_files WHERE sha256 = ?"), {sha256});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(q.value().value(0).toByteArray());
}

Result<QList<ArchiveCandidate>> ArchiveRepository::candidates(Clearance clearance, int limit) const
{
    QList<ArchiveCandidate> out;
    auto d = m_db.run(QStringLiteral("SELECT d.id, d.title, d.doc_number, d.genre, d.written_date, d.released_at, "
                                     "d.secrecy, d.normative FROM drafts d WHERE d.state = 'release' AND "
                                     "d.secrecy_rank <= ? AND NOT EXISTS (SELECT 1 FROM archive_items a WHERE "
                                     "a.source = 'outgoing' AND a.source_id = d.id) ORDER BY d.released_at, d.id "
                                     "LIMIT ?"),
                      {int(clearance), limit});
    if (!d)
        return d.error();
    while (d.value().next()) {
        const QSqlQuery &q = d.value();
        out << ArchiveCandidate{ArchiveSource::Outgoing, q.value(0).toLongLong(), q.value(1).toString(),
                                q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                                q.value(5).toLongLong(),
                                clearanceFromCode(q.value(6).toString()).value_or(Clearance::TopSecret),
                                q.value(7).toInt() != 0};
    }
    auto i = m_db.run(QStringLiteral("SELECT i.id, i.title, i.doc_number, i.genre, i.received_at, i.secrecy FROM "
                                     "incoming_items i WHERE i.state = 'done' AND i.secrecy_rank <= ? AND NOT EXISTS "
                                     "(SELECT 1 FROM archive_items a WHERE (a.source = 'incoming' AND a.source_id = "
                                     "i.id) OR (a.source = 'outgoing' AND a.forwarded_id = i.id)) ORDER BY "
                                     "i.received_at, i.id LIMIT ?"),
                      {int(clearance), limit});
    if (!i)
        return i.error();
    while (i.value().next()) {
        const QSqlQuery &q = i.value();
        out << ArchiveCandidate{ArchiveSource::Incoming, q.value(0).toLongLong(), q.value(1).toString(),
                                q.value(2).toString(), q.value(3).toString(), QString(), q.value(4).toLongLong(),
                                clearanceFromCode(q.value(5).toString()).value_or(Clearance::TopSecret), false};
    }
    return out;
}

Result<QList<QPair<QString, QList<int>>>> ArchiveRepository::sequences() const
{
    auto q = m_db.run(QStringLiteral("SELECT fonds, category, year, retention, organ, item_no FROM archive_items "
                                     "ORDER BY fonds, category, year, retention, organ, item_no"));
    if (!q)
        return q.error();
    QList<QPair<QString, QList<int>>> out;
    while (q.value().next()) {
        const ArchiveCode c = archiverows::codeAt(q.value(), 0);
        QString key = c.toString();
        key.chop(5); // "-0000"
        if (out.isEmpty() || out.last().first != key)
            out.append({key, {}});
        out.last().second << c.item;
    }
    return out;
}

Result<Clearance> ArchiveRepository::highestSecrecy() const
{
    int highest = 0;
    for (const char *table : {"drafts", "incoming_items", "matters", "archive_items"}) {
        auto q = m_db.run(QStringLiteral("SELECT MAX(secrecy_rank) FROM %1").arg(QLatin1String(table)));
        if (!q)
            return q.error();
        if (q.value().next())
            highest = std::max(highest, q.value().value(0).toInt());
    }
    return Clearance(std::clamp(highest, 0, 3));
}

Result<qint64> ArchiveRepository::lastBackup() const
{
    auto q = m_db.run(QStringLiteral("SELECT MAX(at) FROM backups"));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

Status ArchiveRepository::addBackup(qint64 atMs, const QString &file, qint64 size, const QString &sha256,
                                    const QString &by) const
{
    return m_db.exec(QStringLiteral("INSERT INTO backups (at, file, size, sha256, by_name) VALUES (?, ?, ?, ?, ?)"),
                     {atMs, text(file), size, text(sha256), text(by)});
}

Result<qint64> ArchiveRepository::addCheck(const ArchiveCheckRun &r) const
{
    return insertId(m_db, QStringLiteral("INSERT INTO archive_checks (at, by_name, reason, items, failures, "
                                                 "complete, report) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                  {r.atMs, text(r.byName), text(r.reason), r.items, r.failures, r.complete ? 1 : 0,
                                   QString::fromUtf8(r.report)});
}

Result<std::optional<ArchiveCheckRun>> ArchiveRepository::lastCheck() const
{
    auto q = m_db.run(QStringLiteral("SELECT id, at, by_name, reason, items, failures, report FROM archive_checks "
                                     "WHERE reason <> 'archiving' AND complete = 1 ORDER BY id DESC LIMIT 1"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<ArchiveCheckRun>();
    const QSqlQuery &r = q.value();
    return std::optional<ArchiveCheckRun>(ArchiveCheckRun{r.value(0).toLongLong(), r.value(1).toLongLong(),
                                                          r.value(2).toString(), r.value(3).toString(),
                                                          r.value(4).toInt(), r.value(5).toInt(), true,
                                                          r.value(6).toString().toUtf8()});
}

} // namespace gw
