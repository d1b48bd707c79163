// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the row of action buttons a page rebuilds from what the core allows.
#pragma once

#include <QStringList>

#include <functional>

class QAbstractButton;
class QBoxLayout;
class QKeySequence;
class QPushButton;
class QWidget;

namespace gw {

/// Takes every button out of `row`; they are deleted later, since the one clicked may be what
/// rebuilds the row.
void clearActionRow(QBoxLayout *row);
/// Adds a button named `name` (its object name) that runs `run` when clicked.
QPushButton *addActionButton(QWidget *owner, QBoxLayout *row, const char *name, const QString &label,
                             const std::function<void()> &run);
/// The object names of the buttons in `row`, in order.
QStringList actionButtonNames(const QBoxLayout *row);

/// Another key for `button` (Ctrl+P, F5, F3), beside the Alt+letter its label underlines: a button's own
/// shortcut would replace that letter, leaving an underline that does nothing. Works while the button
/// is visible and enabled in the active window.
void addKeyShortcut(QAbstractButton *button, const QKeySequence &keys);

} // namespace gw
