// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what the workstation does for search by itself: builds the index when the records have
// none yet (after an upgrade), and reads the text of new PDF files, on a thread with a connection of its
// own, telling the window how far it got.
#pragma once

#include "security/Actor.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace gw {

class Workspace;

class SearchSchedule final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchSchedule)
public:
    explicit SearchSchedule(Workspace &ws, QObject *parent = nullptr);
    /// Asks a running job to stop at its next step, so the program does not wait for it at exit.
    ~SearchSchedule() override;

    /// Starts what is due (at most one job at a time); false when nothing is.
    bool runDue();
    bool busy() const { return m_running; }

Q_SIGNALS:
    /// `message` says how far the index is (empty when all is done).
    void progress(const QString &message);
    void done(bool ok, const QString &message);

private:
    Workspace &m_ws;
    QTimer m_timer;
    QFutureWatcher<QString> m_job;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
};

} // namespace gw
