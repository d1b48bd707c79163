// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the main window.
#include "MainWindow.h"

#include "DraftListPage.h"
#include "IncomingPage.h"
#include "ChangePasswordDialog.h"
#include "IdleLock.h"
#include "ManualWindow.h"
#include "SettingsPage.h"
#include "StatsPage.h"
#include "SupervisionPage.h"
#include "ArchivePage.h"
#include "SearchDialog.h"
#include "SearchSchedule.h"
#include "ArchiveSchedule.h"
#include "UnavailablePage.h"
#include "WindowFit.h"

#include "Settings.h"
#include "security/Permissions.h"
#include "services/OfficeService.h"
#include "services/Workspace.h"
#include "storage/Database.h"

#include <QAction>

#include <QApplication>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

#include <iterator>
#include <utility>

namespace gw {

MainWindow::MainWindow(Workspace &ws, const Principal &actor, QWidget *parent)
    : QMainWindow(parent), m_ws(ws), m_actor(actor)
{
    setObjectName(QStringLiteral("mainWindow"));
    QString office;
    if (auto o = ws.office().office(); o && o.value())
        office = o.value()->fullName;
    setWindowTitle(office.isEmpty() ? tr("Gongwen Desk") : tr("%1 — Gongwen Desk").arg(office));

    auto *splitter = new QSplitter(this);
    m_nav = new QListWidget(splitter);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setMinimumWidth(150);
    m_nav->setMaximumWidth(240);
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_nav->setFont(navFont);
    m_nav->setSpacing(3);
    m_stack = new QStackedWidget(splitter);
    splitter->addWidget(m_nav);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    auto *tasks = new DraftListPage(ws, actor, DraftModel::Mode::Tasks, this);
    addArea(tr("My tasks"), [tasks] { return tasks; });
    addArea(tr("Incoming"), [this] { return new IncomingPage(m_ws, m_actor, this); });
    addArea(tr("Outgoing"), [this] { return new DraftListPage(m_ws, m_actor, DraftModel::Mode::Register, this); });
    addArea(tr("Supervision"), [this]() -> QWidget * {
        if (!Permissions::allows(m_actor.roles, Action::ViewSupervision))
            return new UnavailablePage(tr("Supervision"),
                                       tr("Supervised matters and hotline calls are kept by the supervision office "
                                          "(督查室) and the hotline desk; leaders and the director see them here."),
                                       this, tr("Supervision is not among your posts."));
        return new SupervisionPage(m_ws, m_actor, this);
    });
    addArea(tr("Archive"), [this] { return new ArchivePage(m_ws, m_actor, this); });
    addArea(tr("Statistics"), [this] { return new StatsPage(m_ws, m_actor, this); });
    addArea(tr("Settings"), [this] { return new SettingsPage(m_ws, m_actor, this); });
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QWidget *shown = page(row))
            m_stack->setCurrentWidget(shown);
    });
    // F1 opens the manual at the page for the area on show.
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        static const char *const kPages[] = {"tasks", "incoming-register", "drafting", "supervision",
                                             "archive", "statistics", "admin"};
        setProperty("helpPage", QString::fromLatin1(kPages[qBound(0, row, int(std::size(kPages)) - 1)]));
    });
    // The navigation shows how many items wait, and how many of them are overdue.
    auto showCount = [this](int count, int overdue) {
        QListWidgetItem *item = m_nav->item(static_cast<int>(Area::Tasks));
        item->setText(count > 0 ? tr("My tasks (%1)").arg(count) : tr("My tasks"));
        item->setForeground(overdue > 0 ? QColor(0xB0, 0x00, 0x20) : palette().color(QPalette::Text));
    };
    connect(tasks, &DraftListPage::countChanged, this, showCount);
    showCount(tasks->count(), tasks->overdueCount());

    buildMenus();
    // Locks after the minutes set on this workstation without input (default 15); the password resumes.
    // The archive's backups and checks, made by the workstation by itself when due.
    new ArchiveSchedule(ws, actor, this);
    // The search index: built when the records have none yet, and the text of new PDF files read.
    auto *searchState = new QLabel(this);
    searchState->setObjectName(QStringLiteral("statusSearchIndex"));
    auto *indexing = new SearchSchedule(ws, this);
    connect(indexing, &SearchSchedule::progress, searchState, &QLabel::setText);
    connect(indexing, &SearchSchedule::done, this, [this](bool ok, const QString &message) {
        if (!ok)
            statusBar()->showMessage(tr("The search index could not be brought up to date: %1").arg(message), 15000);
    });
    m_idleLock = new IdleLock(ws.auth(), actor, Settings::get(Settings::Key::IdleLockMinutes).toInt(), this);

    // The user menu: who is logged in, their password, logging out.
    auto *who = new QToolButton(this);
    who->setText(tr("User: %1 (%2)").arg(actor.displayName, roleLabels(actor.roles)));
    who->setObjectName(QStringLiteral("statusUser"));
    who->setAutoRaise(true);
    who->setPopupMode(QToolButton::InstantPopup);
    auto *userMenu = new QMenu(who);
    userMenu->addAction(findChild<QAction *>(QStringLiteral("actionChangePassword")));
    userMenu->addAction(findChild<QAction *>(QStringLiteral("actionLogOut")));
    who->setMenu(userMenu);
    auto *clearance = new QLabel(tr("Clearance: %1").arg(clearanceLabel(actor.clearance)), this);
    auto *db = new QLabel(tr("Database: %1").arg(ws.database().url().displayString()), this);
    db->setObjectName(QStringLiteral("statusDatabase"));
    statusBar()->addWidget(who);
    statusBar()->addWidget(clearance);
    statusBar()->addPermanentWidget(searchState);
    statusBar()->addPermanentWidget(db);

    // As large as the screen allows (a 1366 × 768 laptop included), title bar in view; the size it
    // was left at when that still fits.
    if (!restoreGeometry(Settings::get(Settings::Key::MainWindowGeometry).toByteArray()) || !fitsOnScreen(this))
        placeOnScreen(this, QSize(1280, 800));
    restoreState(Settings::get(Settings::Key::MainWindowState).toByteArray());
    splitter->restoreState(Settings::get(Settings::Key::MainWindowSplitter).toByteArray());
    // Every log-in starts at 我的待办, whoever used the workstation before and wherever they left it.
    m_nav->setCurrentRow(int(Area::Tasks));
    m_stack->setCurrentWidget(page(int(Area::Tasks)));
    tasks->focusFirstTask(); // Enter opens what waits first
}

