// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 档案 area: documents waiting to be archived, the 归档文件目录 with its 备考表, the 四性
// checks and their report, and the 借阅登记; the last backup and check shown above them.
#pragma once

#include "domain/ArchiveItem.h"
#include "domain/ArchiveLoan.h"
#include "security/Actor.h"
#include "services/ArchiveCheck.h"
#include "storage/ArchiveRepository.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace gw {

class ArchivePdfTools;
class DataTableModel;
class ErrorBanner;
class Workspace;

class ArchivePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchivePage)
public:
    ArchivePage(Workspace &ws, const Principal &actor, QWidget *parent = nullptr);
    ~ArchivePage() override;

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *candidatesView() const { return m_candidatesView; }
    QTableView *catalogueView() const { return m_catalogueView; }
    QTableView *findingsView() const { return m_findingsView; }
    QTableView *loansView() const { return m_loansView; }
    QLabel *summary() const { return m_summary; }

    /// Reads everything again.
    void reload();
    /// Opens the confirmation of the selected documents' retention, then archives them with progress;
    /// how many were archived.
    int archiveSelected();
    /// Runs the 四性 checks over the archive with progress (cancellable) and shows the report.
    void runCheck();
    /// Opens the 件 of the catalogue's current row.
    void openCurrent();
    /// The 备考表 of the catalogue shown, `perBox` items to a box, in print preview.
    void previewBoxNotes(int perBox);
    /// Records a loan of the catalogue's current 件.
    void lendCurrent();
    /// Approves (or refuses, with a reason) the loan on the loans tab's current row.
    void decideCurrentLoan(bool approve);
    void returnCurrentLoan();

    /// Shown by tests: the candidates, the catalogue's table, the last report.
    const QList<ArchiveCandidate> &candidates() const { return m_candidates; }
    const QList<ArchiveItem> &items() const { return m_items; }
    const ArchiveCheckReport &report() const { return m_report; }

private:
    QWidget *buildCandidatesTab();
    QWidget *buildCatalogueTab();
    QWidget *buildChecksTab();
    QWidget *buildLoansTab();
    void reloadCandidates();
    void reloadCatalogue();
    void reloadLoans();
    void showReport(const ArchiveCheckReport &report);
    void showSummary();
    const ArchiveItem *currentItem() const;

    Workspace &m_ws;
    Principal m_actor;
    std::unique_ptr<ArchivePdfTools> m_pdf;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_summary = nullptr;
    ErrorBanner *m_error = nullptr;
    QTableView *m_candidatesView = nullptr;
    DataTableModel *m_candidatesModel = nullptr;
    QList<ArchiveCandidate> m_candidates;
    QComboBox *m_year = nullptr;
    QComboBox *m_retention = nullptr;
    QTableView *m_catalogueView = nullptr;
    DataTableModel *m_catalogueModel = nullptr;
    QList<ArchiveItem> m_items;
    QTableView *m_findingsView = nullptr;
    DataTableModel *m_findingsModel = nullptr;
    QLabel *m_reportLabel = nullptr;
    ArchiveCheckReport m_report;
    QComboBox *m_loanFilter = nullptr;
    QTableView *m_loansView = nullptr;
    DataTableModel *m_loansModel = nullptr;
    QList<ArchiveLoan> m_loans;
};

} // namespace gw
