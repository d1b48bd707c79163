// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — storage of the audit chain.
#include "storage/AuditRepository.h"

#include "storage/Database.h"

namespace gw {
namespace {
const char kColumns[] =
    "seq, at, actor_id, actor_name, action, object_type, object_id, summary, prev_hash, hash";

AuditEntry entryFrom(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.atMs = q.value(1).toLongLong();
    e.actorId = q.value(2).toLongLong();
    e.actorName = q.value(3).toString();
    e.action = q.value(4).toString();
    e.objectType = q.value(5).toString();
    e.objectId = q.value(6).toString();
    e.summary = q.value(7).toString();
    e.prevHash = q.value(8).toString();
    e.hash = q.value(9).toString();
    return e;
}
} // namespace

Result<AuditRepository::Head> AuditRepository::lockHead() const
{
    std::optional<Head> head;
    auto st = m_db.runCached(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = ?") + m_db.forUpdate(), {1},
                             [&head](QSqlQuery &q) -> Status {
                                 if (q.next())
                                     head = Head{q.value(0).toLongLong(), q.value(1).toString()};
                                 return {};
                             });
    if (!st)
        return st.error();
    if (!head)
        return makeError(ErrorCode::Tampered, QCoreApplication::translate(
                                                  "AuditLog", "The audit chain's head record is missing."));
    return *head;
}

Result<AuditRepository::Head> AuditRepository::head() const
{
    auto q = m_db.run(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return Head{-1, QString()};
    return Head{q.value().value(0).toLongLong(), q.value().value(1).toString()};
}

Status AuditRepository::insert(const AuditEntry &e) const
{
    return m_db.exec(QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                         .arg(QLatin1String(kColumns)),
                     {e.seq, e.atMs, e.actorId, e.actorName, e.action, e.objectType, e.objectId, e.summary,
                      e.prevHash, e.hash});
}

Status AuditRepository::setHead(const Head &h) const
{
    return m_db.exec(QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"), {h.seq, h.hash});
}

Status AuditRepository::forEach(const std::function<bool(const AuditEntry &)> &visit) const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(QLatin1String(kColumns)));
    if (!q)
        return q.error();
    while (q.value().next()) {
        if (!visit(entryFrom(q.value())))
            break;
    }
    return {};
}

Result<QList<AuditEntry>> AuditRepository::find(const Filter &f) const
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    QVariantList args;
    if (f.actorId >= 0) {
        where += QStringLiteral(" AND actor_id = ?");
        args << f.actorId;
    }
    if (f.action.endsWith(QLatin1Char('.'))) {
        where += QStringLiteral(" AND action LIKE ? ESCAPE '!'");
        args << Database::likeContaining(f.action).mid(1); // a prefix: no wildcard in front
    } else if (!f.action.isEmpty()) {
        where += QStringLiteral(" AND action = ?");
        args << f.action;
    }
    if (!f.actions.isEmpty()) {
        where += QStringLiteral(" AND action IN (%1)").arg(QStringList(f.actions.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        for (const QString &a : f.actions)
            args << a;
    }
    if (!f.objectType.isEmpty()) {
        where += QStringLiteral(" AND object_type = ?");
        args << f.objectType;
    }
    if (!f.objectId.isEmpty()) {
        where += QStringLiteral(" AND object_id = ?");
        args << f.objectId;
    }
    if (f.fromMs > 0) {
        where += QStringLiteral(" AND at >= ?");
        args << f.fromMs;
    }
    if (f.toMs > 0) {
        where += QStringLiteral(" AND at < ?");
        args << f.toMs;
    }
    args << f.limit;
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM audit_log%2 ORDER BY seq DESC LIMIT ?")
                          .arg(QLatin1String(kColumns), where),
                      args);
    if (!q)
        return q.error();
    QList<AuditEntry> out;
    while (q.value().next())
        out.append(entryFrom(q.value()));
    return out;
}

Result<std::optional<AuditEntry>> AuditRepository::entry(qint64 seq) const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM audit_log WHERE seq = ?").arg(QLatin1String(kColumns)), {seq});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<AuditEntry>();
    return std::optional<AuditEntry>(entryFrom(q.value()));
}

Status AuditRepository::insertCheckpoint(const AuditCheckpoint &c) const
{
    return m_db.exec(QStringLiteral("INSERT INTO audit_checkpoints (seq, hash, at, signer_id, signer_name, "
                                    "public_key, signature) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {c.seq, c.hash, c.atMs, c.signerId, c.signerName, QString::fromLatin1(c.publicKey.toHex()),
                      QString::fromLatin1(c.signature.toHex())});
}

Result<QList<AuditCheckpoint>> AuditRepository::checkpoints() const
{
    auto q = m_db.run(QStringLiteral("SELECT seq, hash, at, signer_id, signer_name, public_key, signature FROM "
                                     "audit_checkpoints ORDER BY seq DESC, id DESC"));
    if (!q)
        return q.error();
    QList<AuditCheckpoint> out;
    while (q.value().next()) {
        AuditCheckpoint c;
        c.seq = q.value().value(0).toLongLong();
        c.hash = q.value().value(1).toString();
        c.atMs = q.value().value(2).toLongLong();
        c.signerId = q.value().value(3).toLongLong();
        c.signerName = q.value().value(4).toString();
        c.publicKey = QByteArray::fromHex(q.value().value(5).toString().toLatin1());
        c.signature = QByteArray::fromHex(q.value().value(6).toString().toLatin1());
        out.append(c);
    }
    return out;
}

Result<QList<AuditEntry>> AuditRepository::latest(int limit) const
{
    auto q = m_db.run(
        QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq DESC LIMIT ?").arg(QLatin1String(kColumns)),
        {limit});
    if (!q)
        return q.error();
    QList<AuditEntry> out;
    while (q.value().next())
        out.append(entryFrom(q.value()));
    return out;
}

Result<QList<AuditRepository::Touch>> AuditRepository::touchedAfter(qint64 seq, int limit) const
{
    auto q =
        m_db.run(QStringLiteral(
                     "SELECT seq, object_type, object_id FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?"),
                 {seq, limit});
    if (!q)
        return q.error();
    QList<Touch> out;
    while (q.value().next())
        out.append(Touch{q.value().value(0).toLongLong(), q.value().value(1).toString(),
                         q.value().value(2).toString()});
    return out;
}

Status AuditRepository::announce() const
{
    if (m_db.backend() != Backend::Postgres)
        return {};
    // Delivered to every listening workstation when the transaction commits, never before.
    return m_db.exec(QStringLiteral("NOTIFY ") + QLatin1String(kChangeChannel));
}

Result<qint64> AuditRepository::dataVersion() const
{
    if (m_db.backend() != Backend::Sqlite)
        return qint64(-1);
    auto q = m_db.run(QStringLiteral("PRAGMA data_version"));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : qint64(-1);
}

} // namespace gw
