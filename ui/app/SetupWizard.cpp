// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the first-run wizard.
#include "SetupWizard.h"

#include "OfficeForm.h"

#include "services/OfficeService.h"
#include "services/UserService.h"
#include "services/Workspace.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QWizardPage>

namespace gw {
namespace {
QLabel *errorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #b00020;"));
    l->hide();
    return l;
}
} // namespace

SetupWizard::SetupWizard(Workspace &ws, QWidget *parent) : QWizard(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set up Gongwen Desk"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);

    auto *welcome = new QWizardPage(this);
    welcome->setTitle(tr("Welcome"));
    auto *wl = new QVBoxLayout(welcome);
    auto *text =
        new QLabel(tr("This database holds no office yet. In two steps you record the office this "
                      "workstation serves and create its system administrator. The administrator then "
                      "adds the other accounts and the unit directory."),
                   welcome);
    text->setWordWrap(true);
    wl->addWidget(text);
    addPage(welcome);

    auto *officePage = new QWizardPage(this);
    officePage->setTitle(tr("The office"));
    officePage->setSubTitle(tr("As it appears on documents and in the archive."));
    auto *ol = new QVBoxLayout(officePage);
    m_office = new OfficeForm(officePage);
    ol->addWidget(m_office);
    m_officeError = errorLabel(officePage);
    ol->addWidget(m_officeError);
    m_officePage = addPage(officePage);

    auto *adminPage = new QWizardPage(this);
    adminPage->setTitle(tr("The system administrator"));
    adminPage->setSubTitle(tr("The administrator manages accounts, posts and clearances."));
    auto *al = new QVBoxLayout(adminPage);
    auto *form = new QFormLayout;
    m_username = new QLineEdit(adminPage);
    m_username->setObjectName(QStringLiteral("adminUsername"));
    m_username->setText(QStringLiteral("admin"));
    m_displayName = new QLineEdit(adminPage);
    m_displayName->setObjectName(QStringLiteral("adminDisplayName"));
    m_password = new QLineEdit(adminPage);
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(adminPage);
    m_confirm->setObjectName(QStringLiteral("adminConfirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("Full &name:"), m_displayName);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_confirm);
    al->addLayout(form);
    auto *rule = new QLabel(tr("At least %1 characters.").arg(UserService::kMinPasswordLength), adminPage);
    rule->setStyleSheet(QStringLiteral("color: #555;"));
    al->addWidget(rule);
    m_adminError = errorLabel(adminPage);
    al->addWidget(m_adminError);
    m_adminPage = addPage(adminPage);

    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setMinimumSize(640, 480);
}

QString SetupWizard::errorText() const
{
    for (QLabel *l : {m_officeError, m_adminError}) {
        if (!l->isHidden())
            return l->text();
    }
    return {};
}

bool SetupWizard::validateCurrentPage()
{
    if (currentId() == m_officePage) {
        const Status st = OfficeService::validate(m_office->office());
        m_officeError->setVisible(!st.ok());
        if (!st)
            m_officeError->setText(st.error().message);
        return st.ok();
    }
    if (currentId() == m_adminPage) {
        m_adminError->hide();
        if (m_password->text() != m_confirm->text()) {
            m_adminError->setText(tr("The two passwords differ."));
            m_adminError->show();
            return false;
        }
        OfficeSetup setup;
        setup.office = m_office->office();
        setup.adminUsername = m_username->text();
        setup.adminDisplayName = m_displayName->text();
        setup.adminPassword = m_password->text();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto result = m_ws.office().setUp(setup);
        QApplication::restoreOverrideCursor();
        if (!result) {
            m_adminError->setText(result.error().message);
            m_adminError->show();
            return false;
        }
        m_admin = result.value();
        return true;
    }
    return QWizard::validateCurrentPage();
}

} // namespace gw
