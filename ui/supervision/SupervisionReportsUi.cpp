// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 督查 page's figures and reports.
#include "SupervisionReportsUi.h"

#include "DataTableModel.h"
#include "ErrorBanner.h"
#include "ExportMenu.h"
#include "MatterModel.h"
#include "RecordTable.h"
#include "TablePrint.h"
#include "WindowFit.h"

#include "Clock.h"
#include "services/DraftingService.h"
#include "services/SupervisionReports.h"
#include "services/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace gw {

SupervisionFiguresTab::SupervisionFiguresTab(Workspace &ws, const Principal &actor, QWidget *parent)
    : QWidget(parent), m_ws(ws), m_actor(actor)
{
    setObjectName(QStringLiteral("supervisionFigures"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    const QDate today = WorkCalendar::localDate(ws.clock().now());
    m_span = new QComboBox(this);
    m_span->setObjectName(QStringLiteral("figuresSpan"));
    m_span->addItem(tr("Month"), QStringLiteral("month"));
    m_span->addItem(tr("Quarter"), QStringLiteral("quarter"));
    m_span->addItem(tr("Year"), QStringLiteral("year"));
    m_year = new QSpinBox(this);
    m_year->setRange(1980, 2100);
    m_year->setValue(today.year());
    m_part = new QSpinBox(this);
    m_part->setObjectName(QStringLiteral("figuresPart"));
    m_part->setRange(1, 12);
    m_part->setValue(today.month());
    auto *spanLabel = new QLabel(tr("Perio&d:"), this);
    spanLabel->setBuddy(m_span);
    bar->addWidget(spanLabel);
    bar->addWidget(m_span);
    bar->addWidget(m_year);
    bar->addWidget(m_part);
    bar->addStretch(1);
    m_error = new ErrorBanner(this);
    addExportButton(this, bar, m_error, [this] { return QList<DataTable>{m_model->table()}; },
                    [this] { return tr("Supervision figures %1").arg(period().label()); });
    auto *print = new QPushButton(tr("Print pre&view…"), this);
    connect(print, &QPushButton::clicked, this, [this] { previewTable(this, m_model->table()); });
    bar->addWidget(print);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    m_model = new DataTableModel(this);
    m_model->setCellHint(tr("Enter or double-click: the matters behind this number"));
    m_model->setHintedColumns({SupervisionReports::DueColumn, SupervisionReports::OnTimeColumn,
                               SupervisionReports::ReceivedColumn, SupervisionReports::AnsweredColumn,
                               SupervisionReports::ClosedColumn});
    m_view = newRecordTable(QStringLiteral("figuresTable"), this);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setModel(m_model);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &i) { drillDown(i.row(), i.column()); });
    connect(m_span, &QComboBox::currentIndexChanged, this, [this] {
        const QString span = m_span->currentData().toString();
        m_part->setVisible(span != QLatin1String("year"));
        m_part->setRange(1, span == QLatin1String("quarter") ? 4 : 12);
        reload();
    });
    connect(m_year, &QSpinBox::valueChanged, this, &SupervisionFiguresTab::reload);
    connect(m_part, &QSpinBox::valueChanged, this, &SupervisionFiguresTab::reload);
    reload();
}

StatsPeriod SupervisionFiguresTab::period() const
{
    const QString span = m_span->currentData().toString();
    if (span == QLatin1String("year"))
        return StatsPeriod::year(m_year->value());
    if (span == QLatin1String("quarter"))
        return StatsPeriod::quarter(m_year->value(), m_part->value());
    return StatsPeriod::month(m_year->value(), m_part->value());
}

void SupervisionFiguresTab::setPeriod(const StatsPeriod &p)
{
    const bool year = p == StatsPeriod::year(p.first.year());
    m_span->setCurrentIndex(year ? 2 : 0);
    m_year->setValue(p.first.year());
    m_part->setValue(p.first.month());
    reload();
}

void SupervisionFiguresTab::reload()
{
    auto f = m_ws.supervision().figures(m_actor, period());
    if (!f) {
        m_error->showError(f.error());
        m_figures = MatterFigures{};
        m_model->setTable(DataTable{}, false);
        return;
    }
    m_error->clear();
    m_figures = f.value();
    m_model->setTable(SupervisionReports::figuresTable(m_figures), true);
    fitColumnsToText(m_view, 1);
}

bool SupervisionFiguresTab::drillDown(int row, int column)
{
    auto filter = SupervisionReports::drillDown(m_figures, row, column);
    if (!filter)
        return false;
    const DataTable &t = m_model->table();
    MatterListDialog dialog(m_ws, m_actor, *filter,
                            tr("%1 — %2, %3: %4")
                                .arg(period().label(), t.rows.at(row).at(0).toString(), t.rows.at(row).at(1).toString(),
                                     t.headers.at(column)),
                            this);
    dialog.exec();
    return true;
}

MatterListDialog::MatterListDialog(Workspace &ws, const Principal &actor, const MatterFilter &filter,
                                   const QString &what, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("matterList"));
    setWindowTitle(what);
    auto *layout = new QVBoxLayout(this);
    auto *error = new ErrorBanner(this);
    layout->addWidget(error);
    m_model = new MatterModel(ws, actor, MatterModel::Source::Register, this);
    auto *view = newRecordTable(QStringLiteral("matterListTable"), this);
    view->setModel(m_model);
    layout->addWidget(view, 1);
    if (auto st = m_model->setFilter(filter); !st)
        error->showError(st.error());
    fitColumnsToText(view, MatterModel::TitleColumn);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    fitWindow(this, QSize(1000, 520));
}

