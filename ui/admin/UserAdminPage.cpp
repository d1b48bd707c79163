// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — accounts.
#include "UserAdminPage.h"

#include "Confirm.h"
#include "ErrorBanner.h"
#include "RecordTable.h"
#include "UserDialog.h"
#include "UserModel.h"

#include "security/Permissions.h"
#include "services/UnitService.h"
#include "services/UserService.h"
#include "services/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace gw {

UserAdminPage::UserAdminPage(Workspace &ws, const Principal &actor, QWidget *parent)
    : QWidget(parent), m_ws(ws), m_actor(actor)
{
    setObjectName(QStringLiteral("userAdminPage"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *add = new QPushButton(tr("&New account…"), this);
    auto *edit = new QPushButton(tr("&Edit…"), this);
    auto *reset = new QPushButton(tr("Reset &password…"), this);
    bar->addWidget(add);
    bar->addWidget(edit);
    bar->addWidget(reset);
    auto *unlock = new QPushButton(tr("&Unlock"), this);
    unlock->setObjectName(QStringLiteral("unlockAccount"));
    unlock->setToolTip(tr("Lift the lock that failed passwords put on the account."));
    bar->addWidget(unlock);
    // Creating accounts and resetting passwords are the system administrator's (三员分立).
    const bool mayManage = Permissions::allows(actor.roles, Action::ManageUsers);
    add->setVisible(mayManage);
    reset->setVisible(mayManage);
    unlock->setVisible(mayManage);
    unlock->setEnabled(false);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);
    m_model = new UserModel(ws.users(), actor, this);
    m_view = newRecordTable(QStringLiteral("userTable"), this);
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    connect(add, &QPushButton::clicked, this, &UserAdminPage::addUser);
    connect(edit, &QPushButton::clicked, this, &UserAdminPage::editCurrent);
    connect(reset, &QPushButton::clicked, this, &UserAdminPage::resetPassword);
    connect(m_view, &QTableView::activated, this, &UserAdminPage::editCurrent);
    connect(unlock, &QPushButton::clicked, this, &UserAdminPage::unlockCurrent);
    auto followSelection = [this, unlock] {
        const QModelIndex current = m_view->currentIndex();
        unlock->setEnabled(current.isValid() && m_model->lockedUntil(current.row()) > 0);
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, followSelection);
    connect(m_model, &QAbstractItemModel::dataChanged, this, followSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, followSelection);
    connect(&ws.users(), &UserService::userChanged, this, [this] { m_error->setStatus(m_model->refresh()); });
    reload();
    m_view->resizeColumnsToContents();
}

void UserAdminPage::reload()
{
    m_error->setStatus(m_model->reload());
}

QList<Unit> UserAdminPage::units() const
{
    UnitFilter all;
    all.limit = 100000;
    auto list = m_ws.units().list(m_actor, all);
    return list ? list.value() : QList<Unit>();
}

void UserAdminPage::addUser()
{
    UserDialog dialog(m_ws.users(), m_actor, User{}, this, units());
    dialog.exec();
}

void UserAdminPage::editCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    UserDialog dialog(m_ws.users(), m_actor, m_model->userAt(current.row()), this, units());
    dialog.exec();
}

void UserAdminPage::showEvent(QShowEvent *event)
{
    // Locks come from log-ins elsewhere, not from edits here: read again whenever the page is shown.
    m_error->setStatus(m_model->refresh());
    QWidget::showEvent(event);
}

void UserAdminPage::unlockCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const User u = m_model->userAt(current.row());
    if (auto done = m_ws.users().unlock(m_actor, u.id); !done) {
        m_error->showError(done.error());
        return;
    }
    m_error->showNotice(tr("%1 (%2) can log in again.").arg(u.displayName, u.username));
}

void UserAdminPage::resetPassword()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const User u = m_model->userAt(current.row());
    if (!confirm(this, tr("Reset password"),
                 tr("Reset the password of %1 (%2)? Their current password stops working at once.")
                     .arg(u.displayName, u.username),
                 tr("&Reset"), tr("Cancel")))
        return;
    bool ok = false;
    const QString pw = QInputDialog::getText(this, tr("Reset password"),
                                             tr("New password for %1 (at least %2 characters):")
                                                 .arg(u.displayName)
                                                 .arg(UserService::kMinPasswordLength),
                                             QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    auto done = m_ws.users().resetPassword(m_actor, u.id, u.version, pw);
    if (!done) {
        m_error->showError(done.error());
        return;
    }
    m_error->showNotice(tr("The password of %1 is reset. They choose their own at the next log-in.")
                            .arg(u.displayName));
}

} // namespace gw
