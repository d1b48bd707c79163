// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — asking before a step that cannot simply be taken back.
#pragma once

#include <QString>

class QWidget;

namespace gw {

/// Asks `question` with two buttons, `yes` and `no`; `no` is the default, so Enter does not take the
/// step. True when the user chose `yes`. The box is named "confirmQuestion", its buttons "confirmYes"
/// and "confirmNo".
bool confirm(QWidget *parent, const QString &title, const QString &question, const QString &yes,
             const QString &no);

} // namespace gw
