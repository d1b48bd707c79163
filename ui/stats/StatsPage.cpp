// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — 统计.
#include "StatsPage.h"

#include "DrillDownDialog.h"
#include "FlowTab.h"
#include "RankingTab.h"
#include "StatsCharts.h"
#include "ActionRow.h"
#include "DataTableModel.h"
#include "ErrorBanner.h"
#include "ExportMenu.h"
#include "RecordTable.h"
#include "SavePdf.h"

#include "Clock.h"
#include "domain/Clearance.h"
#include "services/DraftingService.h"
#include "services/StatsService.h"
#include "services/StatsTables.h"
#include "services/Workspace.h"
#include "storage/PrivateFiles.h"
#include "workflow/WorkCalendar.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace gw {
namespace {

/// A tab's figures: the table (named `name`, cells selected one by one) over its chart (`name`Chart).
QSplitter *tableOverChart(QWidget *tab, DataTableModel *model, const QString &name, QTableView *&view,
                          QChartView *&chart)
{
    auto *split = new QSplitter(Qt::Vertical, tab);
    model->setCellHint(StatsPage::tr("Enter or double-click: the documents behind this number"));
    view = newRecordTable(name, split);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setModel(model);
    chart = StatsCharts::newView(name + QStringLiteral("Chart"), split);
    split->addWidget(view);
    split->addWidget(chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    return split;
}

/// Saves the chart shown as PNG or SVG, as the name the user gives ends.
void saveChart(QWidget *parent, ErrorBanner *error, QChartView *view, const QString &name)
{
    const QString path = askSavePath(parent, StatsPage::tr("Save chart"), name + QStringLiteral(".png"),
                                     StatsPage::tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    const bool svg = path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive);
    const QByteArray bytes = svg ? StatsCharts::svg(view, name) : StatsCharts::png(view);
    if (auto st = privatefiles::write(path, bytes); !st)
        error->showError(st.error());
}

} // namespace

StatsPage::StatsPage(Workspace &ws, const Principal &actor, QWidget *parent)
    : QWidget(parent), m_ws(ws), m_actor(actor)
{
    setObjectName(QStringLiteral("statsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = newHeading(this);
    heading->setText(tr("Statistics"));
    layout->addWidget(heading);
    m_error = new ErrorBanner(this);

    auto allowed = ws.stats().allowedScope(actor);
    m_mayView = allowed.ok();
    if (!m_mayView) {
        layout->addWidget(m_error);
        m_error->showError(allowed.error());
        layout->addStretch(1);
        return;
    }
    m_allowed = allowed.value();
    m_mayViewQuality = Permissions::allows(actor.roles, Action::ViewReviewQuality);

    // The period, the rows and the scope.
    auto *bar = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("periodKind"));
    m_kind->addItem(tr("Month"), QStringLiteral("month"));
    m_kind->addItem(tr("Quarter"), QStringLiteral("quarter"));
    m_kind->addItem(tr("Year"), QStringLiteral("year"));
    m_kind->addItem(tr("Dates"), QStringLiteral("custom"));
    periodLabel->setBuddy(m_kind);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(2000, 2100);
    m_year->setSuffix(tr(" (year)"));
    m_part = new QComboBox(this);
    m_part->setObjectName(QStringLiteral("periodPart"));
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("from"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("to"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *rowsLabel = new QLabel(tr("&Rows:"), this);
    m_rows = new QComboBox(this);
    m_rows->setObjectName(QStringLiteral("rows"));
    for (LedgerRows r : {LedgerRows::Unit, LedgerRows::Drafter, LedgerRows::Reviewer})
        m_rows->addItem(ledgerRowsLabel(r), int(r));
    rowsLabel->setBuddy(m_rows);
    auto *scopeLabel = new QLabel(tr("&Scope:"), this);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scope"));
    scopeLabel->setBuddy(m_scope);
    if (auto units = ws.drafting().draftingUnits(actor)) {
        if (m_allowed.unitId == 0)
            m_scope->addItem(tr("Whole office"), qint64(0));
        for (const Unit &u : units.value()) {
            if (m_allowed.unitId == 0 || u.id == m_allowed.unitId)
                m_scope->addItem(u.name, u.id);
        }
    }
    // One person's documents: as drafter in the rows by unit or drafter, as reviewer in the reviewers' rows.
    if (auto people = ws.stats().people(actor); people && !people.value().isEmpty()) {
        m_scope->insertSeparator(m_scope->count());
        for (const auto &[id, name] : people.value())
            m_scope->addItem(tr("Person: %1").arg(name), QVariant::fromValue(-id));
    }
    m_scope->setEnabled(m_allowed.unitId == 0);
    auto *refresh = new QPushButton(tr("R&efresh"), this);
    refresh->setObjectName(QStringLiteral("refresh"));
    addKeyShortcut(refresh, QKeySequence::Refresh);
    for (QWidget *w : std::initializer_list<QWidget *>{periodLabel, m_kind, m_year, m_part, m_from, m_to,
                                                       rowsLabel, m_rows, scopeLabel, m_scope})
        bar->addWidget(w);
    bar->addStretch(1);
    bar->addWidget(refresh);
    layout->addLayout(bar);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(m_notice);
    layout->addWidget(m_error);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("statsTabs"));
    m_tabs->addTab(ledgerTab(), tr("&Quality ledger (差错台账)"));
    if (m_mayViewQuality)
        m_tabs->addTab(qualityTab(), tr("Re&view quality (核稿质量)"));
    m_flow = new FlowTab(
        ws, actor, [this] { return note(); },
        [this](const QList<qint64> &ids, const QString &what) { drillIds(ids, what); }, this);
    m_tabs->addTab(m_flow, tr("Flow fig&ures (流转情况)"));
    if (Permissions::allows(actor.roles, Action::ViewRanking)) {
        m_ranking = new RankingTab(
            ws, actor, [this] { return period(); },
            [this](const QList<qint64> &ids, const QString &what) { drillIds(ids, what); }, this);
        m_tabs->addTab(m_ranking, tr("R&anking and bulletins (评比与通报)"));
    }
    layout->addWidget(m_tabs, 1);

    const QDate today = WorkCalendar::localDate(ws.clock().now());
    m_year->setValue(today.year());
    m_from->setDate(QDate(today.year(), today.month(), 1));
    m_to->setDate(today);
    // The year so far: what the secretariat looks at first; a month or a quarter is one choice away.
    m_kind->setCurrentIndex(m_kind->findData(QStringLiteral("year")));
    showPeriodControls();

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        showPeriodControls();
        reload();
    });
    connect(m_year, &QSpinBox::valueChanged, this, &StatsPage::reload);
    connect(m_part, &QComboBox::activated, this, &StatsPage::reload);
    connect(m_from, &QDateEdit::editingFinished, this, &StatsPage::reload);
    connect(m_to, &QDateEdit::editingFinished, this, &StatsPage::reload);
    for (QComboBox *c : {m_rows, m_scope})
        connect(c, &QComboBox::activated, this, &StatsPage::reload);
    connect(refresh, &QPushButton::clicked, this, [this] {
        reload();
        if (m_ranking) // its own year, not the page's period: read again when asked, not at every change
            m_ranking->reload();
    });
    reload();
}

QWidget *StatsPage::ledgerTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *row = new QHBoxLayout;
    addExportButton(
        tab, row, m_error,
        [this] {
            QList<DataTable> out{StatsTables::ledgerTable(m_ledger, note())};
            Ledger byMonth = m_ledger;
            byMonth.lines = m_trend;
            byMonth.total = StatsTables::sumOf(m_trend, tr("Total"));
            DataTable months = StatsTables::ledgerTable(byMonth, note());
            months.headers[0] = tr("Month", "the column of a month-by-month table");
            months.title = tr("Month by month");
            out.append(months);
            return out;
        },
        [this] { return tr("Quality ledger %1").arg(m_ledger.period.label()); });
    auto *chartLabel = new QLabel(tr("Char&t:"), tab);
    m_chartKind = new QComboBox(tab);
    m_chartKind->setObjectName(QStringLiteral("chartKind"));
    m_chartKind->addItem(tr("By kind and row"));
    m_chartKind->addItem(tr("Month by month"));
    chartLabel->setBuddy(m_chartKind);
    auto *save = new QPushButton(tr("Save chart as &image…"), tab);
    save->setObjectName(QStringLiteral("saveChart"));
    row->addSpacing(12);
    row->addWidget(chartLabel);
    row->addWidget(m_chartKind);
    row->addWidget(save);
    row->addStretch(1);
    auto *hint = new QLabel(tr("Enter or double-click a number, or click a bar, to list its documents."), tab);
    hint->setStyleSheet(QStringLiteral("color: #555;"));
    row->addWidget(hint);
    layout->addLayout(row);

