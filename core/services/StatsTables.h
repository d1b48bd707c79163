// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 统计 page's tables as columns: what each column counts, its heading, its value
// in a row, and the documents-behind question each cell answers. The page, the exports and the
// bulletin all lay the figures out this way.
#pragma once

#include "domain/DataTable.h"
#include "domain/Statistics.h"

#include <QCoreApplication>
#include <optional>

namespace gw {

/// One column of the ledger.
struct LedgerColumn
{
    enum Kind
    {
        Name,  ///< the unit or person
        Count, ///< a count of `measure` (with `detail`)
        Rate,  ///< defects per document handled
    };
    Kind kind = Count;
    LedgerMeasure measure = LedgerMeasure::Handled;
    QString detail;
    QString header;
};

/// One column of the review-quality table.
enum class QualityColumn
{
    Name,
    Reviewed,
    FoundPolicy,
    FoundFormat,
    FoundWording,
    FoundTotal,
    Returned,
    SlippedErrors,
    SlippedReturns,
    SlippedFirstReads,
    SlippedTotal,
    MedianHours,
    P90Hours,
    OnTimeRate,
};

class StatsTables final
{
    Q_DECLARE_TR_FUNCTIONS(StatsTables)
public:
    /// The ledger's columns: the name, documents handled, errors by category and their total, returns
    /// by each step that returned and their total, first-reader failures by each category that failed
    /// and their total, format findings, defects per document.
    static QList<LedgerColumn> ledgerColumns(const Ledger &ledger);
    static QVariant ledgerValue(const LedgerRow &row, const LedgerColumn &column);
    /// The documents behind a cell (no cell behind a name or a rate).
    static std::optional<LedgerCell> ledgerCell(const Ledger &ledger, const LedgerRow &row,
                                                const LedgerColumn &column);
    /// The rows, then the totals, with the note on what they cover.
    static DataTable ledgerTable(const Ledger &ledger, const QString &note);

    static QList<QualityColumn> qualityColumns();
    static QString qualityHeader(QualityColumn c);
    static QVariant qualityValue(const ReviewerQuality &q, QualityColumn c);
    /// The question behind a cell of the review-quality table, as a ledger cell (slipped errors are
    /// listed from the row itself).
    static std::optional<LedgerCell> qualityCell(const StatsPeriod &period, const LedgerScope &scope,
                                                 const ReviewerQuality &q, QualityColumn c);
    /// The documents behind a slipped-past cell (empty for any other column).
    static QList<qint64> slippedIds(const ReviewerQuality &q, QualityColumn c);
    /// A totals row for `rows` (the months of a trend): each count summed.
    static LedgerRow sumOf(const QList<LedgerRow> &rows, const QString &name);
    static DataTable qualityTable(const StatsPeriod &period, const QList<ReviewerQuality> &rows,
                                  const QString &note);

    /// A step's name for people, whichever chain lists it.
    static QString stepName(const QString &step);
};

} // namespace gw
