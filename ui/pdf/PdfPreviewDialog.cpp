// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — a generated PDF shown first, then printed or saved.
#include "PdfPreviewDialog.h"

#include "ErrorBanner.h"
#include "PdfViewer.h"
#include "SavePdf.h"
#include "WindowFit.h"

#include "pdf/PdfWorkerClient.h"
#include "storage/PrivateFiles.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace gw {

PdfPreviewDialog::PdfPreviewDialog(const QString &title, const QByteArray &pdf, const QString &suggestedName,
                                   QWidget *parent, PreviewUse use)
    : QDialog(parent), m_pdf(pdf), m_suggestedName(suggestedName)
{
    setObjectName(QStringLiteral("pdfPreview"));
    setWindowTitle(tr("Preview — %1").arg(title));
    auto *layout = new QVBoxLayout(this);
    m_notice = new ErrorBanner(this);
    layout->addWidget(m_notice);
    m_viewer = new PdfViewer(this);
    layout->addWidget(m_viewer, 1);
    auto *buttons = new QDialogButtonBox(this);
    if (use == PreviewUse::PrintAndSave) {
        auto *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
        print->setObjectName(QStringLiteral("previewPrint"));
        auto *save = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
        save->setObjectName(QStringLiteral("previewSave"));
        connect(print, &QPushButton::clicked, this, &PdfPreviewDialog::print);
        connect(save, &QPushButton::clicked, this, &PdfPreviewDialog::save);
    } else {
        m_notice->showNotice(tr("Lent for reading on screen (电子借阅): it cannot be printed or saved here."));
    }
    auto *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("previewClose"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    fitWindow(this, QSize(820, 900));
    m_viewer->open(pdf);
}

QString PdfPreviewDialog::noticeText() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

void PdfPreviewDialog::save()
{
    const QString path = askSavePath(this, tr("Save as PDF"), m_suggestedName, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto written = privatefiles::write(path, m_pdf); !written) {
        m_notice->showError(written.error());
        return;
    }
    m_savedPath = path;
    m_notice->showNotice(tr("Saved: %1").arg(QDir::toNativeSeparators(path)));
}

void PdfPreviewDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_suggestedName);
    QPrintDialog ask(&printer, this);
    if (ask.exec() != QDialog::Accepted)
        return;
    // Each page drawn by the PDF worker at the printer's resolution (capped), then laid on the page.
    auto worker = PdfWorkerClient::forThisProgram();
    auto info = worker->open(m_pdf);
    if (!info) {
        m_notice->showError(info.error());
        return;
    }
    printer.setFullPage(true);
    QPainter painter;
    if (!painter.begin(&printer)) {
        m_notice->showMessage(tr("The printer could not be opened."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const double dpi = qMin(300, printer.resolution());
    for (int page = 0; page < info.value().pageCount; ++page) {
        auto image = worker->render(page, dpi);
        if (!image) {
            painter.end();
            QApplication::restoreOverrideCursor();
            m_notice->showError(image.error());
            return;
        }
        if (page > 0)
            printer.newPage();
        const QRect target = painter.viewport();
        const QSize fitted = image.value().size().scaled(target.size(), Qt::KeepAspectRatio);
        painter.drawImage(QRect(target.topLeft(), fitted), image.value());
    }
    painter.end();
    QApplication::restoreOverrideCursor();
    m_printed = true;
    m_notice->showNotice(tr("Sent to the printer: %n page(s).", nullptr, info.value().pageCount));
}

void previewPdf(QWidget *parent, const QString &title, const QByteArray &pdf, const QString &suggestedName,
                PreviewUse use)
{
    PdfPreviewDialog dialog(title, pdf, suggestedName, parent, use);
    dialog.exec();
}

} // namespace gw