    m_ledgerModel = new DataTableModel(this);
    layout->addWidget(tableOverChart(tab, m_ledgerModel, QStringLiteral("ledger"), m_ledgerView, m_ledgerChart), 1);

    connect(m_ledgerView, &QTableView::activated, this,
            [this](const QModelIndex &i) { drillLedger(i.row(), i.column()); });
    connect(m_chartKind, &QComboBox::currentIndexChanged, this, &StatsPage::showLedgerChart);
    connect(save, &QPushButton::clicked, this, [this] {
        saveChart(this, m_error, m_ledgerChart, tr("Quality ledger %1").arg(m_ledger.period.label()));
    });
    return tab;
}

QWidget *StatsPage::qualityTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *row = new QHBoxLayout;
    addExportButton(
        tab, row, m_error, [this] { return QList<DataTable>{StatsTables::qualityTable(m_shown, m_quality, note())}; },
        [this] { return tr("Review quality %1").arg(m_shown.label()); });
    auto *save = new QPushButton(tr("Save chart as &image…"), tab);
    save->setObjectName(QStringLiteral("saveQualityChart"));
    row->addWidget(save);
    row->addStretch(1);
    auto *hint = new QLabel(tr("An error slipped past a reviewer when a later step or the first reader found it "
                               "after the reviewer passed the document."),
                            tab);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #555;"));
    row->addWidget(hint, 1);
    layout->addLayout(row);
    m_qualityModel = new DataTableModel(this);
    layout->addWidget(tableOverChart(tab, m_qualityModel, QStringLiteral("quality"), m_qualityView, m_qualityChart),
                      1);
    connect(m_qualityView, &QTableView::activated, this,
            [this](const QModelIndex &i) { drillQuality(i.row(), i.column()); });
    connect(save, &QPushButton::clicked, this, [this] {
        saveChart(this, m_error, m_qualityChart, tr("Review quality %1").arg(m_shown.label()));
    });
    return tab;
}

