// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the workstation's backup schedule.
#include "BackupSettingsPage.h"

#include "ActionRow.h"
#include "ArchiveSchedule.h"
#include "ErrorBanner.h"
#include "FileDialogs.h"
#include "RecordTable.h"
#include "Clock.h"
#include "services/ArchiveService.h"
#include "services/Workspace.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/PrivateFiles.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace gw {

BackupSettingsPage::BackupSettingsPage(Workspace &ws, const Principal &actor, QWidget *parent)
    : QWidget(parent), m_ws(ws), m_actor(actor)
{
    setObjectName(QStringLiteral("backupSettingsPage"));
    auto *layout = new QVBoxLayout(this);
    const DatabaseUrl url = ws.database().url();
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_error = new ErrorBanner(this);
    if (url.backend != Backend::Sqlite) {
        intro->setText(tr("The records are on the server %1. It is backed up where it runs, with “gongwen backup "
                          "--database %1 --to FILE” (pg_dump with every stored file and a manifest of hashes), "
                          "and put back with “gongwen restore”.")
                           .arg(url.displayString()));
        layout->addWidget(m_error);
        layout->addStretch(1);
        return;
    }
    intro->setText(tr("This workstation holds the records in %1. It backs them up by itself into the folder below, "
                      "keeping the newest ten backups: each a compressed snapshot of the records and every stored "
                      "file, with a manifest of hashes. Keep the folder on another disk.")
                       .arg(url.displayString()));
    const bool mayChange = Permissions::allows(actor.roles, Action::MakeBackup);
    auto *form = new QFormLayout;
    auto *folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(ArchiveSchedule::folder(url), this);
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    folderRow->addWidget(m_folder, 1);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    folderRow->addWidget(browse);
    form->addRow(tr("Backup &folder:"), folderRow);
    m_interval = new QComboBox(this);
    m_interval->setObjectName(QStringLiteral("backupInterval"));
    m_interval->addItem(tr("No automatic backup"), 0);
    m_interval->addItem(tr("Every day"), 24);
    m_interval->addItem(tr("Every week"), 24 * 7);
    const int hours = ArchiveSchedule::intervalHours(url);
    m_interval->setCurrentIndex(std::max(0, m_interval->findData(hours)));
    form->addRow(tr("Back &up:"), m_interval);
    m_newest = new QLabel(this);
    m_newest->setObjectName(QStringLiteral("backupNewest"));
    form->addRow(tr("Newest backup:"), m_newest);
    layout->addLayout(form);
    layout->addWidget(m_error);
    auto *row = new QHBoxLayout;
    QPushButton *saveButton = addActionButton(this, row, "saveBackupSchedule", tr("&Save"), [this] { save(); });
    QPushButton *now = addActionButton(this, row, "backupNow", tr("Back up &now"), [this] { backupNow(); });
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(1);
    for (QWidget *w : {static_cast<QWidget *>(m_folder), static_cast<QWidget *>(browse),
                       static_cast<QWidget *>(m_interval), static_cast<QWidget *>(saveButton),
                       static_cast<QWidget *>(now)})
        w->setEnabled(mayChange);
    if (!mayChange)
        m_error->showMessage(tr("The administrator or the clerk sets this workstation's backups."));
    showNewest();
    connect(&ws.archive(), &ArchiveService::backupMade, this, &BackupSettingsPage::showNewest);
}

void BackupSettingsPage::showNewest()
{
    if (!m_newest)
        return;
    const QDateTime newest = BackupFolder::newest(m_folder->text());
    m_newest->setText(newest.isValid() ? newest.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : tr("none in this folder"));
}

void BackupSettingsPage::save()
{
    const QString dir = m_folder->text().trimmed();
    if (dir.isEmpty()) {
        m_error->showMessage(tr("Choose the folder for the backups."));
        return;
    }
    if (auto st = privatefiles::ensureFolder(dir); !st) {
        m_error->showError(st.error());
        return;
    }
    ArchiveSchedule::setSchedule(m_ws.database().url(), dir, m_interval->currentData().toInt());
    m_error->showNotice(m_interval->currentData().toInt() > 0 ? tr("Saved: this workstation backs up %1 into %2.")
                                                                     .arg(m_interval->currentText().toLower(), dir)
                                                               : tr("Saved: no automatic backup."));
    showNewest();
}

QString BackupSettingsPage::backupNow()
{
    const QString dir = m_folder->text().trimmed();
    if (auto st = privatefiles::ensureFolder(dir); !st) {
        m_error->showError(st.error());
        return {};
    }
    const QString file = QDir(dir).filePath(BackupFolder::fileName(m_ws.clock().now().toLocalTime()));
    QProgressDialog progress(tr("Backing up the records…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto made = m_ws.archive().backup(m_actor, file, [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!made) {
        m_error->showError(made.error());
        return {};
    }
    BackupFolder::prune(dir);
    m_error->showNotice(tr("Backup written: %1 (%2).").arg(file, fileSizeText(QFileInfo(file).size())));
    showNewest();
    return file;
}

} // namespace gw
