// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — add or edit an account.
#include "UserDialog.h"

#include "ErrorBanner.h"

#include "security/Permissions.h"
#include "services/UserService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gw {

UserDialog::UserDialog(UserService &service, const Principal &actor, const User &user, QWidget *parent,
                       const QList<Unit> &units)
    : QDialog(parent), m_service(service), m_actor(actor), m_user(user)
{
    setObjectName(QStringLiteral("userDialog"));
    setProperty("helpPage", QStringLiteral("admin"));
    const bool isNew = user.id == 0;
    setWindowTitle(isNew ? tr("New account") : tr("Edit account"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_username = new QLineEdit(user.username, this);
    m_username->setEnabled(isNew);
    m_name = new QLineEdit(user.displayName, this);
    m_clearance = new QComboBox(this);
    for (Clearance c : allClearances())
        m_clearance->addItem(clearanceLabel(c), clearanceCode(c));
    m_clearance->setCurrentIndex(m_clearance->findData(clearanceCode(user.clearance)));
    m_districtHead =
        new QCheckBox(tr("District head (区长): signs upward documents of the district government"), this);
    m_districtHead->setChecked(user.districtHead);
    m_active = new QCheckBox(tr("Account may log in"), this);
    m_active->setChecked(isNew || user.active);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("Full &name:"), m_name);
    // The unit the person works in: a draft at its drafting step is its unit's work.
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("userUnit"));
    m_unit->addItem(tr("(not recorded)"), qint64(0));
    for (const Unit &u : units) {
        if (u.type == UnitType::Section || u.type == UnitType::Department || u.id == user.unitId)
            m_unit->addItem(u.name, u.id);
    }
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(user.unitId)));
    form->addRow(tr("&Works in:"), m_unit);
    form->addRow(tr("&Clearance:"), m_clearance);
    form->addRow(QString(), m_districtHead);
    form->addRow(QString(), m_active);
    if (isNew) {
        m_password = new QLineEdit(this);
        m_password->setEchoMode(QLineEdit::Password);
        m_confirm = new QLineEdit(this);
        m_confirm->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Password:"), m_password);
        form->addRow(tr("&Repeat password:"), m_confirm);
    }
    layout->addLayout(form);

    auto *posts = new QGroupBox(tr("Posts"), this);
    auto *grid = new QGridLayout(posts);
    int i = 0;
    for (Role r : allRoles()) {
        auto *box = new QCheckBox(roleLabel(r), posts);
        box->setChecked(user.hasRole(r));
        box->setProperty("role", roleCode(r));
        grid->addWidget(box, i / 3, i % 3);
        m_roles.append(box);
        ++i;
    }
    layout->addWidget(posts);
    // 三员分立: names and the state of accounts are the administrator's; posts, clearances and the 区长
    // mark the security officer's. What the account may not change is shown, not offered.
    const bool mayManage = Permissions::allows(actor.roles, Action::ManageUsers);
    const auto assign = service.mayAssignPosts(actor);
    const bool mayAssign = assign && assign.value();
    m_name->setEnabled(mayManage);
    m_active->setEnabled(mayManage);
    m_unit->setEnabled(mayManage);
    m_clearance->setEnabled(mayAssign);
    m_districtHead->setEnabled(mayAssign);
    posts->setEnabled(mayAssign);
    if (!mayAssign) {
        auto *note = new QLabel(tr("Posts and clearances are given by the security officer (安全保密管理员)."), this);
        note->setObjectName(QStringLiteral("postsNote"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);
    layout->addWidget(buttons);
}

User UserDialog::fromForm() const
{
    User u = m_user;
    u.username = m_username->text();
    u.displayName = m_name->text();
    u.unitId = m_unit->currentData().toLongLong();
    u.clearance = clearanceFromCode(m_clearance->currentData().toString()).value_or(Clearance::None);
    u.districtHead = m_districtHead->isChecked();
    u.active = m_active->isChecked();
    u.roles.clear();
    for (QCheckBox *box : m_roles) {
        if (box->isChecked())
            u.roles.append(*roleFromCode(box->property("role").toString()));
    }
    return u;
}

void UserDialog::accept()
{
    const User u = fromForm();
    if (u.id == 0) {
        if (m_password->text() != m_confirm->text()) {
            m_error->showMessage(tr("The two passwords differ."));
            return;
        }
        auto created = m_service.create(m_actor, u, m_password->text());
        if (!created) {
            m_error->showError(created.error());
            return;
        }
        QDialog::accept();
        return;
    }
    auto saved = m_service.update(m_actor, u);
    if (!saved) {
        if (saved.error().code == ErrorCode::Conflict) {
            auto all = m_service.list(m_actor);
            if (all) {
                for (const User &now : all.value()) {
                    if (now.id == u.id) {
                        m_user.version = now.version;
                        m_error->showMessage(
                            saved.error().message + QLatin1Char('\n') +
                            tr("Now saved: %1, %2. Press Save again to replace it with your input.")
                                .arg(now.displayName, roleLabels(now.roles)));
                        return;
                    }
                }
            }
        }
        m_error->showError(saved.error());
        return;
    }
    QDialog::accept();
}

} // namespace gw
