// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — add or edit an account: posts, clearance, password.
#pragma once

#include "domain/Unit.h"
#include "domain/User.h"
#include "security/Actor.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace gw {

class ErrorBanner;
class UserService;

class UserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDialog)
public:
    /// `user.id == 0` adds a new account (with a password).
    /// `units`: the sections and departments a person may work in (chosen by the administrator).
    UserDialog(UserService &service, const Principal &actor, const User &user, QWidget *parent = nullptr,
               const QList<Unit> &units = {});

public Q_SLOTS:
    void accept() override;

private:
    User fromForm() const;

    UserService &m_service;
    Principal m_actor;
    User m_user;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_name = nullptr;
    QList<QCheckBox *> m_roles;
    QComboBox *m_clearance = nullptr;
    QCheckBox *m_districtHead = nullptr;
    QCheckBox *m_active = nullptr;
    QComboBox *m_unit = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    ErrorBanner *m_error = nullptr;
};

} // namespace gw
