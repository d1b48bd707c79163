// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — windows that fit the screen they open on, remember their size, and close from the keyboard.
#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace gw {

/// The room a window may take on its screen, title bar and frame left out: a 1366 × 768 laptop fits.
QSize roomOnScreen(const QWidget *window);

/// Whether the window, with the title bar and frame a window manager adds, lies inside its screen.
bool fitsOnScreen(const QWidget *window);

/// Gives a window `preferred` size, bounded by its screen, centred with its title bar in view.
void placeOnScreen(QWidget *window, QSize preferred);

/// Sizes a window or dialog: the size it had when last closed on this workstation (under its object
/// name), else `preferred`; either way no larger than its screen allows, and centred on it. Closing the
/// window remembers its size. Esc closes a window that is not a dialog (a dialog's Esc cancels it
/// already), and Ctrl+W closes both.
void fitWindow(QWidget *window, QSize preferred);

/// A button or menu label as a title: without its mnemonic ("&Pass" → "Pass", "通过(&P)" → "通过").
QString withoutMnemonic(const QString &label);

} // namespace gw
