// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the log-in dialog.
#pragma once

#include "security/Actor.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace gw {

class ErrorBanner;

class Workspace;

/// Asks for user name and password and logs in through AuthService; stays open on failure.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)
public:
    LoginDialog(Workspace &ws, const QString &hint, QWidget *parent = nullptr);

    const Principal &actor() const { return m_actor; }
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    Workspace &m_ws;
    Principal m_actor;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    ErrorBanner *m_error = nullptr;
};

} // namespace gw
