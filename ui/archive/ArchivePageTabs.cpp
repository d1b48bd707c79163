// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 档案 area's 四性 checks and 借阅登记 tabs.
#include "ArchivePage.h"

#include "ActionRow.h"
#include "ArchiveDialogs.h"
#include "DataTableModel.h"
#include "ErrorBanner.h"
#include "ExportMenu.h"
#include "RecordTable.h"
#include "TextPrompt.h"
#include "pdf/ArchivePdfTools.h"
#include "pdf/PdfWorkerClient.h"
#include "services/ArchiveService.h"
#include "services/OfficeService.h"
#include "services/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace gw {

QWidget *ArchivePage::buildChecksTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *intro = new QLabel(tr("The four properties of DA/T 70 checked over every archived item: authenticity (the "
                                "files match their SHA-256 and SM3, the record agrees with the document), integrity "
                                "(components, metadata, item numbers, audit trail), usability (each file opens and "
                                "renders, fonts embedded, no encryption, an archival format) and safety (stored "
                                "copies readable, a recent backup)."),
                             tab);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_reportLabel = new QLabel(tab);
    m_reportLabel->setObjectName(QStringLiteral("checkReportSummary"));
    m_reportLabel->setWordWrap(true);
    layout->addWidget(m_reportLabel);
    m_findingsModel = new DataTableModel(this);
    m_findingsView = newRecordTable(QStringLiteral("checkFindings"), tab);
    m_findingsView->setModel(m_findingsModel);
    layout->addWidget(m_findingsView, 1);
    auto *row = new QHBoxLayout;
    addActionButton(tab, row, "runArchiveCheck", tr("&Run the checks"), [this] { runCheck(); });
    addExportButton(
        tab, row, m_error, [this] { return QList<DataTable>{m_findingsModel->table()}; },
        [] { return QStringLiteral("四性检测报告-%1").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))); });
    row->addStretch(1);
    layout->addLayout(row);
    return tab;
}

void ArchivePage::runCheck()
{
    QProgressDialog progress(tr("Checking the archive (四性检测)…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto report = m_ws.archive().check(m_actor, *m_pdf, QStringLiteral("on_demand"), 0, [&](int done, int total) {
        progress.setMaximum(std::max(1, total));
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!report) {
        m_error->showError(report.error());
        return;
    }
    showReport(report.value());
    showSummary();
}

void ArchivePage::showReport(const ArchiveCheckReport &report)
{
    m_report = report;
    if (!m_findingsModel)
        return;
    DataTable t;
    t.title = tr("Archive check report (四性检测报告)");
    t.headers = {tr("Archival code (档号)"), tr("Property"), tr("Rule"), tr("Finding")};
    for (const ArchiveFinding &f : report.findings)
        t.rows << QVariantList{f.code.isEmpty() ? tr("(the archive)") : f.code, archivePropertyLabel(f.property),
                               archiveRuleLabel(f.rule), f.message};
    t.note = tr("%1, by %2: %n item(s) checked.", nullptr, report.items).arg(shortDateTime(report.atMs), report.byName);
    m_findingsModel->setTable(t, false);
    fitColumnsToText(m_findingsView, 3);
    m_reportLabel->setText(
        report.findings.isEmpty()
            ? tr("%1: %n item(s) checked, every rule holds.", nullptr, report.items).arg(shortDateTime(report.atMs))
            : tr("%1: %n item(s) checked, %2 finding(s) — each names the item and the rule.", nullptr, report.items)
                  .arg(shortDateTime(report.atMs))
                  .arg(report.findings.size()) +
                  (report.complete ? QString() : QLatin1Char(' ') + tr("The run was stopped before the end.")));
}

QWidget *ArchivePage::buildLoansTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *bar = new QHBoxLayout;
    m_loanFilter = new QComboBox(tab);
    m_loanFilter->setObjectName(QStringLiteral("loanFilter"));
    m_loanFilter->addItem(tr("Open loans"), int(LoanFilter::Open));
    m_loanFilter->addItem(tr("Overdue"), int(LoanFilter::Overdue));
    m_loanFilter->addItem(tr("All loans"), int(LoanFilter::All));
    auto *label = new QLabel(tr("Lis&t:"), tab);
    label->setBuddy(m_loanFilter);
    bar->addWidget(label);
    bar->addWidget(m_loanFilter);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_loansModel = new DataTableModel(this);
    m_loansView = newRecordTable(QStringLiteral("archiveLoans"), tab);
    m_loansView->setModel(m_loansModel);
    layout->addWidget(m_loansView, 1);
    auto *row = new QHBoxLayout;
    // The post the office set decides loans; others do not see the buttons.
    const auto office = m_ws.office().office();
    const std::optional<Role> approver =
        office && office.value() ? roleFromCode(office.value()->loanApprover) : std::nullopt;
    if (approver && m_actor.hasRole(*approver)) {
        addActionButton(tab, row, "approveLoan", tr("A&pprove"), [this] { decideCurrentLoan(true); });
        addActionButton(tab, row, "refuseLoan", tr("Refu&se…"), [this] { decideCurrentLoan(false); });
    }
    if (Permissions::allows(m_actor.roles, Action::LendArchive))
        addActionButton(tab, row, "returnLoan", tr("Retu&rned"), [this] { returnCurrentLoan(); });
    addActionButton(tab, row, "readLoaned", tr("Read on scr&een…"), [this] {
        const QModelIndex i = m_loansView->currentIndex();
        if (!i.isValid())
            return;
        auto item = m_ws.archive().get(m_actor, m_loans.at(i.row()).itemId);
        if (!item) {
            m_error->showError(item.error());
            return;
        }
        const ArchiveItem &shown = item.value();
        ArchiveItemDialog dialog(m_ws, m_actor, shown, this);
        dialog.exec();
    });
    row->addStretch(1);
    layout->addLayout(row);
    connect(m_loanFilter, &QComboBox::currentIndexChanged, this, &ArchivePage::reloadLoans);
    return tab;
}

