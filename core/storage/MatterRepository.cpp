// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — storage of supervised matters (督查事项).
#include "storage/MatterRepository.h"

#include "storage/Database.h"
#include "storage/Keyset.h"
#include "storage/MatterDates.h"
#include "storage/RowConflict.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <functional>

namespace gw {
using matterdates::dateOf;
using matterdates::dateText;
namespace {
const char kColumns[] =
    "id, kind, source, title, request, leader_id, lead_unit_id, due_date, secrecy, state, parent_id, "
    "incoming_id, meeting, proposal_body, proposal_level, proposal_class, proposal_number, caller, phone, "
    "called_at, category, reply, reply_date, satisfaction, solved, closed_at, ext_asked_to, ext_reason, "
    "extensions_granted, registered_at, reg_year, reg_seq, created_by, updated_at, updated_by, version, "
    "(SELECT display_name FROM users WHERE users.id = matters.leader_id), "
    "(SELECT name FROM units WHERE units.id = matters.lead_unit_id), "
    "(SELECT COUNT(*) FROM matters c WHERE c.parent_id = matters.id AND c.state <> 'closed')";

const char kLeaderName[] = "(SELECT display_name FROM users WHERE users.id = matters.leader_id)";
const char kUnitName[] = "(SELECT name FROM units WHERE units.id = matters.lead_unit_id)";

struct SortKey
{
    MatterSort sort;
    QStringList columns;
    std::function<QVariantList(const Matter &)> of;
};

const QList<SortKey> &sortKeys()
{
    static const QList<SortKey> keys = {
        {MatterSort::Registered, {QStringLiteral("registered_at")},
         [](const Matter &m) { return QVariantList{m.registeredAtMs}; }},
        {MatterSort::Kind, {QStringLiteral("kind"), QStringLiteral("registered_at")},
         [](const Matter &m) { return QVariantList{matterKindCode(m.kind), m.registeredAtMs}; }},
        {MatterSort::Title, {QStringLiteral("title")}, [](const Matter &m) { return QVariantList{m.title}; }},
        {MatterSort::Source, {QStringLiteral("source")}, [](const Matter &m) { return QVariantList{m.source}; }},
        {MatterSort::Leader, {QLatin1String(kLeaderName)},
         [](const Matter &m) { return QVariantList{m.leaderName}; }},
        {MatterSort::Unit, {QLatin1String(kUnitName)},
         [](const Matter &m) { return QVariantList{m.leadUnitName}; }},
        {MatterSort::Due, {QStringLiteral("due_date")},
         [](const Matter &m) { return QVariantList{dateText(m.dueDate)}; }},
        {MatterSort::State, {QStringLiteral("state"), QStringLiteral("due_date")},
         [](const Matter &m) { return QVariantList{m.state, dateText(m.dueDate)}; }},
        {MatterSort::Secrecy, {QStringLiteral("secrecy_rank"), QStringLiteral("registered_at")},
         [](const Matter &m) { return QVariantList{static_cast<int>(m.secrecy), m.registeredAtMs}; }},
    };
    return keys;
}

const SortKey &sortKey(MatterSort s)
{
    for (const SortKey &k : sortKeys()) {
        if (k.sort == s)
            return k;
    }
    return sortKeys().first();
}

Matter matterFrom(const QSqlQuery &q)
{
    Matter m;
    int c = 0;
    m.id = q.value(c++).toLongLong();
    m.kind = matterKindFromCode(q.value(c++).toString()).value_or(MatterKind::Instruction);
    m.source = q.value(c++).toString();
    m.title = q.value(c++).toString();
    m.request = q.value(c++).toString();
    m.leaderId = q.value(c++).toLongLong();
    m.leadUnitId = q.value(c++).toLongLong();
    m.dueDate = dateOf(q.value(c++));
    m.secrecy = clearanceFromCode(q.value(c++).toString()).value_or(Clearance::TopSecret);
    m.state = q.value(c++).toString();
    m.parentId = q.value(c++).toLongLong();
    m.incomingId = q.value(c++).toLongLong();
    m.meeting = q.value(c++).toString();
    m.proposalBody = q.value(c++).toString();
    m.proposalLevel = q.value(c++).toString();
    m.proposalClass = q.value(c++).toString();
    m.proposalNumber = q.value(c++).toString();
    m.caller = q.value(c++).toString();
    m.phone = q.value(c++).toString();
    m.calledAtMs = q.value(c++).toLongLong();
    m.category = callCategoryFromCode(q.value(c++).toString());
    m.reply = q.value(c++).toString();
    m.replyDate = dateOf(q.value(c++));
    m.satisfaction = satisfactionFromCode(q.value(c++).toString()).value_or(Satisfaction::Unknown);
    const int solved = q.value(c++).toInt();
    if (solved >= 0)
        m.solved = solved == 1;
    m.closedAtMs = q.value(c++).toLongLong();
    m.extensionAskedTo = dateOf(q.value(c++));
    m.extensionReason = q.value(c++).toString();
    m.extensionsGranted = q.value(c++).toInt();
    m.registeredAtMs = q.value(c++).toLongLong();
    m.regYear = q.value(c++).toInt();
    m.regSeq = q.value(c++).toInt();
    m.createdBy = q.value(c++).toLongLong();
    m.updatedAtMs = q.value(c++).toLongLong();
    m.updatedBy = q.value(c++).toString();
    m.version = q.value(c++).toLongLong();
    m.leaderName = q.value(c++).toString();
    m.leadUnitName = q.value(c++).toString();
    m.openChildren = q.value(c++).toInt();
    return m;
}

/// The fields a save writes, in the order of kSaved.
QVariantList savedValues(const Matter &m)
{
    return {m.source,
            m.title,
            m.request,
            m.leaderId,
            m.leadUnitId,
            dateText(m.dueDate),
            clearanceCode(m.secrecy),
            static_cast<int>(m.secrecy),
            m.state,
            m.meeting,
            m.proposalBody,
            m.proposalLevel,
            m.proposalClass,
            m.proposalNumber,
            m.caller,
            m.phone,
            m.calledAtMs,
            m.category ? callCategoryCode(*m.category) : QString(),
            m.reply,
            dateText(m.replyDate),
            satisfactionCode(m.satisfaction),
            m.solved ? (*m.solved ? 1 : 0) : -1,
            m.closedAtMs,
            m.closedAtMs > 0 ? dateText(QDateTime::fromMSecsSinceEpoch(m.closedAtMs, QTimeZone(8 * 3600)).date())
                             : QString(),
            dateText(m.extensionAskedTo),
            m.extensionReason,
            m.extensionsGranted};
}
const char *const kSaved[] = {"source", "title", "request", "leader_id", "lead_unit_id", "due_date", "secrecy",
                              "secrecy_rank", "state", "meeting", "proposal_body", "proposal_level",
                              "proposal_class", "proposal_number", "caller", "phone", "called_at", "category",
                              "reply", "reply_date", "satisfaction", "solved", "closed_at", "closed_on", "ext_asked_to",
                              "ext_reason", "extensions_granted"};

qint64 dayStartMs(const QDate &d)
{
    return QDateTime(d, QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}
} // namespace

QVariantList MatterRepository::keyOf(MatterSort sort, const Matter &row)
{
    return sortKey(sort).of(row);
}

Result<qint64> MatterRepository::insert(const Matter &m, const QString &by, qint64 nowMs) const
{
    QStringList cols;
    for (const char *c : kSaved)
        cols.append(QLatin1String(c));
    cols << QStringLiteral("kind") << QStringLiteral("parent_id") << QStringLiteral("incoming_id")
         << QStringLiteral("registered_at") << QStringLiteral("reg_year") << QStringLiteral("reg_seq")
         << QStringLiteral("created_by") << QStringLiteral("created_at") << QStringLiteral("updated_at")
         << QStringLiteral("updated_by") << QStringLiteral("version");
    QVariantList binds = savedValues(m);
    binds << matterKindCode(m.kind) << m.parentId << m.incomingId << m.registeredAtMs << m.regYear << m.regSeq
          << m.createdBy << nowMs << nowMs << by << 1;
    QStringList marks;
    for (int i = 0; i < cols.size(); ++i)
        marks.append(QStringLiteral("?"));
    qint64 id = 0;
    auto st = m_db.runCached(QStringLiteral("INSERT INTO matters (%1) VALUES (%2) RETURNING id")
                                 .arg(cols.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                             binds, [&id](QSqlQuery &q) -> Status {
                                 if (q.next())
                                     id = q.value(0).toLongLong();
                                 return {};
                             });
    if (!st)
        return st.error();
    if (id <= 0)
        return makeError(ErrorCode::Storage, QStringLiteral("matters"));
    if (auto s = setAssistUnits(id, m.assistUnitIds); !s)
        return s.error();
    return id;
}

Result<std::optional<Matter>> MatterRepository::find(qint64 id) const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM matters WHERE id = ?").arg(QLatin1String(kColumns)), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Matter>();
    Matter m = matterFrom(q.value());
    auto units = assistUnits(id);
    if (!units)
        return units.error();
    m.assistUnitIds = units.value();
    return std::optional<Matter>(m);
}

Result<qint64> MatterRepository::update(const Matter &m, qint64 nowMs, const QString &by) const
{
    QStringList sets;
    for (const char *c : kSaved)
        sets.append(QLatin1String(c) + QStringLiteral(" = ?"));
    QVariantList binds = savedValues(m);
    binds << nowMs << by << m.id << m.version;
    auto q = m_db.run(QStringLiteral("UPDATE matters SET %1, version = version + 1, updated_at = ?, updated_by = ? "
                                     "WHERE id = ? AND version = ?")
                          .arg(sets.join(QStringLiteral(", "))),
                      binds);
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 1) {
        if (auto st = setAssistUnits(m.id, m.assistUnitIds); !st)
            return st.error();
        return m.version + 1;
    }
    const QString what = QCoreApplication::translate("MatterRepository", "The matter “%1”").arg(m.title);
    auto now = m_db.run(QStringLiteral("SELECT updated_by, updated_at FROM matters WHERE id = ?"), {m.id});
    if (!now)
        return now.error();
    if (!now.value().next())
        return rowMissing(what);
    return rowConflict(what, now.value().value(0).toString(), now.value().value(1).toLongLong());
}

QString MatterRepository::where(const MatterFilter &f, QVariantList &binds) const
{
    QString sql = QStringLiteral(" WHERE secrecy_rank <= ?");
    binds.append(static_cast<int>(f.maxSecrecy));
    auto inList = [&](const QString &column, const QStringList &values) {
        QStringList marks;
        for (const QString &v : values) {
            marks.append(QStringLiteral("?"));
            binds.append(v);
        }
        sql += QStringLiteral(" AND %1 IN (%2)").arg(column, marks.join(QLatin1Char(',')));
    };
    // What the viewer sees: some kinds, or the matters concerning them, or both.
    QStringList seen;
    for (MatterKind k : f.kindsVisible) {
        seen.append(QStringLiteral("kind = ?"));
        binds.append(matterKindCode(k));
    }
    if (f.onlyLeaderId > 0) {
        seen.append(QStringLiteral("leader_id = ?"));
        binds.append(f.onlyLeaderId);
    }
    if (!seen.isEmpty())
        sql += QStringLiteral(" AND (%1)").arg(seen.join(QStringLiteral(" OR ")));
    if (f.kind) {
        sql += QStringLiteral(" AND kind = ?");
        binds.append(matterKindCode(*f.kind));
    }
    if (!f.source.isEmpty()) {
        sql += QStringLiteral(" AND source = ?");
        binds.append(f.source);
    }
    if (f.leaderId > 0) {
        sql += QStringLiteral(" AND leader_id = ?");
        binds.append(f.leaderId);
    }
    if (f.unitId > 0) {
        sql += QStringLiteral(" AND (lead_unit_id = ? OR id IN (SELECT matter_id FROM matter_units WHERE unit_id = ?))");
        binds << f.unitId << f.unitId;
    }
    if (!f.states.isEmpty())
        inList(QStringLiteral("state"), f.states);
    if (f.light) {
        const QString from = dateText(f.bounds.yellowFrom);
        const QString to = dateText(f.bounds.yellowTo);
        switch (*f.light) {
        case MatterLight::None:
            sql += QStringLiteral(" AND (state = 'closed' OR due_date = '')");
            break;
        case MatterLight::Red:
            sql += QStringLiteral(" AND state <> 'closed' AND due_date <> '' AND due_date < ?");
            binds << from;
            break;
        case MatterLight::Yellow:
            sql += QStringLiteral(" AND state <> 'closed' AND due_date >= ? AND due_date <= ?");
            binds << from << to;
            break;
        case MatterLight::Green:
            sql += QStringLiteral(" AND state <> 'closed' AND due_date > ?");
            binds << to;
            break;
        }
    }
    if (f.registeredFrom.isValid()) {
        sql += QStringLiteral(" AND registered_at >= ?");
        binds.append(dayStartMs(f.registeredFrom));
    }
    if (f.registeredTo.isValid()) {
        sql += QStringLiteral(" AND registered_at < ?");
        binds.append(dayStartMs(f.registeredTo.addDays(1)));
    }
    if (f.parentId > 0) {
        sql += QStringLiteral(" AND parent_id = ?");
        binds.append(f.parentId);
    }
    if (f.dueFrom.isValid()) {
        sql += QStringLiteral(" AND due_date >= ?");
        binds.append(dateText(f.dueFrom));
    }
    if (f.dueTo.isValid()) {
        sql += QStringLiteral(" AND due_date <> '' AND due_date <= ?");
        binds.append(dateText(f.dueTo));
    }
    if (f.closedFrom.isValid()) {
        sql += QStringLiteral(" AND closed_on >= ?");
        binds.append(dateText(f.closedFrom));
    }
    if (f.closedTo.isValid()) {
        sql += QStringLiteral(" AND closed_on <> '' AND closed_on <= ?");
        binds.append(dateText(f.closedTo));
    }
    if (f.leadUnitId != 0) {
        sql += QStringLiteral(" AND lead_unit_id = ?");
        binds.append(std::max<qint64>(f.leadUnitId, 0));
    }
    if (f.closedOnly)
        sql += QStringLiteral(" AND state = 'closed'");
    if (f.onTimeOnly)
        sql += QStringLiteral(" AND state = 'closed' AND (due_date = '' OR closed_on <= due_date)");
    if (f.leavesOnly)
        sql += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM matters c WHERE c.parent_id = matters.id)");
    if (f.topLevelOnly)
        sql += QStringLiteral(" AND parent_id = 0");
    if (!f.text.trimmed().isEmpty()) {
        const QString like = Database::likeContaining(f.text.trimmed());
        sql += QStringLiteral(" AND ") + Database::likeAny({QStringLiteral("title"), QStringLiteral("request"),
                                                            QStringLiteral("caller"), QStringLiteral("source")});
        binds << like << like << like << like;
    }
    return sql;
}

