// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the print page of a document.
#include "PrintDialog.h"

#include "ActionRow.h"
#include "WindowFit.h"
#include "ErrorBanner.h"
#include "FontSettingsPage.h"
#include "RecordTable.h"
#include "SavePdf.h"

#include "pdf/Typesetter.h"
#include "services/DraftingService.h"
#include "services/PrintingService.h"
#include "services/Workspace.h"
#include "storage/PrivateFiles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gw {

PrintDialog::PrintDialog(Workspace &ws, const Principal &actor, qint64 draftId, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_actor(actor), m_id(draftId)
{
    setObjectName(QStringLiteral("printDialog"));
    setProperty("helpPage", QStringLiteral("printing"));
    setWindowTitle(tr("Printing (印制)"));
    auto *layout = new QVBoxLayout(this);
    m_title = newHeading(this);
    layout->addWidget(m_title);
    m_findings = new QLabel(this);
    m_findings->setObjectName(QStringLiteral("formatFindings"));
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::RichText);
    layout->addWidget(m_findings);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);

    auto *range = new QHBoxLayout;
    m_first = new QSpinBox(this);
    m_first->setObjectName(QStringLiteral("copyFirst"));
    m_first->setRange(1, 999999);
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("copyCount"));
    m_count->setRange(1, 999);
    auto *firstLabel = new QLabel(tr("From 份号 (&N):"), this);
    firstLabel->setBuddy(m_first);
    auto *countLabel = new QLabel(tr("&Copies:"), this);
    countLabel->setBuddy(m_count);
    range->addWidget(firstLabel);
    range->addWidget(m_first);
    range->addWidget(countLabel);
    range->addWidget(m_count);
    range->addStretch(1);
    layout->addLayout(range);
    // One numbered copy a unit: 各镇人民政府 is every town's government. Unticked, a line as written on
    // the document gets one copy (merged), as when the group's units receive one copy to pass round.
    m_byUnit = new QCheckBox(tr("One copy per &unit (a group such as 各镇人民政府 counts each of its units)"), this);
    m_byUnit->setObjectName(QStringLiteral("copyPerUnit"));
    m_byUnit->setChecked(true);
    layout->addWidget(m_byUnit);
    connect(m_byUnit, &QCheckBox::toggled, this, [this] {
        loadDistribution();
        const QSignalBlocker blockCount(m_count);
        m_count->setValue(qMax(1, int(m_distribution.size())));
        m_copies->setRowCount(0); // the recipients start again from the new list
        setCopies(m_first->value(), m_count->value());
    });
    m_copies = new QTableWidget(0, 2, this);
    m_copies->setObjectName(QStringLiteral("copiesTable"));
    m_copies->setHorizontalHeaderLabels(
        {tr("Copy number (份号)"), tr("Recipient (double-click or F2 to change)")});
    m_copies->horizontalHeader()->setStretchLastSection(true);
    m_copies->verticalHeader()->hide();
    layout->addWidget(m_copies, 1);
    auto resetCopies = [this] { setCopies(m_first->value(), m_count->value()); };
    connect(m_first, &QSpinBox::valueChanged, this, resetCopies);
    connect(m_count, &QSpinBox::valueChanged, this, resetCopies);

    auto *buttons = new QHBoxLayout;
    auto *previewButton = new QPushButton(tr("Pre&view…"), this);
    previewButton->setObjectName(QStringLiteral("previewButton"));
    auto *printButton = new QPushButton(tr("&Print…"), this);
    printButton->setObjectName(QStringLiteral("printButton"));
    addKeyShortcut(printButton, QKeySequence::Print);
    auto *pdfButton = new QPushButton(tr("Print to P&DF…"), this);
    pdfButton->setObjectName(QStringLiteral("printToPdf"));
    auto *sendButton = new QPushButton(tr("Printed: to the &first reader"), this);
    sendButton->setObjectName(QStringLiteral("sendToFirstReader"));
    for (QPushButton *b : {previewButton, printButton, pdfButton, sendButton}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(previewButton, &QPushButton::clicked, this, &PrintDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &PrintDialog::printWithDialog);
    connect(pdfButton, &QPushButton::clicked, this, &PrintDialog::saveAsPdf);
    connect(sendButton, &QPushButton::clicked, this, &PrintDialog::sendToFirstReader);

    layout->addWidget(new QLabel(tr("Print log"), this));
    m_log = new QTableWidget(0, 5, this);
    m_log->setObjectName(QStringLiteral("printLog"));
    m_log->setHorizontalHeaderLabels(
        {tr("Time"), tr("By"), tr("Copies (份号 → recipient)"), tr("Kind"), tr("Device")});
    m_log->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_log->verticalHeader()->hide();
    m_log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_log->setWordWrap(true);
    layout->addWidget(m_log, 1);
    auto *close = new QPushButton(tr("Close"), this);
    close->setAutoDefault(false);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(close);
    layout->addLayout(bottom);
    fitWindow(this, QSize(960, 720));
    refresh();
}

