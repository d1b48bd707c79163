// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — storage of drafts, their versions and routing slips.
#include "storage/DraftRepository.h"

#include "storage/Database.h"
#include "storage/RowConflict.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <functional>

namespace gw {
namespace {
const char kColumns[] =
    "id, title, genre, issuer, direction, drafting_unit_id, normative, main_recipients, cc_recipients, "
    "attachments, "
    "urgency, secrecy, secrecy_period, signer_id, replies_to, due_date, needs_consultation, variant, state, "
    "current_version, signed_version, signed_at, signed_by, written_date, doc_number, due_at, created_by, "
    "created_at, "
    "updated_at, version, updated_by, annotation, released_at";

const QChar kListSep(0x1E); // record separator: recipients may contain any printable character

QString joinList(const QStringList &l)
{
    return l.join(kListSep);
}
QStringList splitList(const QString &s)
{
    return s.isEmpty() ? QStringList() : s.split(kListSep);
}
QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

ChainVariant variantFrom(const QString &code)
{
    for (ChainVariant v : allChainVariants()) {
        if (chainVariantCode(v) == code)
            return v;
    }
    return ChainVariant::OfficeDrafted;
}

Draft draftFrom(const QSqlQuery &q)
{
    Draft d;
    DraftFields &f = d.fields;
    d.id = q.value(0).toLongLong();
    f.title = q.value(1).toString();
    f.genre = genreFromCode(q.value(2).toString()).value_or(Genre::Circular);
    f.issuer = issuerFromCode(q.value(3).toString()).value_or(Issuer::DistrictGovernment);
    f.direction = directionFromCode(q.value(4).toString()).value_or(Direction::Downward);
    f.draftingUnitId = q.value(5).toLongLong();
    f.normative = q.value(6).toInt() != 0;
    f.mainRecipients = splitList(q.value(7).toString());
    f.ccRecipients = splitList(q.value(8).toString());
    f.attachments = splitList(q.value(9).toString());
    f.urgency = urgencyFromCode(q.value(10).toString()).value_or(Urgency::Normal);
    f.secrecy = clearanceFromCode(q.value(11).toString()).value_or(Clearance::None);
    f.secrecyPeriod = q.value(12).toString();
    f.signerId = q.value(13).toLongLong();
    f.repliesTo = q.value(14).toString();
    f.dueDate = QDate::fromString(q.value(15).toString(), Qt::ISODate);
    f.needsConsultation = q.value(16).toInt() != 0;
    d.variant = variantFrom(q.value(17).toString());
    d.state = q.value(18).toString();
    d.currentVersion = q.value(19).toInt();
    d.signedVersion = q.value(20).toInt();
    d.signedAtMs = q.value(21).toLongLong();
    d.signedBy = q.value(22).toString();
    d.writtenDate = QDate::fromString(q.value(23).toString(), Qt::ISODate);
    d.docNumber = q.value(24).toString();
    d.dueAtMs = q.value(25).toLongLong();
    d.createdBy = q.value(26).toLongLong();
    d.createdAtMs = q.value(27).toLongLong();
    d.updatedAtMs = q.value(28).toLongLong();
    d.version = q.value(29).toLongLong();
    d.updatedBy = q.value(30).toString();
    f.annotation = q.value(31).toString();
    d.releasedAtMs = q.value(32).toLongLong();
    return d;
}

QVariantList fieldBinds(const Draft &d)
{
    const DraftFields &f = d.fields;
    return {f.title,
            genreCode(f.genre),
            issuerCode(f.issuer),
            directionCode(f.direction),
            idOrNull(f.draftingUnitId),
            f.normative ? 1 : 0,
            joinList(f.mainRecipients),
            joinList(f.ccRecipients),
            joinList(f.attachments),
            urgencyCode(f.urgency),
            clearanceCode(f.secrecy),
            static_cast<int>(f.secrecy),
            f.secrecyPeriod,
            idOrNull(f.signerId),
            f.repliesTo,
            f.dueDate.isValid() ? f.dueDate.toString(Qt::ISODate) : QString(),
            f.needsConsultation ? 1 : 0,
            chainVariantCode(d.variant),
            d.state,
            d.currentVersion,
            d.signedVersion,
            d.signedAtMs,
            d.signedBy,
            d.writtenDate.isValid() ? d.writtenDate.toString(Qt::ISODate) : QString(),
            d.docNumber,
            d.dueAtMs,
            f.annotation,
            d.releasedAtMs};
}

const char kFieldColumns[] =
    "title = ?, genre = ?, issuer = ?, direction = ?, drafting_unit_id = ?, normative = ?, "
    "main_recipients = ?, cc_recipients = ?, attachments = ?, urgency = ?, secrecy = ?, "
    "secrecy_rank = ?, secrecy_period = ?, signer_id = ?, replies_to = ?, due_date = ?, "
    "needs_consultation = ?, variant = ?, state = ?, current_version = ?, signed_version = ?, "
    "signed_at = ?, signed_by = ?, written_date = ?, doc_number = ?, due_at = ?, annotation = ?, "
    "released_at = ?";

QString draftWhat(const Draft &d)
{
    return QCoreApplication::translate("DraftRepository", "The draft “%1”").arg(d.fields.title);
}
} // namespace

Result<std::optional<Draft>> DraftRepository::find(qint64 id) const
{
    auto q =
        m_db.run(QStringLiteral("SELECT %1 FROM drafts WHERE id = ?").arg(QLatin1String(kColumns)), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Draft>();
    return std::optional<Draft>(draftFrom(q.value()));
}

Result<QList<Draft>> DraftRepository::list(const DraftFilter &f) const
{
    QString sql =
        QStringLiteral("SELECT %1 FROM drafts WHERE secrecy_rank <= ?").arg(QLatin1String(kColumns));
    QVariantList binds{static_cast<int>(f.maxSecrecy)};
    if (!f.states.isEmpty()) {
        QStringList marks;
        for (const QString &s : f.states) {
            marks.append(QStringLiteral("?"));
            binds.append(s);
        }
        sql += QStringLiteral(" AND state IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (f.urgency) {
        sql += QStringLiteral(" AND urgency = ?");
        binds.append(urgencyCode(*f.urgency));
    }
    if (f.draftingUnitId > 0) {
        sql += QStringLiteral(" AND drafting_unit_id = ?");
        binds.append(f.draftingUnitId);
    }
    if (f.year > 0) {
        const QTimeZone cst(8 * 3600);
        sql += QStringLiteral(" AND created_at >= ? AND created_at < ?");
        binds.append(QDateTime(QDate(f.year, 1, 1), QTime(0, 0), cst).toMSecsSinceEpoch());
        binds.append(QDateTime(QDate(f.year + 1, 1, 1), QTime(0, 0), cst).toMSecsSinceEpoch());
    }
    if (!f.titleText.trimmed().isEmpty()) {
        const QString like = Database::likeContaining(f.titleText.trimmed());
        sql += QStringLiteral(" AND ") + Database::likeAny({QStringLiteral("title"), QStringLiteral("doc_number")});
        binds << like << like;
    }
    if (f.overdueOnly) {
        sql += QStringLiteral(" AND due_at > 0 AND due_at < ? AND state NOT IN ('archived', 'closed')");
        binds.append(f.nowMs);
    }
    if (!f.ids.isEmpty()) {
        // One page of the ids asked for, below the last one shown: a short IN list however many there are.
        QList<qint64> ids = f.ids;
        std::sort(ids.begin(), ids.end(), std::greater<qint64>());
        auto from = f.beforeId > 0 ? std::upper_bound(ids.cbegin(), ids.cend(), f.beforeId, std::greater<qint64>())
                                   : ids.cbegin();
        QStringList marks;
        for (auto it = from; it != ids.cend() && marks.size() < f.limit; ++it) {
            marks.append(QStringLiteral("?"));
            binds.append(*it);
        }
        if (marks.isEmpty())
            return QList<Draft>();
        sql += QStringLiteral(" AND id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (f.beforeId > 0) {
        sql += QStringLiteral(" AND id < ?");
        binds.append(f.beforeId);
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    binds.append(f.limit);
    auto q = m_db.run(sql, binds);
    if (!q)
        return q.error();
    QList<Draft> out;
    while (q.value().next())
        out.append(draftFrom(q.value()));
    return out;
}

Result<qint64> DraftRepository::insert(const Draft &d, const QString &by) const
{
    QVariantList binds = fieldBinds(d);
    binds << d.createdBy << d.createdAtMs << d.createdAtMs << by;
    auto q = m_db.run(
        QStringLiteral("INSERT INTO drafts (title, genre, issuer, direction, drafting_unit_id, normative, "
                       "main_recipients, cc_recipients, attachments, urgency, secrecy, secrecy_rank, "
                       "secrecy_period, signer_id, replies_to, due_date, needs_consultation, variant, "
                       "state, current_version, signed_version, signed_at, signed_by, written_date, "
                       "doc_number, due_at, annotation, released_at, created_by, created_at, updated_at, "
                       "updated_by, version) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"),
        binds);
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::Storage,
                         QCoreApplication::translate("DraftRepository", "The new draft got no number."));
    return q.value().value(0).toLongLong();
}

Result<qint64> DraftRepository::update(const Draft &d, qint64 nowMs, const QString &by) const
{
    QVariantList binds = fieldBinds(d);
    binds << nowMs << by << d.id << d.version;
    auto q =
        m_db.run(QStringLiteral("UPDATE drafts SET %1, updated_at = ?, updated_by = ?, version = version + 1 "
                                "WHERE id = ? AND version = ?")
                     .arg(QLatin1String(kFieldColumns)),
                 binds);
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 1)
        return d.version + 1;
    auto now = m_db.run(QStringLiteral("SELECT updated_by, updated_at FROM drafts WHERE id = ?"), {d.id});
    if (!now)
        return now.error();
    if (!now.value().next())
        return rowMissing(draftWhat(d));
    return rowConflict(draftWhat(d), now.value().value(0).toString(), now.value().value(1).toLongLong());
}

Status DraftRepository::addVersion(const DraftVersion &v) const
{
    return m_db.exec(
        QStringLiteral("INSERT INTO draft_versions (draft_id, number, kind, body, pdf, sha256, author_id, "
                       "author_name, created_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {v.draftId, v.number, v.kind, v.text,
         v.pdf.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(v.pdf), v.sha256, v.authorId,
         v.authorName, v.atMs, v.note});
}

Result<QList<DraftVersion>> DraftRepository::versions(qint64 draftId) const
{
    auto q = m_db.run(
        QStringLiteral("SELECT draft_id, number, kind, body, sha256, author_id, author_name, created_at, "
                       "note, pdf IS NOT NULL FROM draft_versions WHERE draft_id = ? ORDER BY number"),
        {draftId});
    if (!q)
        return q.error();
    QList<DraftVersion> out;
    while (q.value().next()) {
        DraftVersion v;
        v.draftId = q.value().value(0).toLongLong();
        v.number = q.value().value(1).toInt();
        v.kind = q.value().value(2).toString();
        v.text = q.value().value(3).toString();
        v.sha256 = q.value().value(4).toString();
        v.authorId = q.value().value(5).toLongLong();
        v.authorName = q.value().value(6).toString();
        v.atMs = q.value().value(7).toLongLong();
        v.note = q.value().value(8).toString();
        out.append(v);
    }
    return out;
}

Result<std::optional<DraftVersion>> DraftRepository::version(qint64 draftId, int number) const
{
    auto q =
        m_db.run(QStringLiteral("SELECT kind, body, pdf, sha256, author_id, author_name, created_at, note "
                                "FROM draft_versions WHERE draft_id = ? AND number = ?"),
                 {draftId, number});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<DraftVersion>();
    DraftVersion v;
    v.draftId = draftId;
    v.number = number;
    v.kind = q.value().value(0).toString();
    v.text = q.value().value(1).toString();
    v.pdf = q.value().value(2).toByteArray();
    v.sha256 = q.value().value(3).toString();
    v.authorId = q.value().value(4).toLongLong();
    v.authorName = q.value().value(5).toString();
    v.atMs = q.value().value(6).toLongLong();
    v.note = q.value().value(7).toString();
    return std::optional<DraftVersion>(v);
}

Result<int> DraftRepository::nextRoutingSeq(qint64 draftId) const
{
    auto q = m_db.run(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM draft_routing WHERE draft_id = ?"),
                      {draftId});
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toInt() + 1;
}

Status DraftRepository::addRouting(const RoutingEntry &e) const
{
    return m_db.exec(
        QStringLiteral("INSERT INTO draft_routing (draft_id, seq, step, action, to_step, actor_id, "
                       "actor_name, at, opinion, body_version, backflow, backflow_unit_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.draftId, e.seq, e.step, e.action, e.toStep, e.actorId, e.actorName, e.atMs, e.opinion, e.version,
         e.backflow ? 1 : 0, e.backflowUnitId});
}

Result<QList<RoutingEntry>> DraftRepository::routing(qint64 draftId) const
{
    auto q = m_db.run(
        QStringLiteral("SELECT seq, step, action, to_step, actor_id, actor_name, at, opinion, "
                       "body_version, backflow, backflow_unit_id FROM draft_routing WHERE draft_id = ? "
                       "ORDER BY seq"),
        {draftId});
    if (!q)
        return q.error();
    QList<RoutingEntry> out;
    while (q.value().next()) {
        RoutingEntry e;
        e.draftId = draftId;
        e.seq = q.value().value(0).toInt();
        e.step = q.value().value(1).toString();
        e.action = q.value().value(2).toString();
        e.toStep = q.value().value(3).toString();
        e.actorId = q.value().value(4).toLongLong();
        e.actorName = q.value().value(5).toString();
        e.atMs = q.value().value(6).toLongLong();
        e.opinion = q.value().value(7).toString();
        e.version = q.value().value(8).toInt();
        e.backflow = q.value().value(9).toInt() != 0;
        e.backflowUnitId = q.value().value(10).toLongLong();
        out.append(e);
    }
    return out;
}

} // namespace gw
