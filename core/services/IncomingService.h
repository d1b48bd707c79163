// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — incoming documents (收文办理): sign-in and registration, 初审 triage, the register.
#pragma once

#include "Result.h"
#include "domain/IncomingItem.h"
#include "security/Actor.h"
#include "services/ServiceContext.h"
#include "storage/IncomingRepository.h"

#include <QObject>

namespace gw {

class IncomingService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncomingService)
public:
    IncomingService(const ServiceContext &ctx, QObject *parent = nullptr) : QObject(parent), m_ctx(ctx) {}

    /// 签收 and 登记. The 文号 is parsed and kept in its standard form; the same sender and 文号
    /// registered twice is refused, naming the earlier registration.
    Result<IncomingItem> registerItem(const Actor &actor, IncomingItem item,
                                      const QList<IncomingAttachment> &files);
    /// The proposal triage makes for an item, from the directory and what the clerk read.
    Result<TriageProposal> propose(const Actor &actor, qint64 itemId, TriageFacts facts) const;
    /// Records the clerk's decision. A reason is required for every transfer, return, or a
    /// decision that differs from the proposal.
    Result<IncomingItem> triage(const Actor &actor, qint64 itemId, qint64 expectedVersion,
                                const TriageFacts &facts, TriageOutcome decision, const QString &reason,
                                qint64 transferTo = 0);

    Result<IncomingItem> get(const Actor &actor, qint64 id) const;
    Result<QList<IncomingItem>> list(const Actor &actor, IncomingFilter filter) const;
    Result<qint64> count(const Actor &actor, IncomingFilter filter) const;
    Result<QList<IncomingAttachment>> attachments(const Actor &actor, qint64 itemId) const;
    Result<QList<SenderTriageCount>> triageCounts(const Actor &actor) const;

Q_SIGNALS:
    void itemChanged(qint64 id);

private:
    ServiceContext m_ctx;
};

} // namespace gw
