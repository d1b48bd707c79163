// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the first reader's page.
#include "FirstReaderDialog.h"

#include "WindowFit.h"
#include "ErrorBanner.h"
#include "PdfViewer.h"
#include "RecordTable.h"

#include "pdf/PdfWorkerClient.h"
#include "services/DraftingService.h"
#include "services/PrintingService.h"
#include "services/Workspace.h"
#include "workflow/FormatRules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gw {

FirstReaderDialog::FirstReaderDialog(Workspace &ws, const Principal &actor, qint64 draftId, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_actor(actor), m_id(draftId)
{
    setObjectName(QStringLiteral("firstReaderDialog"));
    setProperty("helpPage", QStringLiteral("first-reader"));
    setWindowTitle(tr("First reader (第一读者)"));
    auto *layout = new QVBoxLayout(this);
    m_title = newHeading(this);
    layout->addWidget(m_title);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);

    auto *split = new QSplitter(this);
    m_tabs = new QTabWidget(split);
    m_table = new QTableWidget(0, 2, m_tabs);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setHorizontalHeaderLabels({tr("As signed"), tr("As printed")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    // Wrapped rows take the height of their text at the width the columns have now.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
            [this] { m_table->resizeRowsToContents(); });
    m_tabs->addTab(m_table, tr("Side by side"));
    m_viewer = new PdfViewer(m_tabs);
    m_tabs->addTab(m_viewer, tr("The print"));

    auto *side = new QWidget(split);
    auto *sideLayout = new QVBoxLayout(side);
    auto *autoBox = new QGroupBox(tr("Format check (automatic)"), side);
    auto *autoLayout = new QVBoxLayout(autoBox);
    m_automatic = new QLabel(autoBox);
    m_automatic->setObjectName(QStringLiteral("automaticChecks"));
    m_automatic->setTextFormat(Qt::RichText);
    m_automatic->setWordWrap(true);
    autoLayout->addWidget(m_automatic);
    sideLayout->addWidget(autoBox);
    auto *manualBox = new QGroupBox(tr("Checked by hand"), side);
    auto *manualLayout = new QVBoxLayout(manualBox);
    for (const QString &code : FirstReaderChecklist::codes()) {
        auto *tick = new QCheckBox(FirstReaderChecklist::label(code), manualBox);
        tick->setObjectName(code);
        m_ticks.append(tick);
        manualLayout->addWidget(tick);
    }
    sideLayout->addWidget(manualBox);
    auto *toLabel = new QLabel(tr("Released to (核发, one per line):"), side);
    m_distribution = new QPlainTextEdit(side);
    m_distribution->setObjectName(QStringLiteral("distribution"));
    m_distribution->setTabChangesFocus(true);
    toLabel->setBuddy(m_distribution);
    sideLayout->addWidget(toLabel);
    sideLayout->addWidget(m_distribution, 1);
    split->addWidget(m_tabs);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    auto *buttons = new QHBoxLayout;
    auto *passButton = new QPushButton(tr("&Pass and release (Ctrl+Enter)"), this);
    passButton->setObjectName(QStringLiteral("passButton"));
    auto *failButton = new QPushButton(tr("&Fail…"), this);
    failButton->setObjectName(QStringLiteral("failButton"));
    auto *close = new QPushButton(tr("Close"), this);
    for (QPushButton *b : {passButton, failButton, close})
        b->setAutoDefault(false);
    buttons->addWidget(passButton);
    buttons->addWidget(failButton);
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(passButton, &QPushButton::clicked, this, &FirstReaderDialog::pass);
    connect(failButton, &QPushButton::clicked, this, &FirstReaderDialog::askFail);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this), &QShortcut::activated, this,
            &FirstReaderDialog::pass);
    fitWindow(this, QSize(1280, 800));
    refresh();
}

