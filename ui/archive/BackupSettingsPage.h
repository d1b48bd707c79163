// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — 设置 → 本工作站备份: where and how often this workstation backs up the SQLite file it holds,
// the newest backup there, and a backup made at once.
#pragma once

#include "security/Actor.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace gw {

class ErrorBanner;
class Workspace;

class BackupSettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupSettingsPage)
public:
    BackupSettingsPage(Workspace &ws, const Principal &actor, QWidget *parent = nullptr);
    /// Keeps the folder and interval shown as this workstation's schedule.
    void save();
    /// Makes a backup into the folder now, with progress; the file written, or empty.
    QString backupNow();

private:
    void showNewest();
    Workspace &m_ws;
    Principal m_actor;
    QLineEdit *m_folder = nullptr;
    QComboBox *m_interval = nullptr;
    QLabel *m_newest = nullptr;
    ErrorBanner *m_error = nullptr;
};

} // namespace gw
