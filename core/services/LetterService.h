// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — letters and calls from private persons (非公文): recorded by the clerk and passed to the
// petitions office (信访) or the hotline (直线电话) with a 转送单, never triaged as documents.
#pragma once

#include "domain/CitizenLetter.h"
#include "services/ServiceContext.h"

#include <QObject>

namespace gw {

class LetterService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LetterService)
public:
    LetterService(const ServiceContext &ctx, QObject *parent = nullptr) : QObject(parent), m_ctx(ctx) {}

    /// Records a letter or call and where it was passed; the clerk's post (登记) is needed.
    Result<CitizenLetter> record(const Actor &actor, CitizenLetter letter);
    /// Newest first, `limit` at a time; `beforeId` pages on.
    Result<QList<CitizenLetter>> list(const Actor &actor, int limit = 200, qint64 beforeId = 0) const;
    Result<CitizenLetter> get(const Actor &actor, qint64 id) const;

Q_SIGNALS:
    void letterChanged(qint64 id);

private:
    ServiceContext m_ctx;
};

} // namespace gw
