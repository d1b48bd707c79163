// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the workstation's life.
#include "Workstation.h"

#include "AuditLogPage.h"

#include "ChangePasswordDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "SetupWizard.h"

#include "pdf/Typesetter.h"
#include "services/ChangeFeed.h"
#include "services/DemoSeeder.h"
#include "services/OfficeService.h"
#include "services/Workspace.h"

#include <QApplication>
#include <QInputDialog>
#include <QTimer>
#include <QMessageBox>
#include <QTemporaryDir>

namespace gw {

void showStartupError(const QString &message)
{
    QMessageBox::critical(nullptr, QCoreApplication::translate("Workstation", "Gongwen Desk cannot start"),
                          message);
}

Workstation::Workstation() = default;
Workstation::~Workstation() = default;

bool Workstation::start(const Start &start)
{
    Result<DatabaseUrl> url = DatabaseUrl::defaultLocal();
    if (start.demo) {
        m_demoDir = std::make_unique<QTemporaryDir>();
        if (!m_demoDir->isValid()) {
            showStartupError(tr("Cannot create a temporary folder for the demonstration database."));
            return false;
        }
        url = DatabaseUrl::sqliteFile(m_demoDir->filePath(QStringLiteral("demo.db")));
    } else if (!start.databaseUrl.isEmpty()) {
        url = DatabaseUrl::parse(start.databaseUrl);
    }
    if (!url) {
        showStartupError(url.error().message);
        return false;
    }
    auto ws = Workspace::open(url.value());
    // No password in ~/.pgpass: asked for here, held in memory only, three tries.
    for (int tries = 0; !ws && ws.error().code == ErrorCode::Auth && tries < 3; ++tries) {
        bool ok = false;
        const QString password = QInputDialog::getText(
            nullptr, tr("Database password"),
            tr("Password of %1 on the database server %2:").arg(url.value().user, url.value().host),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            return false;
        url.value().password = password;
        ws = Workspace::open(url.value());
    }
    if (!ws) {
        showStartupError(ws.error().message);
        return false;
    }
    m_workspace = std::move(ws).value();
    // Said once, where the user looks first: the log-in dialog.
    m_loginHint = m_workspace->database().notices().join(QLatin1Char('\n'));
    // Registers and lists show what other workstations commit, within about a second.
    m_workspace->changes().follow();

    if (start.demo) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        // The demonstration office comes with a past year of documents, printed as the printer prints.
        const Status seeded = DemoSeeder::seed(*m_workspace, [](const OfficialDocument &doc) {
            return OfficialLayout::build(doc, OfficialFonts::chosen()).pdf(doc.title);
        });
        QApplication::restoreOverrideCursor();
        if (!seeded) {
            showStartupError(seeded.error().message);
            return false;
        }
        m_loginHint = tr("Demonstration database: every account (admin, security, auditor, clerk, drafter, "
                         "reviewer, leader, printer, reader …) has the password %1.")
                          .arg(DemoSeeder::password());
    }

    auto needs = m_workspace->office().needsSetUp();
    if (!needs) {
        showStartupError(needs.error().message);
        return false;
    }
    if (needs.value()) {
        SetupWizard wizard(*m_workspace);
        if (wizard.exec() != QDialog::Accepted)
            return false;
        showMainWindow(wizard.administrator());
        return true;
    }
    return logIn(m_loginHint);
}

bool Workstation::logIn(const QString &hint)
{
    for (;;) {
        LoginDialog dialog(*m_workspace, hint);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        Principal actor = dialog.actor();
        // A password the administrator set is changed before anything else; declining logs out.
        if (actor.mustChangePassword) {
            ChangePasswordDialog change(*m_workspace, actor, true);
            if (change.exec() != QDialog::Accepted)
                continue;
            actor.mustChangePassword = false;
        }
        showMainWindow(actor);
        return true;
    }
}

void Workstation::showMainWindow(const Principal &actor)
{
    m_window = std::make_unique<MainWindow>(*m_workspace, actor);
    connect(m_window.get(), &MainWindow::logOutRequested, this, &Workstation::logOut, Qt::QueuedConnection);
    m_window->show();
    m_window->raise();
    m_window->activateWindow(); // the keyboard goes on from the log-in dialog to the workstation
    // The auditor is offered a checkpoint when the newest is more than a day old.
    if (auto *audit = m_window->findChild<AuditLogPage *>())
        QTimer::singleShot(0, audit, &AuditLogPage::offerCheckpointIfDue);
}

void Workstation::logOut()
{
    QApplication::setQuitOnLastWindowClosed(false);
    m_window->close(); // remembers the window's state
    m_window.reset();
    const bool again = logIn(m_loginHint);
    QApplication::setQuitOnLastWindowClosed(true);
    if (!again)
        QApplication::quit();
}

} // namespace gw
