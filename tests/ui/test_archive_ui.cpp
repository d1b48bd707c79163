// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk UI tests — the 档案 page at the demonstration office with its past year: the clerk archives
// finished documents of both kinds, prints the catalogue, opens the stamped copy of an archived PDF, runs
// the 四性 checks and reads the report, and lends an item that the director approves.
#include "Screenshots.h"
#include "UiHelpers.h"

#include "ArchiveDialogs.h"
#include "ArchivePage.h"
#include "ArchiveSchedule.h"
#include "BackupSettingsPage.h"

#include "pdf/PdfWorkerClient.h"
#include "services/ArchiveService.h"
#include "storage/Backup.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace gw;
using namespace gw::test;

namespace {
ModalStep on(const char *name, const std::function<void(QWidget &)> &act)
{
    return {[name](QWidget &w) { return w.objectName() == QLatin1String(name); }, act};
}

ModalStep closePrintPreview()
{
    return {[](QWidget &w) { return qobject_cast<QPrintPreviewDialog *>(&w) != nullptr; },
            [](QWidget &w) {
                screenshot(w, QStringLiteral("archive_catalogue_preview"));
                qobject_cast<QDialog *>(&w)->reject();
            }};
}

/// Red pixels in the top fifth of the page, within the middle third of its width: where the 归档章 stands.
int redNearTopCentre(const QImage &page)
{
    int red = 0;
    for (int y = 0; y < page.height() / 5; ++y)
        for (int x = page.width() / 3; x < page.width() * 2 / 3; ++x) {
            const QRgb c = page.pixel(x, y);
            red += qRed(c) > 150 && qGreen(c) < 110 && qBlue(c) < 110 ? 1 : 0;
        }
    return red;
}
} // namespace

