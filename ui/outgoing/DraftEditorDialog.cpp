// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — writing or revising a draft.
#include "DraftEditorDialog.h"

#include "FileDialogs.h"
#include "RecordTable.h"

#include "WindowFit.h"
#include "DraftRecovery.h"

#include "Confirm.h"

#include "ErrorBanner.h"
#include "ReadPdfText.h"

#include "Clock.h"
#include "pdf/PdfWorkerClient.h"
#include "services/DraftingService.h"
#include "storage/PrivateFiles.h"
#include "services/Workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QLocale>
#include <QSplitter>
#include <QTimer>
#include <QTextDocument>
#include <QVBoxLayout>

namespace gw {
namespace {
QStringList lines(const QPlainTextEdit *e)
{
    QStringList out;
    for (const QString &l : e->toPlainText().split(QLatin1Char('\n'))) {
        if (!l.trimmed().isEmpty())
            out.append(l.trimmed());
    }
    return out;
}

QPlainTextEdit *smallList(QWidget *parent, const QString &placeholder)
{
    auto *e = new QPlainTextEdit(parent);
    e->setPlaceholderText(placeholder);
    e->setTabChangesFocus(true);
    e->setFixedHeight(e->fontMetrics().lineSpacing() * 3 + 12);
    return e;
}
} // namespace

DraftEditorDialog::DraftEditorDialog(Workspace &ws, const Principal &actor, const Draft &draft,
                                     const QString &body, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_actor(actor), m_draft(draft), m_originalBody(body)
{
    setObjectName(QStringLiteral("draftEditor"));
    setProperty("helpPage", QStringLiteral("drafting"));
    setWindowTitle(draft.id == 0 ? tr("New draft") : tr("Edit draft — %1").arg(draft.fields.title));
    auto *split = new QSplitter(this);

    auto *formHost = new QWidget;
    auto *form = new QFormLayout(formHost);
    m_title = new QLineEdit(formHost);
    m_title->setObjectName(QStringLiteral("draftTitle"));
    m_title->setPlaceholderText(tr("For example: 关于……的通知"));
    m_genre = new QComboBox(formHost);
    m_genre->setObjectName(QStringLiteral("draftGenre"));
    for (Genre g : allGenres())
        m_genre->addItem(genreLabel(g), genreCode(g));
    m_issuer = new QComboBox(formHost);
    m_issuer->setObjectName(QStringLiteral("draftIssuer"));
    for (Issuer i : allIssuers())
        m_issuer->addItem(issuerLabel(i), issuerCode(i));
    m_direction = new QComboBox(formHost);
    m_direction->setObjectName(QStringLiteral("draftDirection"));
    for (Direction d : allDirections())
        m_direction->addItem(directionLabel(d), directionCode(d));
    m_unit = new QComboBox(formHost);
    m_unit->setObjectName(QStringLiteral("draftUnit"));
    if (auto units = ws.drafting().draftingUnits(actor)) {
        for (const Unit &u : units.value())
            m_unit->addItem(u.name + QStringLiteral("（") + unitTypeLabel(u.type) + QStringLiteral("）"),
                            u.id);
    }
    m_normative = new QCheckBox(tr("Normative document (规范性文件): adds the legal review"), formHost);
    m_normative->setObjectName(QStringLiteral("draftNormative"));
    m_main = smallList(formHost, tr("One recipient a line"));
    m_main->setObjectName(QStringLiteral("draftMain"));
    m_cc = smallList(formHost, tr("One recipient a line"));
    m_attachments = smallList(formHost, tr("One attachment a line"));
    m_annotation = new QLineEdit(formHost);
    m_annotation->setObjectName(QStringLiteral("draftAnnotation"));
    m_annotation->setPlaceholderText(tr("e.g. 此件公开发布 (printed in parentheses under the 成文日期)"));
    m_urgency = new QComboBox(formHost);
    m_urgency->setObjectName(QStringLiteral("draftUrgency"));
    for (Urgency u : allUrgencies())
        m_urgency->addItem(urgencyLabel(u), urgencyCode(u));
    auto *propose = new QPushButton(tr("Pr&opose"), formHost);
    propose->setToolTip(tr("Propose the urgency from the time limit, the steps ahead and consultation"));
    auto *urgencyRow = new QHBoxLayout;
    urgencyRow->addWidget(m_urgency, 1);
    urgencyRow->addWidget(propose);
    m_hasDue = new QCheckBox(tr("Must be done by"), formHost);
    m_due = new QDateEdit(formHost);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setDate(WorkCalendar::localDate(ws.clock().now()).addDays(14));
    m_consult = new QCheckBox(tr("Other departments must be consulted"), formHost);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);
    m_secrecy = new QComboBox(formHost);
    for (Clearance c : allClearances()) {
        if (clearanceCovers(actor.clearance, c))
            m_secrecy->addItem(clearanceLabel(c), clearanceCode(c));
    }
    m_period = new QLineEdit(formHost);
    m_period->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("1年")));
    m_signer = new QComboBox(formHost);
    m_signer->setObjectName(QStringLiteral("draftSigner"));
    m_signer->addItem(tr("(not a leader's signature)"), qint64(0));
    if (auto leaders = ws.drafting().signers(actor)) {
        for (const User &u : leaders.value())
            m_signer->addItem(u.districtHead ? tr("%1 (district head)").arg(u.displayName) : u.displayName,
                              u.id);
    }
    m_repliesTo = new QLineEdit(formHost);
    m_repliesTo->setPlaceholderText(tr("For a 批复: the number of the 请示 it answers"));

    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Genre:"), m_genre);
    form->addRow(tr("&Issued by:"), m_issuer);
    form->addRow(tr("&Direction:"), m_direction);
    form->addRow(tr("Drafting &unit:"), m_unit);
    form->addRow(QString(), m_normative);
    form->addRow(tr("&Principal recipients:"), m_main);
    form->addRow(tr("&Copies to:"), m_cc);
    form->addRow(tr("&Attachments:"), m_attachments);
    form->addRow(tr("&Note (附注):"), m_annotation);
    auto *urgencyCaption = new QLabel(tr("Urgenc&y:"), formHost); // a row of widgets takes no buddy by itself
    urgencyCaption->setBuddy(m_urgency);
    form->addRow(urgencyCaption, urgencyRow);
    form->addRow(tr("Time limit:"), dueRow);
    form->addRow(QString(), m_consult);
    form->addRow(tr("S&ecrecy:"), m_secrecy);
    form->addRow(tr("Secrecy pe&riod:"), m_period);
    form->addRow(tr("Signed &by:"), m_signer);
    form->addRow(tr("Ans&wers:"), m_repliesTo);
    auto *scroll = new QScrollArea(split);
    scroll->setWidget(formHost);
    scroll->setWidgetResizable(true);

    auto *bodyHost = new QWidget(split);
    auto *bl = new QVBoxLayout(bodyHost);
    bl->setContentsMargins(0, 0, 0, 0);
    auto *bodyBar = new QHBoxLayout;
    auto *undo = new QPushButton(tr("Undo"), bodyHost);
    auto *redo = new QPushButton(tr("Redo"), bodyHost);
    auto *pdf = new QPushButton(tr("Use a PD&F…"), bodyHost);
    pdf->setObjectName(QStringLiteral("draftUsePdf"));
    undo->setEnabled(false);
    redo->setEnabled(false);
    bodyBar->addWidget(undo);
    bodyBar->addWidget(redo);
    bodyBar->addStretch(1);
    bodyBar->addWidget(pdf);
    bl->addLayout(bodyBar);
    m_body = new QPlainTextEdit(bodyHost);
    m_body->setObjectName(QStringLiteral("draftBody"));
    m_body->setPlaceholderText(tr("The body: headings 一、（一）1.（1）, one paragraph a line."));
    QFont bodyFont = m_body->font();
    bodyFont.setPointSizeF(bodyFont.pointSizeF() * 1.15);
    m_body->setFont(bodyFont);
    bl->addWidget(m_body, 1);
    m_pdfLabel = new QLabel(bodyHost);
    m_pdfLabel->hide();
    bl->addWidget(m_pdfLabel);
    m_note = new QLineEdit(bodyHost);
    m_note->setPlaceholderText(tr("What changed in this version (optional)"));
    m_note->setVisible(draft.id != 0);
    bl->addWidget(m_note);
    split->addWidget(scroll);
    split->addWidget(bodyHost);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    m_findings = new QLabel(this);
    m_findings->setObjectName(QStringLiteral("genreFindings"));
    m_findings->setWordWrap(true);
    m_findings->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    layout->addWidget(m_findings);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("draftSave"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &DraftEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DraftEditorDialog::reject);
    connect(undo, &QPushButton::clicked, m_body, &QPlainTextEdit::undo);
    connect(redo, &QPushButton::clicked, m_body, &QPlainTextEdit::redo);
    connect(m_body, &QPlainTextEdit::undoAvailable, undo, &QPushButton::setEnabled);
    connect(m_body, &QPlainTextEdit::redoAvailable, redo, &QPushButton::setEnabled);
    connect(propose, &QPushButton::clicked, this, &DraftEditorDialog::proposeUrgency);
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = chooseFileToOpen(this, tr("Choose the PDF of the body"), QString(),
                                                          tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            loadPdf(path);
    });
    for (QComboBox *c : {m_genre, m_issuer, m_direction, m_signer})
        connect(c, &QComboBox::currentIndexChanged, this, &DraftEditorDialog::updateFindings);
    connect(m_title, &QLineEdit::textChanged, this, &DraftEditorDialog::updateFindings);
    connect(m_main, &QPlainTextEdit::textChanged, this, &DraftEditorDialog::updateFindings);
    connect(m_repliesTo, &QLineEdit::textChanged, this, &DraftEditorDialog::updateFindings);

    fill(draft.fields); // a new draft starts from the defaults (a downward 通知 of the district government)
    m_body->setPlainText(body);
    m_body->document()->clearUndoRedoStacks();
    updateFindings();
    // Anything the user changes from here on is not thrown away without asking.
    m_recoveryPath = draftrecovery::pathFor(ws.database().url().displayString(), actor.userId, draft.id);
    m_recoveryTimer = new QTimer(this);
    m_recoveryTimer->setSingleShot(true);
    m_recoveryTimer->setInterval(1500);
    connect(m_recoveryTimer, &QTimer::timeout, this, &DraftEditorDialog::keepRecoveryCopy);
    const auto changed = [this] {
        m_changed = true;
        m_recoveryTimer->start();
    };
    for (QLineEdit *e : findChildren<QLineEdit *>())
        connect(e, &QLineEdit::textEdited, this, changed);
    for (QPlainTextEdit *e : findChildren<QPlainTextEdit *>())
        connect(e->document(), &QTextDocument::contentsChange, this, changed);
    for (QComboBox *c : findChildren<QComboBox *>())
        connect(c, &QComboBox::activated, this, changed);
    for (QAbstractButton *b : findChildren<QAbstractButton *>()) {
        if (b->isCheckable())
            connect(b, &QAbstractButton::toggled, this, changed);
    }
    for (QDateEdit *d : findChildren<QDateEdit *>())
        connect(d, &QDateEdit::dateChanged, this, changed);
    fitWindow(this, QSize(1200, 760));
}

