// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the first reader's page.
#include "FirstReaderDialog.h"

#include "WindowFit.h"
#include "DiffHtml.h"
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
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
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
    auto *comparePage = new QWidget(m_tabs);
    auto *compareLayout = new QVBoxLayout(comparePage);
    compareLayout->setContentsMargins(0, 0, 0, 0);
    m_compared = new QTextBrowser(comparePage);
    m_compared->setObjectName(QStringLiteral("comparisonView"));
    m_compared->setOpenLinks(false);
    compareLayout->addWidget(m_compared, 1);
    auto *nextRow = new QHBoxLayout;
    auto *next = new QPushButton(tr("&Next difference (F3)"), comparePage);
    next->setObjectName(QStringLiteral("nextDifference"));
    next->setAutoDefault(false);
    // F3 from either tab: back to the comparison, at the next difference.
    connect(new QShortcut(QKeySequence(Qt::Key_F3), this), &QShortcut::activated, this, [this] {
        m_tabs->setCurrentIndex(0);
        showNextDifference();
    });
    nextRow->addWidget(next);
    nextRow->addStretch(1);
    compareLayout->addLayout(nextRow);
    connect(next, &QPushButton::clicked, this, &FirstReaderDialog::showNextDifference);
    m_tabs->addTab(comparePage, tr("Side by side"));
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
    m_comparison = comparePrint(signedDoc.value().printedElements(), text.value());
    // One row an element, as the document reads: where it stands, the signed words, the printed ones;
    // inside a differing element the characters missing from the print are struck through and the ones
    // it adds underlined.
    QString html = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='5' style='font-size:large'>"
                                  "<tr><th align='left'>%1</th><th width='42%' align='left'>%2</th>"
                                  "<th width='42%' align='left'>%3</th></tr>")
                       .arg(tr("Element").toHtmlEscaped(), tr("As signed").toHtmlEscaped(),
                            tr("As printed").toHtmlEscaped());
    for (int i = 0; i < m_comparison.size(); ++i) {
        const ComparedElement &e = m_comparison.at(i);
        const QString where = QStringLiteral("<a name='element%1'></a><span style='color:#555;font-size:medium'>%2</span>")
                                  .arg(i)
                                  .arg(printedElementLabel(e.element).toHtmlEscaped());
        if (e.same) {
            html += QStringLiteral("<tr><td valign='top'>%1</td><td valign='top'>%2</td><td valign='top'>%2</td></tr>")
                        .arg(where, e.signedText.toHtmlEscaped());
        } else {
            html += QStringLiteral("<tr style='background:#fff3cd'><td valign='top'>%1</td><td valign='top'>%2</td>"
                                   "<td valign='top'>%3</td></tr>")
                        .arg(where, diffSpansHtml(e.spans, DiffSide::Old),
                             e.printedText.isEmpty()
                                 ? QStringLiteral("<i style='color:#8a1020'>%1</i>")
                                       .arg(tr("(not in the print)").toHtmlEscaped())
                                 : diffSpansHtml(e.spans, DiffSide::New));
        }
    }
    m_compared->setHtml(html + QStringLiteral("</table>"));
    m_shownDifference = -1;
    showNextDifference(); // the first difference in view
    const int differences = differenceCount(m_comparison);
    m_tabs->setTabText(0, differences == 0 ? tr("Side by side: the same")
                                           : tr("Side by side: %n difference(s)", nullptr, differences));
}

int FirstReaderDialog::showNextDifference()
{
    const int n = int(m_comparison.size());
    for (int step = 1; step <= n; ++step) {
        const int i = (m_shownDifference + step) % n;
        if (!m_comparison.at(i).same) {
            m_shownDifference = i;
            m_compared->scrollToAnchor(QStringLiteral("element%1").arg(i));
            return i;
        }
    }
    return -1;
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
