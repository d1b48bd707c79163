// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 收文 area.
#include "IncomingPage.h"

#include "ActionRow.h"
#include "FileDialogs.h"
#include "ErrorBanner.h"
#include "IncomingActions.h"
#include "IncomingModel.h"
#include "LetterDialog.h"
#include "RecordTable.h"
#include "RefreshLater.h"
#include "RegistrationDialog.h"

#include "security/Permissions.h"
#include "services/IncomingService.h"
#include "services/UnitService.h"
#include "services/Workspace.h"
#include "storage/PrivateFiles.h"

#include "services/IncomingImport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace gw {

IncomingPage::IncomingPage(Workspace &ws, const Principal &actor, QWidget *parent)
    : QWidget(parent), m_ws(ws), m_actor(actor)
{
    setObjectName(QStringLiteral("incomingPage"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("incomingSearch"));
    m_search->setPlaceholderText(tr("Search title or number (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_state = new QComboBox(this);
    m_state->addItem(tr("All states"), QString());
    for (const char *s : {incoming::kRegistered, incoming::kAccepted, incoming::kProposed,
                          incoming::kInstructed, incoming::kCirculating, incoming::kHandled, incoming::kDone,
                          incoming::kTransferred, incoming::kReturned})
        m_state->addItem(IncomingModel::stateLabel(QString::fromLatin1(s)), QString::fromLatin1(s));
    m_urgency = new QComboBox(this);
    m_urgency->addItem(tr("Any urgency"), QString());
    for (Urgency u : allUrgencies())
        m_urgency->addItem(urgencyLabel(u), urgencyCode(u));
    m_year = new QSpinBox(this);
    m_year->setRange(0, 2100);
    m_year->setSpecialValueText(tr("All years"));
    m_overdue = new QCheckBox(tr("Overdue only"), this);
    auto *add = new QPushButton(tr("&Register…"), this);
    add->setObjectName(QStringLiteral("registerIncoming"));
    addKeyShortcut(add, QKeySequence::New);
    auto *triage = new QPushButton(tr("&Triage / handle…"), this);
    auto *importList = new QPushButton(tr("&Import a list…"), this);
    triage->setObjectName(QStringLiteral("triageIncoming"));
    bar->addWidget(m_search, 1);
    bar->addWidget(m_state);
    bar->addWidget(m_urgency);
    bar->addWidget(m_year);
    bar->addWidget(m_overdue);
    bar->addWidget(add);
    bar->addWidget(triage);
    bar->addWidget(importList);
    layout->addLayout(bar);
    auto *second = new QHBoxLayout;
    m_sender = new QComboBox(this);
    m_sender->setObjectName(QStringLiteral("incomingSenderFilter"));
    m_sender->setEditable(true);
    m_sender->setInsertPolicy(QComboBox::NoInsert);
    m_sender->completer()->setFilterMode(Qt::MatchContains);
    m_sender->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_sender->setMinimumContentsLength(16);
    // As wide as 16 characters, not as the longest of hundreds of senders (measured at every show).
    m_sender->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sender->addItem(tr("All senders"), qint64(0));
    UnitFilter allUnits;
    allUnits.includeInactive = true;
    allUnits.limit = 100000;
    if (auto units = ws.units().list(actor, allUnits)) {
        for (const Unit &u : units.value())
            m_sender->addItem(u.name, u.id);
    }
    m_holder = new QComboBox(this);
    m_holder->setObjectName(QStringLiteral("incomingHolderFilter"));
    m_holder->addItem(tr("Held by anyone"), QString());
    m_holder->addItem(tr("Held by me (%1)").arg(actor.displayName), actor.displayName);
    const QString secretariat = QString::fromUtf8(incoming::kSecretariat);
    if (secretariat != actor.displayName)
        m_holder->addItem(secretariat, secretariat);
    if (auto people = ws.incoming().recipients(actor)) { // those who may be sent items, for a clerk
        for (const User &u : people.value()) {
            if (u.displayName != actor.displayName)
                m_holder->addItem(u.displayName, u.displayName);
        }
    }
    auto *senderLabel = new QLabel(tr("Fro&m:"), this);
    senderLabel->setBuddy(m_sender);
    auto *holderLabel = new QLabel(tr("H&eld by:"), this);
    holderLabel->setBuddy(m_holder);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("incomingCount"));
    second->addWidget(m_count);
    second->addStretch(1);
    // Letters and calls from persons are not documents: recorded apart, never triaged.
    auto *letter = new QPushButton(tr("&Letter or call from a person…"), this);
    letter->setObjectName(QStringLiteral("recordLetterButton"));
    letter->setToolTip(tr("Not a document (非公文): recorded and passed to 信访 or the hotline"));
    auto *letters = new QPushButton(tr("Letter &book (非公文)…"), this);
    letters->setObjectName(QStringLiteral("lettersButton"));
    second->addWidget(letter);
    second->addWidget(letters);
    // Registering, importing and the letter book are the clerk's: not offered to posts that may not.
    const bool mayRegister = Permissions::allows(actor.roles, Action::RegisterIncoming);
    for (QPushButton *b : {add, importList, letter, letters})
        b->setVisible(mayRegister);
    const bool registers = Permissions::allows(actor.roles, Action::RegisterIncoming);
    letter->setVisible(registers);
    letters->setVisible(registers);
    connect(letter, &QPushButton::clicked, this, [this] {
        LetterDialog dialog(m_ws, m_actor, this);
        dialog.exec();
    });
    connect(letters, &QPushButton::clicked, this, [this] {
        LettersDialog dialog(m_ws, m_actor, this);
        dialog.exec();
    });
    second->addWidget(senderLabel);
    second->addWidget(m_sender);
    second->addWidget(holderLabel);
    second->addWidget(m_holder);
    layout->addLayout(second);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);
    m_model = new IncomingModel(ws, actor, IncomingModel::Source::Register, this);
    m_view = newRecordTable(QStringLiteral("incomingTable"), this);
    // Sorting on: clicking a heading sorts by it (the model reads only when the order changes).
    m_view->setSortingEnabled(true);
    m_view->setModel(m_model);
    // Sort on any column by clicking its heading; the register keeps paging by key in that order.
    m_view->horizontalHeader()->setSortIndicator(IncomingModel::ReceivedColumn, Qt::DescendingOrder);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this] { m_error->setStatus(m_model->lastStatus()); });
    m_view->installEventFilter(this);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_jumping && value == m_view->verticalScrollBar()->minimum() && m_model->canFetchEarlier())
            showEarlierRows();
    });
    layout->addWidget(m_view, 1);

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::textChanged, this, &IncomingPage::reload);
    for (QComboBox *c : {m_state, m_urgency, m_sender, m_holder})
        connect(c, &QComboBox::currentIndexChanged, this, &IncomingPage::reload);
    connect(m_year, &QSpinBox::valueChanged, this, &IncomingPage::reload);
    connect(m_overdue, &QCheckBox::toggled, this, &IncomingPage::reload);
    connect(add, &QPushButton::clicked, this, &IncomingPage::registerNew);
    connect(triage, &QPushButton::clicked, this, &IncomingPage::triageCurrent);
    connect(importList, &QPushButton::clicked, this, [this] {
        const QString path = chooseFileToOpen(this, tr("Import a receipt list"), QString(),
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_view, &QTableView::activated, this, &IncomingPage::triageCurrent);
    auto *later = new RefreshLater(this, [this] { refresh(); });
    connect(&ws.incoming(), &IncomingService::itemChanged, later, &RefreshLater::request);
    reload();
}

IncomingPage::~IncomingPage()
{
    // A count still on its way reads the records on its own connection: it ends before they may go.
    for (QFuture<Result<qint64>> &c : m_pendingCounts)
        c.waitForFinished();
}

void IncomingPage::reload()
{
    IncomingFilter f;
    f.text = m_search->text();
    if (const QString s = m_state->currentData().toString(); !s.isEmpty())
        f.states = {s};
    if (const QString u = m_urgency->currentData().toString(); !u.isEmpty())
        f.urgency = urgencyFromCode(u);
    f.year = m_year->value();
    f.senderUnitId = m_sender->currentData().toLongLong();
    f.holder = m_holder->currentData().toString();
    f.overdueOnly = m_overdue->isChecked();
    const QModelIndex before = m_view->currentIndex();
    const qint64 selected = before.isValid() ? m_model->itemAt(before.row()).id : 0;
    m_error->setStatus(m_model->setFilter(f));
    restoreCurrent(m_view, before, selected, [this](int r) { return m_model->itemAt(r).id; });
    m_importNote.clear();
    showCount(true);
    fitColumnsToText(m_view, IncomingModel::TitleColumn);
}

void IncomingPage::refresh()
{
    // Row by row: the cursor, the selection and the scroll position stay where the user left them.
    m_error->setStatus(m_model->refresh());
    showCount(false);
}

void IncomingPage::showCount(bool filterChanged)
{
    // Counted on a thread of its own: the rows show at once, the count when it comes. A count asked
    // for later wins over one still on its way.
    const IncomingFilter &f = m_model->filter();
    const qint64 cap = f.isNarrowed() ? IncomingService::kCountCap : 0;
    const int asked = ++m_countsAsked;
    if (filterChanged || m_count->text().isEmpty())
        m_count->setText(tr("Counting…"));
    auto *watcher = new QFutureWatcher<Result<qint64>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, asked, cap] {
        watcher->deleteLater();
        if (asked != m_countsAsked)
            return;
        const Result<qint64> n = watcher->result();
        if (!n) {
            m_count->setText(tr("Not counted"));
            m_error->setStatus(n);
            return;
        }
        m_count->setText((cap > 0 && n.value() > cap ? tr("More than %1 documents").arg(cap)
                                                     : tr("%1 document(s)").arg(n.value())) +
                         m_importNote);
        Q_EMIT counted(n.value());
    });
    // Every count still on its way is kept, so the page can wait for all of them when it goes.
    m_pendingCounts.removeIf([](const QFuture<Result<qint64>> &c) { return c.isFinished(); });
    m_pendingCounts.append(m_ws.incoming().countInBackground(m_actor, f, cap));
    watcher->setFuture(m_pendingCounts.last());
}

