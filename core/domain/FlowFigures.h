// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the flow figures of the 统计 page (流转情况): outgoing documents by genre, chain and
// state with the time at each step and end to end, what is overdue; incoming documents by sender,
// genre and month with returns and transfers and the clauses cited, circulation time; printing and the
// first reader. Each table as shown, each count with the question that lists its documents.
#pragma once

#include "domain/Statistics.h"

#include <QList>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace gw {

/// The documents behind one count of the flow figures.
struct FlowCell
{
    enum What
    {
        Created,    ///< outgoing started in the period; `group` genre/variant/state is `detail`
        Released,   ///< outgoing released (核发) in the period; `group` genre/variant is `detail`
        StepActed,  ///< outgoing finished at step `detail` in the period
        StepLate,   ///< of those, finished after the step's time limit
        OverdueNow, ///< outgoing at step `detail` now, past its limit
        Printed,    ///< outgoing printed in the period
        Reprinted,  ///< of those, with reprinted copies
        ReadPassed, ///< passed by the first reader in the period
        ReadFailed, ///< failed by the first reader in the period
        Received,   ///< incoming received in the period: from sender `key` (0: any), of `group` = `detail`
        Finished,   ///< incoming received in the period and handled to the end
    };
    What what = Created;
    QString group; ///< "genre", "variant", "state" (or empty)
    QString detail;
    qint64 key = 0;
    StatsPeriod period; ///< a month's cell narrows the page's period to the month
    LedgerScope scope;

    bool incoming() const { return what == Received || what == Finished; }
};

/// One table of the flow figures: rows of values, and for each value the cell behind it (none for
/// names, times and rates).
struct FlowTable
{
    QString title;
    QStringList headers;
    QList<QVariantList> rows;
    QList<QList<std::optional<FlowCell>>> cells;
    QString note;

    void addRow(const QVariantList &values, const QList<std::optional<FlowCell>> &behind)
    {
        rows.append(values);
        QList<std::optional<FlowCell>> c = behind;
        while (c.size() < values.size())
            c.append(std::nullopt);
        cells.append(c);
    }
};

struct FlowFigures
{
    StatsPeriod period;
    LedgerScope scope;
    QList<FlowTable> tables;
};

} // namespace gw