void DraftEditorDialog::reject()
{
    if (m_changed && !confirm(this, tr("Discard the changes?"),
                              tr("The changes to this draft have not been saved. Discard them?"), tr("&Discard"),
                              tr("&Keep editing")))
        return;
    m_recoveryTimer->stop();
    draftrecovery::discard(m_recoveryPath);
    QDialog::reject();
}

void DraftEditorDialog::keepRecoveryCopy()
{
    if (!m_changed)
        return;
    if (auto st = draftrecovery::save(m_recoveryPath, fields(), m_body->toPlainText(), m_note->text()); !st)
        m_error->showMessage(tr("The recovery copy could not be written (%1); save soon.").arg(st.error().message));
}

void DraftEditorDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_offered) {
        m_offered = true;
        QTimer::singleShot(0, this, &DraftEditorDialog::offerRecoveryCopy);
    }
}

void DraftEditorDialog::offerRecoveryCopy()
{
    const auto copy = draftrecovery::load(m_recoveryPath);
    if (!copy)
        return;
    if (!confirm(this, tr("Restore unsaved work?"),
                 tr("Unsaved work on this draft from %1 was found: the editor closed before it was saved "
                    "(the program or the computer stopped). Restore it?")
                     .arg(QLocale().toString(copy->savedAt, QLocale::ShortFormat)),
                 tr("&Restore"), tr("&Discard It"))) {
        draftrecovery::discard(m_recoveryPath);
        return;
    }
    fill(copy->fields);
    m_body->setPlainText(copy->body);
    m_note->setText(copy->note);
    m_changed = true;
    updateFindings();
}

