// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what the workstation does for the archive by itself: a backup of the SQLite file it holds
// when one is due (设置 → 本工作站备份), and the 四性 checks over the archive when the last run is a month
// old and a keeper of the archive is logged in. Both run on a thread with a connection of their own.
#pragma once

#include "Result.h"
#include "security/Actor.h"
#include "storage/DatabaseUrl.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace gw {

class Workspace;

class ArchiveSchedule final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveSchedule)
public:
    ArchiveSchedule(Workspace &ws, const Principal &actor, QObject *parent = nullptr);
    /// Asks a running job to stop at its next step, so the program does not wait for it at exit.
    ~ArchiveSchedule() override;

    /// The backup folder and interval (hours, 0: none) this workstation keeps for the database it has open.
    static QString folder(const DatabaseUrl &url);
    static int intervalHours(const DatabaseUrl &url);
    static void setSchedule(const DatabaseUrl &url, const QString &folder, int hours);
    /// The folder proposed: `backups` in the user's data folder.
    static QString defaultFolder();

    /// Looks at what is due and starts it (at most one job at a time).
    void runDue();
    /// Starts a backup into the folder now; false when one is running or no folder is set.
    bool backupNow();
    bool busy() const { return m_running; }

Q_SIGNALS:
    void backupDone(bool ok, const QString &message);
    void checkDone(bool ok, const QString &message);

private:
    Workspace &m_ws;
    Principal m_actor;
    QTimer m_timer;
    QFutureWatcher<QString> m_job;
    bool m_running = false;
    bool m_checking = false;
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
};

} // namespace gw
