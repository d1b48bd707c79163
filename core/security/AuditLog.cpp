// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the tamper-evident audit chain.
#include "security/AuditLog.h"

#include "security/Actor.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"

#include <QCryptographicHash>

namespace gw {

QString AuditLog::hashOf(const AuditEntry &e)
{
    // Each field goes in with its length, so no content can move a boundary between fields.
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &field : {QString::number(e.seq), QString::number(e.atMs), QString::number(e.actorId),
                                 e.actorName, e.action, e.objectType, e.objectId, e.summary, e.prevHash}) {
        const QByteArray bytes = field.toUtf8();
        h.addData(QByteArray(QByteArray::number(bytes.size()) + ':'));
        h.addData(bytes);
    }
    return QString::fromLatin1(h.result().toHex());
}

Result<qint64> AuditLog::append(Database &db, const Principal &actor, qint64 atMs, const QString &action,
                                const QString &objectType, const QString &objectId, const QString &summary)
{
    return appendAll(db, actor, atMs, {Entry{action, objectType, objectId, summary}});
}

Result<qint64> AuditLog::appendAll(Database &db, const Principal &actor, qint64 atMs, const QList<Entry> &entries)
{
    Q_ASSERT(db.inTransaction());
    const AuditRepository repo(db);
    auto head = repo.lockHead();
    if (!head)
        return head.error();
    AuditRepository::Head h = head.value();
    const qint64 first = h.seq + 1;
    for (const Entry &in : entries) {
        AuditEntry e;
        e.seq = h.seq + 1;
        e.atMs = atMs;
        e.actorId = actor.userId;
        e.actorName = actor.displayName.isEmpty() ? actor.username : actor.displayName;
        e.action = in.action;
        e.objectType = in.objectType;
        e.objectId = in.objectId;
        e.summary = in.summary;
        e.prevHash = h.hash;
        e.hash = hashOf(e);
        if (auto st = repo.insert(e); !st)
            return st.error();
        h = {e.seq, e.hash};
    }
    if (auto st = repo.setHead(h); !st)
        return st.error();
    return first;
}

Result<AuditVerification> AuditLog::verify(Database &db)
{
    // The chain and its head are read in one snapshot, so a change saved meanwhile is not a break.
    if (auto st = db.beginRead(); !st)
        return st.error();
    auto v = walk(db);
    db.rollback();
    return v;
}

Result<AuditVerification> AuditLog::walk(const Database &db)
{
    const AuditRepository repo(db);
    AuditVerification v;
    qint64 prevSeq = 0;
    QString prevHash;
    auto fail = [&v](qint64 seq, const QString &reason) {
        v.intact = false;
        v.firstBadSeq = seq;
        v.reason = reason;
        return false;
    };
    auto walked = repo.forEach([&](const AuditEntry &e) {
        if (e.seq != prevSeq + 1) {
            if (e.seq > prevSeq + 1)
                return fail(e.seq, tr("entry %1 follows entry %2: entries %3 to %4 are missing.")
                                       .arg(e.seq)
                                       .arg(prevSeq)
                                       .arg(prevSeq + 1)
                                       .arg(e.seq - 1));
            return fail(e.seq,
                        tr("entry %1 stands where entry %2 belongs: an entry was inserted or renumbered.")
                            .arg(e.seq)
                            .arg(prevSeq + 1));
        }
        if (e.prevHash != prevHash) {
            // A sound entry that no longer links back means the one before it was replaced.
            if (hashOf(e) == e.hash && prevSeq > 0)
                return fail(prevSeq,
                            tr("entry %1 was replaced after it was written: entry %2 does not link to it.")
                                .arg(prevSeq)
                                .arg(e.seq));
            return fail(
                e.seq, tr("entry %1 does not link to entry %2: entries were reordered, replaced or inserted.")
                           .arg(e.seq)
                           .arg(prevSeq));
        }
        if (hashOf(e) != e.hash)
            return fail(e.seq, tr("entry %1 was changed after it was written.").arg(e.seq));
        ++v.entries;
        prevSeq = e.seq;
        prevHash = e.hash;
        return true;
    });
    if (!walked)
        return walked.error();
    if (!v.intact)
        return v;
    auto head = repo.head();
    if (!head)
        return head.error();
    if (head.value().seq < 0) {
        fail(prevSeq + 1, tr("the record of the chain's last entry is missing."));
    } else if (head.value().seq > prevSeq) {
        fail(prevSeq + 1, tr("entry %1 is missing: the chain ends at entry %2 but %3 entries were written.")
                              .arg(prevSeq + 1)
                              .arg(prevSeq)
                              .arg(head.value().seq));
    } else if (head.value().seq < prevSeq) {
        fail(head.value().seq + 1,
             tr("entry %1 was added behind the program's back: the chain was recorded as ending at entry %2.")
                 .arg(head.value().seq + 1)
                 .arg(head.value().seq));
    } else if (head.value().hash != prevHash) {
        fail(prevSeq, tr("entry %1 was replaced after it was written.").arg(prevSeq));
    }
    v.headHash = prevHash;
    return v;
}

Result<QList<AuditEntry>> AuditLog::latest(const Database &db, int limit)
{
    return AuditRepository(db).latest(limit);
}

} // namespace gw