void StatsPage::showPeriodControls()
{
    const QString kind = m_kind->currentData().toString();
    const int was = m_part->currentIndex();
    m_part->clear();
    if (kind == QLatin1String("month")) {
        for (int m = 1; m <= 12; ++m)
            m_part->addItem(QLocale().standaloneMonthName(m), m);
        const QDate today = WorkCalendar::localDate(m_ws.clock().now());
        m_part->setCurrentIndex(was >= 0 ? qBound(0, was, 11) : today.month() - 1);
    } else if (kind == QLatin1String("quarter")) {
        for (int q = 1; q <= 4; ++q)
            m_part->addItem(tr("Quarter %1").arg(q), q);
        m_part->setCurrentIndex(qBound(0, was / 3, 3));
    }
    m_part->setVisible(kind == QLatin1String("month") || kind == QLatin1String("quarter"));
    m_year->setVisible(kind != QLatin1String("custom"));
    m_from->setVisible(kind == QLatin1String("custom"));
    m_to->setVisible(kind == QLatin1String("custom"));
}

StatsPeriod StatsPage::period() const
{
    const QString kind = m_kind->currentData().toString();
    if (kind == QLatin1String("month"))
        return StatsPeriod::month(m_year->value(), qMax(1, m_part->currentData().toInt()));
    if (kind == QLatin1String("quarter"))
        return StatsPeriod::quarter(m_year->value(), qMax(1, m_part->currentData().toInt()));
    if (kind == QLatin1String("year"))
        return StatsPeriod::year(m_year->value());
    return StatsPeriod::days(m_from->date(), m_to->date());
}

