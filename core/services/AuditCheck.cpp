// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the records compared with what the audit says they are.
#include "services/AuditCheck.h"

#include "security/AuditDiff.h"
#include "services/ArchiveRecords.h"
#include "services/DirectoryRecords.h"
#include "services/DraftRecords.h"
#include "services/IncomingRecords.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

namespace gw {
namespace {

using State = QHash<QString, QString>;     // field -> last audited value
using Objects = QHash<qint64, State>;       // id -> state
using Trail = QHash<QString, Objects>;      // object type -> objects

template <typename T> QSet<QString> fieldNames()
{
    QSet<QString> names;
    for (const auto &f : Records<T>::fields(T{}))
        names.insert(f.first);
    return names;
}

template <typename T>
Status compareTable(Database &db, const char *table, const Objects &audited, QList<RowFinding> &out)
{
    const QString type = QLatin1String(Records<T>::kType);
    auto ids = db.run(QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(QLatin1String(table)));
    if (!ids)
        return ids.error();
    QList<qint64> list;
    while (ids.value().next())
        list.append(ids.value().value(0).toLongLong());
    for (qint64 id : list) {
        auto row = Records<T>::load(db, id);
        if (!row)
            return row.error();
        if (!row.value())
            continue;
        const auto it = audited.constFind(id);
        if (it == audited.constEnd()) {
            out.append(RowFinding{type, id, {}, {}, {},
                                  AuditCheck::tr("%1 %2 is in the records but the audit never saw it "
                                                 "created: it was added outside the program.")
                                      .arg(type)
                                      .arg(id)});
            continue;
        }
        for (const auto &f : Records<T>::fields(*row.value())) {
            const auto a = it->constFind(f.first);
            if (a == it->constEnd() || *a == f.second)
                continue;
            out.append(RowFinding{type, id, f.first, f.second, *a,
                                  AuditCheck::tr("%1 %2: %3 is “%4” in the records but “%5” in the audit: "
                                                 "it was changed outside the program.")
                                      .arg(type)
                                      .arg(id)
                                      .arg(f.first, f.second, *a)});
        }
    }
    return {};
}

// The lists filter on a number kept beside the secrecy level; both must say the same.
Status compareSecrecyRank(Database &db, const char *table, const char *type, QList<RowFinding> &out)
{
    auto q = db.run(QStringLiteral("SELECT id, secrecy, secrecy_rank FROM %1 ORDER BY id").arg(QLatin1String(table)));
    if (!q)
        return q.error();
    while (q.value().next()) {
        const qint64 id = q.value().value(0).toLongLong();
        const QString code = q.value().value(1).toString();
        const int rank = q.value().value(2).toInt();
        const auto level = clearanceFromCode(code);
        if (level && int(*level) == rank)
            continue;
        out.append(RowFinding{QLatin1String(type), id, QStringLiteral("secrecy_rank"), QString::number(rank),
                              level ? QString::number(int(*level)) : QString(),
                              AuditCheck::tr("%1 %2: the level its lists are filtered by (%3) does not match "
                                             "its secrecy “%4”: it was changed outside the program.")
                                  .arg(QLatin1String(type))
                                  .arg(id)
                                  .arg(rank)
                                  .arg(code)});
    }
    return {};
}

} // namespace

Result<QList<RowFinding>> AuditCheck::compareRows(Database &db)
{
    const QHash<QString, QSet<QString>> known{
        {QLatin1String(Records<Unit>::kType), fieldNames<Unit>()},
        {QLatin1String(Records<UserRecord>::kType), fieldNames<UserRecord>()},
        {QLatin1String(Records<Office>::kType), fieldNames<Office>()},
        {QLatin1String(Records<Draft>::kType), fieldNames<Draft>()},
        {QLatin1String(Records<Markup>::kType), fieldNames<Markup>()},
        {QLatin1String(Records<IncomingItem>::kType), fieldNames<IncomingItem>()},
        {QLatin1String(Records<ArchiveItem>::kType), fieldNames<ArchiveItem>()},
        {QLatin1String(Records<ArchiveLoan>::kType), fieldNames<ArchiveLoan>()},
    };
    if (auto st = db.beginRead(); !st)
        return st.error();
    Trail trail;
    auto walked = AuditRepository(db).forEach([&](const AuditEntry &e) {
        const auto names = known.constFind(e.objectType);
        if (names == known.constEnd())
            return true;
        bool ok = false;
        const qint64 id = e.objectId.toLongLong(&ok);
        if (!ok)
            return true;
        Objects &objects = trail[e.objectType];
        const bool first = !objects.contains(id);
        State &state = objects[id];
        const AuditDiff diff = AuditDiff::fromText(e.summary);
        for (const FieldChange &c : diff.changes()) {
            // A value with a "before" is a field that changed; one without is a field the object was
            // created with, or (later) a remark said with the change, which is not a field.
            if (names->contains(c.field) && (c.before.has_value() || first))
                state.insert(c.field, c.after);
        }
        return true;
    });
    QList<RowFinding> out;
    Status st = walked;
    if (st)
        st = compareTable<Unit>(db, "units", trail.value(QLatin1String(Records<Unit>::kType)), out);
    if (st)
        st = compareTable<UserRecord>(db, "users", trail.value(QLatin1String(Records<UserRecord>::kType)), out);
    if (st)
        st = compareTable<Office>(db, "office", trail.value(QLatin1String(Records<Office>::kType)), out);
    if (st)
        st = compareTable<Draft>(db, "drafts", trail.value(QLatin1String(Records<Draft>::kType)), out);
    if (st)
        st = compareTable<Markup>(db, "markups", trail.value(QLatin1String(Records<Markup>::kType)), out);
    if (st)
        st = compareTable<IncomingItem>(db, "incoming_items",
                                        trail.value(QLatin1String(Records<IncomingItem>::kType)), out);
    if (st)
        st = compareTable<ArchiveItem>(db, "archive_items", trail.value(QLatin1String(Records<ArchiveItem>::kType)), out);
    if (st)
        st = compareTable<ArchiveLoan>(db, "archive_loans", trail.value(QLatin1String(Records<ArchiveLoan>::kType)), out);
    if (st)
        st = compareSecrecyRank(db, "drafts", Records<Draft>::kType, out);
    if (st)
        st = compareSecrecyRank(db, "incoming_items", Records<IncomingItem>::kType, out);
    if (st)
        st = compareSecrecyRank(db, "archive_items", Records<ArchiveItem>::kType, out);
    if (st)
        st = compareSecrecyRank(db, "archive_loans", Records<ArchiveLoan>::kType, out);
    db.rollback();
    if (!st)
        return st.error();
    return out;
}

Result<CheckpointCheck> AuditCheck::checkpoint(Database &db, const QByteArray &trustedKey, qint64 seenSeq)
{
    CheckpointCheck out;
    if (trustedKey.isEmpty()) {
        out.outcome = CheckpointCheck::Outcome::NoKey;
        out.message = tr("No auditor's key is trusted on this workstation yet: the chain is checked against "
                         "its own hashes only. Sign a checkpoint as the auditor, or give verify the "
                         "auditor's public key.");
        return out;
    }
    if (auto st = db.beginRead(); !st)
        return st.error();
    const AuditRepository repo(db);
    auto all = repo.checkpoints();
    if (!all) {
        db.rollback();
        return all.error();
    }
    std::optional<AuditCheckpoint> latest;
    for (const AuditCheckpoint &c : all.value()) {
        if (c.publicKey != trustedKey)
            continue;
        if (!AuditSigner::verify(c)) {
            ++out.forged;
            continue;
        }
        if (!latest)
            latest = c;
    }
    std::optional<AuditEntry> signedEntry;
    qint64 headSeq = 0;
    if (latest) {
        auto e = repo.entry(latest->seq);
        auto h = repo.head();
        if (!e || !h) {
            db.rollback();
            return !e ? e.error() : h.error();
        }
        signedEntry = e.value();
        headSeq = h.value().seq;
    }
    db.rollback();
    const auto when = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    if (!latest) {
        out.outcome = seenSeq > 0 ? CheckpointCheck::Outcome::Missing : CheckpointCheck::Outcome::None;
        out.message = seenSeq > 0 ? tr("The checkpoint of entry %1 that this workstation saw is gone: "
                                       "checkpoints were deleted.")
                                        .arg(seenSeq)
                                  : tr("No checkpoint signed with the trusted auditor's key yet.");
        return out;
    }
    out.latest = *latest;
    if (latest->seq < seenSeq) {
        out.outcome = CheckpointCheck::Outcome::Missing;
        out.message = tr("The newest checkpoint is of entry %1, but this workstation saw one of entry %2: "
                         "checkpoints were deleted.")
                          .arg(latest->seq)
                          .arg(seenSeq);
    } else if (!signedEntry) {
        out.outcome = CheckpointCheck::Outcome::Truncated;
        out.message = tr("Entry %1, signed by %2 on %3, is gone: the chain now ends at entry %4. The newest "
                         "entries were deleted.")
                          .arg(latest->seq)
                          .arg(latest->signerName, when(latest->atMs))
                          .arg(headSeq);
    } else if (signedEntry->hash != latest->hash) {
        out.outcome = CheckpointCheck::Outcome::Rewritten;
        out.message = tr("Entry %1 is not the entry %2 signed on %3: the chain was rewritten up to it and its "
                         "hashes recomputed.")
                          .arg(latest->seq)
                          .arg(latest->signerName, when(latest->atMs));
    } else {
        out.outcome = CheckpointCheck::Outcome::Holds;
        out.message = tr("Entries 1 to %1 are as %2 signed them on %3.")
                          .arg(latest->seq)
                          .arg(latest->signerName, when(latest->atMs));
    }
    return out;
}

} // namespace gw
