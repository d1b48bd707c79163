// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — 流转情况.
#include "FlowTab.h"

#include "DataTableModel.h"
#include "DrillDownDialog.h"
#include "ErrorBanner.h"
#include "ExportMenu.h"
#include "RecordTable.h"
#include "TablePrint.h"

#include "services/StatsService.h"
#include "services/Workspace.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace gw {

FlowTab::FlowTab(Workspace &ws, const Principal &actor, std::function<QString()> note,
                 std::function<void(const QList<qint64> &, const QString &)> drill, QWidget *parent)
    : QWidget(parent), m_ws(ws), m_actor(actor), m_note(std::move(note)), m_drill(std::move(drill))
{
    setObjectName(QStringLiteral("flowTab"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_error = new ErrorBanner(this);
    addExportButton(
        this, bar, m_error,
        [this] {
            // Every table, one sheet each; CSV takes the one shown first.
            QList<DataTable> out;
            if (m_shown >= 0)
                out.append(tableAt(m_shown));
            for (int i = 0; i < m_figures.tables.size(); ++i) {
                if (i != m_shown)
                    out.append(tableAt(i));
            }
            return out;
        },
        [this] { return tr("Flow figures %1").arg(m_figures.period.label()); });
    auto *print = new QPushButton(tr("Print previe&w…"), this);
    print->setObjectName(QStringLiteral("printFlow"));
    bar->addWidget(print);
    bar->addStretch(1);
    auto *hint = new QLabel(tr("Enter or double-click a count to list its documents."), this);
    hint->setStyleSheet(QStringLiteral("color: #555;"));
    bar->addWidget(hint);
    layout->addLayout(bar);
    layout->addWidget(m_error);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_list = new QListWidget(split);
    m_list->setObjectName(QStringLiteral("flowTables"));
    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_title = newHeading(right, 1.1);
    m_title->setObjectName(QStringLiteral("flowTitle"));
    rightLayout->addWidget(m_title);
    m_model = new DataTableModel(this);
    m_model->setCellHint(tr("Enter or double-click: the documents behind this number"));
    m_view = newRecordTable(QStringLiteral("flow"), right);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setModel(m_model);
    rightLayout->addWidget(m_view, 1);
    m_tableNote = new QLabel(right);
    m_tableNote->setObjectName(QStringLiteral("flowNote"));
    m_tableNote->setWordWrap(true);
    m_tableNote->setStyleSheet(QStringLiteral("color: #555;"));
    rightLayout->addWidget(m_tableNote);
    split->addWidget(m_list);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    layout->addWidget(split, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &FlowTab::showTable);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &i) { this->drill(i.row(), i.column()); });
    connect(print, &QPushButton::clicked, this, [this] {
        if (m_shown >= 0)
            previewTable(this, tableAt(m_shown));
    });
}

DataTable FlowTab::tableAt(int index) const
{
    const FlowTable &f = m_figures.tables.at(index);
    DataTable t;
    t.title = f.title;
    t.headers = f.headers;
    t.rows = f.rows;
    t.note = f.note.isEmpty() ? m_note() : f.note + QStringLiteral(" ") + m_note();
    return t;
}

void FlowTab::reload(const StatsPeriod &period, const LedgerScope &scope)
{
    m_period = period;
    m_scope = scope;
    m_stale = true;
    if (isVisible())
        read();
}

void FlowTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        read();
}

void FlowTab::read()
{
    m_stale = false;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto figures = m_ws.stats().flow(m_actor, m_period, m_scope);
    QGuiApplication::restoreOverrideCursor();
    m_error->setStatus(figures);
    m_figures = figures ? figures.value() : FlowFigures{};
    const int was = std::max(0, m_list->currentRow());
    {
        const QSignalBlocker quiet(m_list);
        m_list->clear();
        for (const FlowTable &t : m_figures.tables) {
            m_list->addItem(t.title);
            m_list->item(m_list->count() - 1)->setToolTip(t.title);
        }
    }
    m_shown = -1;
    if (!m_figures.tables.isEmpty())
        m_list->setCurrentRow(std::min(was, int(m_figures.tables.size()) - 1));
    else
        showTable(-1);
}

void FlowTab::showTable(int index)
{
    m_shown = index >= 0 && index < m_figures.tables.size() ? index : -1;
    if (m_shown < 0) {
        m_title->clear();
        m_tableNote->clear();
        m_model->setTable(DataTable{}, false);
        return;
    }
    const FlowTable &f = m_figures.tables.at(m_shown);
    m_title->setText(f.title);
    m_tableNote->setText(tableAt(m_shown).note);
    m_model->setTable(tableAt(m_shown), false);
    QList<int> counted;
    for (const QList<std::optional<FlowCell>> &row : f.cells) {
        for (int c = 0; c < row.size(); ++c) {
            if (row.at(c) && !counted.contains(c))
                counted.append(c);
        }
    }
    m_model->setHintedColumns(counted);
    fitColumnsToText(m_view, 0);
}

void FlowTab::drill(int row, int column)
{
    if (m_shown < 0)
        return;
    const FlowTable &f = m_figures.tables.at(m_shown);
    if (row < 0 || row >= f.cells.size() || column < 0 || column >= f.cells.at(row).size() || !f.cells.at(row).at(column))
        return;
    const FlowCell &cell = *f.cells.at(row).at(column);
    const QString first = f.rows.at(row).value(0).toString();
    // What is overdue is now's, not the period's.
    const QString what = QStringLiteral("%1 · %2%3%4")
                             .arg(f.title, first.isEmpty() || column == 0 ? QString() : first + QStringLiteral(" · "),
                                  f.headers.value(column),
                                  cell.what == FlowCell::OverdueNow ? QString()
                                                                    : QStringLiteral(" · ") + cell.period.label());
    if (cell.incoming()) {
        auto filter = m_ws.stats().flowIncoming(m_actor, cell);
        if (!filter) {
            m_error->showError(filter.error());
            return;
        }
        DrillDownDialog dialog(m_ws, m_actor, what, filter.value(), this);
        dialog.exec();
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto ids = m_ws.stats().flowDrafts(m_actor, cell);
    QGuiApplication::restoreOverrideCursor();
    if (!ids) {
        m_error->showError(ids.error());
        return;
    }
    m_drill(ids.value(), what);
}

} // namespace gw
