// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — a generated PDF (a notice, a transfer slip) shown first, then printed or saved.
#pragma once

#include <QDialog>

namespace gw {

class ErrorBanner;
class PdfViewer;

/// What the reader may do with a previewed PDF besides reading it.
enum class PreviewUse {
    PrintAndSave, ///< Print… and Save as PDF…
    ReadOnly,     ///< read on screen only (an archived file lent electronically)
};

/// Shows `pdf` as it will print, with Print… and Save as PDF…; says where a copy was saved.
class PdfPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfPreviewDialog)
public:
    PdfPreviewDialog(const QString &title, const QByteArray &pdf, const QString &suggestedName,
                     QWidget *parent = nullptr, PreviewUse use = PreviewUse::PrintAndSave);

    /// Where the PDF was saved last; empty when it was not.
    QString savedPath() const { return m_savedPath; }
    bool printed() const { return m_printed; }
    QString noticeText() const;
    PdfViewer *viewer() const { return m_viewer; }

private:
    void save();
    void print();

    QByteArray m_pdf;
    QString m_suggestedName;
    QString m_savedPath;
    bool m_printed = false;
    PdfViewer *m_viewer = nullptr;
    ErrorBanner *m_notice = nullptr;
};

/// Opens the preview of `pdf` and waits until it is closed.
void previewPdf(QWidget *parent, const QString &title, const QByteArray &pdf, const QString &suggestedName,
                PreviewUse use = PreviewUse::PrintAndSave);

} // namespace gw
