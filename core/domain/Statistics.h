// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the secretariat's figures (统计): periods, the quality ledger (差错台账) and review
// quality (核稿质量), as plain values the page shows and exports.
#pragma once

#include "domain/Markup.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace gw {

/// A span of whole days in China time (UTC+8), first and last day included.
struct StatsPeriod
{
    Q_DECLARE_TR_FUNCTIONS(StatsPeriod)
public:
    QDate first;
    QDate last;

    static StatsPeriod month(int year, int month);
    static StatsPeriod quarter(int year, int quarter);
    static StatsPeriod year(int year);
    static StatsPeriod days(const QDate &first, const QDate &last);
    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    /// [fromMs, toMs): from 00:00 China time on the first day to 00:00 after the last.
    qint64 fromMs() const;
    qint64 toMs() const;
    /// "2026年3月", "2026年第一季度", "2026年", or the two dates.
    QString label() const;
    bool operator==(const StatsPeriod &o) const { return first == o.first && last == o.last; }
};

/// What the rows of the ledger stand for.
enum class LedgerRows
{
    Unit,     ///< the drafting unit (a section of the office, or a department)
    Drafter,  ///< the person who drafted the document
    Reviewer, ///< the person who found the errors or returned the draft
};

/// One measure of the ledger; with its `detail` (a markup category or a step key) it names a column
/// and, with a row key, a cell whose documents can be listed.
enum class LedgerMeasure
{
    Handled,       ///< documents submitted for review in the period (the rates' denominator)
    Markup,        ///< errors found in review, by category (detail: the category's code, or all)
    Backflow,      ///< 文件倒流: drafts returned in the chain, by the step that returned (detail: the step)
    FirstReadFail, ///< prints the first reader failed, by category (detail: the category's code, or all)
    Finding,       ///< genre or format findings the drafter overrode at submission
};

/// Who is counted: the whole office, one drafting unit, or one person.
struct LedgerScope
{
    qint64 unitId = 0;
    qint64 userId = 0;
};

/// One row of the ledger.
struct LedgerRow
{
    qint64 key = 0; ///< the unit's or the person's id (0 on the totals row)
    QString name;
    int handled = 0;
    QMap<MarkupCategory, int> errors;        ///< found in review, by category
    QMap<QString, int> backflowByStep;       ///< returns, by the step that returned
    QMap<MarkupCategory, int> firstReadFails;///< by category
    int findings = 0;

    int errorTotal() const;
    int backflowTotal() const;
    int firstReadFailTotal() const;
    /// Every defect counted: errors found, returns and first-reader failures.
    int defects() const { return errorTotal() + backflowTotal() + firstReadFailTotal(); }
    /// Defects per document handled; 0 when nothing was handled.
    double rate() const { return handled > 0 ? double(defects()) / handled : 0.0; }
    /// The count in one column.
    int count(LedgerMeasure m, const QString &detail = {}) const;
};

/// The ledger of one period and scope: a row per unit or person, and the totals.
struct Ledger
{
    StatsPeriod period;
    LedgerRows rows = LedgerRows::Unit;
    LedgerScope scope;
    QList<LedgerRow> lines; ///< largest defect count first, then by name
    LedgerRow total;
    QStringList backflowSteps; ///< the steps that returned anything, in chain order
};

/// One cell to drill into: a measure (and detail), a row key (0: every row) in a ledger.
struct LedgerCell
{
    StatsPeriod period;
    LedgerRows rows = LedgerRows::Unit;
    LedgerScope scope;
    LedgerMeasure measure = LedgerMeasure::Handled;
    QString detail;
    qint64 key = 0;
};

/// A reviewer's record over a period (核稿质量).
struct ReviewerQuality
{
    qint64 userId = 0;
    QString name;
    int reviewed = 0;                  ///< documents the reviewer passed, returned or signed
    QMap<MarkupCategory, int> found;   ///< errors the reviewer marked, by category
    int returned = 0;                  ///< drafts the reviewer sent back (倒流 counted at their step)
    QMap<MarkupCategory, int> slipped; ///< errors found after the reviewer passed it, at a later step
    int slippedReturns = 0;            ///< returns from a later step after the reviewer passed it
    int slippedFirstReads = 0;         ///< first-reader failures after the reviewer passed it
    qint64 medianMs = 0;               ///< time the draft waited at the reviewer's step
    qint64 p90Ms = 0;
    int timed = 0;  ///< actions with a time limit
    int onTime = 0; ///< of those, done within it
    /// The documents each kind of slipped finding was made on, newest first.
    QList<qint64> slippedErrorIds;
    QList<qint64> slippedReturnIds;
    QList<qint64> slippedFirstReadIds;
    /// Every document something slipped past the reviewer on, newest first.
    QList<qint64> slippedDraftIds() const;

    int foundTotal() const;
    int slippedTotal() const;
    double onTimeRate() const { return timed > 0 ? double(onTime) / timed : 1.0; }
};

/// The value at `fraction` (0.5: the median, 0.9: the 90th percentile) of `values`, by the nearest
/// rank; 0 for none. Sorts `values`.
qint64 percentile(QList<qint64> &values, double fraction);

QString ledgerRowsLabel(LedgerRows rows);
QString ledgerMeasureLabel(LedgerMeasure m);

} // namespace gw