void ArchivePage::reloadLoans()
{
    LoanFilter f;
    f.which = LoanFilter::Which(m_loanFilter->currentData().toInt());
    auto loans = m_ws.archive().loans(m_actor, f);
    if (!loans) {
        m_error->showError(loans.error());
        return;
    }
    m_loans = loans.value();
    DataTable t;
    t.title = tr("Loans of archived items (借阅登记)");
    t.headers = {tr("Archival code (档号)"), tr("Title"), tr("Borrower"), tr("Form"), tr("Purpose"), tr("Due"),
                 tr("State"), tr("Decided by")};
    const QDate today = QDate::currentDate();
    for (const ArchiveLoan &l : m_loans)
        t.rows << QVariantList{l.itemCode, l.itemTitle, l.borrowerName, loanFormLabel(l.form), l.purpose,
                               l.due.toString(Qt::ISODate),
                               l.overdue(today) ? tr("overdue") : loanStateLabel(l.state), l.decidedBy};
    m_loansModel->setTable(t, false);
    fitColumnsToText(m_loansView, 1);
}

void ArchivePage::lendCurrent()
{
    const ArchiveItem *item = currentItem();
    if (!item) {
        m_error->showMessage(tr("Choose an item in the catalogue first."));
        return;
    }
    LoanDialog dialog(m_ws, m_actor, *item, this);
    if (dialog.exec() == QDialog::Accepted) {
        reloadLoans();
        m_tabs->setCurrentWidget(m_loansView->parentWidget());
        m_error->showNotice(tr("The loan of %1 to %2 is recorded and waits for approval.")
                                .arg(dialog.recorded().itemCode, dialog.recorded().borrowerName));
    }
}

void ArchivePage::decideCurrentLoan(bool approve)
{
    const QModelIndex i = m_loansView->currentIndex();
    if (!i.isValid()) {
        m_error->showMessage(tr("Choose a loan first."));
        return;
    }
    const ArchiveLoan loan = m_loans.at(i.row());
    QString note;
    if (!approve) {
        bool ok = false;
        note = askText(this, tr("Refuse the loan"), tr("Why is the loan refused?"), &ok);
        if (!ok)
            return;
    }
    auto out = m_ws.archive().decideLoan(m_actor, loan.id, loan.version, approve, note);
    if (!out) {
        m_error->showError(out.error());
        return;
    }
    reloadLoans();
    m_error->showNotice(approve ? tr("The loan of %1 is approved.").arg(loan.itemCode)
                                : tr("The loan of %1 is refused.").arg(loan.itemCode));
}

void ArchivePage::returnCurrentLoan()
{
    const QModelIndex i = m_loansView->currentIndex();
    if (!i.isValid()) {
        m_error->showMessage(tr("Choose a loan first."));
        return;
    }
    const ArchiveLoan loan = m_loans.at(i.row());
    auto out = m_ws.archive().returnLoan(m_actor, loan.id, loan.version);
    if (!out) {
        m_error->showError(out.error());
        return;
    }
    reloadLoans();
    m_error->showNotice(tr("%1 is back.").arg(loan.itemCode));
}

} // namespace gw
