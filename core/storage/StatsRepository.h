// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the figures of the 统计 page, read as one aggregate per measure and view.
#pragma once

#include "Result.h"
#include "domain/Clearance.h"
#include "domain/DocumentKinds.h"
#include "domain/Statistics.h"

#include <QPair>
#include <QStringList>

namespace gw {

class Database;

/// What every figure is read over: a time range, the reader's clearance, and the scope.
struct StatsRange
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    Clearance maxSecrecy = Clearance::None;
    LedgerScope scope;
    /// The review steps (核稿 and 审核): what a reviewer's documents handled are counted at.
    QStringList reviewSteps;
};

/// One group of an aggregate: its row key, its detail (a category or a step) and the count.
struct StatsCount
{
    qint64 key = 0;
    QString detail;
    int count = 0;
};

/// A step a reviewer finished (passed, returned, signed or closed), with when the draft came to it.
struct StepAction
{
    qint64 draftId = 0;
    int seq = 0;
    QString step;
    QString action;
    qint64 actorId = 0;
    QString actorName;
    qint64 atMs = 0;
    qint64 arrivedMs = 0; ///< when the draft reached the step (0: not on the slip)
    QString variant;
    Urgency urgency = Urgency::Normal;
};

/// Something found on a draft: a markup, a return or a first-reader failure.
struct LaterFinding
{
    enum Kind
    {
        Markup,
        Return,
        FirstRead
    };
    Kind kind = Markup;
    qint64 draftId = 0;
    QString step;
    qint64 byId = 0;
    qint64 atMs = 0;
    QString category; ///< a markup's or a failure's category code
};

/// A review comment to quote: the text marked, what the reviewer said, who and whose document.
struct QuotedMarkup
{
    QString category; ///< the category's code
    QString quoted;
    QString comment;
    QString reviewer;
    QString unit;
    qint64 draftId = 0;
};

class StatsRepository final
{
public:
    explicit StatsRepository(const Database &db) : m_db(db) {}

    /// What the key of a count is.
    enum class GroupBy
    {
        Row,   ///< the unit or person of the row
        None,  ///< one group (key 0) for the whole scope
        Bucket ///< the index of the time bucket (see `bounds`)
    };
    /// The counts of one measure in `range`, grouped by `groupBy` and the measure's detail. With
    /// Bucket, `bounds` are the buckets' starts after the first (a month's start, say): key i counts
    /// what happened before bounds[i] and not before.
    Result<QList<StatsCount>> counts(LedgerMeasure measure, LedgerRows rows, const StatsRange &range,
                                     GroupBy groupBy = GroupBy::Row, const QList<qint64> &bounds = {}) const;
    /// The documents behind a cell, newest first.
    Result<QList<qint64>> draftsBehind(LedgerMeasure measure, LedgerRows rows, const StatsRange &range,
                                       const QString &detail, qint64 key) const;
    /// Every review or sign-off step finished in `range` (at one of `steps`), oldest first.
    Result<QList<StepAction>> stepActions(const StatsRange &range, const QStringList &steps) const;
    /// Markups, returns and first-reader failures on the drafts that had a step finished at one of
    /// `steps` in `range`, from the range's start on.
    Result<QList<LaterFinding>> findingsOnReviewed(const StatsRange &range, const QStringList &steps) const;
    /// The newest `perCategory` markups with a comment of `category` in `range`.
    Result<QList<QuotedMarkup>> quotedMarkups(const StatsRange &range, const QString &category, int limit) const;
    /// The active accounts that draft or review (a person's scope), ordered by name.
    Result<QList<QPair<qint64, QString>>> people() const;
    /// The names the rows stand for, by id: the units' or the accounts'.
    Result<QHash<qint64, QString>> names(LedgerRows rows) const;

private:
    const Database &m_db;
};

} // namespace gw
