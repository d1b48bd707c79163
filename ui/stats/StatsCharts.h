// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 统计 page's charts (Qt Charts): errors by category and unit, the month-by-month
// trend, and each reviewer's findings stacked; a click on a bar or a point asks for its documents.
#pragma once

#include "domain/Statistics.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>

class QChart;
class QChartView;
class QWidget;

namespace gw {

class StatsCharts final
{
    Q_DECLARE_TR_FUNCTIONS(StatsCharts)
public:
    /// Clicked bar: the row's index in the ledger's lines, and the measure (with its detail) of its set.
    using LedgerClick = std::function<void(int row, LedgerMeasure measure, const QString &detail)>;
    /// Clicked point or bar of a month: its index in the trend.
    using MonthClick = std::function<void(int month, LedgerMeasure measure)>;
    /// Clicked bar of a reviewer: the index in the list; slipped true for the errors that slipped past.
    using ReviewerClick = std::function<void(int row, const QString &category, bool slipped)>;

    static constexpr int kMaxBars = 12;

    /// Grouped bars: for each of the first kMaxBars rows, its errors by category, its returns and its
    /// first-reader failures.
    static QChart *ledgerBars(const Ledger &ledger, const LedgerClick &clicked);
    /// A line per kind of defect, a point per month.
    static QChart *trend(const QList<LedgerRow> &months, const MonthClick &clicked);
    /// A stacked bar per reviewer: errors found by category, and the errors that slipped past.
    static QChart *reviewers(const QList<ReviewerQuality> &rows, const ReviewerClick &clicked);
    /// The chart as shown, as a PNG image or an SVG drawing.
    /// An empty chart view named `name`, antialiased, at least 220 pixels high.
    static QChartView *newView(const QString &name, QWidget *parent);
    /// Shows `chart` in `view`, deleting the chart shown before.
    static void replace(QChartView *view, QChart *chart);
    static QByteArray png(QChartView *view);
    static QByteArray svg(QChartView *view, const QString &title);
};

} // namespace gw
