// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — asking where to save a generated PDF, and saving it whole or not at all.
#pragma once

#include <QByteArray>
#include <QString>

class QWidget;

namespace gw {

class ErrorBanner;

/// Asks where to save: in the folder saved to last (else the user's documents, never the working
/// directory), proposing `suggestedName` with characters file systems refuse replaced. Empty: cancelled.
QString askSavePath(QWidget *parent, const QString &caption, const QString &suggestedName,
                    const QString &filter);
/// Asks for a file name (proposing `suggestedName`) and writes `pdf` there atomically. Returns false,
/// with the message shown in `error`, when it cannot be written; true when saved or not wanted.
bool savePdfAs(QWidget *parent, ErrorBanner *error, const QString &caption, const QString &suggestedName,
               const QByteArray &pdf);
/// The same for any file; `filter` as for QFileDialog (empty: all files).
bool saveFileAs(QWidget *parent, ErrorBanner *error, const QString &caption, const QString &suggestedName,
                const QByteArray &bytes, const QString &filter = {});

} // namespace gw
