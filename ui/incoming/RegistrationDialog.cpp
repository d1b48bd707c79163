// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — 签收登记.
#include "RegistrationDialog.h"

#include "FileDialogs.h"
#include "ErrorBanner.h"
#include "ReadPdfText.h"
#include "RecordTable.h"

#include "Clock.h"
#include "domain/DocNumber.h"
#include "domain/FileKind.h"
#include "pdf/PdfWorkerClient.h"
#include "services/IncomingService.h"
#include "services/UnitService.h"
#include "services/Workspace.h"
#include "storage/PrivateFiles.h"
#include "workflow/DocumentReading.h"
#include "workflow/WorkCalendar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gw {

RegistrationDialog::RegistrationDialog(Workspace &ws, const Principal &actor, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_actor(actor)
{
    setObjectName(QStringLiteral("registrationDialog"));
    setProperty("helpPage", QStringLiteral("incoming-register"));
    setWindowTitle(tr("Sign for and register an incoming document"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_sender = new QComboBox(this);
    m_sender->setObjectName(QStringLiteral("incomingSender"));
    m_sender->setEditable(true);
    m_sender->setInsertPolicy(QComboBox::NoInsert);
    m_sender->completer()->setFilterMode(Qt::MatchContains);
    m_sender->completer()->setCompletionMode(QCompleter::PopupCompletion);
    auto *newSender = new QPushButton(tr("New &unit…"), this);
    newSender->setFocusPolicy(Qt::ClickFocus); // Tab goes from the sender to the 文号; Alt+U reaches it
    newSender->setAutoDefault(false);
    auto *senderRow = new QHBoxLayout;
    senderRow->addWidget(m_sender, 1);
    senderRow->addWidget(newSender);
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("incomingNumber"));
    m_number->setPlaceholderText(tr("e.g. 黄政发〔2026〕12号 — [ ] ( ) ［ ］ are accepted"));
    m_numberHint = new QLabel(this);
    m_numberHint->setObjectName(QStringLiteral("incomingNumberHint"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("incomingTitle"));
    m_genre = new QComboBox(this);
    m_genre->setObjectName(QStringLiteral("incomingGenre"));
    for (Genre g : allGenres())
        m_genre->addItem(genreLabel(g), genreCode(g));
    m_genre->insertItem(0, tr("(choose the genre)"), QString());
    m_genre->setCurrentIndex(0); // nothing is assumed: the clerk or the document says which
    m_urgency = new QComboBox(this);
    m_urgency->setObjectName(QStringLiteral("incomingUrgency"));
    for (Urgency u : allUrgencies())
        m_urgency->addItem(urgencyLabel(u), urgencyCode(u));
    m_secrecy = new QComboBox(this);
    m_secrecy->setObjectName(QStringLiteral("incomingSecrecy"));
    for (Clearance c : allClearances()) {
        if (clearanceCovers(actor.clearance, c))
            m_secrecy->addItem(clearanceLabel(c), clearanceCode(c));
    }
    m_period = new QLineEdit(this);
    m_period->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("1年")));
    m_copies = new QSpinBox(this);
    m_copies->setRange(1, 9999);
    m_copyNumbers = new QLineEdit(this);
    m_copyNumbers->setPlaceholderText(tr("e.g. 000012"));
    m_received = new QDateTimeEdit(ws.clock().now().toLocalTime(), this);
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_received->setCalendarPopup(true);
    m_hasDue = new QCheckBox(tr("To be done by"), this);
    m_due = new QDateEdit(WorkCalendar::localDate(ws.clock().now()).addDays(7), this);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setCalendarPopup(true);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);
    m_addressee = new QComboBox(this);
    m_addressee->setObjectName(QStringLiteral("incomingAddressee"));
    m_addressee->addItem(tr("The district government"), addresseeCode(Addressee::DistrictGovernment));
    m_addressee->addItem(tr("The district government office"), addresseeCode(Addressee::Office));
    m_addressee->addItem(tr("A leader personally"), addresseeCode(Addressee::LeaderPersonally));
    m_fileList = new QListWidget(this);
    m_fileList->setMaximumHeight(70);
    auto *addFile = new QPushButton(tr("&Attach…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileList, 1);
    fileRow->addWidget(addFile, 0, Qt::AlignTop);

    auto *senderLabel = new QLabel(tr("&From:"), this); // a row of widgets takes no buddy by itself
    senderLabel->setBuddy(m_sender);
    form->addRow(senderLabel, senderRow);
    form->addRow(tr("Document &number:"), m_number);
    form->addRow(QString(), m_numberHint);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Genre:"), m_genre);
    form->addRow(tr("Urgenc&y:"), m_urgency);
    form->addRow(tr("&Secrecy:"), m_secrecy);
    form->addRow(tr("Secrecy &period:"), m_period);
    form->addRow(tr("&Copies:"), m_copies);
    form->addRow(tr("Copy num&bers:"), m_copyNumbers);
    form->addRow(tr("Recei&ved:"), m_received);
    form->addRow(tr("Time limit:"), dueRow);
    form->addRow(tr("A&ddressed to:"), m_addressee);
    form->addRow(tr("Attachments:"), fileRow);
    layout->addLayout(form);
    m_proposalNote = new QLabel(this);
    m_proposalNote->setObjectName(QStringLiteral("proposalNote"));
    m_proposalNote->setWordWrap(true);
    m_proposalNote->setStyleSheet(QStringLiteral("QLabel { background: #fff3c4; padding: 4px; }"));
    m_proposalNote->hide();
    auto *confirmAll = new QPushButton(tr("Confir&m the proposals"), this);
    confirmAll->setObjectName(QStringLiteral("confirmProposals"));
    confirmAll->hide();
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_proposalNote, 1);
    noteRow->addWidget(confirmAll);
    layout->addLayout(noteRow);
    connect(confirmAll, &QPushButton::clicked, this, &RegistrationDialog::confirmProposals);
    m_confirmAll = confirmAll;
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Register"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("registerIncoming"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RegistrationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RegistrationDialog::reject);
    connect(m_number, &QLineEdit::textChanged, this, &RegistrationDialog::checkNumber);
    // Changing a proposed field by hand is the clerk's confirmation of it.
    connect(m_number, &QLineEdit::textEdited, this, [this] { confirm(m_number); });
    connect(m_title, &QLineEdit::textEdited, this, [this] { confirm(m_title); });
    connect(m_period, &QLineEdit::textEdited, this, [this] { confirm(m_period); });
    for (QComboBox *c : {m_sender, m_genre, m_urgency, m_secrecy, m_addressee})
        connect(c, &QComboBox::activated, this, [this, c] { confirm(c); });
    connect(newSender, &QPushButton::clicked, this, &RegistrationDialog::addSender);
    connect(addFile, &QPushButton::clicked, this, [this] {
        for (const QString &path : chooseFilesToOpen(this, tr("Attach files"))) {
            auto bytes = privatefiles::readCapped(path);
            if (!bytes) {
                m_error->showError(bytes.error());
                continue;
            }
            addAttachment(QFileInfo(path).fileName(), bytes.value());
        }
    });
    loadSenders();
    m_sender->setCurrentIndex(-1);
    m_sender->setFocus();
    setMinimumWidth(620);
}

void RegistrationDialog::loadSenders(qint64 select)
{
    m_sender->clear();
    UnitFilter all;
    all.limit = 100000;
    if (auto units = m_ws.units().list(m_actor, all)) {
        for (const Unit &u : units.value()) {
            if (u.type != UnitType::Section)
                m_sender->addItem(u.name, u.id);
        }
    }
    if (select > 0)
        m_sender->setCurrentIndex(m_sender->findData(select));
}

void RegistrationDialog::addSender()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New unit"), tr("Full name of the sending unit:"),
                                               QLineEdit::Normal, m_sender->currentText(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    QStringList kinds;
    for (UnitType t : allUnitTypes()) {
        if (t != UnitType::Section)
            kinds.append(unitTypeLabel(t));
    }
    const QString kind = QInputDialog::getItem(this, tr("New unit"), tr("Kind:"), kinds, 1, false, &ok);
    if (!ok)
        return;
    Unit u;
    u.name = name;
    for (UnitType t : allUnitTypes()) {
        if (unitTypeLabel(t) == kind)
            u.type = t;
    }
    auto created = m_ws.units().create(m_actor, u);
    m_error->setStatus(created);
    if (created)
        loadSenders(created.value().id);
}

void RegistrationDialog::checkNumber()
{
    const QString text = m_number->text();
    if (text.trimmed().isEmpty()) {
        m_numberHint->clear();
        return;
    }
    auto n = DocNumber::parse(text);
    m_numberHint->setText(n ? tr("✓ %1").arg(n.value().toString()) : n.error().message);
    m_numberHint->setStyleSheet(n ? QStringLiteral("color: #145214;") : QStringLiteral("color: #b00020;"));
}

bool RegistrationDialog::addAttachment(const QString &name, const QByteArray &bytes)
{
    // By content, not by name: a file named .pdf must be a PDF, and a PDF must open in the worker.
    if (auto st = checkAttachment(name, bytes); !st) {
        m_error->showError(st.error());
        return false;
    }
    const bool pdf = sniffFileKind(bytes) == FileKind::Pdf;
    if (pdf) {
        auto opened = PdfWorkerClient::forThisProgram()->open(bytes);
        if (!opened && opened.error().code != ErrorCode::Auth) { // a locked PDF is still a PDF
            m_error->showMessage(tr("“%1” is not a readable PDF: %2").arg(name, opened.error().message));
            return false;
        }
    }
    m_files.append(IncomingAttachment{0, name, QString(), bytes.size(), bytes});
    m_fileList->addItem(tr("%1 (%2)").arg(name, fileSizeText(bytes.size())));
    if (pdf && m_files.size() == 1)
        readFromPdf(bytes); // the first PDF is the document itself
    return true;
}

void RegistrationDialog::propose(QWidget *field, const QString &what)
{
    m_proposed.insert(field, what);
    field->setStyleSheet(QStringLiteral("background: #fff3c4;"));
    field->setToolTip(tr("Read from the document: check it, then change it or confirm it."));
}

void RegistrationDialog::markMissing(QWidget *field, const QString &what)
{
    m_missing.insert(field, what);
    field->setStyleSheet(QStringLiteral("background: #fde2e1;"));
    field->setToolTip(tr("Not found in the document: enter it."));
}

void RegistrationDialog::confirm(QWidget *field)
{
    if (m_missing.remove(field) > 0) {
        field->setStyleSheet(QString());
        field->setToolTip(QString());
    }
    if (m_proposed.remove(field) > 0) {
        field->setStyleSheet(QString());
        field->setToolTip(QString());
    }
    m_proposalNote->setVisible(!m_proposed.isEmpty());
    m_confirmAll->setVisible(!m_proposed.isEmpty());
}

void RegistrationDialog::confirmProposals()
{
    const QList<QWidget *> fields = m_proposed.keys();
    for (QWidget *w : fields)
        confirm(w);
}

QStringList RegistrationDialog::proposedFields() const
{
    return m_proposed.values();
}

QStringList RegistrationDialog::missingFields() const
{
    return m_missing.values();
}

bool RegistrationDialog::readFromPdf(const QByteArray &pdf)
{
    // Read by the worker process, on a thread of its own, with progress and Cancel.
    Result<QString> text = readPdfText(this, pdf);
    if (!text) {
        m_error->showError(text.error());
        return false;
    }
    const DocumentProposals p = readDocument(text.value());
    QString unknownSender;
    if (m_sender->currentIndex() < 0) {
        int at = p.sender ? m_sender->findText(*p.sender) : -1;
        for (int i = 0; p.sender && at < 0 && i < m_sender->count(); ++i) {
            if (m_sender->itemText(i).contains(*p.sender) || p.sender->contains(m_sender->itemText(i)))
                at = i;
        }
        if (at >= 0) {
            m_sender->setCurrentIndex(at);
            propose(m_sender, tr("sender"));
        } else {
            markMissing(m_sender, tr("sender"));
            if (p.sender)
                unknownSender = *p.sender;
        }
    }
    if (m_number->text().isEmpty()) {
        if (p.docNumber) {
            m_number->setText(*p.docNumber);
            propose(m_number, tr("document number"));
        } else {
            markMissing(m_number, tr("document number"));
        }
    }
    if (m_title->text().isEmpty()) {
        if (p.title) {
            m_title->setText(*p.title);
            propose(m_title, tr("title"));
        } else {
            markMissing(m_title, tr("title"));
        }
    }
    if (p.genre) {
        m_genre->setCurrentIndex(m_genre->findData(genreCode(*p.genre)));
        propose(m_genre, tr("genre"));
    } else if (m_genre->currentData().toString().isEmpty()) {
        markMissing(m_genre, tr("genre"));
    }
    if (p.addressee) {
        m_addressee->setCurrentIndex(m_addressee->findData(addresseeCode(*p.addressee)));
        propose(m_addressee, tr("addressed to"));
    }
    if (p.urgency) {
        m_urgency->setCurrentIndex(m_urgency->findData(urgencyCode(*p.urgency)));
        propose(m_urgency, tr("urgency"));
    }
    if (p.secrecy && m_secrecy->findData(clearanceCode(*p.secrecy)) >= 0) {
        m_secrecy->setCurrentIndex(m_secrecy->findData(clearanceCode(*p.secrecy)));
        propose(m_secrecy, tr("secrecy"));
        if (p.secrecyPeriod) {
            m_period->setText(*p.secrecyPeriod);
            propose(m_period, tr("secrecy period"));
        }
    }
    QString note = m_proposed.isEmpty() ? QString()
                                        : tr("Fields in yellow were read from the document (%1): check each, "
                                             "then change it or confirm it.")
                                              .arg(m_proposed.values().join(QStringLiteral("、")));
    if (p.writtenDate)
        note += tr(" Dated %1.").arg(QLocale().toString(*p.writtenDate, QLocale::LongFormat));
    const int named = int(p.attachments.size());
    if (named > 0)
        note += tr(" Its 附件说明 names %n attachments: %1.", nullptr, named)
                    .arg(p.attachments.join(QStringLiteral("；")));
    if (!m_missing.isEmpty())
        note += tr(" Not found in the document, in red: %1 — enter them.")
                    .arg(m_missing.values().join(QStringLiteral("、")));
    if (!unknownSender.isEmpty())
        note +=
            tr(" The document names “%1” as its sender, which is not in the directory: choose it or add it.")
                .arg(unknownSender);
    m_proposalNote->setText(note.trimmed());
    m_proposalNote->setVisible(!m_proposed.isEmpty() || !m_missing.isEmpty());
    m_confirmAll->setVisible(!m_proposed.isEmpty());
    m_error->clear();
    return true;
}

IncomingItem RegistrationDialog::item() const
{
    IncomingItem i;
    const int typed = m_sender->findText(m_sender->currentText().trimmed());
    i.senderUnitId = typed >= 0 ? m_sender->itemData(typed).toLongLong() : 0;
    i.docNumber = m_number->text();
    i.title = m_title->text();
    i.genre = genreFromCode(m_genre->currentData().toString()).value_or(Genre::Request);
    i.urgency = urgencyFromCode(m_urgency->currentData().toString()).value_or(Urgency::Normal);
    i.secrecy = clearanceFromCode(m_secrecy->currentData().toString()).value_or(Clearance::None);
    i.secrecyPeriod = m_period->text().trimmed();
    i.copies = m_copies->value();
    i.copyNumbers = m_copyNumbers->text().trimmed();
    i.receivedAtMs = m_received->dateTime().toMSecsSinceEpoch();
    i.dueAtMs = m_hasDue->isChecked() ? WorkCalendar::endOfDay(m_due->date()).toMSecsSinceEpoch() : 0;
    i.addressee =
        addresseeFromCode(m_addressee->currentData().toString()).value_or(Addressee::DistrictGovernment);
    return i;
}

QString RegistrationDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool RegistrationDialog::save()
{
    if (!m_proposed.isEmpty()) {
        m_error->showMessage(
            tr("Check the fields read from the document (%1) and confirm them before registering.")
                .arg(m_proposed.values().join(QStringLiteral("、"))));
        return false;
    }
    // Every missing field named at once, the cursor on the first.
    const IncomingItem typed = item();
    QStringList missing = IncomingService::missingFields(typed);
    QList<QWidget *> where;
    if (typed.senderUnitId <= 0)
        where << m_sender;
    if (typed.title.simplified().isEmpty())
        where << m_title;
    if (m_genre->currentData().toString().isEmpty()) {
        missing << tr("the genre (文种)");
        where << m_genre;
    }
    if (!missing.isEmpty()) {
        m_error->showMessage(tr("Please fill in %1.").arg(missing.join(tr(", "))));
        for (int i = 0; i < where.size(); ++i)
            markMissing(where.at(i), missing.at(i));
        where.first()->setFocus();
        return false;
    }
    auto done = m_ws.incoming().registerItem(m_actor, item(), m_files);
    m_error->setStatus(done);
    if (!done)
        return false; // everything typed stays in the form
    m_saved = done.value();
    return true;
}

void RegistrationDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace gw