Result<QList<Matter>> MatterRepository::list(const MatterFilter &f) const
{
    QVariantList binds;
    QString sql = QStringLiteral("SELECT %1 FROM matters").arg(QLatin1String(kColumns)) + where(f, binds);
    std::optional<QPair<QVariantList, qint64>> after;
    if (f.after)
        after = qMakePair(sortKey(f.sortBy).of(*f.after), f.after->id);
    sql += keyset::page(sortKey(f.sortBy).columns, after, f.descending, f.limit, binds);
    auto q = m_db.run(sql, binds);
    if (!q)
        return q.error();
    QList<Matter> out;
    while (q.value().next())
        out.append(matterFrom(q.value()));
    return out;
}

Result<qint64> MatterRepository::count(const MatterFilter &f, qint64 cap) const
{
    QVariantList binds;
    const QString conditions = where(f, binds);
    const QString sql = keyset::count(QStringLiteral("matters"), conditions, cap, binds);
    auto q = m_db.run(sql, binds);
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toLongLong();
}

Result<QList<int>> MatterRepository::countLights(MatterFilter f) const
{
    f.light.reset();
    f.states.clear();
    QVariantList binds{dateText(f.bounds.yellowFrom), dateText(f.bounds.yellowTo), dateText(f.bounds.yellowTo)};
    const QString sql =
        QStringLiteral("SELECT SUM(CASE WHEN due_date < ? THEN 1 ELSE 0 END), SUM(CASE WHEN due_date <= ? THEN 1 "
                       "ELSE 0 END), SUM(CASE WHEN due_date > ? THEN 1 ELSE 0 END) FROM matters") +
        where(f, binds) + QStringLiteral(" AND state <> 'closed' AND due_date <> ''");
    auto q = m_db.run(sql, binds);
    if (!q)
        return q.error();
    q.value().next();
    const int red = q.value().value(0).toInt();
    return QList<int>{red, q.value().value(1).toInt() - red, q.value().value(2).toInt()};
}

