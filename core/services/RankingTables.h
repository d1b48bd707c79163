// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 文件评比 as a table: its columns, each line's values and working, and the
// documents behind each input.
#pragma once

#include "domain/DataTable.h"
#include "domain/Rating.h"
#include "domain/Statistics.h"

#include <QCoreApplication>
#include <optional>

namespace gw {

enum class RankingColumn
{
    Rank,
    Unit,
    Handled,
    Policy,
    Format,
    Wording,
    Backflow,
    FirstRead,
    OnTime, ///< "in time / with a limit"
    Score,
    Working, ///< the score's parts, added up
};

class RankingTables final
{
    Q_DECLARE_TR_FUNCTIONS(RankingTables)
public:
    static QList<RankingColumn> columns();
    static QString header(RankingColumn c);
    static QVariant value(const RatingLine &line, RankingColumn c);
    /// 60 − 10.00 − 2.50 − 3.75 − 2.50 − 2.50 + 30.00 + 2.00 = 70.75: each weight's part, in the
    /// formula's order.
    static QString working(const RatingScheme &scheme, const RatingLine &line);
    /// The ledger cell behind an input of the year (none for the rank, name, on-time, score, working).
    static std::optional<LedgerCell> cell(int year, const RatingLine &line, RankingColumn c);
    static DataTable table(const Rating &rating, const QString &note);
};

} // namespace gw
