// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the draft page: fields, body, routing slip, versions with diff, and my actions.
#pragma once

#include "Result.h"
#include "domain/Draft.h"
#include "security/Actor.h"
#include "workflow/ChainEngine.h"

#include "TextPrompt.h"

#include <QDialog>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QTableWidget;
class QTabWidget;
class QTextBrowser;

namespace gw {

class DraftRoutingView;
class DraftVersionsView;
class ErrorBanner;
class MarkupPanel;
class PdfViewer;
class Workspace;

/// Shows one draft and offers only the actions the actor's posts allow now (the core decides).
class DraftDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftDialog)
public:
    DraftDialog(Workspace &ws, const Principal &actor, qint64 draftId, QWidget *parent = nullptr);

    /// Reloads the draft and rebuilds the page.
    bool refresh();
    const Draft &draft() const { return m_draft; }
    /// The object names of the action buttons shown now (e.g. "actionPass", "actionReturn").
    QStringList actionNames() const;
    QString errorText() const;

    QTabWidget *tabs() const { return m_tabs; }
    enum class Tab
    {
        Body,
        Pdf,
        Details,
        Routing,
        Versions
    };
    void showTab(Tab tab);
    /// The markup panel, once the draft's version has a PDF body.
    MarkupPanel *markupPanel() const { return m_markups; }
    PdfViewer *pdfViewer() const { return m_pdf; }

public Q_SLOTS:
    /// Closing the draft page: unsaved markups are not dropped without asking.
    void reject() override;

private:
    /// Before an action or leaving: markups drawn and not saved are saved, dropped or kept (the action
    /// not taken), as the user answers. True when the action may go on.
    bool settleUnsavedMarkups();
    // What the action buttons do.
    bool registerWith(const QString &prefix);
    bool setWrittenDate(const QDate &date);
    bool recordFix(bool contentChange, const QString &body, const QString &note);
    void buildActions();
    bool apply(const Result<Draft> &done);
    QPushButton *addAction(const char *name, const QString &label, const std::function<void()> &run);
    void askAndPerform(ChainAction action, const QString &title, bool reasonRequired);
    void showFields();
    void showPdf(const DraftVersion &v);
    void showFormatCheck();

    Workspace &m_ws;
    Principal m_actor;
    qint64 m_id;
    Draft m_draft;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_body = nullptr;
    QLabel *m_fields = nullptr;
    DraftRoutingView *m_routing = nullptr;
    QTextBrowser *m_format = nullptr;
    DraftVersionsView *m_versions = nullptr;
    QHBoxLayout *m_actions = nullptr;
    ErrorBanner *m_error = nullptr;
    PdfViewer *m_pdf = nullptr;
    MarkupPanel *m_markups = nullptr;
    QString m_pdfShown; ///< SHA-256 of the PDF on show
    PromptMemory m_prompts; ///< opinions and reasons typed and not yet sent
    bool m_shownChangeToSigner = false;
};

} // namespace gw