Status MatterRepository::setAssistUnits(qint64 matterId, const QList<qint64> &unitIds) const
{
    if (auto st = m_db.exec(QStringLiteral("DELETE FROM matter_units WHERE matter_id = ?"), {matterId}); !st)
        return st;
    for (qint64 u : unitIds) {
        if (auto st = m_db.exec(QStringLiteral("INSERT INTO matter_units (matter_id, unit_id) VALUES (?, ?)"),
                                {matterId, u});
            !st)
            return st;
    }
    return {};
}

Result<QList<qint64>> MatterRepository::assistUnits(qint64 matterId) const
{
    auto q = m_db.run(QStringLiteral("SELECT unit_id FROM matter_units WHERE matter_id = ? ORDER BY unit_id"),
                      {matterId});
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q.value().next())
        out.append(q.value().value(0).toLongLong());
    return out;
}

Result<QList<Matter>> MatterRepository::children(qint64 parentId) const
{
    auto q = m_db.run(
        QStringLiteral("SELECT %1 FROM matters WHERE parent_id = ? ORDER BY id").arg(QLatin1String(kColumns)),
        {parentId});
    if (!q)
        return q.error();
    QList<Matter> out;
    while (q.value().next())
        out.append(matterFrom(q.value()));
    return out;
}

Result<qint64> MatterRepository::fromIncoming(qint64 incomingId) const
{
    auto q = m_db.run(QStringLiteral("SELECT id FROM matters WHERE incoming_id = ? ORDER BY id LIMIT 1"), {incomingId});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : qint64(0);
}

} // namespace gw
