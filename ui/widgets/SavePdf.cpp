// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — saving a generated PDF.
#include "SavePdf.h"

#include "FileDialogs.h"
#include "ErrorBanner.h"

#include "Settings.h"
#include "storage/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace gw {

QString askSavePath(QWidget *parent, const QString &caption, const QString &suggestedName,
                    const QString &filter)
{
    // The folder last saved to, else the user's documents: never the program's working directory.
    QString folder = Settings::get(Settings::Key::LastSaveFolder).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    QString name = suggestedName;
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("_"));
    const QString path = chooseFileToSave(parent, caption, QDir(folder).filePath(name), filter);
    if (!path.isEmpty())
        Settings::set(Settings::Key::LastSaveFolder, QFileInfo(path).absolutePath());
    return path;
}

bool saveFileAs(QWidget *parent, ErrorBanner *error, const QString &caption, const QString &suggestedName,
                const QByteArray &bytes, const QString &filter)
{
    const QString path = askSavePath(parent, caption, suggestedName, filter);
    if (path.isEmpty())
        return true;
    const Status written = privatefiles::write(path, bytes); // readable by its owner only
    if (!written) {
        error->showError(written.error());
        return false;
    }
    // Said where it went: a saved file is not looked for.
    error->showNotice(QCoreApplication::translate("SavePdf", "Saved: %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool savePdfAs(QWidget *parent, ErrorBanner *error, const QString &caption, const QString &suggestedName,
               const QByteArray &pdf)
{
    return saveFileAs(parent, error, caption, suggestedName, pdf,
                      QCoreApplication::translate("SavePdf", "PDF files (*.pdf)"));
}

} // namespace gw
