// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 统计 page's figures: the quality ledger, review quality, and the documents behind
// every number, each within the viewer's clearance and scope.
#pragma once

#include "Result.h"
#include "domain/FlowFigures.h"
#include "domain/IncomingFilter.h"
#include "domain/Statistics.h"
#include "security/Actor.h"
#include "services/ServiceContext.h"

#include <QObject>

namespace gw {

struct StatsRange;
struct QuotedMarkup;

class StatsService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatsService)
public:
    StatsService(const ServiceContext &ctx, QObject *parent = nullptr) : QObject(parent), m_ctx(ctx) {}

    /// What the person may see of the ledger: the whole office (scope with no unit) for 秘书科, the
    /// directors, the leaders and the supervisors; their own unit for a section head.
    Result<LedgerScope> allowedScope(const Actor &actor) const;
    /// The people whose figures may be asked for alone (a person's scope): for those who see the whole
    /// office, everyone who drafts or reviews; none for a section head.
    Result<QList<QPair<qint64, QString>>> people(const Actor &actor) const;
    /// The ledger of `period`: one row per unit, drafter or reviewer, and the totals. A section head's
    /// scope is their own unit whatever is asked; asking for another unit is refused.
    /// `upTo` counts only documents at or below that level as well (a bulletin's figures are those of
    /// documents its readers may know of).
    Result<Ledger> ledger(const Actor &actor, const StatsPeriod &period, LedgerRows rows, LedgerScope scope = {},
                          Clearance upTo = Clearance::TopSecret) const;
    /// The ledger's totals month by month over `period` (a row per month it touches, named after the
    /// month; a month cut by the period counts only its days inside it): the trend line.
    Result<QList<LedgerRow>> trend(const Actor &actor, const StatsPeriod &period, LedgerScope scope = {}) const;
    /// The months `period` touches, each cut to the period.
    static QList<StatsPeriod> monthsOf(const StatsPeriod &period);
    /// The documents behind one cell of a ledger, newest first.
    Result<QList<qint64>> draftsBehind(const Actor &actor, const LedgerCell &cell) const;
    /// 核稿质量: each reviewer's documents, errors found, errors that slipped past them, time at their
    /// step and on-time rate, for the review steps they finished in `period` (on the documents of
    /// `scope`'s unit, when it names one).
    Result<QList<ReviewerQuality>> reviewQuality(const Actor &actor, const StatsPeriod &period,
                                                 LedgerScope scope = {}) const;

    /// The newest `limit` review comments of `category` made in `period` (within the scope the viewer
    /// may see): what a bulletin quotes.
    Result<QList<QuotedMarkup>> quotedMarkups(const Actor &actor, const StatsPeriod &period,
                                              MarkupCategory category, int limit,
                                              Clearance upTo = Clearance::TopSecret) const;

    /// 流转情况 of `period`: outgoing documents by genre, chain and state, the time at each step and end
    /// to end, what is overdue now; incoming ones by sender (with the clauses cited for returns and
    /// transfers), genre and month, their circulation time and on-time rate; printing and the first
    /// reader. The incoming tables only for those who see the whole office, and for the whole office.
    Result<FlowFigures> flow(const Actor &actor, const StatsPeriod &period, LedgerScope scope = {}) const;
    /// The outgoing documents behind a flow cell, newest first.
    Result<QList<qint64>> flowDrafts(const Actor &actor, const FlowCell &cell) const;
    /// The 收文 register's filter that lists the incoming items behind a flow cell.
    Result<IncomingFilter> flowIncoming(const Actor &actor, const FlowCell &cell) const;

    /// The position of `step` in `variant`'s chain (-1: not in it): what "a later step" means.
    static int stepOrder(const QString &variant, const QString &step);

    /// Whether the person sees the whole office's figures (秘书科, the directors, the leaders, the
    /// supervisors), not their own unit's only.
    static bool seesWholeOffice(const Principal &p);

private:
    Result<StatsRange> rangeFor(const Principal &who, const StatsPeriod &period, LedgerScope scope) const;
    /// The person may see the figures: the range they are read over (`who`, when given, says who asked).
    Result<StatsRange> rangeFor(const Actor &actor, const StatsPeriod &period, LedgerScope scope,
                                Principal *who = nullptr, Clearance upTo = Clearance::TopSecret) const;

    ServiceContext m_ctx;
};

} // namespace gw
