// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — review markup: the reviewer marks, the drafter answers, the reviewer closes.
#pragma once

#include "Result.h"
#include "domain/Markup.h"
#include "security/Actor.h"
#include "services/ServiceContext.h"
#include "storage/MarkupRepository.h"

#include <QObject>

namespace gw {

class MarkupService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkupService)
public:
    static constexpr int kMaxComment = 2000;

    MarkupService(const ServiceContext &ctx, QObject *parent = nullptr) : QObject(parent), m_ctx(ctx) {}

    /// Saves new markups made on version `versionNumber`, all or none. Reviewers, and whoever
    /// acts at the draft's current review or sign-off step, mark up.
    Result<QList<Markup>> add(const Actor &actor, qint64 draftId, int versionNumber,
                              const QList<Markup> &markups);
    Result<QList<Markup>> forDraft(const Actor &actor, qint64 draftId) const;
    /// The drafter's answer: fixed, or not changed with the reason why.
    Result<Markup> answer(const Actor &actor, qint64 markupId, qint64 expectedVersion, bool fixed,
                          const QString &text);
    /// The reviewer closes an answered markup, or reopens it.
    Result<Markup> close(const Actor &actor, qint64 markupId, qint64 expectedVersion, bool reopen = false);

Q_SIGNALS:
    void markupsChanged(qint64 draftId);

private:
    ServiceContext m_ctx;
};

} // namespace gw