void DraftEditorDialog::fill(const DraftFields &f)
{
    m_title->setText(f.title);
    m_genre->setCurrentIndex(m_genre->findData(genreCode(f.genre)));
    m_issuer->setCurrentIndex(m_issuer->findData(issuerCode(f.issuer)));
    m_direction->setCurrentIndex(m_direction->findData(directionCode(f.direction)));
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(f.draftingUnitId)));
    m_normative->setChecked(f.normative);
    m_main->setPlainText(f.mainRecipients.join(QLatin1Char('\n')));
    m_cc->setPlainText(f.ccRecipients.join(QLatin1Char('\n')));
    m_attachments->setPlainText(f.attachments.join(QLatin1Char('\n')));
    m_annotation->setText(f.annotation);
    m_urgency->setCurrentIndex(m_urgency->findData(urgencyCode(f.urgency)));
    m_hasDue->setChecked(f.dueDate.isValid());
    if (f.dueDate.isValid())
        m_due->setDate(f.dueDate);
    m_consult->setChecked(f.needsConsultation);
    m_secrecy->setCurrentIndex(qMax(0, m_secrecy->findData(clearanceCode(f.secrecy))));
    m_period->setText(f.secrecyPeriod);
    m_signer->setCurrentIndex(qMax(0, m_signer->findData(f.signerId)));
    m_repliesTo->setText(f.repliesTo);
}

