// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 档案 area's dialogs.
#include "ArchiveDialogs.h"

#include "ErrorBanner.h"
#include "FileDialogs.h"
#include "PdfPreviewDialog.h"
#include "RecordTable.h"
#include "TextPrompt.h"
#include "WindowFit.h"
#include "services/ArchiveService.h"
#include "services/Workspace.h"
#include "storage/PrivateFiles.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gw {
namespace {
QTableWidgetItem *cell(const QString &text)
{
    auto *c = new QTableWidgetItem(text);
    c->setFlags(c->flags() & ~Qt::ItemIsEditable);
    return c;
}
} // namespace

ArchiveConfirmDialog::ArchiveConfirmDialog(const QList<ArchiveCandidate> &chosen,
                                           const QList<ArchiveCandidate> &forwardable, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("archiveConfirmDialog"));
    setWindowTitle(tr("Archive (归档)"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each document becomes one archived item (件) with the next item number of its year "
                                "and retention. Confirm the retention the office's rules propose, or choose another."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(int(chosen.size()), 6, this);
    m_table->setObjectName(QStringLiteral("archiveConfirmTable"));
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Doc. number"), tr("Title"), tr("Proposed"),
                                        tr("Retention (保管期限)"), tr("Forwards (被转发文)")});
    m_table->verticalHeader()->hide();
    for (int r = 0; r < chosen.size(); ++r) {
        const ArchiveCandidate &c = chosen.at(r);
        m_table->setItem(r, 0, cell(archiveSourceLabel(c.source)));
        m_table->setItem(r, 1, cell(c.docNumber));
        m_table->setItem(r, 2, cell(c.title));
        m_table->setItem(r, 3, cell(retentionLabel(c.proposed)));
        auto *box = new QComboBox(m_table);
        for (Retention ret : allRetentions())
            box->addItem(retentionLabel(ret), retentionCode(ret));
        box->setCurrentIndex(box->findData(retentionCode(c.proposed)));
        m_table->setCellWidget(r, 4, box);
        if (c.source == ArchiveSource::Outgoing && !forwardable.isEmpty()) {
            auto *forwards = new QComboBox(m_table);
            forwards->addItem(tr("(nothing)"), 0);
            for (const ArchiveCandidate &f : forwardable)
                forwards->addItem(QStringLiteral("%1 %2").arg(f.docNumber, f.title), f.id);
            m_table->setCellWidget(r, 5, forwards);
        } else {
            m_table->setItem(r, 5, cell(QString()));
        }
    }
    m_table->setColumnHidden(5, forwardable.isEmpty());
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->resizeColumnToContents(3);
    m_table->setColumnWidth(4, 170);
    m_table->setColumnWidth(5, 260);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Archive %n item(s)", nullptr, int(chosen.size())));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    fitWindow(this, QSize(900, 480));
}

Retention ArchiveConfirmDialog::retentionAt(int row) const
{
    auto *box = qobject_cast<QComboBox *>(m_table->cellWidget(row, 4));
    return retentionFromCode(box->currentData().toString()).value_or(Retention::Years10);
}

qint64 ArchiveConfirmDialog::forwardedAt(int row) const
{
    auto *box = qobject_cast<QComboBox *>(m_table->cellWidget(row, 5));
    return box ? box->currentData().toLongLong() : 0;
}

void ArchiveConfirmDialog::setForwardedAt(int row, qint64 incomingId)
{
    if (auto *box = qobject_cast<QComboBox *>(m_table->cellWidget(row, 5)))
        box->setCurrentIndex(std::max(0, box->findData(incomingId)));
}

void ArchiveConfirmDialog::setRetentionAt(int row, Retention r)
{
    auto *box = qobject_cast<QComboBox *>(m_table->cellWidget(row, 4));
    box->setCurrentIndex(box->findData(retentionCode(r)));
}