bool IncomingPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::ControlModifier && key->key() == Qt::Key_End) {
            jumpToEnd();
            return true;
        }
        if (key->modifiers() == Qt::ControlModifier && key->key() == Qt::Key_Home) {
            jumpToStart();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void IncomingPage::jumpToEnd()
{
    m_jumping = true;
    m_error->setStatus(m_model->jumpToEnd());
    const int last = m_model->rowCount() - 1;
    if (last >= 0) {
        m_view->doItemsLayout();
        m_view->scrollToBottom();
        m_view->setCurrentIndex(m_model->index(last, IncomingModel::TitleColumn));
    }
    m_jumping = false;
}

void IncomingPage::jumpToStart()
{
    m_error->setStatus(m_model->reload());
    if (m_model->rowCount() > 0) {
        m_view->scrollToTop();
        m_view->setCurrentIndex(m_model->index(0, IncomingModel::TitleColumn));
    }
}

void IncomingPage::showEarlierRows()
{
    // Rows put in above keep the row in view where it was.
    const QModelIndex current = m_view->currentIndex();
    const int added = m_model->fetchEarlier();
    m_error->setStatus(m_model->lastStatus());
    if (added <= 0)
        return;
    m_view->doItemsLayout();
    m_view->scrollTo(m_model->index(added, 0), QAbstractItemView::PositionAtTop);
    if (current.isValid())
        m_view->selectionModel()->setCurrentIndex(m_model->index(current.row() + added, current.column()),
                                                  QItemSelectionModel::NoUpdate);
}

bool IncomingPage::importFile(const QString &path, bool askBeforeGoodOnly)
{
    auto bytes = privatefiles::readCapped(path, qint64(64) << 20);
    if (!bytes) {
        m_error->showError(bytes.error());
        return false;
    }
    auto checked = IncomingImport::check(m_ws, m_actor, bytes.value());
    if (!checked) {
        m_error->showError(checked.error());
        return false;
    }
    bool goodOnly = false;
    if (!checked.value().problems.isEmpty()) {
        QStringList lines;
        for (const ImportProblem &p : checked.value().problems)
            lines.append(tr("Row %1, %2: %3").arg(p.row).arg(p.column, p.message));
        m_lastImportReport = lines;
        if (askBeforeGoodOnly) {
            QMessageBox box(
                QMessageBox::Warning, tr("Import a receipt list"),
                tr("%1 of %2 rows are good. Nothing is imported until the file is corrected, unless you "
                   "import only the good rows.")
                    .arg(checked.value().good.size())
                    .arg(checked.value().rows),
                QMessageBox::NoButton, this);
            box.setDetailedText(lines.join(QLatin1Char('\n')));
            QPushButton *good = box.addButton(tr("Import the good rows"), QMessageBox::AcceptRole);
            box.addButton(tr("Cancel"), QMessageBox::RejectRole);
            box.exec();
            if (box.clickedButton() != good)
                return false;
        }
        goodOnly = true;
    }
    QProgressDialog progress(tr("Importing…"), tr("Cancel"), 0, int(checked.value().good.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto imported =
        IncomingImport::import(m_ws, m_actor, checked.value(), goodOnly, [&progress](int done, int) {
            progress.setValue(done);
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
    m_error->setStatus(imported);
    if (!imported)
        return false;
    m_lastImported = imported.value();
    reload();
    m_importNote = tr(" — %1 imported").arg(imported.value()); // shown with the count when it comes
    return true;
}

void IncomingPage::registerNew()
{
    RegistrationDialog dialog(m_ws, m_actor, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_error->showNotice(tr("Registered as %1: %2").arg(dialog.saved().receiptNumber(), dialog.saved().title));
    // The new item is selected, so that triage follows from the keyboard (Enter or Alt+T).
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->itemAt(r).id == dialog.saved().id) {
            m_view->setCurrentIndex(m_model->index(r, IncomingModel::TitleColumn));
            m_view->scrollTo(m_view->currentIndex());
            break;
        }
    }
    m_view->setFocus();
}

void IncomingPage::triageCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_error->showMessage(tr("Select a document in the register first."));
        return;
    }
    const IncomingItem item = m_model->itemAt(current.row()); // a copy: the dialog may reload the model
    openIncomingItem(m_ws, m_actor, item, this);
}

} // namespace gw
