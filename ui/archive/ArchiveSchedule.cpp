// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the archive's backups and checks, made by the workstation by itself.
#include "ArchiveSchedule.h"

#include "Clock.h"
#include "Settings.h"
#include "pdf/ArchivePdfTools.h"
#include "pdf/PdfWorkerClient.h"
#include "services/ArchiveService.h"
#include "services/Workspace.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/PrivateFiles.h"

#include <QDir>
#include <QStandardPaths>
#include <QPromise>
#include <QThreadPool>

namespace gw {
namespace {
constexpr int kCheckDays = 30;

/// `job` on a thread of the pool; its result is an error message, empty when it went well.
QFuture<QString> onThread(std::function<QString()> job)
{
    auto promise = std::make_shared<QPromise<QString>>();
    QFuture<QString> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, job = std::move(job)] {
        promise->addResult(job());
        promise->finish();
    });
    return future;
}
} // namespace

ArchiveSchedule::ArchiveSchedule(Workspace &ws, const Principal &actor, QObject *parent)
    : QObject(parent), m_ws(ws), m_actor(actor)
{
    // A first look a minute after log-in, then every ten minutes.
    m_timer.setInterval(10 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &ArchiveSchedule::runDue);
    QTimer::singleShot(60 * 1000, this, &ArchiveSchedule::runDue);
    m_timer.start();
    connect(&m_job, &QFutureWatcher<QString>::finished, this, [this] {
        m_running = false;
        const QString error = m_job.result();
        if (m_checking)
            Q_EMIT checkDone(error.isEmpty(), error);
        else
            Q_EMIT backupDone(error.isEmpty(), error);
        // The other workstations learn of it through the change feed; this one at once.
        if (m_checking)
            Q_EMIT m_ws.archive().archiveChanged(0);
        else
            Q_EMIT m_ws.archive().backupMade();
    });
}

ArchiveSchedule::~ArchiveSchedule()
{
    m_stop->store(true);
}

QString ArchiveSchedule::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups");
}

QString ArchiveSchedule::folder(const DatabaseUrl &url)
{
    const QString f = Settings::perDatabase(Settings::Key::BackupFolders, url.displayString()).toString();
    return f.isEmpty() ? defaultFolder() : f;
}

int ArchiveSchedule::intervalHours(const DatabaseUrl &url)
{
    return Settings::perDatabase(Settings::Key::BackupIntervals, url.displayString()).toInt();
}

void ArchiveSchedule::setSchedule(const DatabaseUrl &url, const QString &folder, int hours)
{
    Settings::setPerDatabase(Settings::Key::BackupFolders, url.displayString(), folder);
    Settings::setPerDatabase(Settings::Key::BackupIntervals, url.displayString(), hours);
}

bool ArchiveSchedule::backupNow()
{
    const DatabaseUrl url = m_ws.database().url();
    const QString dir = folder(url);
    if (m_running || dir.isEmpty())
        return false;
    if (auto st = privatefiles::ensureFolder(dir); !st) {
        Q_EMIT backupDone(false, st.error().message);
        return false;
    }
    m_running = true;
    m_checking = false;
    const QString file = QDir(dir).filePath(BackupFolder::fileName(m_ws.clock().now().toLocalTime()));
    m_job.setFuture(onThread([url, file, dir, clock = m_ws.sharedClock(), stop = m_stop]() -> QString {
        // A connection of its own: the window's stays free for the user.
        auto ws = Workspace::open(url, clock);
        if (!ws)
            return ws.error().message;
        auto made = ws.value()->archive().backupByProgram(file, [stop](qint64, qint64) { return !stop->load(); });
        if (!made)
            return made.error().message;
        BackupFolder::prune(dir);
        return {};
    }));
    return true;
}

void ArchiveSchedule::runDue()
{
    if (m_running)
        return;
    const DatabaseUrl url = m_ws.database().url();
    // The workstation that holds the SQLite file backs it up; a server is backed up where it runs.
    if (url.backend == Backend::Sqlite &&
        BackupFolder::due(BackupFolder::newest(folder(url)), m_ws.clock().now().toLocalTime(), intervalHours(url))) {
        backupNow();
        return;
    }
    if (!Permissions::allows(m_actor.roles, Action::ArchiveItem))
        return;
    auto last = m_ws.archive().lastCheck(m_actor);
    if (!last)
        return;
    const qint64 now = m_ws.clock().nowMs();
    if (last.value() && now - last.value()->atMs < qint64(kCheckDays) * 24 * 3600 * 1000)
        return;
    auto items = m_ws.archive().years(m_actor);
    if (!items || items.value().isEmpty())
        return; // nothing archived yet
    m_running = true;
    m_checking = true;
    const Principal actor = m_actor;
    m_job.setFuture(onThread([url, actor, clock = m_ws.sharedClock(), stop = m_stop]() -> QString {
        auto ws = Workspace::open(url, clock);
        if (!ws)
            return ws.error().message;
        ArchivePdfTools pdf;
        auto report = ws.value()->archive().check(actor, pdf, QStringLiteral("scheduled"), 0,
                                                  [stop](int, int) { return !stop->load(); });
        return report ? QString() : report.error().message;
    }));
}

} // namespace gw