TEST_CASE("档案 at the desk: archive finished documents, print the catalogue, open a stamped copy, run 四性, lend "
          "an item",
          "[ui][archive]")
{
    TestDb db;
    auto ws = demoWorkspace(db, true);
    const Principal clerk = logIn(*ws, "clerk");
    ArchivePage page(*ws, clerk);
    page.resize(1366, 720);
    page.show();
    QCoreApplication::processEvents();
    const QList<ArchiveCandidate> waiting = page.candidates();
    REQUIRE(waiting.size() > 10);
    const auto incoming = std::find_if(waiting.begin(), waiting.end(),
                                       [](const ArchiveCandidate &c) { return c.source == ArchiveSource::Incoming; });
    REQUIRE(incoming != waiting.end());
    screenshot(page, QStringLiteral("archive_waiting"));

    // Three released documents and the incoming item done with; the first one kept permanently.
    QTableView *view = page.candidatesView();
    QItemSelectionModel *sel = view->selectionModel();
    for (int row : {0, 1, 2, int(incoming - waiting.begin())})
        sel->select(view->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    expectModals({on("archiveConfirmDialog", [](QWidget &w) {
        auto &confirm = static_cast<ArchiveConfirmDialog &>(w);
        REQUIRE(confirm.table()->rowCount() == 4);
        confirm.setRetentionAt(0, Retention::Permanent);
        screenshot(w, QStringLiteral("archive_confirm"));
        pressOk(w);
    })});
    click(page, "archiveSelected");
    CHECK(page.candidates().size() == waiting.size() - 4);
    auto tabs = page.tabs();

    // The catalogue of the year and retention of the first archived item, printed.
    ArchiveFilter all;
    const QList<ArchiveItem> archived = ws->archive().list(clerk, all).value();
    REQUIRE(archived.size() == 4);
    const ArchiveItem first = archived.last();
    tabs->setCurrentIndex(1);
    auto *year = child<QComboBox>(page, "catalogueYear");
    year->setCurrentIndex(year->findData(first.code.year));
    auto *retention = child<QComboBox>(page, "catalogueRetention");
    retention->setCurrentIndex(retention->findData(retentionCode(first.code.retention)));
    REQUIRE(page.catalogueView()->model()->rowCount() >= 1);
    CHECK(page.catalogueView()->model()->index(0, 1).data().toString().startsWith(first.code.fonds));
    screenshot(page, QStringLiteral("archive_catalogue"));
    expectModals({closePrintPreview()});
    click(page, "previewCatalogue");

    // The 件 opened, its stamped copy looked at: the stamp stands at the top centre, in red.
    page.catalogueView()->setCurrentIndex(page.catalogueView()->model()->index(0, 0));
    QByteArray stamped;
    expectModals({on("archiveItemDialog",
                     [&stamped](QWidget &w) {
                         auto &dialog = static_cast<ArchiveItemDialog &>(w);
                         QTableWidget *files = dialog.files();
                         int row = -1;
                         for (int r = 0; r < files->rowCount(); ++r)
                             if (files->item(r, 2)->text() == QStringLiteral("归档章副本.pdf"))
                                 row = r;
                         REQUIRE(row >= 0);
                         files->selectRow(row);
                         screenshot(w, QStringLiteral("archive_item"));
                         expectModals({on("pdfPreview", [&w, &stamped, &dialog](QWidget &preview) {
                             QTest::qWait(2500); // the page is drawn by the worker
                             screenshot(preview, QStringLiteral("archive_stamped_copy"));
                             stamped = dialog.lastOpened();
                             click(preview, "previewClose");
                             Q_UNUSED(w);
                         })});
                         click(w, "openComponent");
                         QTimer::singleShot(0, &w, [&w] { static_cast<QDialog &>(w).reject(); });
                     })});
    click(page, "openArchived");
    REQUIRE_FALSE(stamped.isEmpty());
    auto worker = PdfWorkerClient::forThisProgram();
    REQUIRE(worker->open(stamped).ok());
    const QImage stampedPage = worker->render(0, 100).value();
    CHECK(redNearTopCentre(stampedPage) > 500);
    stampedPage.save(QStringLiteral(GONGWEN_SCREENSHOT_DIR "/archive_stamped_page.png"));

    // 四性: run, and the report read — the one finding is the missing backup.
    tabs->setCurrentIndex(2);
    click(page, "runArchiveCheck");
    INFO(page.report().toText().toStdString());
    CHECK(page.report().items == 4);
    REQUIRE(page.report().findings.size() == 1);
    CHECK(page.report().findings.first().rule == QStringLiteral("backup"));
    CHECK(page.findingsView()->model()->rowCount() == 1);
    screenshot(page, QStringLiteral("archive_checks"));

    // A loan recorded by the clerk, approved by the director.
    tabs->setCurrentIndex(1);
    page.catalogueView()->setCurrentIndex(page.catalogueView()->model()->index(0, 0));
    expectModals({on("loanDialog", [](QWidget &w) {
        auto &dialog = static_cast<LoanDialog &>(w);
        QComboBox *who = dialog.borrower();
        who->setCurrentIndex(who->findText(QStringLiteral("王晓明"), Qt::MatchStartsWith));
        typeText(dialog.purpose(), QStringLiteral("编写年度工作总结"));
        dialog.electronic()->setChecked(true);
        screenshot(w, QStringLiteral("archive_loan"));
        pressOk(w);
    })});
    click(page, "lendArchived");
    REQUIRE(page.loansView()->model()->rowCount() == 1);
    const Principal director = logIn(*ws, "director");
    ArchivePage approver(*ws, director);
    approver.resize(1366, 720);
    approver.show();
    approver.tabs()->setCurrentIndex(approver.tabs()->count() - 1);
    approver.loansView()->setCurrentIndex(approver.loansView()->model()->index(0, 0));
    click(approver, "approveLoan");
    screenshot(approver, QStringLiteral("archive_loans"));
    const Principal drafter = logIn(*ws, "drafter");
    const auto mine = ws->archive().loans(drafter, {}).value();
    REQUIRE(mine.size() == 1);
    CHECK(mine.first().state == LoanState::Lent);
    // The borrower reads on screen from the loans tab: no Print…, no Save as PDF….
    ArchivePage borrower(*ws, drafter);
    borrower.resize(1366, 720);
    borrower.show();
    borrower.tabs()->setCurrentIndex(borrower.tabs()->count() - 1);
    borrower.loansView()->setCurrentIndex(borrower.loansView()->model()->index(0, 0));
    bool readOnly = false;
    expectModals({on("archiveItemDialog", [&readOnly](QWidget &w) {
        auto &dialog = static_cast<ArchiveItemDialog &>(w);
        dialog.files()->selectRow(0);
        expectModals({on("pdfPreview", [&readOnly](QWidget &preview) {
            readOnly = !preview.findChild<QWidget *>(QStringLiteral("previewPrint")) &&
                       !preview.findChild<QWidget *>(QStringLiteral("previewSave"));
            screenshot(preview, QStringLiteral("archive_read_on_screen"));
            click(preview, "previewClose");
        })});
        click(w, "openComponent");
        QTimer::singleShot(0, &w, [&w] { static_cast<QDialog &>(w).reject(); });
    })});
    click(borrower, "readLoaned");
    CHECK(readOnly);
    CHECK(ArchiveService::mayCopy(director));
    CHECK_FALSE(ArchiveService::mayCopy(drafter));
}

TEST_CASE("本工作站备份: the folder and interval kept, a backup made at once, and the workstation's own when due",
          "[ui][archive]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    // The clerk: an account whose clearance covers every record of the demo (a backup copies them all).
    const Principal admin = logIn(*ws, "clerk");
    QTemporaryDir dir;
    BackupSettingsPage page(*ws, admin);
    page.resize(1366, 720);
    page.show();
    auto *folder = child<QLineEdit>(page, "backupFolder");
    folder->setText(dir.path());
    auto *interval = child<QComboBox>(page, "backupInterval");
    interval->setCurrentIndex(interval->findData(24));
    click(page, "saveBackupSchedule");
    CHECK(ArchiveSchedule::folder(ws->database().url()) == dir.path());
    CHECK(ArchiveSchedule::intervalHours(ws->database().url()) == 24);
    click(page, "backupNow");
    const QStringList made = QDir(dir.path()).entryList({QStringLiteral("gongwen-*.gwbackup")}, QDir::Files);
    REQUIRE(made.size() == 1);
    CHECK(Backup::manifest(dir.filePath(made.first())).ok());
    CHECK_FALSE(child<QLabel>(page, "backupNewest")->text().isEmpty());
    screenshot(page, QStringLiteral("backup_settings"));
    // Made a moment ago: nothing due. With the newest backup a day old, the workstation makes one itself.
    ArchiveSchedule schedule(*ws, admin);
    schedule.runDue();
    CHECK_FALSE(schedule.busy());
    QFile::rename(dir.filePath(made.first()),
                  dir.filePath(BackupFolder::fileName(QDateTime::currentDateTime().addDays(-1).addSecs(-60))));
    QSignalSpy done(&schedule, &ArchiveSchedule::backupDone);
    schedule.runDue();
    CHECK(schedule.busy());
    REQUIRE(done.wait(60000));
    CHECK(done.first().at(0).toBool());
    CHECK(QDir(dir.path()).entryList({QStringLiteral("gongwen-*.gwbackup")}, QDir::Files).size() == 2);
    CHECK(BackupFolder::newest(dir.path()).secsTo(QDateTime::currentDateTime()) < 120);
    ArchiveSchedule::setSchedule(ws->database().url(), QString(), 0);
}
