// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the annual 文件评比: the office's scoring scheme, kept in versions, and each unit's
// score and rank for a year with the inputs it was computed from.
#pragma once

#include "Result.h"
#include "domain/Clearance.h"
#include "domain/Rating.h"
#include "domain/Statistics.h"
#include "security/Actor.h"
#include "services/ServiceContext.h"

#include <QObject>

namespace gw {

class StatsService;

class RatingService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RatingService)
public:
    RatingService(const ServiceContext &ctx, const StatsService &stats, QObject *parent = nullptr)
        : QObject(parent), m_ctx(ctx), m_stats(stats)
    {
    }

    /// Every stored version of the scheme, newest first.
    Result<QList<RatingScheme>> schemes(const Actor &actor) const;
    /// Stores `scheme`'s weights as the next version. Refused when a weight is out of range, or when
    /// the weights are those of the newest version (nothing would change).
    Result<RatingScheme> saveScheme(const Actor &actor, RatingScheme scheme);
    /// `year` scored with version `schemeNumber` of the scheme (0: the newest): every drafting unit
    /// that has figures in the year, with its inputs, the score's parts and its rank, best first.
    /// `upTo` counts only documents at or below that level as well (for a bulletin).
    Result<Rating> rating(const Actor &actor, int year, int schemeNumber = 0,
                          Clearance upTo = Clearance::TopSecret) const;
    /// The documents behind a unit's on-time figure, newest first: those due in `year` that were
    /// released, or are past their day unreleased; with `lateOnly`, those not released by their day.
    Result<QList<qint64>> timedDrafts(const Actor &actor, int year, qint64 unitId, bool lateOnly = false) const;

private:
    ServiceContext m_ctx;
    const StatsService &m_stats;
};

} // namespace gw
