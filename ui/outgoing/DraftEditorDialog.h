// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — writing or revising a draft: its fields and its body.
#pragma once

#include "domain/Draft.h"
#include "security/Actor.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace gw {

class ErrorBanner;
class Workspace;

/// A new draft (`draft.id == 0`) or a draft at the drafting step. Saving goes through
/// DraftingService; genre findings are shown as the fields change and need a reason to override.
class DraftEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftEditorDialog)
public:
    DraftEditorDialog(Workspace &ws, const Principal &actor, const Draft &draft, const QString &body,
                      QWidget *parent = nullptr);

    const Draft &saved() const { return m_draft; }
    QString errorText() const;
    QString genreFindingsText() const;
    DraftFields fields() const;

public Q_SLOTS:
    void accept() override;
    /// Cancel, Esc and closing the window: asks before unsaved changes are thrown away.
    void reject() override;

private:
    /// Saves; `overrideReason` answers genre findings (asked for when there are any).
    bool save(const QString &overrideReason);
    /// Reads a PDF as the body (its text is kept for comparisons).
    bool loadPdf(const QString &path);
    void fill(const DraftFields &f);
    void updateFindings();
    void proposeUrgency();
    /// Keeps what is typed on disk (debounced), so a crash loses nothing.
    void keepRecoveryCopy();
    /// A copy left by an editor that did not close properly is offered back.
    void offerRecoveryCopy();

protected:
    void showEvent(QShowEvent *event) override;

private:
    Workspace &m_ws;
    Principal m_actor;
    Draft m_draft;
    QString m_originalBody;
    QByteArray m_pdf;
    bool m_changed = false; ///< something was typed, chosen or loaded since the editor opened
    QString m_recoveryPath;
    QTimer *m_recoveryTimer = nullptr;
    bool m_offered = false;
    QLineEdit *m_title = nullptr;
    QComboBox *m_genre = nullptr;
    QComboBox *m_issuer = nullptr;
    QComboBox *m_direction = nullptr;
    QComboBox *m_unit = nullptr;
    QCheckBox *m_normative = nullptr;
    QPlainTextEdit *m_main = nullptr;
    QPlainTextEdit *m_cc = nullptr;
    QPlainTextEdit *m_attachments = nullptr;
    QLineEdit *m_annotation = nullptr;
    QComboBox *m_urgency = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
    QCheckBox *m_consult = nullptr;
    QComboBox *m_secrecy = nullptr;
    QLineEdit *m_period = nullptr;
    QComboBox *m_signer = nullptr;
    QLineEdit *m_repliesTo = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_findings = nullptr;
    QLabel *m_pdfLabel = nullptr;
    ErrorBanner *m_error = nullptr;
};

} // namespace gw