void StatsPage::setPeriod(const StatsPeriod &p)
{
    {
        const QSignalBlocker quiet(m_kind); // one reading, for the whole new period
        m_kind->setCurrentIndex(m_kind->findData(QStringLiteral("custom")));
    }
    showPeriodControls();
    m_from->setDate(p.first);
    m_to->setDate(p.last);
    reload();
}

QString StatsPage::note() const
{
    const QString scope = m_scope->currentIndex() >= 0 ? m_scope->currentText() : tr("Whole office");
    return tr("%1 · %2. Only documents within your clearance (%3) are counted.")
        .arg(m_shown.label(), scope, clearanceLabel(m_actor.clearance));
}

void StatsPage::reload()
{
    if (!m_mayView)
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const StatsPeriod p = period();
    // A unit's id, or a person's as a negative number (the two lists share one box).
    const qint64 chosen = m_scope->currentData().toLongLong();
    const LedgerScope scope{std::max<qint64>(chosen, 0), std::max<qint64>(-chosen, 0)};
    m_shown = p;
    m_shownScope = scope;
    const auto rows = static_cast<LedgerRows>(m_rows->currentData().toInt());
    auto ledger = m_ws.stats().ledger(m_actor, p, rows, scope);
    auto trend = ledger ? m_ws.stats().trend(m_actor, p, scope) : Result<QList<LedgerRow>>(ledger.error());
    m_error->setStatus(trend);
    if (ledger && trend) {
        m_ledger = ledger.value();
        m_trend = trend.value();
    } else {
        m_ledger = Ledger{};
        m_ledger.period = p;
        m_trend.clear();
    }
    m_notice->setText(note());
    m_ledgerModel->setTable(StatsTables::ledgerTable(m_ledger, note()), true);
    QList<int> counts;
    const QList<LedgerColumn> columns = StatsTables::ledgerColumns(m_ledger);
    for (int c = 0; c < columns.size(); ++c) {
        if (columns.at(c).kind == LedgerColumn::Count)
            counts.append(c);
    }
    m_ledgerModel->setHintedColumns(counts);
    fitColumnsToText(m_ledgerView, -1);
    showLedgerChart();
    m_flow->reload(p, scope);
    if (m_mayViewQuality) {
        auto quality = m_ws.stats().reviewQuality(m_actor, p, scope);
        if (ledger && trend)
            m_error->setStatus(quality);
        m_quality = quality ? quality.value() : QList<ReviewerQuality>();
        m_qualityModel->setTable(StatsTables::qualityTable(p, m_quality, note()), false);
        QList<int> listed; // the counts: documents behind each; not the hours or the rate
        const QList<QualityColumn> qc = StatsTables::qualityColumns();
        for (int c = 0; c < qc.size(); ++c) {
            if (qc.at(c) != QualityColumn::Name && qc.at(c) != QualityColumn::MedianHours &&
                qc.at(c) != QualityColumn::P90Hours && qc.at(c) != QualityColumn::OnTimeRate)
                listed.append(c);
        }
        m_qualityModel->setHintedColumns(listed);
        fitColumnsToText(m_qualityView, -1);
        StatsCharts::replace(m_qualityChart, StatsCharts::reviewers(m_quality, [this](int row, const QString &category,
                                                                              bool slipped) {
                         if (row < 0 || row >= m_quality.size())
                             return;
                         const ReviewerQuality &q = m_quality.at(row);
                         if (slipped) {
                             drillIds(q.slippedDraftIds(), q.name + QStringLiteral(" · ") +
                                                               StatsTables::qualityHeader(QualityColumn::SlippedTotal));
                             return;
                         }
                         LedgerCell cell =
                             *StatsTables::qualityCell(m_shown, m_shownScope, q, QualityColumn::FoundTotal);
                         cell.detail = category;
                         drill(cell, q.name + QStringLiteral(" · ") +
                                         tr("%1 errors").arg(markupCategoryLabel(
                                             markupCategoryFromCode(category).value_or(MarkupCategory::Wording))));
                     }));
    }
    QGuiApplication::restoreOverrideCursor();
}

