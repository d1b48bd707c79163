// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — letters and calls from private persons.
#include "LetterDialog.h"

#include "PdfPreviewDialog.h"
#include "WindowFit.h"
#include "ErrorBanner.h"
#include "SavePdf.h"

#include "Clock.h"
#include "pdf/Notices.h"
#include "services/LetterService.h"
#include "services/OfficeService.h"
#include "services/UnitService.h"
#include "services/Workspace.h"
#include "workflow/WorkCalendar.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gw {

LetterDialog::LetterDialog(Workspace &ws, const Principal &actor, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_actor(actor)
{
    setObjectName(QStringLiteral("letterDialog"));
    setProperty("helpPage", QStringLiteral("letters"));
    setWindowTitle(tr("Letter or call from a person — not a document (非公文)"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("A letter or call from a private person is not an official document: it is not "
                      "triaged, but recorded here and passed to the petitions office (信访) or the "
                      "hotline (直线电话) with a 转送单."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_person = new QLineEdit(this);
    m_person->setObjectName(QStringLiteral("letterPerson"));
    m_person->setMaxLength(60);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("letterKind"));
    m_kind->addItem(tr("Letter (来信)"), false);
    m_kind->addItem(tr("Call (来电)"), true);
    m_contact = new QLineEdit(this);
    m_contact->setObjectName(QStringLiteral("letterContact"));
    m_contact->setMaxLength(120);
    m_contact->setPlaceholderText(tr("Telephone or address, as given (may be left empty)"));
    m_received = new QDateTimeEdit(ws.clock().now().toLocalTime(), this);
    m_received->setObjectName(QStringLiteral("letterReceived"));
    m_received->setCalendarPopup(true);
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("letterSummary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMaximumHeight(90);
    m_route = new QComboBox(this);
    m_route->setObjectName(QStringLiteral("letterRoute"));
    for (LetterRoute r : allLetterRoutes())
        m_route->addItem(letterRouteLabel(r), letterRouteCode(r));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("letterNote"));
    form->addRow(tr("&Name:"), m_person);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Contact:"), m_contact);
    form->addRow(tr("Recei&ved:"), m_received);
    form->addRow(tr("&What it is about:"), m_summary);
    form->addRow(tr("&Passed to:"), m_route);
    form->addRow(tr("Re&mark:"), m_note);
    layout->addLayout(form);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Record and print the 转送单"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("recordLetter"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LetterDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LetterDialog::reject);
    m_person->setFocus();
    setMinimumWidth(560);
}

CitizenLetter LetterDialog::letter() const
{
    CitizenLetter l;
    l.personName = m_person->text();
    l.call = m_kind->currentData().toBool();
    l.contact = m_contact->text();
    l.receivedAtMs = m_received->dateTime().toMSecsSinceEpoch();
    l.summary = m_summary->toPlainText();
    l.route = letterRouteFromCode(m_route->currentData().toString()).value_or(LetterRoute::Petitions);
    l.note = m_note->text();
    return l;
}

QString LetterDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool LetterDialog::save()
{
    auto done = m_ws.letters().record(m_actor, letter());
    m_error->setStatus(done);
    if (!done)
        return false; // everything typed stays in the form
    m_saved = done.value();
    return true;
}

QByteArray LetterDialog::forwardNotice(Workspace &ws, const Principal &actor, const CitizenLetter &l)
{
    LetterForwardNotice n;
    if (auto office = ws.office().office(); office && office.value()) {
        n.office = office.value()->fullName;
        n.officeContact = office.value()->noticeContact();
    }
    if (l.route == LetterRoute::Petitions) {
        n.destination = tr("the petitions office");
        UnitFilter petitions;
        petitions.text = QStringLiteral("信访");
        petitions.type = UnitType::Department;
        if (auto units = ws.units().list(actor, petitions); units && !units.value().isEmpty())
            n.destination = units.value().first().name;
    } else {
        n.destination = tr("the government hotline (直线电话)");
    }
    n.person = l.personName;
    n.contact = l.contact;
    n.call = l.call;
    n.summary = l.summary;
    n.received = WorkCalendar::localDate(QDateTime::fromMSecsSinceEpoch(l.receivedAtMs));
    n.note = l.note;
    n.date = WorkCalendar::localDate(ws.clock().now());
    return letterForwardNoticePdf(n);
}

void LetterDialog::saveForwardNotice(QWidget *parent, ErrorBanner *error, Workspace &ws,
                                     const Principal &actor, const CitizenLetter &l)
{
    Q_UNUSED(error)
    previewPdf(parent, tr("Forwarding slip (转送单)"), forwardNotice(ws, actor, l),
               tr("Forwarding slip (转送单) — %1.pdf").arg(l.personName));
}

void LetterDialog::accept()
{
    if (!save())
        return;
    saveForwardNotice(this, m_error, m_ws, m_actor, m_saved);
    QDialog::accept();
}

LettersDialog::LettersDialog(Workspace &ws, const Principal &actor, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_actor(actor)
{
    setObjectName(QStringLiteral("lettersDialog"));
    setProperty("helpPage", QStringLiteral("letters"));
    setWindowTitle(tr("Letters and calls from persons — not documents (非公文)"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("lettersTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Received"), tr("From"), tr("Kind"), tr("About"), tr("Passed to"), tr("Recorded by")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *again = buttons->addButton(tr("Print the 转送单 &again…"), QDialogButtonBox::ActionRole);
    again->setObjectName(QStringLiteral("printLetterNotice"));
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &LettersDialog::reject);
    connect(again, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_letters.size()) {
            m_error->showMessage(tr("Choose a letter in the list first."));
            return;
        }
        LetterDialog::saveForwardNotice(this, m_error, m_ws, m_actor, m_letters.at(row));
    });
    connect(&ws.letters(), &LetterService::letterChanged, this, &LettersDialog::reload);
    reload();
    fitWindow(this, QSize(900, 480));
}

void LettersDialog::reload()
{
    auto letters = m_ws.letters().list(m_actor, 1000);
    if (!letters) {
        m_error->showError(letters.error());
        return;
    }
    m_letters = letters.value();
    m_table->setRowCount(int(m_letters.size()));
    for (int r = 0; r < m_letters.size(); ++r) {
        const CitizenLetter &l = m_letters.at(r);
        const QStringList cells = {
            QDateTime::fromMSecsSinceEpoch(l.receivedAtMs).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
            l.personName + (l.contact.isEmpty() ? QString() : QStringLiteral("（%1）").arg(l.contact)),
            l.call ? tr("Call, not a document") : tr("Letter, not a document"),
            l.summary,
            letterRouteLabel(l.route),
            l.createdByName};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->resizeColumnToContents(2);
}

int LettersDialog::rowCount() const
{
    return m_table->rowCount();
}

QString LettersDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace gw
