// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the flow figures' reads: one grouped count per table, and the documents behind a count.
#pragma once

#include "Result.h"
#include "storage/StatsRepository.h"

#include <QStringList>

namespace gw {

/// One group of a count: its keys (as the columns asked for) and how many.
struct FlowGroup
{
    QStringList keys;
    int count = 0;
};

/// A document's span: from one moment to another (and a limit, when it has one).
struct FlowSpan
{
    qint64 id = 0;
    QString kind; ///< the outgoing document's chain variant
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 dueMs = 0;
};

class FlowRepository final
{
public:
    explicit FlowRepository(const Database &db) : m_db(db) {}

    /// Outgoing documents whose `time` ("created_at" or "released_at") is in the range, by `group`
    /// ("genre", "variant" or "state").
    Result<QList<FlowGroup>> drafts(const StatsRange &r, const QString &group, const QString &time) const;
    /// Those of one group, newest first.
    Result<QList<qint64>> draftIds(const StatsRange &r, const QString &group, const QString &detail,
                                   const QString &time) const;
    /// Outgoing documents released in the range: from creation to release.
    Result<QList<FlowSpan>> releases(const StatsRange &r) const;
    /// Outgoing documents of the scope waiting at a step past its limit at `nowMs`, by step (the range's
    /// times are not used).
    Result<QList<FlowGroup>> overdue(const StatsRange &r, qint64 nowMs) const;
    Result<QList<qint64>> overdueIds(const StatsRange &r, qint64 nowMs, const QString &state) const;
    /// Copies printed in the range: [copies, reprinted copies]; and the documents printed (with
    /// reprints only, when asked).
    Result<QPair<int, int>> copies(const StatsRange &r) const;
    Result<QList<qint64>> printedIds(const StatsRange &r, bool reprintsOnly) const;
    /// The first reader's results in the range, by result ("pass", "fail"); and the documents of one.
    Result<QList<FlowGroup>> readings(const StatsRange &r) const;
    Result<QList<qint64>> readIds(const StatsRange &r, const QString &result) const;

    /// Incoming items received in the range within the clearance, by `columns` (of "sender_unit_id",
    /// "genre", "state", "triage_rule", and "month" — the bucket of `bounds` as StatsRepository counts).
    Result<QList<FlowGroup>> incoming(const StatsRange &r, const QStringList &columns,
                                      const QList<qint64> &bounds = {}) const;
    /// Incoming items received in the range and handled to the end: received, finished, due.
    Result<QList<FlowSpan>> circulation(const StatsRange &r) const;

private:
    const Database &m_db;
};

} // namespace gw
