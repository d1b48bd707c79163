// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 档案 area: the page, the documents waiting to be archived, the catalogue.
#include "ArchivePage.h"

#include "ActionRow.h"
#include "ArchiveDialogs.h"
#include "DataTableModel.h"
#include "ErrorBanner.h"
#include "ExportMenu.h"
#include "RecordTable.h"
#include "RefreshLater.h"
#include "SavePdf.h"
#include "TablePrint.h"
#include "pdf/ArchivePdfTools.h"
#include "pdf/PdfWorkerClient.h"
#include "services/ArchiveService.h"
#include "services/DraftingService.h"
#include "services/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace gw {

ArchivePage::ArchivePage(Workspace &ws, const Principal &actor, QWidget *parent)
    : QWidget(parent), m_ws(ws), m_actor(actor), m_pdf(std::make_unique<ArchivePdfTools>())
{
    setObjectName(QStringLiteral("archivePage"));
    auto *layout = new QVBoxLayout(this);
    QLabel *heading = newHeading(this);
    heading->setText(tr("Archive (档案)"));
    layout->addWidget(heading);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("archiveSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("archiveTabs"));
    if (Permissions::allows(actor.roles, Action::ArchiveItem))
        m_tabs->addTab(buildCandidatesTab(), tr("&Waiting (待归档)"));
    if (Permissions::allows(actor.roles, Action::ViewArchive))
        m_tabs->addTab(buildCatalogueTab(), tr("Cata&logue (归档文件目录)"));
    if (Permissions::allows(actor.roles, Action::ArchiveItem))
        m_tabs->addTab(buildChecksTab(), tr("Chec&ks (四性检测)"));
    m_tabs->addTab(buildLoansTab(), tr("Loa&ns (借阅登记)"));
    layout->addWidget(m_tabs, 1);
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    connect(refresh, &QShortcut::activated, this, &ArchivePage::reload);
    auto *later = new RefreshLater(this, [this] { reload(); });
    connect(&ws.archive(), &ArchiveService::archiveChanged, later, &RefreshLater::request);
    connect(&ws.archive(), &ArchiveService::loansChanged, later, &RefreshLater::request);
    connect(&ws.archive(), &ArchiveService::backupMade, later, &RefreshLater::request);
    connect(&ws.drafting(), &DraftingService::draftChanged, later, &RefreshLater::request);
    reload();
}

ArchivePage::~ArchivePage() = default;

void ArchivePage::reload()
{
    m_error->clear();
    reloadCandidates();
    reloadCatalogue();
    reloadLoans();
    showSummary();
}

void ArchivePage::showSummary()
{
    QStringList parts;
    if (!Permissions::allows(m_actor.roles, Action::ViewArchive)) {
        m_summary->setText(tr("Your loans of archived items: an item lent to you on screen opens here until its "
                              "due date."));
        return;
    }
    auto backup = m_ws.archive().lastBackup(m_actor);
    if (backup)
        parts << (backup.value() > 0 ? tr("Last backup: %1.").arg(shortDateTime(backup.value()))
                                     : tr("No backup has been made yet."));
    auto last = m_ws.archive().lastCheck(m_actor);
    if (last && last.value()) {
        const ArchiveCheckRun &r = *last.value();
        parts << tr("Last check (四性检测): %1 by %2, %n item(s), %3 finding(s).", nullptr, r.items)
                     .arg(shortDateTime(r.atMs), r.byName)
                     .arg(r.failures);
        if (m_report.atMs == 0)
            showReport(ArchiveCheckReport::fromJson(last.value()->report));
    } else if (last) {
        parts << tr("The archive has not been checked yet.");
    }
    m_summary->setText(parts.join(QLatin1Char(' ')));
}

QWidget *ArchivePage::buildCandidatesTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *intro = new QLabel(tr("Documents released by the first reader and incoming items done with. Select them and "
                                "archive: each becomes an archived item (件) with its archival code (档号) and stamp "
                                "(归档章)."),
                             tab);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_candidatesModel = new DataTableModel(this);
    m_candidatesView = newRecordTable(QStringLiteral("archiveCandidates"), tab);
    m_candidatesView->setModel(m_candidatesModel);
    m_candidatesView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_candidatesView, 1);
    auto *row = new QHBoxLayout;
    addActionButton(tab, row, "archiveSelected", tr("&Archive selected…"), [this] { archiveSelected(); });
    addActionButton(tab, row, "selectAllCandidates", tr("S&elect all"), [this] { m_candidatesView->selectAll(); });
    row->addStretch(1);
    layout->addLayout(row);
    connect(m_candidatesView, &QTableView::activated, this, [this] { archiveSelected(); });
    return tab;
}