ComposeReportDialog::ComposeReportDialog(Workspace &ws, const Principal &actor, qint64 matterId, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_actor(actor), m_matterId(matterId)
{
    setObjectName(QStringLiteral("composeReport"));
    setWindowTitle(matterId > 0 ? tr("Compose a special report (督查专报)") : tr("Compose the monthly bulletin (督查通报)"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const QDate today = WorkCalendar::localDate(ws.clock().now());
    if (matterId == 0) {
        // By default the month just ended: the bulletin reports on a whole month.
        const QDate last = QDate(today.year(), today.month(), 1).addMonths(-1);
        m_year = new QSpinBox(this);
        m_year->setRange(1980, 2100);
        m_year->setValue(last.year());
        m_month = new QSpinBox(this);
        m_month->setObjectName(QStringLiteral("reportMonth"));
        m_month->setRange(1, 12);
        m_month->setValue(last.month());
        auto *row = new QHBoxLayout;
        row->addWidget(m_year);
        row->addWidget(m_month);
        row->addStretch(1);
        auto *label = new QLabel(tr("&Month:"), this);
        label->setBuddy(m_year);
        form->addRow(label, row);
        connect(m_year, &QSpinBox::valueChanged, this, &ComposeReportDialog::showPreview);
        connect(m_month, &QSpinBox::valueChanged, this, &ComposeReportDialog::showPreview);
    }
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("reportUnit"));
    if (auto units = ws.drafting().draftingUnits(actor)) {
        for (const Unit &u : units.value()) {
            if (u.type == UnitType::Section)
                m_unit->addItem(u.name, u.id);
        }
    }
    const int own = m_unit->findText(QStringLiteral("督查室"));
    if (own >= 0)
        m_unit->setCurrentIndex(own);
    form->addRow(tr("Drafting &unit:"), m_unit);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The text as it will be drafted (edit it in the draft afterwards):"), this));
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setReadOnly(true);
    layout->addWidget(m_preview, 1);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Draft it"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ComposeReportDialog::compose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showPreview();
    fitWindow(this, QSize(780, 640));
}

StatsPeriod ComposeReportDialog::month() const
{
    return m_year ? StatsPeriod::month(m_year->value(), m_month->value()) : StatsPeriod{};
}

void ComposeReportDialog::showPreview()
{
    auto text = m_matterId > 0 ? m_ws.supervisionReports().specialReportText(m_actor, m_matterId)
                               : m_ws.supervisionReports().bulletinText(m_actor, month());
    if (!text) {
        m_preview->clear();
        m_error->showError(text.error());
        return;
    }
    m_error->clear();
    m_preview->setPlainText(text.value().title + QStringLiteral("\n\n") + text.value().body);
}

void ComposeReportDialog::compose()
{
    const qint64 unit = m_unit->currentData().toLongLong();
    auto draft = m_matterId > 0 ? m_ws.supervisionReports().composeSpecialReport(m_actor, m_matterId, unit)
                                : m_ws.supervisionReports().composeBulletin(m_actor, month(), unit);
    if (!draft) {
        m_error->showError(draft.error());
        return;
    }
    m_draftId = draft.value().id;
    m_message = tr("“%1” is drafted. It waits at drafting in Outgoing (发文): check it there and submit it; its "
                   "issue number is given at registration.")
                    .arg(draft.value().fields.title);
    accept();
}

void showHotlineDigest(Workspace &ws, const Principal &actor, const StatsPeriod &period, QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("hotlineDigest"));
    dialog.setWindowTitle(SupervisionFiguresTab::tr("Hotline digest (直线电话简报) %1").arg(period.label()));
    auto *layout = new QVBoxLayout(&dialog);
    auto *error = new ErrorBanner(&dialog);
    layout->addWidget(error);
    auto digest = ws.supervisionReports().hotlineDigest(actor, period);
    const QList<DataTable> tables = digest ? digest.value() : QList<DataTable>{};
    if (!digest)
        error->showError(digest.error());
    auto *bar = new QHBoxLayout;
    for (int i = 0; i < tables.size(); ++i) {
        layout->addWidget(new QLabel(tables.at(i).title, &dialog));
        auto *model = new DataTableModel(&dialog);
        model->setTable(tables.at(i), i == 0);
        auto *view = newRecordTable(QStringLiteral("digestTable%1").arg(i), &dialog);
        view->setModel(model);
        layout->addWidget(view, 1);
        fitColumnsToText(view, 0);
    }
    bar->addStretch(1);
    addExportButton(&dialog, bar, error, [tables] { return tables; },
                    [period] { return SupervisionFiguresTab::tr("Hotline digest %1").arg(period.label()); });
    auto *print = new QPushButton(SupervisionFiguresTab::tr("Print pre&view…"), &dialog);
    QObject::connect(print, &QPushButton::clicked, &dialog, [&dialog, tables] {
        for (const DataTable &t : tables)
            previewTable(&dialog, t);
    });
    bar->addWidget(print);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    buttons->button(QDialogButtonBox::Close)->setText(SupervisionFiguresTab::tr("Close"));
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    bar->addWidget(buttons);
    layout->addLayout(bar);
    fitWindow(&dialog, QSize(900, 600));
    dialog.exec();
}

} // namespace gw
