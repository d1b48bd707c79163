// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk UI tests — every top-level screen of the program, opened as the post that works in it.
#pragma once

#include "services/Workspace.h"

#include <QString>
#include <QWidget>

#include <functional>
#include <memory>

namespace gw::test {

struct DeskScreen
{
    QString name; ///< e.g. "main window (clerk)", "draft page (reviewer)"
    std::function<std::unique_ptr<QWidget>()> open;
};

/// The program's windows and dialogs on a demo workspace: the main window for each post, the pages of
/// drafts, printing, the first reader, registration, triage, handling, letters, accounts and units,
/// log-in and the manual.
QList<DeskScreen> deskScreens(Workspace &ws);

/// Calls `visit` with the window in each state a user sees it in: every area of the main window, every
/// tab of every tab widget in turn.
void forEachView(QWidget &window, const std::function<void(const QString &where)> &visit);

} // namespace gw::test