ArchiveItemDialog::ArchiveItemDialog(Workspace &ws, const Principal &actor, const ArchiveItem &item, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_actor(actor), m_item(item)
{
    setObjectName(QStringLiteral("archiveItemDialog"));
    setWindowTitle(tr("Archived item %1").arg(item.code.toString()));
    auto *layout = new QVBoxLayout(this);
    QLabel *heading = newHeading(this);
    heading->setText(item.code.toString());
    layout->addWidget(heading);
    auto *form = new QFormLayout;
    const auto add = [&](const QString &label, const QString &value) {
        auto *v = new QLabel(value, this);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->setWordWrap(true);
        form->addRow(label, v);
    };
    add(tr("Title (题名):"), item.title);
    add(tr("Responsible (责任者):"), item.responsible);
    add(tr("Doc. number (文号):"), item.docNumber);
    add(tr("Date (日期):"), item.date);
    add(tr("Secrecy (密级):"), clearanceLabel(item.secrecy));
    add(tr("Retention (保管期限):"), item.code.retention == item.proposed
                                         ? retentionLabel(item.code.retention)
                                         : tr("%1 (the rules proposed %2)")
                                               .arg(retentionLabel(item.code.retention), retentionLabel(item.proposed)));
    add(tr("Pages (页数):"), QString::number(item.pages));
    add(tr("Archived:"), tr("%1 by %2").arg(shortDateTime(item.archivedAtMs), item.archivedBy));
    add(tr("Remark (备注):"), item.remark);
    layout->addLayout(form);
    m_files = new QTableWidget(int(item.components.size()), 6, this);
    m_files->setObjectName(QStringLiteral("archiveComponents"));
    m_files->setHorizontalHeaderLabels({tr("No."), tr("Component"), tr("File"), tr("Pages"), tr("Size"), tr("SHA-256 / SM3")});
    m_files->verticalHeader()->hide();
    m_files->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_files->setSelectionMode(QAbstractItemView::SingleSelection);
    m_files->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int r = 0; r < item.components.size(); ++r) {
        const ArchiveComponent &c = item.components.at(r);
        m_files->setItem(r, 0, cell(QString::number(c.position)));
        m_files->setItem(r, 1, cell(componentRoleLabel(c.role)));
        m_files->setItem(r, 2, cell(c.name));
        m_files->setItem(r, 3, cell(c.pages > 0 ? QString::number(c.pages) : QString()));
        m_files->setItem(r, 4, cell(fileSizeText(c.size)));
        QTableWidgetItem *digest = cell(c.sha256.left(12) + QStringLiteral("… / ") + c.sm3.left(12) + QStringLiteral("…"));
        digest->setToolTip(QStringLiteral("SHA-256 %1\nSM3 %2").arg(c.sha256, c.sm3));
        m_files->setItem(r, 5, digest);
    }
    m_files->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_files->resizeColumnsToContents();
    if (!item.components.isEmpty())
        m_files->selectRow(0);
    connect(m_files, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { openComponent(m_item.components.at(row).position); });
    layout->addWidget(m_files, 1);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *open = buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openComponent"));
    connect(open, &QPushButton::clicked, this, [this] {
        const int row = m_files->currentRow();
        if (row >= 0)
            openComponent(m_item.components.at(row).position);
    });
    if (Permissions::allows(actor.roles, Action::ArchiveItem)) {
        auto *remark = buttons->addButton(tr("&Remark…"), QDialogButtonBox::ActionRole);
        remark->setObjectName(QStringLiteral("editRemark"));
        connect(remark, &QPushButton::clicked, this, &ArchiveItemDialog::editRemark);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    fitWindow(this, QSize(860, 640));
}

bool ArchiveItemDialog::openComponent(int position)
{
    auto bytes = m_ws.archive().componentBytes(m_actor, m_item.id, position);
    if (!bytes) {
        m_error->showError(bytes.error());
        return false;
    }
    m_lastOpened = bytes.value();
    const ArchiveComponent &c = m_item.components.at(position - 1);
    const bool copies = ArchiveService::mayCopy(m_actor);
    if (!bytes.value().startsWith("%PDF-") && !copies) {
        m_error->showError(makeError(ErrorCode::Permission,
                                     tr("“%1” is not a PDF and can only be taken as a copy, which a loan for reading "
                                        "on screen does not allow. Ask the archive's keeper to show it to you.")
                                         .arg(c.name)));
        return false;
    }
    if (!bytes.value().startsWith("%PDF-")) {
        // Not a PDF (an attachment as received): saved where the user says.
        const QString path = chooseFileToSave(this, tr("Save the file"), c.name);
        if (path.isEmpty())
            return true;
        if (auto st = privatefiles::write(path, bytes.value()); !st) {
            m_error->showError(st.error());
            return false;
        }
        m_error->showNotice(tr("Saved to %1.").arg(path));
        return true;
    }
    previewPdf(this, QStringLiteral("%1 — %2").arg(m_item.code.toString(), c.name), bytes.value(),
               m_item.code.toString() + QLatin1Char('-') + c.name,
               copies ? PreviewUse::PrintAndSave : PreviewUse::ReadOnly);
    return true;
}

void ArchiveItemDialog::editRemark()
{
    bool ok = false;
    const QString text = askText(this, tr("Remark (备注)"), tr("The remark printed in the catalogue:"), &ok, m_item.remark);
    if (!ok)
        return;
    auto saved = m_ws.archive().setRemark(m_actor, m_item.id, m_item.version, text);
    if (!saved) {
        m_error->showError(saved.error());
        return;
    }
    m_item = saved.value();
    m_error->showNotice(tr("The remark is saved."));
}

LoanDialog::LoanDialog(Workspace &ws, const Principal &actor, const ArchiveItem &item, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_actor(actor), m_item(item)
{
    setObjectName(QStringLiteral("loanDialog"));
    setWindowTitle(tr("Lend an archived item (借阅登记)"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Item:"), new QLabel(QStringLiteral("%1　%2").arg(item.code.toString(), item.title), this));
    m_borrower = new QComboBox(this);
    m_borrower->setObjectName(QStringLiteral("loanBorrower"));
    if (auto people = ws.archive().borrowers(actor))
        for (const User &u : people.value())
            m_borrower->addItem(QStringLiteral("%1（%2）").arg(u.displayName, clearanceLabel(u.clearance)), u.id);
    form->addRow(tr("&Borrower:"), m_borrower);
    auto *kind = new QHBoxLayout;
    auto *paper = new QRadioButton(tr("&Paper"), this);
    m_electronic = new QRadioButton(tr("On &screen"), this);
    m_electronic->setObjectName(QStringLiteral("loanElectronic"));
    paper->setChecked(true);
    kind->addWidget(paper);
    kind->addWidget(m_electronic);
    kind->addStretch(1);
    form->addRow(tr("Form:"), kind);
    m_purpose = new QLineEdit(this);
    m_purpose->setObjectName(QStringLiteral("loanPurpose"));
    m_purpose->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("编写年度工作总结")));
    form->addRow(tr("P&urpose:"), m_purpose);
    m_due = new QDateEdit(QDate::currentDate().addDays(7), this);
    m_due->setObjectName(QStringLiteral("loanDue"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Due:"), m_due);
    layout->addLayout(form);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Re&cord"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void LoanDialog::accept()
{
    LoanRequest r;
    r.itemId = m_item.id;
    r.borrowerId = m_borrower->currentData().toLongLong();
    r.form = m_electronic->isChecked() ? LoanForm::Electronic : LoanForm::Paper;
    r.purpose = m_purpose->text();
    r.due = m_due->date();
    auto loan = m_ws.archive().recordLoan(m_actor, r);
    if (!loan) {
        m_error->showError(loan.error());
        return;
    }
    m_recorded = loan.value();
    QDialog::accept();
}

} // namespace gw
