// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk UI tests — every top-level screen of the program, opened as the post that works in it.
#pragma once

#include "services/Workspace.h"

#include <QString>
#include <QWidget>

#include <functional>
#include <memory>
#include <utility>

namespace gw::test {

struct DeskScreen
{
    DeskScreen(QString name_, std::function<std::unique_ptr<QWidget>()> open_, QString button_ = {},
               std::function<void(QWidget &)> prepare_ = {})
        : name(std::move(name_)), open(std::move(open_)), button(std::move(button_)), prepare(std::move(prepare_))
    {
    }

    QString name; ///< e.g. "main window (clerk)", "draft page (reviewer)"
    std::function<std::unique_ptr<QWidget>()> open;
    /// When set, the screen is the modal dialog (a confirmation, a choice) that this button of the opened
    /// window brings up, after `prepare` has filled in what the button needs.
    QString button;
    std::function<void(QWidget &)> prepare;
};

/// The program's windows and dialogs on a demo workspace: the main window for each post, the pages of
/// drafts, printing, the first reader, registration, triage, handling, letters, accounts and units,
/// log-in, the first-run set-up and the manual, and the dialogs they open: the first reader's failure,
/// distribution, the triage confirmation.
QList<DeskScreen> deskScreens(Workspace &ws);

/// Opens `screen` and shows it; calls `look` with the window — for a screen behind a button, with the
/// dialog the button brings up, while it is open, which is then cancelled. Returns false when the dialog
/// never came up.
bool lookAt(const DeskScreen &screen, const std::function<void(QWidget &window)> &look);

/// Calls `visit` with the window in each state a user sees it in: every area of the main window, every
/// tab of every tab widget in turn.
void forEachView(QWidget &window, const std::function<void(const QString &where)> &visit);

} // namespace gw::test
