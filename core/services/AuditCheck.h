// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the records compared with what the audit says they are.
#pragma once

#include "Result.h"
#include "security/AuditSigner.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gw {

class Database;

/// One stored row that does not match its audit trail.
struct RowFinding
{
    QString objectType; ///< the audit's object type: "incoming", "draft", "user" …
    qint64 id = 0;
    QString field;   ///< empty when the whole row is at fault
    QString stored;  ///< the value in the table
    QString audited; ///< the value the audit last recorded
    QString message; ///< in the user's language, naming the row and the field
};

/// Replays the audit trail into the last audited state of every audited object (units, accounts,
/// the office, drafts, markups, incoming items), then reads every row of those tables and names
/// each field that differs, and each row the audit never saw created. Changes made with SQL
/// behind the program's back show up here even when the audit chain itself is intact.
/// What the newest checkpoint signed with a trusted key says of the chain as it stands.
struct CheckpointCheck
{
    enum class Outcome
    {
        Holds,      ///< the signed entry is there, unchanged
        NoKey,      ///< no trusted key is known on this workstation
        None,       ///< no checkpoint signed with the trusted key
        Rewritten,  ///< the signed entry's hash differs: the chain was rewritten and recomputed
        Truncated,  ///< the signed entry is gone: the newest entries were deleted
        Missing,    ///< a checkpoint this workstation saw before is gone
    } outcome = Outcome::None;
    AuditCheckpoint latest; ///< the newest valid one (when there is one)
    int forged = 0;         ///< checkpoints whose signature does not hold
    QString message;        ///< in the user's language
    bool ok() const { return outcome == Outcome::Holds; }
};

class AuditCheck final
{
    Q_DECLARE_TR_FUNCTIONS(AuditCheck)
public:
    static Result<QList<RowFinding>> compareRows(Database &db);
    /// Checks the chain against the newest checkpoint signed with `trustedKey`. `seenSeq` is the
    /// newest checkpoint this workstation has seen before (0 if none): one older than that is a loss.
    static Result<CheckpointCheck> checkpoint(Database &db, const QByteArray &trustedKey, qint64 seenSeq = 0);
};

} // namespace gw