void ArchivePage::reloadCandidates()
{
    if (!m_candidatesModel)
        return;
    auto found = m_ws.archive().candidates(m_actor);
    if (!found) {
        m_error->showError(found.error());
        return;
    }
    m_candidates = found.value();
    DataTable t;
    t.title = tr("Waiting to be archived");
    t.headers = {tr("Kind"), tr("Doc. number"), tr("Title"), tr("Date"), tr("Secrecy"), tr("Proposed retention")};
    for (const ArchiveCandidate &c : m_candidates)
        t.rows << QVariantList{archiveSourceLabel(c.source), c.docNumber, c.title,
                               c.date.isEmpty() ? shortDateTime(c.atMs).left(10) : c.date,
                               c.secrecy == Clearance::None ? QString() : clearanceLabel(c.secrecy),
                               retentionLabel(c.proposed)};
    m_candidatesModel->setTable(t, false);
    fitColumnsToText(m_candidatesView, 2);
    const int tab = m_tabs->indexOf(m_candidatesView->parentWidget());
    if (tab >= 0)
        m_tabs->setTabText(tab, m_candidates.isEmpty() ? tr("&Waiting (待归档)")
                                                       : tr("&Waiting (待归档) (%1)").arg(m_candidates.size()));
}

int ArchivePage::archiveSelected()
{
    QList<ArchiveCandidate> chosen;
    for (const QModelIndex &i : m_candidatesView->selectionModel()->selectedRows())
        chosen << m_candidates.at(i.row());
    if (chosen.isEmpty()) {
        m_error->showMessage(tr("Select the documents to archive first."));
        return 0;
    }
    QList<ArchiveCandidate> forwardable;
    for (const ArchiveCandidate &c : m_candidates)
        if (c.source == ArchiveSource::Incoming)
            forwardable << c;
    ArchiveConfirmDialog confirm(chosen, forwardable, this);
    if (confirm.exec() != QDialog::Accepted)
        return 0;
    // An incoming item a chosen document forwards goes into that document's 件, not one of its own.
    QSet<qint64> forwarded;
    for (int i = 0; i < chosen.size(); ++i)
        if (const qint64 f = confirm.forwardedAt(i))
            forwarded.insert(f);
    QProgressDialog progress(tr("Archiving…"), tr("Cancel"), 0, int(chosen.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    int done = 0;
    QStringList problems;
    for (int i = 0; i < chosen.size() && !progress.wasCanceled(); ++i) {
        progress.setValue(i);
        progress.setLabelText(tr("Archiving “%1”…").arg(chosen.at(i).title));
        if (chosen.at(i).source == ArchiveSource::Incoming && forwarded.contains(chosen.at(i).id))
            continue;
        ArchiveRequest r{chosen.at(i).source, chosen.at(i).id, confirm.retentionAt(i), {}, confirm.forwardedAt(i)};
        auto out = m_ws.archive().archive(m_actor, r, *m_pdf);
        if (!out) {
            problems << QStringLiteral("“%1”：%2").arg(chosen.at(i).title, out.error().message);
            continue;
        }
        ++done;
        for (const QString &w : out.value().warnings)
            problems << QStringLiteral("%1：%2").arg(out.value().item.code.toString(), w);
        for (const ArchiveFinding &f : out.value().findings)
            problems << QStringLiteral("%1：%2").arg(out.value().item.code.toString(), f.message);
    }
    progress.setValue(int(chosen.size()));
    reload();
    if (!problems.isEmpty())
        m_error->showMessage(tr("%n item(s) archived. To look at:", nullptr, done) + QLatin1Char('\n') +
                             problems.join(QLatin1Char('\n')));
    else
        m_error->showNotice(tr("%n item(s) archived.", nullptr, done));
    return done;
}

QWidget *ArchivePage::buildCatalogueTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *bar = new QHBoxLayout;
    m_year = new QComboBox(tab);
    m_year->setObjectName(QStringLiteral("catalogueYear"));
    m_retention = new QComboBox(tab);
    m_retention->setObjectName(QStringLiteral("catalogueRetention"));
    for (Retention r : allRetentions())
        m_retention->addItem(retentionLabel(r), retentionCode(r));
    auto *yearLabel = new QLabel(tr("&Year:"), tab);
    yearLabel->setBuddy(m_year);
    auto *retentionLabelW = new QLabel(tr("&Retention:"), tab);
    retentionLabelW->setBuddy(m_retention);
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);
    bar->addWidget(retentionLabelW);
    bar->addWidget(m_retention);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_catalogueModel = new DataTableModel(this);
    m_catalogueView = newRecordTable(QStringLiteral("archiveCatalogue"), tab);
    m_catalogueView->setModel(m_catalogueModel);
    layout->addWidget(m_catalogueView, 1);
    auto *row = new QHBoxLayout;
    addActionButton(tab, row, "openArchived", tr("&Open…"), [this] { openCurrent(); });
    QPushButton *print = addActionButton(tab, row, "previewCatalogue", tr("&Print preview…"),
                                         [this] { previewTable(this, m_catalogueModel->table()); });
    addKeyShortcut(print, QKeySequence::Print);
    addExportButton(
        tab, row, m_error, [this] { return QList<DataTable>{m_catalogueModel->table()}; },
        [this] { return QStringLiteral("归档文件目录-%1-%2").arg(m_year->currentText(), m_retention->currentText()); });
    addActionButton(tab, row, "catalogueAsPdf", tr("Sa&ve as PDF…"), [this] {
        savePdfAs(this, m_error, tr("Save the catalogue as PDF"),
                  QStringLiteral("归档文件目录-%1-%2.pdf").arg(m_year->currentText(), m_retention->currentText()),
                  tablePdf(m_catalogueModel->table()));
    });
    addActionButton(tab, row, "boxNotes", tr("&Box notes (备考表)…"), [this] {
        bool ok = false;
        const int perBox = QInputDialog::getInt(this, tr("Box notes (备考表)"), tr("Items to a box:"), 20, 1, 500, 1, &ok);
        if (ok)
            previewBoxNotes(perBox);
    });
    if (Permissions::allows(m_actor.roles, Action::LendArchive))
        addActionButton(tab, row, "lendArchived", tr("Len&d…"), [this] { lendCurrent(); });
    row->addStretch(1);
    layout->addLayout(row);
    connect(m_catalogueView, &QTableView::activated, this, [this] { openCurrent(); });
    connect(m_year, &QComboBox::currentIndexChanged, this, &ArchivePage::reloadCatalogue);
    connect(m_retention, &QComboBox::currentIndexChanged, this, &ArchivePage::reloadCatalogue);
    return tab;
}