void StatsPage::showLedgerChart()
{
    if (m_chartKind->currentIndex() == 1) {
        StatsCharts::replace(m_ledgerChart, StatsCharts::trend(m_trend, [this](int month, LedgerMeasure measure) {
                         const QList<StatsPeriod> months = StatsService::monthsOf(m_ledger.period);
                         if (month < 0 || month >= months.size())
                             return;
                         LedgerCell cell;
                         cell.period = months.at(month);
                         cell.rows = m_ledger.rows;
                         cell.scope = m_ledger.scope;
                         cell.measure = measure;
                         drill(cell, m_trend.value(month).name + QStringLiteral(" · ") + ledgerMeasureLabel(measure));
                     }));
        return;
    }
    StatsCharts::replace(m_ledgerChart,
                 StatsCharts::ledgerBars(m_ledger, [this](int row, LedgerMeasure measure, const QString &detail) {
                     if (row < 0 || row >= m_ledger.lines.size())
                         return;
                     LedgerCell cell;
                     cell.period = m_ledger.period;
                     cell.rows = m_ledger.rows;
                     cell.scope = m_ledger.scope;
                     cell.measure = measure;
                     cell.detail = detail;
                     cell.key = m_ledger.lines.at(row).key;
                     const auto cat = markupCategoryFromCode(detail);
                     drill(cell, m_ledger.lines.at(row).name + QStringLiteral(" · ") +
                                     (cat ? tr("%1 errors").arg(markupCategoryLabel(*cat)) : ledgerMeasureLabel(measure)));
                 }));
}

void StatsPage::drillLedger(int row, int column)
{
    const QList<LedgerColumn> columns = StatsTables::ledgerColumns(m_ledger);
    if (column < 0 || column >= columns.size() || row < 0 || row > m_ledger.lines.size())
        return;
    const LedgerRow &r = row < m_ledger.lines.size() ? m_ledger.lines.at(row) : m_ledger.total;
    const auto cell = StatsTables::ledgerCell(m_ledger, r, columns.at(column));
    if (!cell)
        return;
    drill(*cell, r.name + QStringLiteral(" · ") + columns.at(column).header);
}

void StatsPage::drillQuality(int row, int column)
{
    const QList<QualityColumn> columns = StatsTables::qualityColumns();
    if (row < 0 || row >= m_quality.size() || column < 0 || column >= columns.size())
        return;
    const ReviewerQuality &q = m_quality.at(row);
    const QualityColumn c = columns.at(column);
    const QString what = q.name + QStringLiteral(" · ") + StatsTables::qualityHeader(c);
    if (c == QualityColumn::SlippedErrors || c == QualityColumn::SlippedReturns ||
        c == QualityColumn::SlippedFirstReads || c == QualityColumn::SlippedTotal) {
        drillIds(StatsTables::slippedIds(q, c), what + QStringLiteral(" · ") + m_shown.label());
        return;
    }
    if (const auto cell = StatsTables::qualityCell(m_shown, m_shownScope, q, c))
        drill(*cell, what);
}

void StatsPage::drill(const LedgerCell &cell, const QString &what)
{
    auto ids = m_ws.stats().draftsBehind(m_actor, cell);
    if (!ids) {
        m_error->showError(ids.error());
        return;
    }
    drillIds(ids.value(), what + QStringLiteral(" · ") + cell.period.label());
}

void StatsPage::drillIds(const QList<qint64> &ids, const QString &what)
{
    DrillDownDialog dialog(m_ws, m_actor, what, ids, this);
    dialog.exec();
}

} // namespace gw
