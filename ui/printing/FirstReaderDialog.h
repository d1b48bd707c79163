// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the first reader's page (第一读者): the print against the signed text side by side,
// the checklist (the format check's results and the items ticked by hand), pass and release, or fail.
#pragma once

#include "domain/Draft.h"
#include "domain/Markup.h"
#include "domain/PrintComparison.h"
#include "domain/Printing.h"
#include "security/Actor.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QTextBrowser;
class QTabWidget;

namespace gw {

class ErrorBanner;
class PdfViewer;
class Workspace;

class FirstReaderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstReaderDialog)
public:
    FirstReaderDialog(Workspace &ws, const Principal &actor, qint64 draftId, QWidget *parent = nullptr);

    bool refresh();
    /// The print against the signed text, element by element.
    const QList<ComparedElement> &comparison() const { return m_comparison; }
    /// Brings the next differing element into view (after the one shown last, round to the first);
    /// its index in comparison(), or -1 when the print reads as signed.
    int showNextDifference();
    /// Ticks (or clears) every item of the checklist.
    /// Pass: releases the document to the distribution list.
    /// Fail with a category, where it goes back to, and a note.
    QString errorText() const;
    QTabWidget *tabs() const { return m_tabs; }

private:
    // What the checklist and the pass and fail buttons do.
    bool pass();
    bool fail(MarkupCategory category, FirstReadingReturn backTo, const QString &note);
    void askFail();
    void showComparison();

    Workspace &m_ws;
    Principal m_actor;
    qint64 m_id;
    Draft m_draft;
    PrintJob m_job;
    QList<ComparedElement> m_comparison;
    int m_shownDifference = -1;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    ErrorBanner *m_error = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_compared = nullptr;
    PdfViewer *m_viewer = nullptr;
    QLabel *m_automatic = nullptr;
    QList<QCheckBox *> m_ticks;
    QPlainTextEdit *m_distribution = nullptr;
};

} // namespace gw