void ArchivePage::reloadCatalogue()
{
    if (!m_catalogueModel)
        return;
    auto years = m_ws.archive().years(m_actor);
    if (!years) {
        m_error->showError(years.error());
        return;
    }
    const int shown = m_year->currentData().toInt();
    {
        const QSignalBlocker block(m_year);
        m_year->clear();
        QList<int> list = years.value();
        const int thisYear = QDate::currentDate().year();
        if (!list.contains(thisYear))
            list.prepend(thisYear);
        for (int y : list)
            m_year->addItem(QString::number(y), y);
        m_year->setCurrentIndex(std::max(0, m_year->findData(shown > 0 ? shown : list.first())));
    }
    const int year = m_year->currentData().toInt();
    const Retention retention = retentionFromCode(m_retention->currentData().toString()).value_or(Retention::Permanent);
    ArchiveFilter f;
    f.year = year;
    f.retention = retention;
    f.limit = 100000;
    auto items = m_ws.archive().list(m_actor, f);
    if (!items) {
        m_error->showError(items.error());
        return;
    }
    m_items = items.value();
    std::sort(m_items.begin(), m_items.end(), [](const ArchiveItem &a, const ArchiveItem &b) {
        return std::tie(a.code.organ, a.code.item) < std::tie(b.code.organ, b.code.item);
    });
    m_catalogueModel->setTable(ArchiveService::catalogueTable(m_items, year, retention), false);
    fitColumnsToText(m_catalogueView, 4);
}

const ArchiveItem *ArchivePage::currentItem() const
{
    if (!m_catalogueView)
        return nullptr;
    const QModelIndex i = m_catalogueView->currentIndex();
    return i.isValid() && i.row() < m_items.size() ? &m_items.at(i.row()) : nullptr;
}

void ArchivePage::openCurrent()
{
    const ArchiveItem *shown = currentItem();
    if (!shown) {
        m_error->showMessage(tr("Choose an item in the catalogue first."));
        return;
    }
    auto item = m_ws.archive().get(m_actor, shown->id);
    if (!item) {
        m_error->showError(item.error());
        return;
    }
    ArchiveItemDialog dialog(m_ws, m_actor, item.value(), this);
    dialog.exec();
    reloadCatalogue();
}

void ArchivePage::previewBoxNotes(int perBox)
{
    const QList<BoxNote> boxes = ArchiveService::boxNotes(m_items, perBox);
    if (boxes.isEmpty()) {
        m_error->showMessage(tr("The catalogue shown holds no items."));
        return;
    }
    QString html;
    for (int i = 0; i < boxes.size(); ++i) {
        const BoxNote &b = boxes.at(i);
        if (i > 0)
            html += QStringLiteral("<p style=\"page-break-before: always\"></p>");
        html += QStringLiteral("<h2 align=\"center\">备考表</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"8\" "
                               "width=\"100%\"><tr><td><p>盒内文件情况说明：</p><p>本盒共 %1 件 %2 页，档号 %3 至 %4%5。</p>"
                               "<p>%6</p><p></p><p></p></td></tr></table><p>整理人：%7　　　　检查人：＿＿＿＿　　　　日期：%8</p>")
                    .arg(b.items)
                    .arg(b.pages)
                    .arg(b.firstCode.toHtmlEscaped(), b.lastCode.toHtmlEscaped())
                    .arg(b.secret > 0 ? QStringLiteral("，其中涉密 %1 件").arg(b.secret) : QString())
                    .arg(b.remarks.join(QStringLiteral("；")).toHtmlEscaped())
                    .arg(m_actor.displayName.toHtmlEscaped(), QDate::currentDate().toString(QStringLiteral("yyyy年M月d日")));
    }
    QTextDocument doc;
    doc.setHtml(html);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("boxNotesPreview"));
    preview.setWindowTitle(tr("Box notes (备考表)"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&doc](QPrinter *p) { doc.print(p); });
    preview.exec();
}

} // namespace gw
