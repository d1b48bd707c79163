// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — storage of incoming documents (收文).
#include "storage/IncomingRepository.h"

#include "storage/Database.h"
#include "storage/Keyset.h"
#include "storage/RowConflict.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <functional>

namespace gw {
namespace {
const char kColumns[] =
    "id, sender_unit_id, doc_number, title, genre, urgency, secrecy, secrecy_period, copies, "
    "copy_numbers, received_at, due_at, addressee, state, holder, holder_since, triage_rule, "
    "triage_reason, transfer_to, reply, created_by, updated_at, updated_by, version, proposal, instruction, "
    "receipt_year, receipt_seq, (SELECT name FROM units WHERE units.id = incoming_items.sender_unit_id)";

/// The sort key's columns, most significant first; id always follows them.
/// Each sort: the columns it orders by (then id) and the same key read from a row, in one place so
/// that the ORDER BY and the keyset condition cannot disagree.
struct SortKey
{
    IncomingSort sort;
    QStringList columns;
    std::function<QVariantList(const IncomingItem &)> of;
};

const QList<SortKey> &sortKeys()
{
    static const QList<SortKey> keys = {
        {IncomingSort::Received,
         {QStringLiteral("received_at")},
         [](const IncomingItem &i) { return QVariantList{i.receivedAtMs}; }},
        // The urgency codes sort normal < urgent < very_urgent.
        {IncomingSort::Urgency,
         {QStringLiteral("urgency"), QStringLiteral("received_at")},
         [](const IncomingItem &i) {
             return QVariantList{urgencyCode(i.urgency), i.receivedAtMs};
         }},
        {IncomingSort::Sender,
         {QStringLiteral("(SELECT name FROM units WHERE units.id = incoming_items.sender_unit_id)")},
         [](const IncomingItem &i) { return QVariantList{i.senderName}; }},
        {IncomingSort::Number,
         {QStringLiteral("doc_number")},
         [](const IncomingItem &i) { return QVariantList{i.docNumber}; }},
        {IncomingSort::Receipt,
         {QStringLiteral("receipt_year"), QStringLiteral("receipt_seq")},
         [](const IncomingItem &i) {
             return QVariantList{i.receiptYear, i.receiptSeq};
         }},
        {IncomingSort::Secrecy,
         {QStringLiteral("secrecy_rank"), QStringLiteral("received_at")},
         [](const IncomingItem &i) {
             return QVariantList{static_cast<int>(i.secrecy), i.receivedAtMs};
         }},
        {IncomingSort::Title,
         {QStringLiteral("title")},
         [](const IncomingItem &i) { return QVariantList{i.title}; }},
        {IncomingSort::State,
         {QStringLiteral("state"), QStringLiteral("received_at")},
         [](const IncomingItem &i) {
             return QVariantList{i.state, i.receivedAtMs};
         }},
        {IncomingSort::Holder,
         {QStringLiteral("holder"), QStringLiteral("received_at")},
         [](const IncomingItem &i) {
             return QVariantList{i.holder, i.receivedAtMs};
         }},
        {IncomingSort::Due,
         {QStringLiteral("due_at")},
         [](const IncomingItem &i) { return QVariantList{i.dueAtMs}; }},
    };
    return keys;
}

const SortKey &sortKey(IncomingSort s)
{
    for (const SortKey &k : sortKeys()) {
        if (k.sort == s)
            return k;
    }
    return sortKeys().first();
}

IncomingItem itemFrom(const QSqlQuery &q)
{
    IncomingItem i;
    i.id = q.value(0).toLongLong();
    i.senderUnitId = q.value(1).toLongLong();
    i.docNumber = q.value(2).toString();
    i.title = q.value(3).toString();
    i.genre = genreFromCode(q.value(4).toString()).value_or(Genre::Circular);
    i.urgency = urgencyFromCode(q.value(5).toString()).value_or(Urgency::Normal);
    i.secrecy = clearanceFromCode(q.value(6).toString()).value_or(Clearance::None);
    i.secrecyPeriod = q.value(7).toString();
    i.copies = q.value(8).toInt();
    i.copyNumbers = q.value(9).toString();
    i.receivedAtMs = q.value(10).toLongLong();
    i.dueAtMs = q.value(11).toLongLong();
    i.addressee = addresseeFromCode(q.value(12).toString()).value_or(Addressee::DistrictGovernment);
    i.state = q.value(13).toString();
    i.holder = q.value(14).toString();
    i.holderSinceMs = q.value(15).toLongLong();
    i.triageRule = q.value(16).toString();
    i.triageReason = q.value(17).toString();
    i.transferTo = q.value(18).toLongLong();
    i.reply = q.value(19).toString();
    i.createdBy = q.value(20).toLongLong();
    i.updatedAtMs = q.value(21).toLongLong();
    i.updatedBy = q.value(22).toString();
    i.version = q.value(23).toLongLong();
    i.proposal = q.value(24).toString();
    i.instruction = q.value(25).toString();
    i.receiptYear = q.value(26).toInt();
    i.receiptSeq = q.value(27).toInt();
    i.senderName = q.value(28).toString();
    return i;
}
} // namespace

QVariantList IncomingRepository::keyOf(IncomingSort sort, const IncomingItem &row)
{
    return sortKey(sort).of(row);
}

QString IncomingRepository::where(const IncomingFilter &f, QVariantList &binds) const
{
    QString sql = QStringLiteral(" WHERE secrecy_rank <= ?");
    binds.append(static_cast<int>(f.maxSecrecy));
    if (!f.states.isEmpty()) {
        QStringList marks;
        for (const QString &s : f.states) {
            marks.append(QStringLiteral("?"));
            binds.append(s);
        }
        sql += QStringLiteral(" AND state IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (f.senderUnitId > 0) {
        sql += QStringLiteral(" AND sender_unit_id = ?");
        binds.append(f.senderUnitId);
    }
    if (!f.holder.isEmpty()) {
        sql += QStringLiteral(" AND holder = ?");
        binds.append(f.holder);
    }
    if (f.heldByUserId > 0) {
        sql += QStringLiteral(
            " AND id IN (SELECT item_id FROM incoming_routing WHERE user_id = ? AND state = 'holding')");
        binds.append(f.heldByUserId);
    }
    if (f.urgency) {
        sql += QStringLiteral(" AND urgency = ?");
        binds.append(urgencyCode(*f.urgency));
    }
    if (f.year > 0) {
        const QTimeZone cst(8 * 3600);
        sql += QStringLiteral(" AND received_at >= ? AND received_at < ?");
        binds.append(QDateTime(QDate(f.year, 1, 1), QTime(0, 0), cst).toMSecsSinceEpoch());
        binds.append(QDateTime(QDate(f.year + 1, 1, 1), QTime(0, 0), cst).toMSecsSinceEpoch());
    }
    if (f.receivedFromMs > 0) {
        sql += QStringLiteral(" AND received_at >= ?");
        binds.append(f.receivedFromMs);
    }
    if (f.receivedToMs > 0) {
        sql += QStringLiteral(" AND received_at < ?");
        binds.append(f.receivedToMs);
    }
    if (!f.genre.isEmpty()) {
        sql += QStringLiteral(" AND genre = ?");
        binds.append(f.genre);
    }
    if (!f.triageRule.isEmpty()) {
        sql += QStringLiteral(" AND triage_rule = ?");
        binds.append(f.triageRule);
    }
    if (!f.text.trimmed().isEmpty()) {
        const QString like = Database::likeContaining(f.text.trimmed());
        sql += QStringLiteral(" AND ") + Database::likeAny({QStringLiteral("title"), QStringLiteral("doc_number")});
        binds << like << like;
    }
    if (f.overdueOnly) {
        sql += QStringLiteral(
            " AND due_at > 0 AND due_at < ? AND state IN ('registered', 'accepted', 'proposed', "
            "'instructed', 'circulating', 'handled')");
        binds.append(f.nowMs);
    }
    return sql;
}

Result<QList<IncomingItem>> IncomingRepository::list(const IncomingFilter &f) const
{
    QVariantList binds;
    QString sql =
        QStringLiteral("SELECT %1 FROM incoming_items").arg(QLatin1String(kColumns)) + where(f, binds);
    std::optional<QPair<QVariantList, qint64>> after;
    if (f.after)
        after = qMakePair(sortKey(f.sortBy).of(*f.after), f.after->id);
    sql += keyset::page(sortKey(f.sortBy).columns, after, f.descending, f.limit, binds);
    auto q = m_db.run(sql, binds);
    if (!q)
        return q.error();
    QList<IncomingItem> out;
    while (q.value().next())
        out.append(itemFrom(q.value()));
    return out;
}

Result<qint64> IncomingRepository::count(const IncomingFilter &f, qint64 cap) const
{
    QVariantList binds;
    const QString conditions = where(f, binds);
    const QString sql = keyset::count(QStringLiteral("incoming_items"), conditions, cap, binds);
    auto q = m_db.run(sql, binds);
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toLongLong();
}

Result<std::optional<IncomingItem>> IncomingRepository::find(qint64 id) const
{
    auto q = m_db.run(
        QStringLiteral("SELECT %1 FROM incoming_items WHERE id = ?").arg(QLatin1String(kColumns)), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<IncomingItem>();
    return std::optional<IncomingItem>(itemFrom(q.value()));
}

Result<std::optional<IncomingItem>> IncomingRepository::findBySenderAndNumber(qint64 senderUnitId,
                                                                              const QString &docNumber) const
{
    std::optional<IncomingItem> found;
    auto st = m_db.runCached(
        QStringLiteral("SELECT %1 FROM incoming_items WHERE sender_unit_id = ? AND doc_number = ?")
            .arg(QLatin1String(kColumns)),
        {senderUnitId, docNumber}, [&found](QSqlQuery &q) -> Status {
            if (q.next())
                found = itemFrom(q);
            return {};
        });
    if (!st)
        return st.error();
    return found;
}

namespace {
const char kInsert[] =
    "INSERT INTO incoming_items (sender_unit_id, doc_number, title, genre, urgency, secrecy, "
    "secrecy_rank, secrecy_period, copies, copy_numbers, received_at, due_at, addressee, state, "
    "holder, holder_since, triage_rule, triage_reason, transfer_to, reply, created_by, created_at, "
    "updated_at, updated_by, version, receipt_year, receipt_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)";

QVariantList insertBinds(const IncomingItem &i, const QString &by, qint64 nowMs)
{
    return {i.senderUnitId,
            i.docNumber,
            i.title,
            genreCode(i.genre),
            urgencyCode(i.urgency),
            clearanceCode(i.secrecy),
            static_cast<int>(i.secrecy),
            i.secrecyPeriod,
            i.copies,
            i.copyNumbers,
            i.receivedAtMs,
            i.dueAtMs,
            addresseeCode(i.addressee),
            i.state,
            i.holder,
            i.holderSinceMs,
            i.triageRule,
            i.triageReason,
            i.transferTo,
            i.reply,
            i.createdBy,
            nowMs,
            nowMs,
            by,
            i.receiptYear,
            i.receiptSeq};
}
} // namespace

Result<qint64> IncomingRepository::insert(const IncomingItem &i, const QString &by, qint64 nowMs) const
{
    qint64 id = 0;
    auto st = m_db.runCached(QLatin1String(kInsert) + QStringLiteral(" RETURNING id"), insertBinds(i, by, nowMs),
                             [&id](QSqlQuery &q) -> Status {
                                 if (q.next())
                                     id = q.value(0).toLongLong();
                                 return {};
                             });
    if (!st)
        return st.error();
    if (id <= 0)
        return makeError(ErrorCode::Storage, QStringLiteral("incoming_items"));
    return id;
}

Result<qint64> IncomingRepository::update(const IncomingItem &i, qint64 nowMs, const QString &by) const
{
    auto q = m_db.run(
        QStringLiteral("UPDATE incoming_items SET state = ?, holder = ?, holder_since = ?, "
                       "triage_rule = ?, triage_reason = ?, transfer_to = ?, reply = ?, due_at = ?, "
                       "urgency = ?, proposal = ?, instruction = ?, version = version + 1, updated_at = ?, "
                       "updated_by = ? WHERE id = ? AND version = ?"),
        {i.state, i.holder, i.holderSinceMs, i.triageRule, i.triageReason, i.transferTo, i.reply, i.dueAtMs,
         urgencyCode(i.urgency), i.proposal, i.instruction, nowMs, by, i.id, i.version});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 1)
        return i.version + 1;
    const QString what =
        QCoreApplication::translate("IncomingRepository", "The incoming document “%1”").arg(i.title);
    auto now =
        m_db.run(QStringLiteral("SELECT updated_by, updated_at FROM incoming_items WHERE id = ?"), {i.id});
    if (!now)
        return now.error();
    if (!now.value().next())
        return rowMissing(what);
    return rowConflict(what, now.value().value(0).toString(), now.value().value(1).toLongLong());
}

Status IncomingRepository::addAttachment(qint64 itemId, const IncomingAttachment &a) const
{
    return m_db.exec(QStringLiteral("INSERT INTO incoming_attachments (item_id, name, sha256, size, bytes) "
                                    "VALUES (?, ?, ?, ?, ?)"),
                     {itemId, a.name, a.sha256, qint64(a.bytes.size()), a.bytes});
}

Result<QList<IncomingAttachment>> IncomingRepository::attachments(qint64 itemId) const
{
    auto q =
        m_db.run(QStringLiteral("SELECT id, name, sha256, size FROM incoming_attachments WHERE item_id = ? "
                                "ORDER BY id"),
                 {itemId});
    if (!q)
        return q.error();
    QList<IncomingAttachment> out;
    while (q.value().next())
        out.append(IncomingAttachment{q.value().value(0).toLongLong(),
                                      q.value().value(1).toString(),
                                      q.value().value(2).toString(),
                                      q.value().value(3).toLongLong(),
                                      {}});
    return out;
}

Result<std::optional<IncomingAttachment>> IncomingRepository::attachment(qint64 itemId,
                                                                         qint64 attachmentId) const
{
    auto q =
        m_db.run(QStringLiteral("SELECT id, name, sha256, size, bytes FROM incoming_attachments WHERE id = ? "
                                "AND item_id = ?"),
                 {attachmentId, itemId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<IncomingAttachment>();
    return std::optional<IncomingAttachment>(IncomingAttachment{
        q.value().value(0).toLongLong(), q.value().value(1).toString(), q.value().value(2).toString(),
        q.value().value(3).toLongLong(), q.value().value(4).toByteArray()});
}

Status IncomingRepository::addEvent(qint64 itemId, const QString &action, qint64 actorId,
                                    const QString &actorName, qint64 atMs, const QString &note) const
{
    return m_db.exec(
        QStringLiteral("INSERT INTO incoming_events (item_id, seq, action, actor_id, actor_name, at, note) "
                       "SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ?, ? FROM incoming_events "
                       "WHERE item_id = ?"),
        {itemId, action, actorId, actorName, atMs, note, itemId});
}

Status IncomingRepository::clearRoutes(qint64 itemId) const
{
    return m_db.exec(QStringLiteral("DELETE FROM incoming_routing WHERE item_id = ?"), {itemId});
}

Status IncomingRepository::setRoutes(qint64 itemId, const QList<IncomingRoute> &routes) const
{
    for (const IncomingRoute &r : routes) {
        if (auto st = m_db.exec(
                QStringLiteral("INSERT INTO incoming_routing (item_id, position, user_id, mode, lead, state, "
                               "opinion, received_at, done_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {itemId, r.position, r.userId, r.handles ? QStringLiteral("handle") : QStringLiteral("read"),
                 r.lead ? 1 : 0, r.state, r.opinion, r.receivedAtMs, r.doneAtMs});
            !st)
            return st;
    }
    return {};
}

Result<QList<IncomingRoute>> IncomingRepository::routes(qint64 itemId) const
{
    auto q = m_db.run(
        QStringLiteral("SELECT r.position, r.user_id, u.display_name, r.mode, r.lead, r.state, r.opinion, "
                       "r.received_at, r.done_at FROM incoming_routing r JOIN users u ON u.id = r.user_id "
                       "WHERE r.item_id = ? ORDER BY r.position"),
        {itemId});
    if (!q)
        return q.error();
    QList<IncomingRoute> out;
    while (q.value().next()) {
        IncomingRoute r;
        r.position = q.value().value(0).toInt();
        r.userId = q.value().value(1).toLongLong();
        r.userName = q.value().value(2).toString();
        r.handles = q.value().value(3).toString() == QLatin1String("handle");
        r.lead = q.value().value(4).toInt() != 0;
        r.state = q.value().value(5).toString();
        r.opinion = q.value().value(6).toString();
        r.receivedAtMs = q.value().value(7).toLongLong();
        r.doneAtMs = q.value().value(8).toLongLong();
        out.append(r);
    }
    return out;
}

Status IncomingRepository::updateRoute(qint64 itemId, const IncomingRoute &r) const
{
    return m_db.exec(
        QStringLiteral("UPDATE incoming_routing SET state = ?, opinion = ?, received_at = ?, done_at = ? "
                       "WHERE item_id = ? AND position = ?"),
        {r.state, r.opinion, r.receivedAtMs, r.doneAtMs, itemId, r.position});
}

Result<QList<IncomingEvent>> IncomingRepository::events(qint64 itemId) const
{
    auto q = m_db.run(QStringLiteral("SELECT action, actor_name, at, note FROM incoming_events WHERE item_id = ? "
                                     "ORDER BY seq"),
                      {itemId});
    if (!q)
        return q.error();
    QList<IncomingEvent> out;
    while (q.value().next())
        out.append({q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toLongLong(),
                    q.value().value(3).toString()});
    return out;
}

Result<QList<SenderTriageCount>> IncomingRepository::triageCounts(Clearance maxSecrecy) const
{
    auto q = m_db.run(
        QStringLiteral("SELECT sender_unit_id, SUM(CASE WHEN state = 'returned' THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN state = 'transferred' THEN 1 ELSE 0 END) FROM incoming_items "
                       "WHERE state IN ('returned', 'transferred') AND secrecy_rank <= ? "
                       "GROUP BY sender_unit_id ORDER BY 1"),
        {static_cast<int>(maxSecrecy)});
    if (!q)
        return q.error();
    QList<SenderTriageCount> out;
    while (q.value().next())
        out.append(SenderTriageCount{q.value().value(0).toLongLong(), q.value().value(1).toInt(),
                                     q.value().value(2).toInt()});
    return out;
}

} // namespace gw
