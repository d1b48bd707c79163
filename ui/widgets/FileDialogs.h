// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — choosing files to open and places to save. The dialogs speak the program's language
// throughout: sizes in the one format the program uses (fileSizeText) and dates in the language of the
// translation, where Qt's own file list would write them in the system's locale ("37 bytes", "29 Nov")
// whatever language the user chose.
#pragma once

#include <QStringList>

class QWidget;

namespace gw {

/// One existing file, or an empty string when the user cancels.
QString chooseFileToOpen(QWidget *parent, const QString &caption, const QString &folder = {},
                         const QString &filter = {});
/// Existing files, or none when the user cancels.
QStringList chooseFilesToOpen(QWidget *parent, const QString &caption, const QString &folder = {},
                              const QString &filter = {});
/// Where to save (`suggested`: a name, or a path with its folder), asking before an existing file is
/// replaced; an empty string when the user cancels.
QString chooseFileToSave(QWidget *parent, const QString &caption, const QString &suggested = {},
                         const QString &filter = {});

} // namespace gw
