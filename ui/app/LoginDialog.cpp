// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the log-in dialog.
#include "LoginDialog.h"

#include "ErrorBanner.h"
#include "services/AuthService.h"
#include "services/OfficeService.h"
#include "services/Workspace.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gw {

LoginDialog::LoginDialog(Workspace &ws, const QString &hint, QWidget *parent) : QDialog(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("loginDialog"));
    setProperty("helpPage", QStringLiteral("login"));
    setWindowTitle(tr("Log in — Gongwen Desk"));
    auto *layout = new QVBoxLayout(this);

    QString officeName;
    if (auto o = ws.office().office(); o && o.value())
        officeName = o.value()->fullName;
    auto *title = new QLabel(officeName.isEmpty() ? tr("Gongwen Desk") : officeName, this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto *sub = new QLabel(tr("Secretariat workstation"), this);
    sub->setAlignment(Qt::AlignCenter);
    layout->addWidget(sub);

    auto *form = new QFormLayout;
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("username"));
    m_user->setPlaceholderText(tr("e.g. clerk"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_error = new ErrorBanner(this); // gone as soon as the user types again
    m_error->setObjectName(QStringLiteral("error"));
    layout->addWidget(m_error);

    if (!hint.isEmpty()) {
        auto *h = new QLabel(hint, this);
        h->setObjectName(QStringLiteral("hint"));
        h->setWordWrap(true);
        h->setStyleSheet(QStringLiteral("color: #555;"));
        layout->addWidget(h);
    }
    auto *where = new QLabel(tr("Database: %1").arg(ws.database().url().displayString()), this);
    where->setWordWrap(true);
    where->setStyleSheet(QStringLiteral("color: #777;"));
    layout->addWidget(where);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginDialog::accept()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = m_ws.auth().login(m_user->text(), m_password->text());
    QApplication::restoreOverrideCursor();
    if (!result) {
        m_error->showError(result.error());
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_actor = result.value();
    QDialog::accept();
}

} // namespace gw
