// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 统计 page's tables as columns.
#include "services/StatsTables.h"

#include "domain/ChainVariant.h"
#include "workflow/ChainEngine.h"
#include "workflow/ChainTable.h"

#include <cmath>

namespace gw {
namespace {
double hours(qint64 ms)
{
    return std::round(double(ms) / 36000.0) / 100.0; // two decimals
}
} // namespace

QString StatsTables::stepName(const QString &step)
{
    for (const ChainRow &r : chainTable()) {
        if (step == QLatin1String(r.step))
            return ChainEngine::stepLabel(r.variant, step);
    }
    return step;
}

QList<LedgerColumn> StatsTables::ledgerColumns(const Ledger &ledger)
{
    QList<LedgerColumn> out;
    out.append({LedgerColumn::Name, LedgerMeasure::Handled, {}, ledgerRowsLabel(ledger.rows)});
    out.append({LedgerColumn::Count, LedgerMeasure::Handled, {}, tr("Documents handled")});
    for (MarkupCategory c : allMarkupCategories())
        out.append({LedgerColumn::Count, LedgerMeasure::Markup, markupCategoryCode(c),
                    tr("%1 errors").arg(markupCategoryLabel(c))});
    out.append({LedgerColumn::Count, LedgerMeasure::Markup, {}, tr("Errors found in review")});
    for (const QString &step : ledger.backflowSteps)
        out.append({LedgerColumn::Count, LedgerMeasure::Backflow, step, tr("Returned at %1").arg(stepName(step))});
    out.append({LedgerColumn::Count, LedgerMeasure::Backflow, {}, tr("Returns (倒流)")});
    for (MarkupCategory c : allMarkupCategories()) {
        if (ledger.total.firstReadFails.value(c) > 0)
            out.append({LedgerColumn::Count, LedgerMeasure::FirstReadFail, markupCategoryCode(c),
                        tr("First reader: %1").arg(markupCategoryLabel(c))});
    }
    out.append({LedgerColumn::Count, LedgerMeasure::FirstReadFail, {}, tr("First-reader failures")});
    out.append({LedgerColumn::Count, LedgerMeasure::Finding, {}, tr("Format findings at submission")});
    out.append({LedgerColumn::Rate, LedgerMeasure::Handled, {}, tr("Defects per document")});
    return out;
}

QVariant StatsTables::ledgerValue(const LedgerRow &row, const LedgerColumn &column)
{
    switch (column.kind) {
    case LedgerColumn::Name:
        return row.name;
    case LedgerColumn::Count:
        return row.count(column.measure, column.detail);
    case LedgerColumn::Rate:
        if (row.handled == 0) // no document to divide by: no rate, not a rate of 0
            return QStringLiteral("—");
        return std::round(row.rate() * 100.0) / 100.0;
    }
    return {};
}

std::optional<LedgerCell> StatsTables::ledgerCell(const Ledger &ledger, const LedgerRow &row,
                                                  const LedgerColumn &column)
{
    if (column.kind != LedgerColumn::Count)
        return std::nullopt;
    LedgerCell cell;
    cell.period = ledger.period;
    cell.rows = ledger.rows;
    cell.scope = ledger.scope;
    cell.measure = column.measure;
    cell.detail = column.detail;
    cell.key = row.key;
    return cell;
}

DataTable StatsTables::ledgerTable(const Ledger &ledger, const QString &note)
{
    DataTable t;
    t.title = tr("Quality ledger %1").arg(ledger.period.label());
    const QList<LedgerColumn> columns = ledgerColumns(ledger);
    for (const LedgerColumn &c : columns)
        t.headers.append(c.header);
    QList<LedgerRow> rows = ledger.lines;
    rows.append(ledger.total);
    for (const LedgerRow &r : rows) {
        QVariantList cells;
        for (const LedgerColumn &c : columns)
            cells.append(ledgerValue(r, c));
        t.rows.append(cells);
    }
    t.note = note;
    return t;
}

QList<QualityColumn> StatsTables::qualityColumns()
{
    return {QualityColumn::Name,           QualityColumn::Reviewed,          QualityColumn::FoundPolicy,
            QualityColumn::FoundFormat,    QualityColumn::FoundWording,      QualityColumn::FoundTotal,
            QualityColumn::Returned,       QualityColumn::SlippedErrors,     QualityColumn::SlippedReturns,
            QualityColumn::SlippedFirstReads, QualityColumn::SlippedTotal,   QualityColumn::MedianHours,
            QualityColumn::P90Hours,       QualityColumn::OnTimeRate};
}

QString StatsTables::qualityHeader(QualityColumn c)
{
    switch (c) {
    case QualityColumn::Name:
        return tr("Reviewer");
    case QualityColumn::Reviewed:
        return tr("Documents reviewed");
    case QualityColumn::FoundPolicy:
        return tr("%1 errors").arg(markupCategoryLabel(MarkupCategory::Policy));
    case QualityColumn::FoundFormat:
        return tr("%1 errors").arg(markupCategoryLabel(MarkupCategory::Format));
    case QualityColumn::FoundWording:
        return tr("%1 errors").arg(markupCategoryLabel(MarkupCategory::Wording));
    case QualityColumn::FoundTotal:
        return tr("Errors found");
    case QualityColumn::Returned:
        return tr("Returned");
    case QualityColumn::SlippedErrors:
        return tr("Slipped: errors found later");
    case QualityColumn::SlippedReturns:
        return tr("Slipped: returns from a later step");
    case QualityColumn::SlippedFirstReads:
        return tr("Slipped: first-reader failures");
    case QualityColumn::SlippedTotal:
        return tr("Slipped past, total");
    case QualityColumn::MedianHours:
        return tr("Median hours at the step");
    case QualityColumn::P90Hours:
        return tr("90th percentile hours");
    case QualityColumn::OnTimeRate:
        return tr("On time (%)");
    }
    return {};
}

QVariant StatsTables::qualityValue(const ReviewerQuality &q, QualityColumn c)
{
    switch (c) {
    case QualityColumn::Name:
        return q.name;
    case QualityColumn::Reviewed:
        return q.reviewed;
    case QualityColumn::FoundPolicy:
        return q.found.value(MarkupCategory::Policy);
    case QualityColumn::FoundFormat:
        return q.found.value(MarkupCategory::Format);
    case QualityColumn::FoundWording:
        return q.found.value(MarkupCategory::Wording);
    case QualityColumn::FoundTotal:
        return q.foundTotal();
    case QualityColumn::Returned:
        return q.returned;
    case QualityColumn::SlippedErrors: {
        int n = 0;
        for (int v : q.slipped)
            n += v;
        return n;
    }
    case QualityColumn::SlippedReturns:
        return q.slippedReturns;
    case QualityColumn::SlippedFirstReads:
        return q.slippedFirstReads;
    case QualityColumn::SlippedTotal:
        return q.slippedTotal();
    case QualityColumn::MedianHours:
        return hours(q.medianMs);
    case QualityColumn::P90Hours:
        return hours(q.p90Ms);
    case QualityColumn::OnTimeRate:
        if (q.timed == 0)
            return QStringLiteral("—");
        return std::round(q.onTimeRate() * 1000.0) / 10.0;
    }
    return {};
}

QList<qint64> StatsTables::slippedIds(const ReviewerQuality &q, QualityColumn c)
{
    switch (c) {
    case QualityColumn::SlippedErrors:
        return q.slippedErrorIds;
    case QualityColumn::SlippedReturns:
        return q.slippedReturnIds;
    case QualityColumn::SlippedFirstReads:
        return q.slippedFirstReadIds;
    case QualityColumn::SlippedTotal:
        return q.slippedDraftIds();
    default:
        return {};
    }
}

LedgerRow StatsTables::sumOf(const QList<LedgerRow> &rows, const QString &name)
{
    LedgerRow total;
    total.name = name;
    for (const LedgerRow &r : rows) {
        total.handled += r.handled;
        total.findings += r.findings;
        for (auto it = r.errors.cbegin(); it != r.errors.cend(); ++it)
            total.errors[it.key()] += it.value();
        for (auto it = r.backflowByStep.cbegin(); it != r.backflowByStep.cend(); ++it)
            total.backflowByStep[it.key()] += it.value();
        for (auto it = r.firstReadFails.cbegin(); it != r.firstReadFails.cend(); ++it)
            total.firstReadFails[it.key()] += it.value();
    }
    return total;
}

std::optional<LedgerCell> StatsTables::qualityCell(const StatsPeriod &period, const LedgerScope &scope,
                                                   const ReviewerQuality &q, QualityColumn c)
{
    LedgerCell cell;
    cell.period = period;
    cell.scope = scope;
    cell.rows = LedgerRows::Reviewer;
    cell.key = q.userId;
    switch (c) {
    case QualityColumn::Reviewed:
        cell.measure = LedgerMeasure::Handled;
        return cell;
    case QualityColumn::FoundPolicy:
    case QualityColumn::FoundFormat:
    case QualityColumn::FoundWording:
    case QualityColumn::FoundTotal:
        cell.measure = LedgerMeasure::Markup;
        cell.detail = c == QualityColumn::FoundPolicy   ? markupCategoryCode(MarkupCategory::Policy)
                      : c == QualityColumn::FoundFormat ? markupCategoryCode(MarkupCategory::Format)
                      : c == QualityColumn::FoundWording ? markupCategoryCode(MarkupCategory::Wording)
                                                         : QString();
        return cell;
    case QualityColumn::Returned:
        cell.measure = LedgerMeasure::Backflow;
        return cell;
    default:
        return std::nullopt;
    }
}

DataTable StatsTables::qualityTable(const StatsPeriod &period, const QList<ReviewerQuality> &rows,
                                    const QString &note)
{
    DataTable t;
    t.title = tr("Review quality %1").arg(period.label());
    for (QualityColumn c : qualityColumns())
        t.headers.append(qualityHeader(c));
    for (const ReviewerQuality &q : rows) {
        QVariantList cells;
        for (QualityColumn c : qualityColumns())
            cells.append(qualityValue(q, c));
        t.rows.append(cells);
    }
    t.note = note;
    return t;
}

} // namespace gw
