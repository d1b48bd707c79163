// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the secretariat's figures.
#include "domain/Statistics.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <functional>
#include <cmath>

namespace gw {
namespace {
qint64 chinaMidnight(const QDate &d)
{
    return QDateTime(d, QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

template <typename K>
int sum(const QMap<K, int> &m)
{
    int n = 0;
    for (int v : m)
        n += v;
    return n;
}

QString t(const char *s)
{
    return QCoreApplication::translate("Statistics", s);
}
} // namespace

StatsPeriod StatsPeriod::month(int year, int month)
{
    const QDate first(year, month, 1);
    return {first, first.addMonths(1).addDays(-1)};
}

StatsPeriod StatsPeriod::quarter(int year, int quarter)
{
    const QDate first(year, (quarter - 1) * 3 + 1, 1);
    return {first, first.addMonths(3).addDays(-1)};
}

StatsPeriod StatsPeriod::year(int year)
{
    return {QDate(year, 1, 1), QDate(year, 12, 31)};
}

StatsPeriod StatsPeriod::days(const QDate &first, const QDate &last)
{
    return {first, last};
}

qint64 StatsPeriod::fromMs() const
{
    return chinaMidnight(first);
}

qint64 StatsPeriod::toMs() const
{
    return chinaMidnight(last.addDays(1));
}

QString StatsPeriod::label() const
{
    if (!isValid())
        return {};
    const bool wholeMonths = first.day() == 1 && last.addDays(1).day() == 1;
    const bool oneYear = first.year() == last.year();
    if (wholeMonths && oneYear && first.month() == 1 && last.month() == 12)
        return tr("Year %1").arg(first.year());
    if (wholeMonths && oneYear && first.month() == last.month())
        return tr("%1-%2", "year and month").arg(first.year()).arg(first.month());
    if (wholeMonths && oneYear && (first.month() - 1) % 3 == 0 && last.month() == first.month() + 2)
        return tr("Q%2 %1", "quarter of a year").arg(first.year()).arg((first.month() - 1) / 3 + 1);
    return tr("%1 to %2").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate));
}

int LedgerRow::errorTotal() const
{
    return sum(errors);
}

int LedgerRow::backflowTotal() const
{
    return sum(backflowByStep);
}

int LedgerRow::firstReadFailTotal() const
{
    return sum(firstReadFails);
}

int LedgerRow::count(LedgerMeasure m, const QString &detail) const
{
    switch (m) {
    case LedgerMeasure::Handled:
        return handled;
    case LedgerMeasure::Finding:
        return findings;
    case LedgerMeasure::Markup:
        if (auto c = markupCategoryFromCode(detail))
            return errors.value(*c);
        return errorTotal();
    case LedgerMeasure::FirstReadFail:
        if (auto c = markupCategoryFromCode(detail))
            return firstReadFails.value(*c);
        return firstReadFailTotal();
    case LedgerMeasure::Backflow:
        return detail.isEmpty() ? backflowTotal() : backflowByStep.value(detail);
    }
    return 0;
}

int ReviewerQuality::foundTotal() const
{
    return sum(found);
}

int ReviewerQuality::slippedTotal() const
{
    return sum(slipped) + slippedReturns + slippedFirstReads;
}

QList<qint64> ReviewerQuality::slippedDraftIds() const
{
    QList<qint64> all = slippedErrorIds + slippedReturnIds + slippedFirstReadIds;
    std::sort(all.begin(), all.end(), std::greater<qint64>());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}

qint64 percentile(QList<qint64> &values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    // Nearest rank: the smallest value with at least `fraction` of the values at or below it.
    const auto rank = static_cast<qsizetype>(std::ceil(fraction * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank, 1, values.size()) - 1);
}

QString ledgerRowsLabel(LedgerRows rows)
{
    switch (rows) {
    case LedgerRows::Unit:
        return t(QT_TRANSLATE_NOOP("Statistics", "Drafting unit"));
    case LedgerRows::Drafter:
        return t(QT_TRANSLATE_NOOP("Statistics", "Drafter"));
    case LedgerRows::Reviewer:
        return t(QT_TRANSLATE_NOOP("Statistics", "Reviewer"));
    }
    return {};
}

QString ledgerMeasureLabel(LedgerMeasure m)
{
    switch (m) {
    case LedgerMeasure::Handled:
        return t(QT_TRANSLATE_NOOP("Statistics", "Documents handled"));
    case LedgerMeasure::Markup:
        return t(QT_TRANSLATE_NOOP("Statistics", "Errors found in review"));
    case LedgerMeasure::Backflow:
        return t(QT_TRANSLATE_NOOP("Statistics", "Returns (倒流)"));
    case LedgerMeasure::FirstReadFail:
        return t(QT_TRANSLATE_NOOP("Statistics", "First-reader failures"));
    case LedgerMeasure::Finding:
        return t(QT_TRANSLATE_NOOP("Statistics", "Format findings at submission"));
    }
    return {};
}

} // namespace gw