MainWindow::~MainWindow() = default;

void MainWindow::addArea(const QString &label, std::function<QWidget *()> makePage)
{
    m_areaNames.append(label);
    m_nav->addItem(label);
    m_makePage.append(std::move(makePage));
    m_stack->addWidget(new QWidget(m_stack)); // stands in until the page is made
}

QWidget *MainWindow::page(int row)
{
    if (row < 0 || row >= m_stack->count())
        return nullptr;
    if (m_makePage.at(row)) {
        const auto make = std::exchange(m_makePage[row], nullptr);
        QWidget *standIn = m_stack->widget(row);
        QWidget *made = make();
        m_stack->insertWidget(row, made);
        m_stack->removeWidget(standIn);
        standIn->deleteLater();
    }
    return m_stack->widget(row);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *logOut = file->addAction(tr("&Log out"));
    logOut->setObjectName(QStringLiteral("actionLogOut"));
    logOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(logOut, &QAction::triggered, this, &MainWindow::logOutRequested);
    QAction *password = file->addAction(tr("Change my &password…"));
    password->setObjectName(QStringLiteral("actionChangePassword"));
    password->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(password, &QAction::triggered, this, &MainWindow::changePassword);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_nav->count(); ++i) {
        // The area's name: the count of tasks is the navigation's, one place, always current.
        QAction *a = go->addAction(m_areaNames.value(i));
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { m_nav->setCurrentRow(i); });
    }

    go->addSeparator();
    QAction *find = go->addAction(tr("&Search…"));
    find->setObjectName(QStringLiteral("actionSearch"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(find, &QAction::triggered, this, &MainWindow::openSearch);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *manual = help->addAction(tr("&Manual (使用手册)"));
    manual->setObjectName(QStringLiteral("actionManual"));
    manual->setShortcut(QKeySequence::HelpContents);
    connect(manual, &QAction::triggered, this, [this] { ManualWindow::openFor(m_stack->currentWidget()); });
    QAction *about = help->addAction(tr("&About Gongwen Desk"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::openSearch()
{
    SearchDialog dialog(m_ws, m_actor, this);
    dialog.exec();
}

void MainWindow::changePassword()
{
    ChangePasswordDialog dialog(m_ws, m_actor, false, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password is changed. Use the new one from the next log-in."), 10000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Gongwen Desk"),
        tr("<p><b>Gongwen Desk</b> %1</p><p>The secretariat's workstation for official documents.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::showArea(Area area)
{
    m_nav->setCurrentRow(static_cast<int>(area));
}
MainWindow::Area MainWindow::currentArea() const
{
    return static_cast<Area>(m_nav->currentRow());
}
QWidget *MainWindow::areaWidget(Area area)
{
    return page(static_cast<int>(area));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings::set(Settings::Key::MainWindowGeometry, saveGeometry());
    Settings::set(Settings::Key::MainWindowState, saveState());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        Settings::set(Settings::Key::MainWindowSplitter, splitter->saveState());
    Settings::set(Settings::Key::MainWindowArea, m_nav->currentRow());
    event->accept();
}

} // namespace gw
