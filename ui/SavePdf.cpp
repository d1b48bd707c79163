// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — saving a generated PDF.
#include "SavePdf.h"

#include "ErrorBanner.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QSaveFile>

namespace gw {

bool savePdfAs(QWidget *parent, ErrorBanner *error, const QString &caption, const QString &suggestedName,
               const QByteArray &pdf)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, caption, suggestedName, QCoreApplication::translate("SavePdf", "PDF files (*.pdf)"));
    if (path.isEmpty())
        return true;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size() || !f.commit()) {
        error->showMessage(QCoreApplication::translate("SavePdf", "Cannot write %1.").arg(path));
        return false;
    }
    return true;
}

} // namespace gw
