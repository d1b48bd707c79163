// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the audit log as the security auditor (安全审计员) reads, checks and vouches for it.
#pragma once

#include "Result.h"
#include "domain/AuditEntry.h"
#include "security/Actor.h"
#include "security/AuditLog.h"
#include "services/AuditCheck.h"
#include "services/ServiceContext.h"
#include "storage/AuditRepository.h"

#include <QObject>

#include <functional>
#include <optional>

namespace gw {

/// An entry as the auditor may see it: about an object above their clearance, its field changes
/// (titles, opinions) are withheld and only who, when, what and which object remain.
struct AuditView
{
    AuditEntry entry;
    bool withheld = false;
};

/// What a full check found: the chain's own hashes, the checkpoint, and the rows against the audit.
struct AuditReport
{
    AuditVerification chain;
    CheckpointCheck checkpoint;
    QList<RowFinding> rows;
    bool ok() const { return chain.intact && checkpoint.ok() && rows.isEmpty(); }
};

/// Only the security auditor reads the log (the administrator and the security officer cannot:
/// the log is how their own actions are checked).
class AuditService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditService)
public:
    AuditService(const ServiceContext &ctx, QObject *parent = nullptr) : QObject(parent), m_ctx(ctx) {}

    Result<QList<AuditView>> find(const Actor &actor, const AuditRepository::Filter &filter) const;
    /// The chain, the newest checkpoint signed with `trustedKey` and every audited row.
    Result<AuditReport> check(const Actor &actor, const QByteArray &trustedKey, qint64 seenSeq = 0) const;
    Result<std::optional<AuditCheckpoint>> latestCheckpoint(const Actor &actor) const;
    /// Signs the chain's head as it stands, inside the write, with `sign` (the auditor's key, held
    /// by the caller), stores the checkpoint and audits it.
    Result<AuditCheckpoint> signCheckpoint(const Actor &actor, const QByteArray &publicKey,
                                           const std::function<QByteArray(const QByteArray &)> &sign);

private:
    bool visibleObject(const Principal &who, const AuditEntry &e) const;
    ServiceContext m_ctx;
};

} // namespace gw
