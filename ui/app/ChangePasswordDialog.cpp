// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — changing one's own password.
#include "ChangePasswordDialog.h"

#include "ErrorBanner.h"

#include "services/UserService.h"
#include "services/Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gw {

ChangePasswordDialog::ChangePasswordDialog(Workspace &ws, const Principal &actor, bool forced, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_actor(actor)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setProperty("helpPage", QStringLiteral("login"));
    setWindowTitle(tr("Change my password"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        forced ? tr("%1, your password was set by the administrator. Choose your own before you go on: at "
                    "least %2 characters, known only to you.")
                     .arg(actor.displayName)
                     .arg(UserService::kMinPasswordLength)
               : tr("A new password for %1: at least %2 characters.")
                     .arg(actor.displayName)
                     .arg(UserService::kMinPasswordLength),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    auto field = [this](const char *name) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        e->setEchoMode(QLineEdit::Password);
        return e;
    };
    m_current = field("currentPassword");
    m_new = field("newPassword");
    m_repeat = field("repeatPassword");
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat the new password:"), m_repeat);
    layout->addLayout(form);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    auto *save = buttons->addButton(tr("&Save the New Password"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("changePassword"));
    save->setDefault(true);
    auto *cancel = buttons->addButton(forced ? tr("&Log Out") : tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelPasswordChange"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_current->setFocus();
    setMinimumWidth(460);
}

QString ChangePasswordDialog::errorText() const
{
    return m_error->showsError() ? m_error->text() : QString();
}

void ChangePasswordDialog::accept()
{
    QStringList missing;
    if (m_current->text().isEmpty())
        missing << tr("the current password");
    if (m_new->text().isEmpty())
        missing << tr("the new password");
    if (m_repeat->text().isEmpty())
        missing << tr("the new password repeated");
    if (!missing.isEmpty()) {
        m_error->showMessage(tr("Please fill in %1.").arg(missing.join(tr(", "))));
        (m_current->text().isEmpty() ? m_current : m_new->text().isEmpty() ? m_new : m_repeat)->setFocus();
        return;
    }
    if (m_new->text() != m_repeat->text()) {
        m_error->showMessage(tr("The two new passwords differ. Type the new password twice the same."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    if (auto done = m_ws.users().changeOwnPassword(m_actor, m_current->text(), m_new->text()); !done) {
        m_error->showError(done.error());
        return;
    }
    QDialog::accept();
}

} // namespace gw
