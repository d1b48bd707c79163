// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — asking for an opinion, a reason or a comment: several lines, keyboard first.
#pragma once

#include <QString>

class QWidget;

namespace gw {

/// A small dialog with a multi-line box: Tab moves on (it does not type a tab), Ctrl+Enter confirms,
/// Esc cancels. `ok` says whether the user confirmed.
QString askText(QWidget *parent, const QString &title, const QString &label, bool *ok,
                const QString &initial = QString());

} // namespace gw
