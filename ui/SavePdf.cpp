// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — saving a generated PDF.
#include "SavePdf.h"

#include "ErrorBanner.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QSaveFile>

namespace gw {

bool saveFileAs(QWidget *parent, ErrorBanner *error, const QString &caption, const QString &suggestedName,
                const QByteArray &bytes, const QString &filter)
{
    const QString path = QFileDialog::getSaveFileName(parent, caption, suggestedName, filter);
    if (path.isEmpty())
        return true;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        error->showMessage(QCoreApplication::translate("SavePdf", "Cannot write %1.").arg(path));
        return false;
    }
    return true;
}

bool savePdfAs(QWidget *parent, ErrorBanner *error, const QString &caption, const QString &suggestedName,
               const QByteArray &pdf)
{
    return saveFileAs(parent, error, caption, suggestedName, pdf,
                      QCoreApplication::translate("SavePdf", "PDF files (*.pdf)"));
}

} // namespace gw