DraftFields DraftEditorDialog::fields() const
{
    DraftFields f;
    f.title = m_title->text();
    f.genre = genreFromCode(m_genre->currentData().toString()).value_or(Genre::Circular);
    f.issuer = issuerFromCode(m_issuer->currentData().toString()).value_or(Issuer::DistrictGovernment);
    f.direction = directionFromCode(m_direction->currentData().toString()).value_or(Direction::Downward);
    f.draftingUnitId = m_unit->currentData().toLongLong();
    f.normative = m_normative->isChecked();
    f.mainRecipients = lines(m_main);
    f.ccRecipients = lines(m_cc);
    f.attachments = lines(m_attachments);
    f.annotation = m_annotation->text().trimmed();
    f.urgency = urgencyFromCode(m_urgency->currentData().toString()).value_or(Urgency::Normal);
    f.dueDate = m_hasDue->isChecked() ? m_due->date() : QDate();
    f.needsConsultation = m_consult->isChecked();
    f.secrecy = clearanceFromCode(m_secrecy->currentData().toString()).value_or(Clearance::None);
    f.secrecyPeriod = m_period->text().trimmed();
    f.signerId = m_signer->currentData().toLongLong();
    f.repliesTo = m_repliesTo->text().trimmed();
    return f;
}

bool DraftEditorDialog::loadPdf(const QString &path)
{
    auto read = privatefiles::readCapped(path);
    if (!read) {
        m_error->showError(read.error());
        return false;
    }
    const QByteArray bytes = read.value();
    // Read by the worker process, on a thread of its own, with progress and Cancel.
    Result<QString> text = readPdfText(this, bytes);
    if (!text) {
        m_error->showMessage(tr("%1: %2").arg(QFileInfo(path).fileName(), text.error().message));
        return false;
    }
    m_pdf = bytes;
    m_changed = true;
    m_body->setPlainText(text.value());
    m_body->setReadOnly(true);
    m_pdfLabel->setText(tr("Body from the PDF %1 (%2); its text is shown for comparison.")
                            .arg(QFileInfo(path).fileName(), fileSizeText(bytes.size())));
    m_pdfLabel->show();
    m_error->clear();
    return true;
}

void DraftEditorDialog::updateFindings()
{
    auto findings = m_ws.drafting().checkGenre(fields());
    QStringList lines;
    if (findings) {
        for (const GenreFinding &g : findings.value())
            lines.append(QStringLiteral("⚠ ") + g.message);
    }
    m_findings->setText(lines.join(QLatin1Char('\n')));
    m_findings->setVisible(!lines.isEmpty());
}

QString DraftEditorDialog::genreFindingsText() const
{
    return m_findings->isHidden() ? QString() : m_findings->text();
}
QString DraftEditorDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void DraftEditorDialog::proposeUrgency()
{
    const Urgency u = m_ws.drafting().proposedUrgency(
        fields(), m_draft.id == 0 ? QString::fromLatin1(step::kDrafting) : m_draft.state);
    m_urgency->setCurrentIndex(m_urgency->findData(urgencyCode(u)));
}

bool DraftEditorDialog::save(const QString &overrideReason)
{
    const DraftFields f = fields();
    const DraftBody body{m_body->toPlainText(), m_pdf};
    if (m_draft.id == 0) {
        auto created = m_ws.drafting().create(m_actor, f, body, overrideReason);
        if (!created) {
            m_error->showError(created.error());
            return false;
        }
        m_draft = created.value();
        m_error->clear();
        return true;
    }
    Draft edited = m_draft;
    edited.fields = f;
    auto updated = m_ws.drafting().updateFields(m_actor, edited, overrideReason);
    if (!updated) {
        m_error->showError(updated.error());
        return false;
    }
    m_draft = updated.value();
    if (body.text != m_originalBody || !m_pdf.isEmpty()) {
        auto versioned =
            m_ws.drafting().addVersion(m_actor, m_draft.id, m_draft.version, body, m_note->text().trimmed());
        if (!versioned) {
            m_error->showError(versioned.error());
            return false;
        }
        m_draft = versioned.value();
        m_originalBody = body.text;
        m_pdf.clear();
    }
    m_error->clear();
    return true;
}

void DraftEditorDialog::accept()
{
    QString reason;
    if (!genreFindingsText().isEmpty()) {
        bool ok = false;
        reason = QInputDialog::getMultiLineText(
            this, tr("Save despite the genre findings?"),
            tr("%1\n\nCorrect the draft, or give the reason it is right as it is:").arg(genreFindingsText()),
            QString(), &ok);
        if (!ok || reason.trimmed().isEmpty())
            return;
    }
    if (save(reason)) {
        m_recoveryTimer->stop();
        draftrecovery::discard(m_recoveryPath);
        QDialog::accept();
    }
}

} // namespace gw
