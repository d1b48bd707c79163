// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the tamper-evident audit chain.
#pragma once

#include "Result.h"
#include "domain/AuditEntry.h"

#include <QCoreApplication>

namespace gw {

class Database;
struct Principal;

/// What walking the chain found.
struct AuditVerification
{
    qint64 entries = 0;
    bool intact = true;
    qint64 firstBadSeq = 0; ///< the first entry that does not fit (0 when intact)
    QString reason;         ///< why, in the user's language
    QString headHash;
};

/// Appends entries whose SHA-256 covers the previous entry's hash, and walks the chain.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    /// Appends one entry and returns its number; must run inside the change's write transaction.
    static Result<qint64> append(Database &db, const Principal &actor, qint64 atMs, const QString &action,
                                 const QString &objectType, const QString &objectId, const QString &summary);
    /// One entry of appendAll().
    struct Entry
    {
        QString action;
        QString objectType;
        QString objectId;
        QString summary;
    };
    /// Appends entries in order with the head locked and recorded once; returns the first's number.
    static Result<qint64> appendAll(Database &db, const Principal &actor, qint64 atMs,
                                    const QList<Entry> &entries);
    /// Walks every entry in order and checks numbering, links, hashes and the recorded head.
    static Result<AuditVerification> verify(Database &db);
    /// The newest entries first, at most `limit`.
    static Result<QList<AuditEntry>> latest(const Database &db, int limit);
    /// The hash an entry must carry.
    static QString hashOf(const AuditEntry &e);

private:
    static Result<AuditVerification> walk(const Database &db);
};

} // namespace gw
