// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the draft page.
#include "DraftDialog.h"

#include "WindowFit.h"
#include "Confirm.h"
#include "ActionRow.h"
#include "DraftEditorDialog.h"
#include "DraftRoutingView.h"
#include "DraftVersionsView.h"
#include "ErrorBanner.h"
#include "FirstReaderDialog.h"
#include "MarkupPanel.h"
#include "PdfViewer.h"
#include "PrintDialog.h"
#include "RecordTable.h"
#include "TextPrompt.h"

#include "services/DraftingService.h"
#include "services/OfficeService.h"
#include "services/PrintingService.h"
#include "services/Workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gw {

DraftDialog::DraftDialog(Workspace &ws, const Principal &actor, qint64 draftId, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_actor(actor), m_id(draftId)
{
    setObjectName(QStringLiteral("draftDialog"));
    auto *layout = new QVBoxLayout(this);
    m_title = newHeading(this, 1.4);
    layout->addWidget(m_title);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("draftSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);
    m_actions = new QHBoxLayout;
    layout->addLayout(m_actions);

    m_tabs = new QTabWidget(this);
    m_body = new QTextBrowser(m_tabs);
    m_body->setObjectName(QStringLiteral("draftBodyView"));
    QFont bodyFont = m_body->font();
    bodyFont.setPointSizeF(bodyFont.pointSizeF() * 1.15);
    m_body->setFont(bodyFont);
    m_tabs->addTab(m_body, tr("Body"));
    m_fields = new QLabel(m_tabs);
    m_fields->setObjectName(QStringLiteral("draftFields"));
    m_fields->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_fields->setWordWrap(true);
    m_fields->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fields->setMargin(8);
    m_tabs->addTab(m_fields, tr("Details"));
    m_routing = new DraftRoutingView(m_tabs);
    m_tabs->addTab(m_routing, tr("Routing slip"));
    m_versions = new DraftVersionsView(ws, actor, draftId, m_tabs);
    m_tabs->addTab(m_versions, tr("Versions"));
    m_format = new QTextBrowser(m_tabs);
    m_format->setObjectName(QStringLiteral("formatCheckView"));
    m_tabs->addTab(m_format, tr("Format check"));
    layout->addWidget(m_tabs, 1);

    auto *close = new QPushButton(tr("Close"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(close);
    layout->addLayout(bottom);
    fitWindow(this, QSize(1100, 760));
    refresh();
}

void DraftDialog::showTab(Tab tab)
{
    QWidget *page = nullptr;
    switch (tab) {
    case Tab::Body:
        page = m_body;
        break;
    case Tab::Pdf:
        page = m_pdf ? m_pdf->parentWidget() : nullptr;
        break;
    case Tab::Details:
        page = m_fields;
        break;
    case Tab::Routing:
        page = m_routing;
        break;
    case Tab::Versions:
        page = m_versions;
        break;
    }
    if (page)
        m_tabs->setCurrentWidget(page);
}

QString DraftDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool DraftDialog::refresh()
{
    auto d = m_ws.drafting().get(m_actor, m_id);
    if (!d) {
        m_error->showError(d.error());
        return false;
    }
    m_draft = d.value();
    setWindowTitle(m_draft.fields.title);
    m_title->setText(m_draft.fields.title);
    QStringList summary;
    if (!m_draft.docNumber.isEmpty())
        summary.append(m_draft.docNumber);
    summary << genreLabel(m_draft.fields.genre) << issuerLabel(m_draft.fields.issuer);
    if (m_draft.fields.urgency != Urgency::Normal)
        summary.append(urgencyLabel(m_draft.fields.urgency));
    QString step = tr("Now: %1").arg(ChainEngine::stepLabel(m_draft.variant, m_draft.state));
    if (m_draft.dueAtMs > 0)
        step += m_ws.drafting().isOverdue(m_draft)
                    ? tr(" — overdue since %1").arg(shortDateTime(m_draft.dueAtMs))
                    : tr(" — due %1").arg(shortDateTime(m_draft.dueAtMs));
    summary.append(step);
    m_summary->setText(summary.join(QStringLiteral(" · ")));
    m_summary->setStyleSheet(m_ws.drafting().isOverdue(m_draft)
                                 ? QStringLiteral("color: #b00020; font-weight: bold;")
                                 : QString());
    if (auto v = m_ws.drafting().version(m_actor, m_id, m_draft.currentVersion)) {
        m_body->setPlainText(v.value().text);
        showPdf(v.value());
    }
    showFields();
    auto slip = m_ws.drafting().routing(m_actor, m_id);
    if (slip)
        m_routing->show(m_draft, slip.value());
    m_versions->show(m_draft.signedVersion);
    // A content change after sign-off comes back to the signer: opened on the signed text against the
    // changed one, side by side, once per opening of the page.
    if (slip && !m_shownChangeToSigner && m_ws.drafting().actionsFor(m_actor, m_draft).passSigns) {
        int signedBefore = 0;
        for (const RoutingEntry &e : slip.value()) {
            if (e.action == QLatin1String("sign") && e.version < m_draft.currentVersion)
                signedBefore = e.version;
        }
        if (signedBefore > 0) {
            m_shownChangeToSigner = true;
            m_versions->compareSignedWithCurrent(signedBefore, m_draft.currentVersion);
            showTab(Tab::Versions);
        }
    }
    showFormatCheck();
    buildActions();
    return true;
}

// The format check of the document as it would print now: the reviewer sees it while reviewing.
void DraftDialog::showFormatCheck()
{
    auto findings = m_ws.printing().formatCheck(m_actor, m_id);
    int index = m_tabs->indexOf(m_format);
    if (!findings) {
        m_format->setPlainText(findings.error().message);
        m_tabs->setTabText(index, tr("Format check"));
        return;
    }
    if (findings.value().isEmpty()) {
        m_format->setHtml(
            tr("<p>No findings: the document follows GB/T 9704-2012 and the 2012 regulation as far "
               "as they can be checked here.</p>"));
        m_tabs->setTabText(index, tr("Format check"));
        return;
    }
    QString html = QStringLiteral("<table cellpadding=4>");
    html += QStringLiteral("<tr><th align=left>%1</th><th align=left>%2</th><th align=left>%3</th></tr>")
                .arg(tr("Element"), tr("Finding (%1)").arg(markupCategoryLabel(MarkupCategory::Format)),
                     tr("Rule"));
    for (const FormatFinding &f : findings.value())
        html += QStringLiteral("<tr><td valign=top><b>%1</b></td><td valign=top>%2</td><td "
                               "valign=top><small>%3</small></td></tr>")
                    .arg(f.element.toHtmlEscaped(), f.message.toHtmlEscaped(), f.citation.toHtmlEscaped());
    html += QStringLiteral("</table>");
    m_format->setHtml(html);
    m_tabs->setTabText(index, tr("Format check (%1)").arg(findings.value().size()));
}

void DraftDialog::showPdf(const DraftVersion &v)
{
    if (v.pdf.isEmpty())
        return;
    if (v.sha256 == m_pdfShown) {
        m_markups->updateDraft(m_draft);
        return;
    }
    if (!m_pdf) {
        auto *split = new QSplitter(m_tabs);
        m_pdf = new PdfViewer(split);
        m_markups = new MarkupPanel(m_ws, m_actor, m_pdf, split);
        split->addWidget(m_pdf);
        split->addWidget(m_markups);
        split->setStretchFactor(0, 3);
        split->setStretchFactor(1, 1);
        m_tabs->insertTab(1, split, tr("PDF and markup"));
    }
    m_pdfShown = v.sha256;
    m_pdf->open(v.pdf);
    m_markups->setDraft(m_draft, v.number, v.pdf);
    m_tabs->setCurrentIndex(1);
}

void DraftDialog::showFields()
{
    const DraftFields &f = m_draft.fields;
    QString signer;
    if (auto leaders = m_ws.drafting().signers(m_actor)) {
        for (const User &u : leaders.value()) {
            if (u.id == f.signerId)
                signer = u.displayName;
        }
    }
    const QList<QPair<QString, QString>> rows = {
        {tr("Chain"), chainVariantLabel(m_draft.variant)},
        {tr("Direction"), directionLabel(f.direction)},
        {tr("Normative document"), f.normative ? tr("Yes") : tr("No")},
        {tr("Principal recipients"), f.mainRecipients.join(QStringLiteral("；"))},
        {tr("Copies to"), f.ccRecipients.join(QStringLiteral("；"))},
        {tr("Attachments"), f.attachments.join(QStringLiteral("；"))},
        {tr("Annotation (附注)"), f.annotation},
        {tr("Secrecy"), clearanceLabel(f.secrecy) +
                            (f.secrecyPeriod.isEmpty() ? QString() : QStringLiteral("★") + f.secrecyPeriod)},
        {tr("Signing leader"), signer},
        {tr("Signed"), m_draft.signedVersion > 0
                           ? tr("version %1 by %2 at %3")
                                 .arg(m_draft.signedVersion)
                                 .arg(m_draft.signedBy, shortDateTime(m_draft.signedAtMs))
                           : tr("not yet")},
        {tr("Date of writing (成文日期)"), m_draft.writtenDate.isValid()
                                               ? QLocale().toString(m_draft.writtenDate, QLocale::LongFormat)
                                               : QString()},
        {tr("Answers"), f.repliesTo},
    };
    QString html = QStringLiteral("<table cellspacing='6'>");
    for (const auto &r : rows)
        html += QStringLiteral("<tr><td style='color:#555'>%1</td><td>%2</td></tr>")
                    .arg(r.first.toHtmlEscaped(), r.second.toHtmlEscaped());
    m_fields->setText(html + QStringLiteral("</table>"));
}

QPushButton *DraftDialog::addAction(const char *name, const QString &label, const std::function<void()> &run)
{
    // Every action reloads the page, which would drop markups drawn and not saved: asked first.
    return addActionButton(this, m_actions, name, label, [this, run] {
        if (settleUnsavedMarkups())
            run();
    });
}

bool DraftDialog::settleUnsavedMarkups()
{
    if (!m_markups || m_markups->pending().isEmpty())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved markups"),
                    tr("%n markup(s) drawn on this draft are not saved yet. Save them first?", nullptr,
                       int(m_markups->pending().size())),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedMarkups"));
    box.button(QMessageBox::Save)->setText(tr("&Save Them"));
    box.button(QMessageBox::Save)->setObjectName(QStringLiteral("unsavedSave"));
    box.button(QMessageBox::Discard)->setText(tr("&Discard Them"));
    box.button(QMessageBox::Discard)->setObjectName(QStringLiteral("unsavedDiscard"));
    box.button(QMessageBox::Cancel)->setText(tr("Cancel"));
    box.button(QMessageBox::Cancel)->setObjectName(QStringLiteral("unsavedCancel"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return m_markups->savePending();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void DraftDialog::reject()
{
    if (settleUnsavedMarkups())
        QDialog::reject();
}

void DraftDialog::buildActions()
{
    clearActionRow(m_actions);
    const DraftActions can = m_ws.drafting().actionsFor(m_actor, m_draft);
    // F1 opens the manual at the task the user has on this draft now.
    setProperty("helpPage", can.passSigns    ? QStringLiteral("signing")
                            : can.firstRead  ? QStringLiteral("first-reader")
                            : can.print      ? QStringLiteral("printing")
                            : can.markup     ? QStringLiteral("review")
                                             : QStringLiteral("drafting"));
    const ChainRow *row = ChainEngine::row(m_draft.variant, m_draft.state);
    const QList<ChainAction> &allowed = can.chain;
    if (can.edit) {
        addAction("actionEdit", tr("&Edit…"), [this] {
            QString body;
            if (auto v = m_ws.drafting().version(m_actor, m_id, m_draft.currentVersion))
                body = v.value().text;
            DraftEditorDialog editor(m_ws, m_actor, m_draft, body, this);
            if (editor.exec() == QDialog::Accepted)
                refresh();
        });
    }
    if (allowed.contains(ChainAction::Pass)) {
        const QString label = row->kind == StepKind::Drafting ? tr("&Submit")
                              : row->kind == StepKind::Sign   ? tr("&Sign off")
                                                              : tr("&Pass");
        addAction("actionPass", label, [this, label] { askAndPerform(ChainAction::Pass, label, false); });
    }
    if (allowed.contains(ChainAction::Return))
        addAction("actionReturn", tr("&Return to the drafter…"),
                  [this] { askAndPerform(ChainAction::Return, tr("Return to the drafter"), true); });
    if (allowed.contains(ChainAction::Close))
        addAction("actionClose", tr("Close as not to be issued (不予行文)…"),
                  [this] { askAndPerform(ChainAction::Close, tr("Not to be issued"), true); });
    if (can.registerNumber) {
        addAction("actionRegister", tr("Register and &number…"), [this] {
            QStringList prefixes;
            if (auto office = m_ws.office().office(); office && office.value()) {
                for (const DocPrefix &p : office.value()->prefixes)
                    prefixes.append(p.prefix);
            }
            bool ok = false;
            const QString prefix = QInputDialog::getItem(
                this, tr("Register and number"), tr("Document number prefix:"), prefixes, 0, false, &ok);
            if (ok)
                registerWith(prefix);
        });
    }
    if (can.wordingFix) {
        for (bool content : {false, true}) {
            addAction(content ? "actionContentChange" : "actionWordingFix",
                      content ? tr("Change of &content…") : tr("&Wording fix…"), [this, content] {
                          bool ok = false;
                          const QString body = askText(
                              this, content ? tr("Change of content") : tr("Wording fix"),
                              content
                                  ? tr("The new text (the signature becomes void; the draft goes back to the "
                                       "signing leader):")
                                  : tr("The corrected text (the signature stays):"),
                              &ok, m_body->toPlainText());
                          if (!ok)
                              return;
                          const QString note =
                              QInputDialog::getText(this, tr("What changed"), tr("What changed and why:"),
                                                    QLineEdit::Normal, QString(), &ok);
                          if (ok)
                              recordFix(content, body, note);
                      });
        }
    }
    if (can.print) {
        auto *print = addAction("actionPrint", tr("&Print (印制)…"), [this] {
            PrintDialog dialog(m_ws, m_actor, m_id, this);
            dialog.exec();
            refresh();
        });
        addKeyShortcut(print, QKeySequence::Print);
    }
    if (can.firstRead) {
        addAction("actionFirstRead", tr("First &reader (第一读者)…"), [this] {
            FirstReaderDialog dialog(m_ws, m_actor, m_id, this);
            dialog.exec();
            refresh();
        });
    }
    if (can.writtenDate) {
        addAction("actionWrittenDate", tr("Set the 成文日期…"), [this] {
            bool ok = false;
            const QString text =
                QInputDialog::getText(this, tr("Date of writing (成文日期)"), tr("Date (yyyy-MM-dd):"),
                                      QLineEdit::Normal, QDate::currentDate().toString(Qt::ISODate), &ok);
            if (ok)
                setWrittenDate(QDate::fromString(text.trimmed(), Qt::ISODate));
        });
    }
    m_actions->addStretch(1);
}

QStringList DraftDialog::actionNames() const
{
    return actionButtonNames(m_actions);
}

void DraftDialog::askAndPerform(ChainAction action, const QString &title, bool reasonRequired)
{
    // Keyboard first, as everywhere: Tab moves on, Ctrl+Enter confirms. What was typed comes back if
    // the step is refused (another workstation acted first, the database was busy).
    QString opinion;
    if (!m_prompts.ask(this, title, reasonRequired ? tr("Reason:") : tr("Opinion (optional):"), &opinion))
        return;
    // A signature freezes the version: asked once more, with what is being signed.
    if (action == ChainAction::Pass && m_ws.drafting().actionsFor(m_actor, m_draft).passSigns &&
        !confirm(this, tr("Sign off"),
                 tr("Sign version %1 of “%2”? The signed version is frozen: later changes are recorded as "
                    "wording fixes or changes of content.")
                     .arg(m_draft.currentVersion)
                     .arg(m_draft.fields.title),
                 tr("&Sign off"), tr("Cancel")))
        return; // the opinion stays for the next try
    // Markups of one's own left open go on with the draft only when the user says so, having seen them.
    bool leaveOpen = false;
    if (action == ChainAction::Pass && m_markups) {
        const QList<Markup> open = unclosedMarkupsBy(m_markups->saved(), m_actor.userId);
        if (!open.isEmpty()) {
            QStringList lines;
            for (const Markup &m : open)
                lines.append(tr("Page %1 · %2 · %3 · %4")
                                 .arg(m.page + 1)
                                 .arg(markupCategoryLabel(m.category), markupStatusLabel(m.status),
                                      m.comment.isEmpty() ? m.quotedText : m.comment));
            if (!confirm(this, tr("Markups not closed"),
                         tr("%n markup(s) of yours on this draft are not closed:", nullptr, int(open.size())) +
                             QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                             tr("Pass the draft on with them open? The routing slip will say so."),
                         tr("Pass &Anyway"), tr("Cancel")))
                return; // the opinion stays for the next try
            leaveOpen = true;
        }
    }
    if (apply(m_ws.drafting().act(m_actor, m_id, m_draft.version, action, opinion, leaveOpen)))
        m_prompts.sent(title);
}

bool DraftDialog::apply(const Result<Draft> &done)
{
    m_error->setStatus(done);
    if (!done)
        return false;
    refresh();
    return true;
}

bool DraftDialog::registerWith(const QString &prefix)
{
    return apply(m_ws.drafting().registerDocument(m_actor, m_id, m_draft.version, prefix));
}

bool DraftDialog::setWrittenDate(const QDate &date)
{
    return apply(m_ws.drafting().setWrittenDate(m_actor, m_id, m_draft.version, date));
}

bool DraftDialog::recordFix(bool contentChange, const QString &body, const QString &note)
{
    return apply(
        contentChange
            ? m_ws.drafting().contentChange(m_actor, m_id, m_draft.version, DraftBody{body, {}}, note)
            : m_ws.drafting().wordingFix(m_actor, m_id, m_draft.version, DraftBody{body, {}}, note));
}

} // namespace gw
