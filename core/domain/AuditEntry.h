// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — one entry of the audit chain.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace gw {

/// An appended, never changed record of one change.
struct AuditEntry
{
    qint64 seq = 0;
    qint64 atMs = 0;
    qint64 actorId = 0; ///< 0 for the program itself (first-run set-up, failed log-ins)
    QString actorName;
    QString action;     ///< stable key, e.g. "unit.update"
    QString objectType; ///< e.g. "unit"
    QString objectId;
    QString summary; ///< before → after, in a compact form
    QString prevHash;
    QString hash;
};

/// A checkpoint: the audit chain's head at a moment, signed with the auditor's key. The key is never
/// in the database, so rewriting the chain and recomputing every hash no longer passes.
struct AuditCheckpoint
{
    qint64 seq = 0;
    QString hash;
    qint64 atMs = 0;
    qint64 signerId = 0;
    QString signerName;
    QByteArray publicKey; ///< 32 bytes
    QByteArray signature; ///< 64 bytes
};

/// What an audit action key says, for a reader of the log: "Printed (印制)", in the user's language.
/// A key the program does not know (written by a later version) comes back as it is.
QString auditActionLabel(const QString &action);

/// Every action key the program writes to the audit log.
QStringList auditActionKeys();

/// The keys whose words (auditActionLabel) contain `words`: 批注 → markup.add, markup.answer …
QStringList auditActionKeysSaying(const QString &words);

} // namespace gw