bool FirstReaderDialog::refresh()
{
    auto d = m_ws.drafting().get(m_actor, m_id);
    m_error->setStatus(d);
    if (!d)
        return false;
    m_draft = d.value();
    m_title->setText(QStringLiteral("%1　%2").arg(m_draft.docNumber, m_draft.fields.title));
    auto job = m_ws.printing().printToRead(m_actor, m_id);
    if (!job) {
        m_error->showError(job.error());
        return false;
    }
    m_job = job.value();
    QStringList numbers;
    QStringList recipients;
    for (const PrintCopy &c : m_job.copies) {
        numbers.append(PrintingService::copyNumberText(c.number));
        if (!c.recipient.isEmpty() && !recipients.contains(c.recipient))
            recipients.append(c.recipient);
    }
    m_summary->setText(tr("Print of version %1 (signed: version %2), 份号 %3, by %4 on %5.")
                           .arg(m_job.version)
                           .arg(m_draft.signedVersion)
                           .arg(numbers.join(QStringLiteral("、")), m_job.printedByName,
                                QDateTime::fromMSecsSinceEpoch(m_job.printedAtMs)
                                    .toLocalTime()
                                    .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    if (m_distribution->toPlainText().isEmpty())
        m_distribution->setPlainText(recipients.join(QLatin1Char('\n')));
    // The format check: every rule with its result.
    // Only the rules that apply to this document, each with why it applies.
    auto findings = m_ws.printing().formatCheck(m_actor, m_id);
    auto printed = m_ws.printing().officialDocument(m_actor, m_id);
    QString html;
    if (findings && printed) {
        for (const QString &code : FormatRules::applicableRules(printed.value())) {
            QString why;
            FormatRules::applies(code, printed.value(), &why);
            QStringList broken;
            for (const FormatFinding &f : findings.value()) {
                if (f.rule == code)
                    broken.append(f.message.toHtmlEscaped());
            }
            html += broken.isEmpty()
                        ? QStringLiteral("<div style=\"color:#1B5E20\">✔ %1 <span style=\"color:#555\">（%2）</span></div>")
                              .arg(FormatRules::ruleLabel(code).toHtmlEscaped(), why.toHtmlEscaped())
                        : QStringLiteral("<div style=\"color:#B00020\">✘ %1：%2</div>")
                              .arg(FormatRules::ruleLabel(code).toHtmlEscaped(), broken.join(QStringLiteral("；")));
        }
    } else {
        html = (findings ? printed.error() : findings.error()).message.toHtmlEscaped();
    }
    m_automatic->setText(html);
    m_viewer->open(m_job.pdf);
    showComparison();
    return true;
}

void FirstReaderDialog::showComparison()
{
    auto signedDoc = m_ws.printing().signedDocument(m_actor, m_id);
    if (!signedDoc) {
        m_error->showError(signedDoc.error());
        return;
    }
    auto worker = PdfWorkerClient::forThisProgram();
    auto info = worker->open(m_job.pdf);
    if (!info) {
        m_error->showError(info.error());
        return;
    }
    auto text = worker->documentText(info.value().pageCount);
    if (!text) {
        m_error->showError(text.error());
        return;
    }
    m_comparison = comparePrint(signedDoc.value().printedText(), text.value());
    m_table->setRowCount(int(m_comparison.size()));
    const QColor changed(0xFF, 0xEB, 0xEE);
    for (int i = 0; i < m_comparison.size(); ++i) {
        const ComparedSentence &s = m_comparison.at(i);
        auto *left = new QTableWidgetItem(s.signedText);
        auto *right = new QTableWidgetItem(s.printedText);
        if (!s.same) {
            left->setBackground(changed);
            right->setBackground(changed);
        }
        m_table->setItem(i, 0, left);
        m_table->setItem(i, 1, right);
    }
    m_table->resizeRowsToContents();
    for (int i = 0; i < m_comparison.size(); ++i) {
        if (!m_comparison.at(i).same) { // the first difference in view
            m_table->setCurrentCell(i, 1);
            m_table->scrollToItem(m_table->item(i, 1), QAbstractItemView::PositionAtCenter);
            break;
        }
    }
    const int differences = differenceCount(m_comparison);
    m_tabs->setTabText(0, differences == 0 ? tr("Side by side: the same")
                                           : tr("Side by side: %n difference(s)", nullptr, differences));
}

bool FirstReaderDialog::pass()
{
    QStringList ticked;
    for (QCheckBox *t : m_ticks) {
        if (t->isChecked())
            ticked.append(t->objectName());
    }
    const QStringList to = m_distribution->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    auto done = m_ws.printing().pass(m_actor, m_id, m_draft.version, ticked, to);
    m_error->setStatus(done);
    if (!done)
        return false;
    accept();
    return true;
}

bool FirstReaderDialog::fail(MarkupCategory category, FirstReadingReturn backTo, const QString &note)
{
    auto done = m_ws.printing().fail(m_actor, m_id, m_draft.version, category, backTo, note);
    m_error->setStatus(done);
    if (!done)
        return false;
    accept();
    return true;
}

void FirstReaderDialog::askFail()
{
    QDialog ask(this);
    ask.setObjectName(QStringLiteral("failDialog"));
    ask.setWindowTitle(tr("Fail the print"));
    auto *form = new QFormLayout(&ask);
    auto *category = new QComboBox(&ask);
    for (MarkupCategory c : {MarkupCategory::Wording, MarkupCategory::Format, MarkupCategory::Policy})
        category->addItem(markupCategoryLabel(c), markupCategoryCode(c));
    auto *backTo = new QComboBox(&ask);
    backTo->addItem(tr("秘书科: a wording fix, then a new print"),
                    firstReadingReturnCode(FirstReadingReturn::Secretariat));
    backTo->addItem(tr("The signer: a content change (the signature becomes void)"),
                    firstReadingReturnCode(FirstReadingReturn::Signer));
    category->setObjectName(QStringLiteral("failCategory"));
    backTo->setObjectName(QStringLiteral("failBackTo"));
    auto *note = new QPlainTextEdit(&ask);
    note->setObjectName(QStringLiteral("failNote"));
    note->setTabChangesFocus(true);
    form->addRow(tr("&Category:"), category);
    form->addRow(tr("&Back to:"), backTo);
    form->addRow(tr("&What is wrong:"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Fail"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &ask), &QShortcut::activated, &ask,
            &QDialog::accept);
    form->addRow(buttons);
    ask.resize(520, 300);
    if (ask.exec() != QDialog::Accepted)
        return;
    fail(markupCategoryFromCode(category->currentData().toString()).value_or(MarkupCategory::Wording),
         firstReadingReturnFromCode(backTo->currentData().toString()), note->toPlainText());
}

QString FirstReaderDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace gw