bool PrintDialog::refresh()
{
    auto d = m_ws.drafting().get(m_actor, m_id);
    m_error->setStatus(d);
    if (!d)
        return false;
    m_draft = d.value();
    m_title->setText(
        tr("%1 %2 — version %3").arg(m_draft.docNumber, m_draft.fields.title).arg(m_draft.currentVersion));
    loadDistribution();
    auto findings = m_ws.printing().formatCheck(m_actor, m_id);
    if (!findings) {
        m_findings->setText(findings.error().message.toHtmlEscaped());
    } else if (findings.value().isEmpty()) {
        m_findings->setText(tr("<b>Format check:</b> no findings."));
    } else {
        QString html =
            tr("<b style=\"color:#B00020\">Format check: %n finding(s) — fix them before printing.</b>",
               nullptr, int(findings.value().size()));
        html += QStringLiteral("<ul>");
        for (const FormatFinding &f : findings.value())
            html +=
                QStringLiteral("<li><b>%1</b>：%2<br><small>%3</small></li>")
                    .arg(f.element.toHtmlEscaped(), f.message.toHtmlEscaped(), f.citation.toHtmlEscaped());
        html += QStringLiteral("</ul>");
        m_findings->setText(html);
    }
    showLog(); // the numbers printed before, and to whom
    const QSignalBlocker b1(m_first), b2(m_count);
    if (auto next = m_ws.printing().nextCopyNumber(m_actor, m_id))
        m_first->setValue(next.value());
    m_count->setValue(qMax(1, int(m_distribution.size())));
    setCopies(m_first->value(), m_count->value());
    return true;
}

void PrintDialog::loadDistribution()
{
    auto list = m_ws.printing().distributionList(m_actor, m_id, m_byUnit->isChecked());
    if (list)
        m_distribution = list.value();
    else
        m_error->showError(list.error());
}

void PrintDialog::setCopies(int first, int count)
{
    m_copies->setRowCount(count);
    for (int i = 0; i < count; ++i) {
        auto *number = new QTableWidgetItem(PrintingService::copyNumberText(first + i));
        number->setFlags(number->flags() & ~Qt::ItemIsEditable);
        number->setData(Qt::UserRole, first + i);
        m_copies->setItem(i, 0, number);
        auto *recipient = qobject_cast<QComboBox *>(m_copies->cellWidget(i, 1));
        if (!recipient) { // rows kept keep their box: what the user typed is not lost on a renumbering
            recipient = new QComboBox(m_copies);
            recipient->setEditable(true);
            recipient->addItem(QString());
            recipient->addItems(m_distribution);
            recipient->setCurrentIndex(i < m_distribution.size() ? i + 1 : 0);
            m_copies->setCellWidget(i, 1, recipient);
        }
        // A number printed before is reprinted for the recipient it was printed for; a row that held such
        // a recipient and now has a new number goes back to the list's recipient for its place.
        static const char *const kFromLog = "recipientFromLog";
        if (const auto printed = m_printedTo.constFind(first + i); printed != m_printedTo.cend()) {
            recipient->setCurrentText(printed.value());
            recipient->setProperty(kFromLog, true);
        } else if (recipient->property(kFromLog).toBool()) {
            recipient->setCurrentIndex(i < m_distribution.size() ? i + 1 : 0);
            recipient->setProperty(kFromLog, false);
        }
    }
    m_copies->resizeColumnToContents(0);
}

QList<PrintCopy> PrintDialog::copies() const
{
    QList<PrintCopy> out;
    for (int i = 0; i < m_copies->rowCount(); ++i) {
        PrintCopy c;
        c.number = m_copies->item(i, 0)->data(Qt::UserRole).toInt();
        if (auto *box = qobject_cast<QComboBox *>(m_copies->cellWidget(i, 1)))
            c.recipient = box->currentText();
        out.append(c);
    }
    return out;
}

bool PrintDialog::paintCopies(QPrinter &printer, const QList<PrintCopy> &list)
{
    const OfficialFonts fonts = OfficialFonts::chosen();
    printer.setFullPage(true);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&printer)) {
        m_error->showMessage(tr("The printer could not be opened."));
        return false;
    }
    bool first = true;
    for (const PrintCopy &c : list) {
        auto doc = m_ws.printing().officialDocument(m_actor, m_id, c.number);
        if (!doc) {
            m_error->showError(doc.error());
            return false;
        }
        if (!first)
            printer.newPage();
        first = false;
        OfficialLayout::build(doc.value(), fonts).paint(printer, painter);
    }
    painter.end();
    return true;
}

void PrintDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview — %1").arg(m_draft.fields.title));
    const QList<PrintCopy> list = copies();
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this, list](QPrinter *p) { paintCopies(*p, list); });
    dialog.setObjectName(QStringLiteral("printPreview"));
    fitWindow(&dialog, QSize(1000, 800));
    dialog.exec();
}

bool PrintDialog::printOn(QPrinter &printer, const QString &device)
{
    const QList<PrintCopy> list = copies();
    if (list.isEmpty()) {
        m_error->showMessage(tr("Choose the copies to print."));
        return false;
    }
    // The first copy's PDF is kept with the log: it is what the first reader reads.
    auto doc = m_ws.printing().officialDocument(m_actor, m_id, list.first().number);
    if (!doc) {
        m_error->showError(doc.error());
        return false;
    }
    const QByteArray pdf =
        OfficialLayout::build(doc.value(), OfficialFonts::chosen()).pdf(m_draft.fields.title);
    // Logged before the paper comes out: a copy that fails to print is printed again as a reprint,
    // and no copy ever leaves without its line in the log.
    auto job = m_ws.printing().recordPrint(m_actor, m_id, m_draft.version, list, device, pdf);
    m_error->setStatus(job);
    if (!job)
        return false;
    const bool printed = paintCopies(printer, list);
    refresh();
    return printed;
}

bool PrintDialog::printToPdf(const QString &path)
{
    // The printer writes into a file made first, readable by its owner only.
    if (const Status made = privatefiles::createEmpty(path); !made) {
        m_error->setStatus(made);
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    return printOn(printer, tr("PDF: %1").arg(path));
}

void PrintDialog::printWithDialog()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1").arg(m_draft.fields.title));
    // Copies, page ranges and collation are this page's business: each copy has its own 份号.
    dialog.setOptions(QAbstractPrintDialog::PrintToFile | QAbstractPrintDialog::PrintShowPageSize);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (printer.copyCount() > 1)
        m_error->showMessage(
            tr("Each copy has its own 份号: the number of copies is set on this page. One of each "
               "numbered copy is printed."));
    printer.setCopyCount(1);
    printer.setPrintRange(QPrinter::AllPages);
    printOn(printer, printer.outputFileName().isEmpty() ? printer.printerName()
                                                        : tr("PDF: %1").arg(printer.outputFileName()));
}

void PrintDialog::saveAsPdf()
{
    const QString path =
        askSavePath(this, tr("Print to PDF"),
                    m_draft.docNumber + QStringLiteral(" ") + m_draft.fields.title + QStringLiteral(".pdf"),
                    tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        printToPdf(path);
}

bool PrintDialog::sendToFirstReader()
{
    auto sent = m_ws.printing().sendToFirstReader(m_actor, m_id, m_draft.version);
    m_error->setStatus(sent);
    if (!sent)
        return false;
    accept(); // with the first reader now: nothing more to do here
    return true;
}

void PrintDialog::showLog()
{
    auto log = m_ws.printing().printLog(m_actor, m_id);
    if (!log) {
        m_error->showError(log.error());
        return;
    }
    m_log->setRowCount(int(log.value().size()));
    m_printedTo.clear();
    for (int i = 0; i < log.value().size(); ++i) {
        const PrintJob &j = log.value().at(i);
        QStringList copies;
        for (const PrintCopy &c : j.copies) {
            m_printedTo.insert(c.number, c.recipient);
            copies.append(PrintingService::copyNumberText(c.number) +
                          (c.recipient.isEmpty() ? QString() : QStringLiteral(" → ") + c.recipient) +
                          (c.reprint ? tr(" (reprint)") : QString()));
        }
        m_log->setItem(i, 0,
                       new QTableWidgetItem(QDateTime::fromMSecsSinceEpoch(j.printedAtMs)
                                                .toLocalTime()
                                                .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_log->setItem(i, 1, new QTableWidgetItem(j.printedByName));
        m_log->setItem(i, 2, new QTableWidgetItem(copies.join(QStringLiteral("；"))));
        m_log->setItem(i, 3,
                       new QTableWidgetItem(j.reprint ? tr("Reprint, version %1").arg(j.version)
                                                      : tr("Print, version %1").arg(j.version)));
        m_log->setItem(i, 4, new QTableWidgetItem(j.device));
    }
    m_log->resizeColumnsToContents();
    m_log->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_log->resizeRowsToContents();
}

int PrintDialog::logRows() const
{
    return m_log->rowCount();
}

QString PrintDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace gw
