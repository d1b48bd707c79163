// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 统计 page's charts.
#include "StatsCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QPainter>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace gw {
namespace {

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

/// A whole-number axis from 0 to at least `top`, ticked at 1, 2 or 5 times a power of ten.
QValueAxis *countAxis(double top)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTruncateLabels(false); // short numbers: Qt's estimate of their room elides them all
    double step = 1;
    for (double scale = 1; step * 8 < top; scale *= 10) {
        for (double f : {1.0, 2.0, 5.0}) {
            step = f * scale;
            if (step * 8 >= top)
                break;
        }
    }
    const int ticks = std::max(4, int(std::ceil(top / step)));
    axis->setRange(0, ticks * step);
    axis->setTickCount(ticks + 1);
    return axis;
}

QString shortName(const QString &name)
{
    return name.size() > 8 ? name.left(7) + QStringLiteral("…") : name;
}

} // namespace

QChart *StatsCharts::ledgerBars(const Ledger &ledger, const LedgerClick &clicked)
{
    QChart *chart = newChart(tr("Defects by kind and %1").arg(ledgerRowsLabel(ledger.rows)));
    auto *series = new QBarSeries(chart);
    struct Set
    {
        LedgerMeasure measure;
        QString detail;
        QString label;
    };
    QList<Set> sets;
    for (MarkupCategory c : allMarkupCategories())
        sets.append({LedgerMeasure::Markup, markupCategoryCode(c), markupCategoryLabel(c)});
    sets.append({LedgerMeasure::Backflow, {}, ledgerMeasureLabel(LedgerMeasure::Backflow)});
    sets.append({LedgerMeasure::FirstReadFail, {}, ledgerMeasureLabel(LedgerMeasure::FirstReadFail)});
    const int rows = int(std::min<qsizetype>(ledger.lines.size(), kMaxBars));
    QStringList categories;
    for (int r = 0; r < rows; ++r)
        categories.append(shortName(ledger.lines.at(r).name));
    int top = 0;
    for (const Set &s : sets) {
        auto *set = new QBarSet(s.label, series);
        for (int r = 0; r < rows; ++r) {
            const int n = ledger.lines.at(r).count(s.measure, s.detail);
            set->append(n);
            top = std::max(top, n);
        }
        QObject::connect(set, &QBarSet::clicked, chart,
                         [clicked, s](int index) { clicked(index, s.measure, s.detail); });
        series->append(set);
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = countAxis(top);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}

QChart *StatsCharts::trend(const QList<LedgerRow> &months, const MonthClick &clicked)
{
    QChart *chart = newChart(tr("Month by month"));
    QStringList categories;
    for (const LedgerRow &m : months)
        categories.append(m.name);
    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    int top = 0;
    QList<QLineSeries *> lines;
    for (LedgerMeasure measure : {LedgerMeasure::Markup, LedgerMeasure::Backflow, LedgerMeasure::FirstReadFail}) {
        auto *line = new QLineSeries(chart);
        line->setName(ledgerMeasureLabel(measure));
        line->setPointsVisible(true);
        for (int i = 0; i < months.size(); ++i) {
            const int n = months.at(i).count(measure);
            line->append(i, n);
            top = std::max(top, n);
        }
        QObject::connect(line, &QLineSeries::clicked, chart, [clicked, measure](const QPointF &p) {
            clicked(int(std::lround(p.x())), measure);
        });
        chart->addSeries(line);
        line->attachAxis(x);
        lines.append(line);
    }
    QValueAxis *y = countAxis(top);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *line : lines)
        line->attachAxis(y);
    return chart;
}

QChart *StatsCharts::reviewers(const QList<ReviewerQuality> &rows, const ReviewerClick &clicked)
{
    QChart *chart = newChart(tr("Errors found and slipped past, by reviewer"));
    auto *series = new QStackedBarSeries(chart);
    const int shown = int(std::min<qsizetype>(rows.size(), kMaxBars));
    QStringList categories;
    QList<int> heights(shown, 0);
    for (int r = 0; r < shown; ++r)
        categories.append(shortName(rows.at(r).name));
    for (MarkupCategory c : allMarkupCategories()) {
        auto *set = new QBarSet(tr("Found: %1").arg(markupCategoryLabel(c)), series);
        for (int r = 0; r < shown; ++r) {
            set->append(rows.at(r).found.value(c));
            heights[r] += rows.at(r).found.value(c);
        }
        const QString code = markupCategoryCode(c);
        QObject::connect(set, &QBarSet::clicked, chart, [clicked, code](int i) { clicked(i, code, false); });
        series->append(set);
    }
    auto *slipped = new QBarSet(tr("Slipped past"), series);
    slipped->setColor(QColor(0xB0, 0x30, 0x30));
    for (int r = 0; r < shown; ++r) {
        slipped->append(rows.at(r).slippedTotal());
        heights[r] += rows.at(r).slippedTotal();
    }
    QObject::connect(slipped, &QBarSet::clicked, chart, [clicked](int i) { clicked(i, QString(), true); });
    series->append(slipped);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = countAxis(heights.isEmpty() ? 0 : *std::max_element(heights.cbegin(), heights.cend()));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}

QChartView *StatsCharts::newView(const QString &name, QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

void StatsCharts::replace(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

QByteArray StatsCharts::png(QChartView *view)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    view->grab().save(&buffer, "PNG");
    return bytes;
}

QByteArray StatsCharts::svg(QChartView *view, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(view->size());
    generator.setViewBox(QRect(QPoint(0, 0), view->size()));
    generator.setTitle(title);
    QPainter painter(&generator);
    view->render(&painter);
    painter.end();
    return bytes;
}

} // namespace gw
