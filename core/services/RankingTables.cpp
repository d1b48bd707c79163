// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 文件评比 as a table.
#include "services/RankingTables.h"

#include <cmath>

namespace gw {
namespace {

QString signedPart(double v)
{
    return (v < 0 ? QStringLiteral(" − ") : QStringLiteral(" + ")) + QString::number(std::abs(v), 'f', 2);
}

} // namespace

QList<RankingColumn> RankingTables::columns()
{
    return {RankingColumn::Rank,     RankingColumn::Unit,     RankingColumn::Handled,   RankingColumn::Policy,
            RankingColumn::Format,   RankingColumn::Wording,  RankingColumn::Backflow,  RankingColumn::FirstRead,
            RankingColumn::OnTime,   RankingColumn::Score,    RankingColumn::Working};
}

QString RankingTables::header(RankingColumn c)
{
    switch (c) {
    case RankingColumn::Rank:
        return tr("Rank");
    case RankingColumn::Unit:
        return tr("Unit");
    case RankingColumn::Handled:
        return tr("Documents");
    case RankingColumn::Policy:
        return tr("Policy errors");
    case RankingColumn::Format:
        return tr("Genre/format errors");
    case RankingColumn::Wording:
        return tr("Wording errors");
    case RankingColumn::Backflow:
        return tr("Returns (倒流)");
    case RankingColumn::FirstRead:
        return tr("First-reader failures");
    case RankingColumn::OnTime:
        return tr("On time / with a limit");
    case RankingColumn::Score:
        return tr("Score");
    case RankingColumn::Working:
        return tr("Working");
    }
    return {};
}

QVariant RankingTables::value(const RatingLine &l, RankingColumn c)
{
    switch (c) {
    case RankingColumn::Rank:
        return l.rank > 0 ? QVariant(l.rank) : QVariant(tr("not ranked"));
    case RankingColumn::Unit:
        return l.name;
    case RankingColumn::Handled:
        return l.inputs.handled;
    case RankingColumn::Policy:
        return l.inputs.policy;
    case RankingColumn::Format:
        return l.inputs.format;
    case RankingColumn::Wording:
        return l.inputs.wording;
    case RankingColumn::Backflow:
        return l.inputs.backflow;
    case RankingColumn::FirstRead:
        return l.inputs.firstRead;
    case RankingColumn::OnTime:
        return l.inputs.timed > 0 ? QStringLiteral("%1 / %2").arg(l.inputs.onTime).arg(l.inputs.timed)
                                  : tr("no limit");
    case RankingColumn::Score:
        return l.parts.total;
    case RankingColumn::Working:
        return {};
    }
    return {};
}

QString RankingTables::working(const RatingScheme &s, const RatingLine &l)
{
    const RatingParts &p = l.parts;
    QString out = QString::number(s.base, 'f', 2);
    for (double v : {p.policy, p.format, p.wording, p.backflow, p.firstRead, p.onTime, p.volume})
        out += signedPart(v);
    return out + QStringLiteral(" = ") + QString::number(p.total, 'f', 2);
}

std::optional<LedgerCell> RankingTables::cell(int year, const RatingLine &l, RankingColumn c)
{
    LedgerCell cell;
    cell.period = StatsPeriod::year(year);
    cell.rows = LedgerRows::Unit;
    cell.key = l.unitId;
    switch (c) {
    case RankingColumn::Handled:
        cell.measure = LedgerMeasure::Handled;
        return cell;
    case RankingColumn::Policy:
    case RankingColumn::Format:
    case RankingColumn::Wording:
        cell.measure = LedgerMeasure::Markup;
        cell.detail = markupCategoryCode(c == RankingColumn::Policy   ? MarkupCategory::Policy
                                         : c == RankingColumn::Format ? MarkupCategory::Format
                                                                      : MarkupCategory::Wording);
        return cell;
    case RankingColumn::Backflow:
        cell.measure = LedgerMeasure::Backflow;
        return cell;
    case RankingColumn::FirstRead:
        cell.measure = LedgerMeasure::FirstReadFail;
        return cell;
    default:
        return std::nullopt;
    }
}

DataTable RankingTables::table(const Rating &r, const QString &note)
{
    DataTable t;
    t.title = tr("Annual ranking %1").arg(r.year);
    for (RankingColumn c : columns())
        t.headers.append(header(c));
    for (const RatingLine &l : r.lines) {
        QVariantList row;
        for (RankingColumn c : columns())
            row.append(c == RankingColumn::Working ? QVariant(working(r.scheme, l)) : value(l, c));
        t.rows.append(row);
    }
    t.note = tr("Scoring scheme version %1: %2. %3").arg(r.scheme.number).arg(r.scheme.formula(), note);
    return t;
}

} // namespace gw
